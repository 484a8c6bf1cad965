// "Did you mean": the closest names first; equally close ones in the order given (a roster's own order).

import fc from 'fast-check';
import { expect, it } from 'vitest';
import {
  boundedEditDistance,
  editDistance,
  MAX_UNIT_NAME_CHARS,
  nearestNames,
} from '../../src/domain/nearest-names.js';

it('counts edits over characters, not bytes', () => {
  expect(editDistance('区商务厅', '区商务局')).toBe(1);
  expect(editDistance('区发改局', '区商务局')).toBe(2);
  expect(editDistance('', '区商务局')).toBe(4);
});

it('puts the closest first, keeps ties in the given order and drops names that differ in more than half', () => {
  const roster = ['区科技局', '区商务局', '区财政局', '区教育局', '区民政局', '区委宣传部'];
  expect(nearestNames('区教局', roster)).toEqual(['区教育局', '区科技局', '区商务局']);
  expect(nearestNames('区教局', [...roster].reverse())).toEqual(['区教育局', '区民政局', '区财政局']);
  expect(nearestNames('区政局', roster)).toEqual(['区财政局', '区民政局', '区科技局']);
  expect(nearestNames('区商务厅', roster)).toEqual(['区商务局']);
  expect(nearestNames('宁波市江北区人民政府', roster)).toEqual([]);
});

/** The textbook full table, written out here so the banded version is held to an independent reference. */
function fullDistance(x: string[], y: string[]): number {
  const d = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => i + j));
  for (let i = 1; i <= x.length; i++)
    for (let j = 1; j <= y.length; j++)
      (d[i] as number[])[j] = Math.min(
        (d[i - 1]?.[j] as number) + 1,
        (d[i]?.[j - 1] as number) + 1,
        (d[i - 1]?.[j - 1] as number) + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
  return d[x.length]?.[y.length] as number;
}

it('the banded distance equals the full one wherever that is within the band, and says "over" elsewhere', () => {
  // Few letters, so that near and far pairs both come up; one outside the BMP (two UTF-16 units, one character).
  const name = fc.array(fc.constantFrom('区', '商', '务', '局', 'a', '𠀋'), { maxLength: 14 });
  fc.assert(
    fc.property(name, name, fc.integer({ min: 0, max: 16 }), (x, y, cap) => {
      const full = fullDistance(x, y);
      expect(boundedEditDistance(x, y, cap)).toBe(full <= cap ? full : cap + 1);
    }),
    { numRuns: 3000 },
  );
});

it('a name of millions of characters gets no suggestion, quickly; nor does a candidate that long slow one down', () => {
  const huge = '区'.repeat(2_000_000);
  expect(nearestNames(huge, ['区商务局'])).toEqual([]);
  expect(nearestNames('区'.repeat(MAX_UNIT_NAME_CHARS + 1), ['区'.repeat(MAX_UNIT_NAME_CHARS)])).toEqual([]);
  expect(nearestNames('区商务厅', [huge, '区商务局'])).toEqual(['区商务局']);
  // At the limit a long near miss is still found.
  const long = '区'.repeat(MAX_UNIT_NAME_CHARS);
  expect(nearestNames(`${long.slice(1)}局`, [long])).toEqual([long]);
});
