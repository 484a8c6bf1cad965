// Array helpers for lists that come from data: spreading a list into a call (`push(...xs)`, `Math.max(...xs)`) passes
// each element as an argument on the stack, and some 120,000 of them overflow it.

/** Appends every item to `target` in place, however many there are; returns `target`. */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `numbers`, or `floor` when there are none (or none larger). */
export function largest(numbers: Iterable<number>, floor = Number.NEGATIVE_INFINITY): number {
  let max = floor;
  for (const n of numbers) if (n > max) max = n;
  return max;
}

/** The smallest of `numbers`, or `ceiling` when there are none (or none smaller). */
export function smallest(numbers: Iterable<number>, ceiling = Number.POSITIVE_INFINITY): number {
  let min = ceiling;
  for (const n of numbers) if (n < min) min = n;
  return min;
}
