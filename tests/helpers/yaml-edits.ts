// Random edits of YAML text for property tests: insertions, deletions, duplicated runs and swapped lines.

import fc from 'fast-check';

export type TextEdit =
  | { op: 'delete' | 'duplicate'; at: number; length: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'swap-lines'; at: number; other: number };

/** Edits made of YAML-significant snippets: most results stay close to the plain subset plan files are written in. */
const snippets = [
  ' ',
  '\n',
  '- ',
  ': ',
  ':',
  '#',
  ' #',
  '"',
  "'",
  '[',
  ']',
  ',',
  '&a ',
  '*a',
  '|',
  '>',
  '? ',
  '~',
  'null',
  'true',
  // The core schema's other spellings (issue #22 item 14), as values and as keys, and a lone carriage return (item 17).
  'True',
  'NULL',
  'FALSE: ',
  'Null:\n',
  '\r',
  '0',
  '1',
  '01',
  '1.0',
  '-',
  '  ',
  '    ',
  '\u3000',
  '__proto__: 1\n',
  'key: v\n',
  '- x\n',
  '\t',
  '\\',
];
export const yamlEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.record({ op: fc.constant<'insert'>('insert'), at: fc.nat(), text: fc.constantFrom(...snippets) }),
  fc.record({ op: fc.constant<'delete'>('delete'), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ op: fc.constant<'swap-lines'>('swap-lines'), at: fc.nat(), other: fc.nat() }),
);

export function applyEdits(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of edits) {
    const at = e.at % (out.length + 1);
    if (e.op === 'delete') out = out.slice(0, at) + out.slice(at + e.length);
    else if (e.op === 'duplicate') out = out.slice(0, at) + out.slice(at, at + e.length) + out.slice(at);
    else if (e.op === 'insert') out = out.slice(0, at) + e.text + out.slice(at);
    else if (e.op === 'swap-lines') {
      const lines = out.split('\n');
      const a = e.at % lines.length;
      const b = e.other % lines.length;
      [lines[a], lines[b]] = [lines[b] as string, lines[a] as string];
      out = lines.join('\n');
    }
  }
  return out;
}

/** Runs and seed for the property tests: FUZZ_RUNS and FUZZ_SEED widen a local run. */
export const fuzzRuns = (runs: number) => ({
  numRuns: Number(process.env.FUZZ_RUNS ?? runs),
  seed: Number(process.env.FUZZ_SEED ?? 20230630),
});
