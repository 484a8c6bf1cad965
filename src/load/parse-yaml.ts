// Text to plain data: the plain subset read directly (plain-yaml.ts), anything else by `yaml` (YAML 1.2 core schema:
// no dates, no custom tags, no merge keys); its errors and warnings become findings with positions.

import {
  type Document,
  isAlias,
  isCollection,
  isNode,
  isPair,
  LineCounter,
  type Node,
  parseDocument,
  visit,
  type YAMLError,
} from 'yaml';
import type { PendingFinding } from '../model/finding.js';
import { expandsBeyondText } from './expansion-guard.js';
import { readPlainYaml } from './plain-yaml.js';
import { MAX_FILE_BYTES, tooLarge } from './read-text.js';
import { codeRank, yamlCodes } from './yaml-errors.js';

export type ParseResult = { value: unknown; findings: PendingFinding[] };

/** Text longer than this is refused before parsing (files are refused by byte size before they are even read). */
export const MAX_FILE_CHARS = MAX_FILE_BYTES;

/** Values nesting deeper are refused; plan files nest about ten levels. */
const MAX_DEPTH = 100;

/**
 * A carriage return not followed by a line feed is a line break in YAML (old Mac files), which `yaml` does not count.
 * Replaced one for one, so offsets, and so lines and columns, are those of the same file with line feeds.
 */
export const lineBreaksAsLf = (text: string): string => (text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text);

/** What YAML calls non-printable (and `yaml` lets through): C0 and C1 controls but tab and line breaks, unpaired surrogates. */
const NON_PRINTABLE =
  /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const finding = (
  file: string,
  at: { line: number; col: number },
  messageId: string,
  data: Record<string, unknown> = {},
): PendingFinding => ({
  file,
  line: at.line,
  column: at.col,
  rule: messageId === 'duplicate' ? 'duplicate-key' : 'yaml-syntax',
  messageId,
  data,
});

/** `charsChecked`: the text is known to hold none of the characters that send it to `yaml` (plain-yaml.ts, OUTSIDE_CHARS). */
export function parseYaml(text: string, file: string, charsChecked = false): ParseResult {
  if (text.length > MAX_FILE_CHARS)
    return { value: undefined, findings: [tooLarge(file, text.length, MAX_FILE_CHARS)] };
  // The plain subset plan files are written in is read directly (exactly `yaml`'s value, no aliases to expand).
  const plain = readPlainYaml(text, charsChecked);
  if (plain) return { value: plain.value, findings: [] };
  const source = lineBreaksAsLf(text);
  const refused = (at: { line: number; col: number }, messageId: string, data?: Record<string, unknown>) => ({
    value: undefined,
    findings: [finding(file, at, messageId, data)],
  });
  const control = NON_PRINTABLE.exec(source);
  if (control) {
    const offset = control.index + control[0].length - 1;
    return refused(linePos(source, offset), source[offset] === '\0' ? 'nullByte' : 'nonPrintable');
  }
  const lineCounter = new LineCounter();
  let value: unknown;
  try {
    const doc = parseDocument(source, { schema: 'core', lineCounter, prettyErrors: false, uniqueKeys: true });
    const error = firstError([...doc.errors, ...doc.warnings]);
    if (error) {
      const explained = yamlCodes[error.code as keyof typeof yamlCodes];
      const at = lineCounter.linePos(explained?.at === 'end' ? error.pos[1] : error.pos[0]);
      const data = { code: error.code, reason: error.message };
      if (error.code === 'DUPLICATE_KEY') return refused(at, 'duplicate', data);
      return refused(at, explained ? error.code : 'syntax', data);
    }
    const problem = nodeProblem(doc);
    if (problem) return refused(lineCounter.linePos(problem.node.range?.[0] ?? 0), problem.id, problem.data);
    // `yaml`'s alias limit refuses a billion-laughs file before it is built (a ReferenceError, below).
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    if (error instanceof ReferenceError) return refused({ line: 1, col: 1 }, 'aliases');
    // Belt and braces: should a parser path still recurse without limit, overflowing the stack is a finding, not a crash.
    if (error instanceof RangeError) return refused({ line: 1, col: 1 }, 'tooDeep');
    throw error;
  }
  // Aliases within the limit can still nest a value deeper, or make it far larger, than its text.
  if (expandsBeyondText(value, source.length, MAX_DEPTH))
    return refused({ line: 1, col: 1 }, source.includes('*') ? 'aliases' : 'tooDeep');
  return { value, findings: [] };
}

/** The error to report: the first in the text; of several at one place, the one yaml-errors.ts lists first. */
function firstError(errors: YAMLError[]): YAMLError | undefined {
  let best: YAMLError | undefined;
  for (const e of errors)
    if (!best || e.pos[0] < best.pos[0] || (e.pos[0] === best.pos[0] && codeRank(e.code) < codeRank(best.code)))
      best = e;
  return best;
}

/**
 * What `yaml` parses without an error but cannot make plain data of: an alias with no anchor before it, an alias
 * inside the node it names (a value that contains itself), and a key that is a list or a mapping.
 */
function nodeProblem(doc: Document): { id: string; node: Node; data?: Record<string, unknown> } | null {
  const anchors = new Map<string, unknown>();
  let problem: { id: string; node: Node; data?: Record<string, unknown> } | null = null;
  const keyProblem = (key: unknown) => {
    const target = isAlias(key) ? anchors.get(key.source) : key;
    return isCollection(target) ? { id: 'NON_STRING_KEY', node: key as Node } : null;
  };
  visit(doc, (_, node, path) => {
    if (problem) return;
    if (isPair(node)) problem = keyProblem(node.key);
    else if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target === undefined) problem = { id: 'unknownAlias', node, data: { alias: node.source } };
      else if (path.includes(target as Node)) problem = { id: 'aliases', node };
    } else if (isNode(node) && node.anchor) anchors.set(node.anchor, node);
  });
  return problem;
}

/** 1-based line and column of an offset (UTF-16 units, as `yaml` counts them). */
function linePos(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return { line, col: offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1 };
}
