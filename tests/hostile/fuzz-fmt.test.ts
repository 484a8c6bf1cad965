// Random mutations of the real files through the formatter: any file the loader accepts formats to the same data and
// comments, and formatting the result again changes nothing.

import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatYaml } from '../../src/format/format-yaml.js';
import { schemaForKind } from '../../src/format/schema-for-kind.js';
import { kindOf } from '../../src/load/load-workspace.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { repoRoot } from '../helpers/run-cli.js';
import { fuzzRuns } from '../helpers/yaml-edits.js';

const dataDir = path.join(repoRoot, 'data');
const files = fs.readdirSync(dataDir).filter((name) => name.endsWith('.yaml'));
const originals = Object.fromEntries(files.map((name) => [name, fs.readFileSync(path.join(dataDir, name), 'utf8')]));

/** Layout edits a person makes by hand: re-indenting, comments anywhere, blank lines, quoting, key order. */
const edit = fc.oneof(
  fc.record({
    op: fc.constant('comment' as const),
    at: fc.nat(),
    text: fc.constantFrom('# 注释', '  # indented note', '#', '# a: b'),
  }),
  fc.record({ op: fc.constant('blank' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('trailing-comment' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('quote' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap-lines' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom(
      ' ',
      '\n',
      '- ',
      ': ',
      '"',
      "'",
      '#',
      '\t',
      '1234567890123456789',
      '0.10000000000000000001',
      '~',
      '|\n',
      '>-\n',
    ),
  }),
);
type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;

function mutate(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of edits) {
    const lines = out.split('\n');
    const line = e.at % lines.length;
    if (e.op === 'comment') lines.splice(line, 0, e.text);
    else if (e.op === 'blank') lines.splice(line, 0, '');
    else if (e.op === 'trailing-comment') lines[line] = `${lines[line]} # 行尾注释`;
    else if (e.op === 'quote')
      lines[line] = (lines[line] as string).replace(/: (\S.*)$/, (_, v: string) => `: '${v.replace(/'/g, "''")}'`);
    else if (e.op === 'swap-lines') {
      const other = e.other % lines.length;
      [lines[line], lines[other]] = [lines[other] as string, lines[line] as string];
    }
    out = lines.join('\n');
    if (e.op === 'insert') {
      const at = e.at % (out.length + 1);
      out = out.slice(0, at) + e.text + out.slice(at);
    }
  }
  return out;
}

const load = (text: string) => parse(text, { schema: 'core' });
const comments = (text: string) => (text.match(/#.*/g) ?? []).length;

it('whatever the loader accepts formats to the same data, keeps its comments and is stable on a second run', () => {
  let formatted = 0;
  fc.assert(
    fc.property(fc.constantFrom(...files), fc.array(edit, { minLength: 1, maxLength: 5 }), (file, edits) => {
      const text = mutate(originals[file] as string, edits);
      const parsed = parseYaml(text, file);
      if (parsed.findings.length > 0) return; // the loader refuses it, and so does fmt (tested end to end)
      const kind = kindOf(file, parsed.value);
      const schema = kind ? schemaForKind(kind) : null;
      const first = formatYaml(text, schema);
      // Refusals that name a plan bug (data-changed, comments-changed) fail here with the offending text in the report.
      if (!first.ok) {
        expect(first.reason, text).toMatch(/^(syntax|alias-order)$/);
        return;
      }
      formatted++;
      expect(isDeepStrictEqual(load(first.text), parsed.value), first.text).toBe(true);
      expect(comments(first.text)).toBeGreaterThanOrEqual(comments(text) === 0 ? 0 : 1);
      const second = formatYaml(first.text, schema);
      expect(second, first.text).toEqual({ ok: true, text: first.text });
    }),
    fuzzRuns(150),
  );
  expect(formatted).toBeGreaterThan(20);
});
