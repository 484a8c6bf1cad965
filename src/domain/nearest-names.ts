// "Did you mean": nearest names by edit distance over characters (Chinese names have no word boundaries).

export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    previous = current;
  }
  return previous[y.length] as number;
}

/**
 * Up to `limit` candidates, closest first, ignoring any that differ in more than half their characters. Equally close
 * candidates keep the order they are given in (a roster's own order): sorting them by pinyin would load ICU's Chinese
 * collation, ~8 ms of every run that suggests a name.
 */
export function nearestNames(name: string, candidates: Iterable<string>, limit = 3): string[] {
  const scored: { candidate: string; distance: number }[] = [];
  const length = [...name].length;
  for (const candidate of new Set(candidates)) {
    const distance = editDistance(name, candidate);
    if (distance <= Math.max(1, Math.ceil(Math.max(length, [...candidate].length) / 2)))
      scored.push({ candidate, distance });
  }
  return scored
    .sort((a, b) => a.distance - b.distance)
    .slice(0, limit)
    .map((s) => s.candidate);
}
