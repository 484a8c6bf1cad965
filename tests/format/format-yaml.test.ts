// The formatter in-process: the shipped data is already canonical, any layout of the same data formats the same, comments survive.

import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { formatYaml } from '../../src/format/format-yaml.js';
import { schemaForKind } from '../../src/format/schema-for-kind.js';
import type { FileKind } from '../../src/load/check-schema.js';
import { fixturesDir } from '../helpers/fixture-workspace.js';
import { repoRoot } from '../helpers/run-cli.js';

const dataDir = path.join(repoRoot, 'data');
const shipped = fs.readdirSync(dataDir).filter((name) => name.endsWith('.yaml'));
const read = (file: string) => fs.readFileSync(file, 'utf8');
const load = (text: string) => parse(text, { schema: 'core' });
const kindOfValue = (value: unknown) => (value as { kind: FileKind }).kind;
const comments = (text: string) => text.split('\n').flatMap((line) => /#.*$/.exec(line)?.[0] ?? []);

function format(text: string, kind: FileKind): string {
  const result = formatYaml(text, schemaForKind(kind));
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.text;
}

describe('formatYaml', () => {
  it('has shipped files to check', () => expect(shipped.length).toBeGreaterThanOrEqual(4));

  it.each(shipped)('shipped %s is already canonical', (name) => {
    const text = read(path.join(dataDir, name));
    expect(format(text, kindOfValue(load(text)))).toBe(text);
  });

  it.each(shipped)(
    '%s re-laid out by another dumper (4-space indent, folded lines, no comments) formats back to the shipped layout',
    (name) => {
      const text = read(path.join(dataDir, name));
      const value = load(text);
      const other = stringify(value, {
        indent: 4,
        lineWidth: 30,
        minContentWidth: 0,
        schema: 'core',
        singleQuote: true,
        indentSeq: false,
      });
      expect(other).not.toBe(text);
      // The other dumper drops comments, so the expected text is the shipped one without its comment lines.
      const withoutComments = text.replace(/^(#.*\n)+\n/, '').replace(/^ *#.*\n/gm, '');
      expect(format(other, kindOfValue(value))).toBe(withoutComments);
    },
  );

  describe('a messy file', () => {
    const messy = read(path.join(fixturesDir, 'fmt', 'messy.plan.yaml'));
    const out = format(messy, 'plan');
    it('gets the canonical layout (expected file written by hand)', () => {
      expect(out).toBe(read(path.join(fixturesDir, 'fmt', 'messy.expected.yaml')));
    });
    it('keeps the data and every comment', () => {
      expect(load(out)).toEqual(load(messy));
      expect(comments(out).sort()).toEqual(comments(messy).sort());
      expect(comments(out)).toHaveLength(5);
    });
    it('is idempotent', () => {
      expect(format(out, 'plan')).toBe(out);
    });
  });

  it('refuses files that do not parse, or have duplicate keys, instead of guessing', () => {
    expect(formatYaml('a: [1, 2\n', null)).toMatchObject({ ok: false, reason: 'syntax' });
    expect(formatYaml('a: 1\na: 2\n', null)).toMatchObject({ ok: false, reason: 'syntax' });
  });

  it('formats files of unknown kind without reordering keys', () => {
    const result = formatYaml("b: 'x'\na:\n- 1\n", null);
    expect(result).toEqual({ ok: true, text: 'b: x\na:\n  - 1\n' });
    expect(result.ok && isDeepStrictEqual(load(result.text), { b: 'x', a: [1] })).toBe(true);
  });
});
