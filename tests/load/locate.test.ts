// Findings point at the same line:column whichever way a file is located: the plain reader's spans must be exactly
// `yaml`'s ranges, on the shipped files, on hand-picked layouts and on random edits.

import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLocator, yamlSpans } from '../../src/load/locate.js';
import { plainYamlSpans } from '../../src/load/plain-yaml.js';
import { repoRoot } from '../helpers/run-cli.js';
import { applyEdits, fuzzRuns, yamlEdit } from '../helpers/yaml-edits.js';

const dataDir = path.join(repoRoot, 'data');
const shipped = fs.readdirSync(dataDir).filter((name) => name.endsWith('.yaml'));
const texts = shipped.map((name) => fs.readFileSync(path.join(dataDir, name), 'utf8'));

describe('plainYamlSpans', () => {
  it.each(shipped)('places every node and key of shipped %s where `yaml` does', (name) => {
    const text = fs.readFileSync(path.join(dataDir, name), 'utf8');
    const fast = plainYamlSpans(text);
    expect(fast).not.toBeNull();
    expect(fast).toStrictEqual(yamlSpans(text).root);
  });

  it.each([
    ['comments before the first key, empty values, trailing spaces', '# head\n\na:\nb:   \nc: # note\nd: 1\n'],
    ['a nested mapping followed by an indented comment', 'a:\n  x: 1\n  # inner\nb: 2\n'],
    ['flow sequences with spaces, quotes and a comment', 'a: [p, "q" , r]   # c\nb: [ ]\nc: []\nd: [ 、, \',\' ]\n'],
    [
      'sequences of mappings, at and below their key’s column',
      'a:\n- g: 1\n  h: [1, 2]\n- k\nb:\n  - x  # c\n\n  # between\n  - "y"\n',
    ],
    ['no line break at the end', 'a:\n  - 1\n  - 2'],
    ['quoted values with doubled quotes and CJK text', "a: 'it''s 区商务局'\nb: \"〔责任单位:区商务局〕\"\n"],
  ])('agrees with `yaml` on %s', (_, text) => {
    const fast = plainYamlSpans(text);
    expect(fast).not.toBeNull();
    expect(fast).toStrictEqual(yamlSpans(text).root);
  });

  it('agrees with `yaml` on random edits of the shipped files', () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.array(yamlEdit, { minLength: 1, maxLength: 4 }), (original, edits) => {
        const text = applyEdits(original, edits);
        const fast = plainYamlSpans(text);
        if (fast === null) return;
        taken++;
        expect(fast, text).toStrictEqual(yamlSpans(text).root);
      }),
      fuzzRuns(300),
    );
    expect(taken).toBeGreaterThan(30); // many edits stay in the subset, so the comparison is not vacuous
  });
});

describe('createLocator', () => {
  const text =
    '# 注释\nitems:\n  - ref: "1"\n    units: [区商务局, 区发改局]\n  - ref: "2"\n    units:\n      - 各街道(镇)\n';

  it('points at values, keys and list entries (1-based, end exclusive)', () => {
    const locate = createLocator(text);
    expect(locate(['items', 0, 'units', 1])).toEqual({ line: 4, column: 19, endLine: 4, endColumn: 23 });
    expect(locate(['items', 1, 'units'], true)).toEqual({ line: 6, column: 5, endLine: 6, endColumn: 10 });
    expect(locate(['items', 1, 'units', 0])).toEqual({ line: 7, column: 9, endLine: 7, endColumn: 15 });
  });

  it('falls back to the nearest node it can find, and to `yaml` outside the plain subset', () => {
    expect(createLocator(text)(['items', 0, 'missing'])).toEqual({ line: 3, column: 5, endLine: 5, endColumn: 1 });
    // An anchor takes the text out of the plain subset: the same positions come from `yaml`.
    const anchored = text.replace('items:', 'items: &all');
    expect(plainYamlSpans(anchored)).toBeNull();
    expect(createLocator(anchored)(['items', 0, 'units', 1])).toEqual({
      line: 4,
      column: 19,
      endLine: 4,
      endColumn: 23,
    });
  });
});
