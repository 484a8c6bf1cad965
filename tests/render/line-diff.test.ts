// The unified diff behind `plan fmt --check`: hunks with context, removals before additions, and a whole-block hunk
// when the changed middle is too big to match line by line.

import { expect, it } from 'vitest';
import { unifiedDiff } from '../../src/render/line-diff.js';

it('is empty for equal texts and marks one changed line with two lines of context', () => {
  expect(unifiedDiff('a\nb\n', 'a\nb\n', 'f')).toBe('');
  const before = ['1', '2', '3', '4', '5', '6', '7'].join('\n');
  const after = ['1', '2', '3', 'four', '5', '6', '7'].join('\n');
  expect(unifiedDiff(before, after, 'f.yaml')).toBe(
    ['--- f.yaml', '+++ f.yaml', '@@ -2,5 +2,5 @@', ' 2', ' 3', '-4', '+four', ' 5', ' 6', ''].join('\n'),
  );
});

it('gives changes far apart hunks of their own, and near ones a shared hunk', () => {
  const lines = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`);
  const changed = lines.map((l, i) => (i === 2 || i === 5 || i === 25 ? `${l}!` : l));
  const hunks = unifiedDiff(lines.join('\n'), changed.join('\n'), 'f')
    .split('\n')
    .filter((l) => l.startsWith('@@'));
  expect(hunks).toEqual(['@@ -1,8 +1,8 @@', '@@ -24,5 +24,5 @@']);
});

it('replaces a changed middle over 4 million line pairs as one block, still in the right place', () => {
  const before = ['head', ...Array.from({ length: 2100 }, (_, i) => `a${i}`), 'tail'].join('\n');
  const after = ['head', ...Array.from({ length: 2100 }, (_, i) => `b${i}`), 'tail'].join('\n');
  const diff = unifiedDiff(before, after, 'big', 1).split('\n');
  expect(diff[2]).toBe('@@ -1,2102 +1,2102 @@');
  expect(diff.filter((l) => l.startsWith('-')).length - 1).toBe(2100); // minus the --- header
  expect(diff[4]).toBe('-a0');
  expect(diff[2104]).toBe('+b0');
});
