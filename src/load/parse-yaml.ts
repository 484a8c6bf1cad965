// Text to plain data: the plain subset read directly (plain-yaml.ts), anything else by js-yaml (no dates, no custom
// tags); errors become findings with positions.

import yaml from 'js-yaml';
import type { PendingFinding } from '../model/finding.js';
import { expandsBeyondText } from './expansion-guard.js';
import { readPlainYaml } from './plain-yaml.js';
import { MAX_FILE_BYTES, tooLarge } from './read-text.js';
import { explainYamlReason } from './yaml-reasons.js';

export type ParseResult = { value: unknown; findings: PendingFinding[] };

/** Text longer than this is refused before parsing (files are refused by byte size before they are even read). */
export const MAX_FILE_CHARS = MAX_FILE_BYTES;

/** js-yaml refuses deeper source nesting with a YAMLException; plan files nest about ten levels. */
const MAX_DEPTH = 100;
// `maxDepth` is newer than @types/js-yaml. Built on first use: the bundle loads js-yaml only when a file needs it.
const options = (): yaml.LoadOptions & { maxDepth: number } => ({
  schema: yaml.CORE_SCHEMA,
  json: false,
  maxDepth: MAX_DEPTH,
});

const finding = (
  file: string,
  line: number,
  column: number,
  messageId: string,
  data: Record<string, unknown> = {},
): PendingFinding => ({
  file,
  line,
  column,
  rule: messageId === 'duplicate' ? 'duplicate-key' : 'yaml-syntax',
  messageId,
  data,
});

export function parseYaml(text: string, file: string): ParseResult {
  if (text.length > MAX_FILE_CHARS)
    return { value: undefined, findings: [tooLarge(file, text.length, MAX_FILE_CHARS)] };
  // The plain subset plan files are written in is read directly (exactly js-yaml's value, no aliases to expand).
  const plain = readPlainYaml(text);
  if (plain) return { value: plain.value, findings: [] };
  let value: unknown;
  try {
    // CORE_SCHEMA: "2023-06-30" stays a string, no !!js tags, no merge keys; duplicate keys throw (json: false).
    value = yaml.load(text, { ...options(), filename: file });
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      const line = (error.mark?.line ?? 0) + 1;
      const column = (error.mark?.column ?? 0) + 1;
      if (/duplicated mapping key/.test(error.reason))
        return { value: undefined, findings: [finding(file, line, column, 'duplicate', { reason: error.reason })] };
      if (/maxDepth/.test(error.reason))
        return { value: undefined, findings: [finding(file, line, column, 'tooDeep')] };
      // A known reason gets its own worded message; `data.reason` keeps js-yaml's text for JSON consumers either way.
      const known = explainYamlReason(error.reason);
      return {
        value: undefined,
        findings: [finding(file, line, column, known?.id ?? 'syntax', { reason: error.reason, ...known?.data })],
      };
    }
    // Belt and braces: should a parser path still recurse without limit, overflowing the stack is a finding, not a crash.
    if (error instanceof RangeError) return { value: undefined, findings: [finding(file, 1, 1, 'tooDeep')] };
    throw error;
  }
  // Only an alias (`*name`) can make the value share nodes or nest deeper than the source: without a `*` there is none to walk for.
  if (text.includes('*') && expandsBeyondText(value, text.length, MAX_DEPTH))
    return { value: undefined, findings: [finding(file, 1, 1, 'aliases')] };
  return { value, findings: [] };
}
