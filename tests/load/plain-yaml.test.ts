// The fast reader gives exactly `yaml`'s value (YAML 1.2 core schema, as the loader parses) or steps aside: on the
// shipped files, on hand-picked edge cases and on thousands of random edits of the shipped files.

import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { readPlainYaml } from '../../src/load/plain-yaml.js';
import { repoRoot } from '../helpers/run-cli.js';
import { applyEdits, fuzzRuns, yamlEdit } from '../helpers/yaml-edits.js';

const dataDir = path.join(repoRoot, 'data');
const shipped = fs.readdirSync(dataDir).filter((name) => name.endsWith('.yaml'));
const texts = shipped.map((name) => fs.readFileSync(path.join(dataDir, name), 'utf8'));

/** `yaml`'s reading, with the loader's options; 'error' when it has any error or warning for the text. */
function reference(text: string): unknown {
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: true });
  if (doc.errors.length > 0 || doc.warnings.length > 0) return 'error';
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch {
    return 'error';
  }
}

/** The reader either steps aside or agrees with `yaml`, value for value and type for type. */
function agrees(text: string): boolean {
  const fast = readPlainYaml(text);
  if (fast === null) return true;
  const ref = reference(text);
  return ref !== 'error' && isDeepStrictEqual(fast.value, ref);
}

describe('readPlainYaml', () => {
  it.each(shipped)('reads shipped %s itself (the fast path is taken) and gets `yaml`’s value', (name) => {
    const text = fs.readFileSync(path.join(dataDir, name), 'utf8');
    const fast = readPlainYaml(text);
    expect(fast).not.toBeNull();
    expect(fast?.value).toStrictEqual(reference(text));
  });

  it('reads the scalars of the subset as the CORE schema does', () => {
    const text =
      'a: 2023\nb: "2023"\nc: 2023年计划\nd: ~\ne:\nf: True\ng: \'it\'\'s\'\nh: [ 、, ",", 1 ]\ni: 区商务局 # 注释\nj: C#\nk: a:b\nl: []\n';
    expect(readPlainYaml(text)?.value).toStrictEqual({
      a: 2023,
      b: '2023',
      c: '2023年计划',
      d: null,
      e: null,
      f: true,
      g: "it's",
      h: ['、', ',', 1],
      i: '区商务局',
      j: 'C#',
      k: 'a:b',
      l: [],
    });
    expect(agrees(text)).toBe(true);
  });

  it.each([
    ['an anchor or alias', 'a: &x 1\nb: *x\n'],
    ['a block scalar', 'a: |\n  text\n'],
    ['a folded plain scalar', 'a: first\n  second\n'],
    ['a multi-line quoted scalar', 'a: "first\n  second"\n'],
    ['an escape', 'a: "\\u200b"\n'],
    ['a tab', 'a:\tb\n'],
    ['CRLF', 'a: b\r\n'],
    ['CR line breaks', 'a: b\rc: d\r'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a float', 'a: 1.5\n'],
    ['an integer with a leading zero', 'a: 007\n'],
    ['an integer beyond 2^53', 'a: 12345678901234567890\n'],
    ['a hex integer', 'a: 0x1F\n'],
    ['a negative integer', 'a: -1\n'],
    ['a quoted key', '"a": 1\n'],
    ['a __proto__ key', '__proto__: 1\n'],
    ['a key named like an Object method', 'a: 1\nconstructor: 2\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a document marker', '---\na: 1\n'],
    ['a flow mapping', 'a: { b: 1 }\n'],
    ['a flow sequence over two lines', 'a: [ 1,\n  2 ]\n'],
    ['ideographic-space indentation', 'a:\n\u3000b: 1\n'],
    ['bad indentation', 'a:\n    b: 1\n  c: 2\n'],
    ['an empty file', ''],
    ['a non-printable character', 'a: "\u0007"\n'],
  ])('steps aside for %s', (_, text) => {
    expect(readPlainYaml(text)).toBeNull();
  });

  // The core schema's words in every spelling it knows (issue #22 item 14): as values they are read as `yaml` reads them;
  // as keys the reader steps aside, since `yaml` makes `True:` the key "true" (and `Null:` the key "").
  const coreWords = ['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL', '~'];
  it.each(coreWords)('reads the value %s exactly as `yaml` does', (word) => {
    const text = `a: ${word}\nb: [ x, ${word} ]\nc:\n  - ${word}\n`;
    const meant = /^(n|~)/i.test(word) ? null : word.toLowerCase() === 'true';
    expect(readPlainYaml(text)?.value).toStrictEqual({ a: meant, b: ['x', meant], c: [meant] });
    expect(reference(text)).toStrictEqual({ a: meant, b: ['x', meant], c: [meant] });
  });
  it.each(coreWords)('steps aside for the key %s', (word) => {
    const text = `a: 1\n${word}: 2\n`;
    expect(readPlainYaml(text)).toBeNull();
    expect(agrees(text)).toBe(true);
  });
  it('leaves `True:` beside `true:` to `yaml`, which calls it a duplicate key', () => {
    const text = 'true: 1\nTrue: 2\n';
    expect(readPlainYaml(text)).toBeNull();
    expect(parseDocument(text, { schema: 'core' }).errors.map((e) => e.code)).toEqual(['DUPLICATE_KEY']);
  });

  it('agrees with `yaml` on random edits of the shipped files', () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.array(yamlEdit, { minLength: 1, maxLength: 4 }), (original, edits) => {
        const text = applyEdits(original, edits);
        if (readPlainYaml(text) !== null) taken++;
        expect(agrees(text), text).toBe(true);
      }),
      fuzzRuns(1500),
    );
    expect(taken).toBeGreaterThan(100); // the edits leave many files in the subset, so the comparison is not vacuous
  });
});
