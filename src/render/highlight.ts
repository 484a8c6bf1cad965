// Marks every occurrence of the search words in already-wrapped cell text, line by line, so wrapping stays correct.

/** Which characters (by code point index) of `text` fall inside a match of any word, ignoring case. */
export function matchedChars(text: string, words: string[]): boolean[] {
  const chars = [...text];
  const lower = chars.map((c) => c.toLowerCase());
  const marked = chars.map(() => false);
  for (const word of words.map((w) => [...w.toLowerCase()]).filter((w) => w.length > 0)) {
    for (let i = 0; i + word.length <= lower.length; i++) {
      if (word.every((c, j) => lower[i + j] === c)) for (let j = 0; j < word.length; j++) marked[i + j] = true;
    }
  }
  return marked;
}

/**
 * `wrapped` is `text` with line breaks inserted; runs of matched characters on each line go through `mark`.
 * Marking after wrapping keeps escape codes out of width measurement.
 */
export function highlightWrapped(text: string, wrapped: string, words: string[], mark: (s: string) => string): string {
  const marked = matchedChars(text, words);
  const source = [...text];
  let at = 0;
  let out = '';
  let run = '';
  const flush = () => {
    if (run) out += mark(run);
    run = '';
  };
  for (const c of wrapped) {
    const fromSource = source[at] === c;
    const isMatch = fromSource && marked[at] === true;
    if (fromSource) at++;
    if (isMatch) {
      run += c;
      continue;
    }
    flush();
    out += c;
  }
  flush();
  return out;
}
