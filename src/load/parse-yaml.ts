// Fast path: js-yaml turns text into plain data (no dates, no custom tags); errors become findings with positions.

import yaml from 'js-yaml';
import type { PendingFinding } from '../model/finding.js';

export type ParseResult = { value: unknown; findings: PendingFinding[] };

/** Files bigger than this are refused before parsing: plan files are tens of KB, so this is only ever a mistake. */
export const MAX_FILE_CHARS = 10 * 1024 * 1024;

export function parseYaml(text: string, file: string): ParseResult {
  if (text.length > MAX_FILE_CHARS) {
    return { value: undefined, findings: [{ file, line: 1, column: 1, rule: 'yaml-syntax', messageId: 'tooLarge', data: { size: Math.round(text.length / 1024 / 1024), limit: MAX_FILE_CHARS / 1024 / 1024 } }] };
  }
  try {
    // CORE_SCHEMA: "2023-06-30" stays a string, no !!js tags; duplicate keys throw (json: false).
    const value = yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: file, json: false });
    return { value, findings: [] };
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      const duplicate = /duplicated mapping key/.test(error.reason);
      return {
        value: undefined,
        findings: [
          {
            file,
            line: (error.mark?.line ?? 0) + 1,
            column: (error.mark?.column ?? 0) + 1,
            rule: duplicate ? 'duplicate-key' : 'yaml-syntax',
            messageId: duplicate ? 'duplicate' : 'syntax',
            data: { reason: error.reason },
          },
        ],
      };
    }
    if (error instanceof RangeError) {
      // Pathologically deep nesting overflows the parser's recursion.
      return { value: undefined, findings: [{ file, line: 1, column: 1, rule: 'yaml-syntax', messageId: 'tooDeep', data: {} }] };
    }
    throw error;
  }
}
