// A unified diff of two texts by lines (what `plan fmt --check` would change), with a few lines of context per hunk.

import { oneLine, visibleControls } from './safe-text.js';

type Op = { kind: ' ' | '-' | '+'; line: string };

/** Beyond this many line pairs in the changed middle, one hunk replaces it whole instead of a line-by-line match. */
const MAX_CELLS = 4_000_000;

/** Edit script between the two line lists: common prefix and suffix, then a longest-common-subsequence match. */
function lineOps(a: string[], b: string[]): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const head: Op[] = a.slice(0, start).map((line) => ({ kind: ' ', line }));
  const tail: Op[] = a.slice(endA).map((line) => ({ kind: ' ', line }));
  const x = a.slice(start, endA);
  const y = b.slice(start, endB);
  const middle: Op[] = [];
  if ((x.length + 1) * (y.length + 1) > MAX_CELLS) {
    // A loop, not push(...lines): a spread of some 120,000 lines would overflow the stack.
    for (const line of x) middle.push({ kind: '-', line });
    for (const line of y) middle.push({ kind: '+', line });
  } else {
    // lcs[i][j]: length of the longest common subsequence of x[i..] and y[j..], in one flat array.
    const width = y.length + 1;
    const lcs = new Uint32Array((x.length + 1) * width);
    for (let i = x.length - 1; i >= 0; i--)
      for (let j = y.length - 1; j >= 0; j--)
        lcs[i * width + j] =
          x[i] === y[j]
            ? (lcs[(i + 1) * width + j + 1] as number) + 1
            : Math.max(lcs[(i + 1) * width + j] as number, lcs[i * width + j + 1] as number);
    let i = 0;
    let j = 0;
    while (i < x.length || j < y.length) {
      if (i < x.length && j < y.length && x[i] === y[j]) {
        middle.push({ kind: ' ', line: x[i] as string });
        i++;
        j++;
      } else if (
        i < x.length &&
        (j === y.length || (lcs[(i + 1) * width + j] as number) >= (lcs[i * width + j + 1] as number))
      ) {
        middle.push({ kind: '-', line: x[i] as string }); // removals before additions, as diff -u prints them
        i++;
      } else {
        middle.push({ kind: '+', line: y[j] as string });
        j++;
      }
    }
  }
  return [...head, ...middle, ...tail];
}

/**
 * `--- name` / `+++ name` and `@@ -l,n +l,n @@` hunks, as `diff -u` prints them (so `patch -p0` can apply it);
 * `paint` colours removed and added lines. Empty when the texts are equal.
 */
export function unifiedDiff(
  before: string,
  after: string,
  name: string,
  context = 2,
  paint: { removed: (s: string) => string; added: (s: string) => string } = { removed: (s) => s, added: (s) => s },
): string {
  if (before === after) return '';
  const split = (text: string) => (text.endsWith('\n') ? text.slice(0, -1) : text).split(/\r?\n/);
  const ops = lineOps(split(before), split(after));
  const changed = ops.flatMap((op, i) => (op.kind === ' ' ? [] : [i]));
  // Printed to a terminal or a CI log: the name on one line, controls in the lines shown as codes (see safe-text.ts).
  const out = [`--- ${oneLine(name)}`, `+++ ${oneLine(name)}`];
  let k = 0;
  while (k < changed.length) {
    // One hunk: changes less than 2 × context lines apart share it.
    const first = changed[k] as number;
    let last = first;
    while (k + 1 < changed.length && (changed[k + 1] as number) - last <= 2 * context + 1)
      last = changed[++k] as number;
    k++;
    const from = Math.max(0, first - context);
    const to = Math.min(ops.length, last + context + 1);
    const earlier = ops.slice(0, from);
    const oldStart = earlier.filter((o) => o.kind !== '+').length + 1;
    const newStart = earlier.filter((o) => o.kind !== '-').length + 1;
    const hunk = ops.slice(from, to);
    const oldCount = hunk.filter((o) => o.kind !== '+').length;
    const newCount = hunk.filter((o) => o.kind !== '-').length;
    out.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`);
    for (const op of hunk) {
      const text = `${op.kind}${visibleControls(op.line)}`;
      out.push(op.kind === '-' ? paint.removed(text) : op.kind === '+' ? paint.added(text) : text);
    }
  }
  return `${out.join('\n')}\n`;
}
