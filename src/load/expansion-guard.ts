// Alias bombs: `yaml` shares aliased nodes, so parsing is cheap, but schema checks and rules walk the value in full.
// `yaml`'s own limit (maxAliasCount) refuses the billion laughs, but lets aliases nest a value hundreds of levels deep
// from a shallow text and lets a value grow to about a hundred times its text: this walk bounds both.

/**
 * True when walking the value would visit more than its source text can hold without aliases (each key, string and
 * node costs at least one character of source), or nest deeper than the parser allows source nesting to go.
 * Stops as soon as the budget runs out, so a billion-laughs file costs no more than its own size.
 */
export function expandsBeyondText(value: unknown, textLength: number, maxDepth: number): boolean {
  let budget = 2 * textLength + 1024;
  // Two plain stacks, no entry arrays: this walks every node of every file (the answer does not depend on the order).
  const nodes: object[] = [];
  const depths: number[] = [];
  const visit = (child: unknown, cost: number, depth: number): boolean => {
    budget -= cost + (typeof child === 'string' ? child.length : 0);
    if (child !== null && typeof child === 'object') {
      nodes.push(child);
      depths.push(depth);
    }
    return budget < 0;
  };
  if (value !== null && typeof value === 'object') visit(value, 0, 0);
  while (nodes.length > 0) {
    const node = nodes.pop() as object;
    const depth = depths.pop() as number;
    if (depth >= maxDepth) return true;
    if (Array.isArray(node)) {
      for (const child of node) if (visit(child, 1, depth + 1)) return true;
    } else {
      for (const key of Object.keys(node))
        if (visit((node as Record<string, unknown>)[key], 1 + key.length, depth + 1)) return true;
    }
  }
  return false;
}
