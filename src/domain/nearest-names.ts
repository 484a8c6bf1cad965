// "Did you mean": nearest names by edit distance over characters (Chinese names have no word boundaries), with the
// work bounded: a hostile name of millions of characters must not cost minutes.

/** Unit names longer than this are refused (rule unit-name-too-long, `--unit`): the longest real ones are ~30 characters. */
export const MAX_UNIT_NAME_CHARS = 200;

/** Whether a name is over the limit, without splitting megabytes into characters (UTF-16 units ≥ characters). */
export function tooLongName(name: string): boolean {
  return (
    name.length > MAX_UNIT_NAME_CHARS && [...name.slice(0, 2 * MAX_UNIT_NAME_CHARS + 2)].length > MAX_UNIT_NAME_CHARS
  );
}

export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  return boundedEditDistance(x, y, Math.max(x.length, y.length));
}

/**
 * The edit distance of two character lists when it is at most `cap`, else `cap + 1`. Only cells within `cap` of the
 * diagonal can hold a distance ≤ cap (each step off it costs one), so the work is length × (2·cap + 1), not length²;
 * the length difference alone is a lower bound, and a row whose every cell exceeds the cap ends the search.
 */
export function boundedEditDistance(x: readonly string[], y: readonly string[], cap: number): number {
  const over = cap + 1;
  if (Math.abs(x.length - y.length) > cap) return over;
  // previous[j] / current[j]: distance between x[0..i) and y[0..j), `over` standing for anything larger than the cap.
  let previous = new Array<number>(y.length + 1);
  let current = new Array<number>(y.length + 1);
  for (let j = 0; j <= y.length; j++) previous[j] = j <= cap ? j : over;
  for (let i = 1; i <= x.length; i++) {
    const from = Math.max(1, i - cap);
    const to = Math.min(y.length, i + cap);
    current[from - 1] = from === 1 && i <= cap ? i : over;
    let best = current[from - 1] as number;
    for (let j = from; j <= to; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      const up = j <= i - 1 + cap ? (previous[j] as number) : over; // outside the previous row's band
      const value = Math.min(up + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost, over);
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > cap) return over;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[y.length] as number, over);
}

/**
 * Up to `limit` candidates, closest first, ignoring any that differ in more than half their characters. Equally close
 * candidates keep the order they are given in (a roster's own order): sorting them by pinyin would load ICU's Chinese
 * collation, ~8 ms of every run that suggests a name. A name over MAX_UNIT_NAME_CHARS gets none (it is no typo), and
 * a candidate whose length alone puts it out of reach is not compared.
 */
export function nearestNames(name: string, candidates: Iterable<string>, limit = 3): string[] {
  if (tooLongName(name)) return [];
  const x = [...name];
  const scored: { candidate: string; distance: number }[] = [];
  for (const candidate of new Set(candidates)) {
    // Over 4n+4 UTF-16 units is over 2n+2 characters: the length difference alone exceeds half of them (and the cap).
    if (candidate.length > 4 * x.length + 4) continue;
    const y = [...candidate];
    const cap = Math.max(1, Math.ceil(Math.max(x.length, y.length) / 2));
    const distance = boundedEditDistance(x, y, cap);
    if (distance <= cap) scored.push({ candidate, distance });
  }
  return scored
    .sort((a, b) => a.distance - b.distance)
    .slice(0, limit)
    .map((s) => s.candidate);
}
