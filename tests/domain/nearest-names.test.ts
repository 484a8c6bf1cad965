// "Did you mean": the closest names first; equally close ones in the order given (a roster's own order).

import { expect, it } from 'vitest';
import { editDistance, nearestNames } from '../../src/domain/nearest-names.js';

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
