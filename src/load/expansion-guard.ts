// Alias bombs: js-yaml shares aliased nodes, so parsing is cheap, but schema checks and rules walk the value in full.

/**
 * True when walking the value would visit more than its source text can hold without aliases (each key, string and
 * node costs at least one character of source), or nest deeper than the parser allows source nesting to go.
 * Stops as soon as the budget runs out, so a billion-laughs file costs no more than its own size.
 */
export function expandsBeyondText(value: unknown, textLength: number, maxDepth: number): boolean {
  let budget = 2 * textLength + 1024;
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (node === null || typeof node !== 'object') continue;
    if (depth >= maxDepth) return true;
    const entries: [string, unknown][] = Array.isArray(node) ? node.map((v) => ['', v]) : Object.entries(node);
    for (const [key, child] of entries) {
      budget -= 1 + key.length + (typeof child === 'string' ? child.length : 0);
      if (budget < 0) return true;
      stack.push({ node: child, depth: depth + 1 });
    }
  }
  return false;
}
