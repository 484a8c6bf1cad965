// Wraps text to a display width at character boundaries (Chinese has no spaces), counting CJK as two columns and
// keeping to Chinese line-breaking rules: no line starts with 、,。 or ends with an opening bracket.

import { graphemes, plainWidth, textWidth } from './text-width.js';

/** Width per grapheme: text repeats a few thousand characters, and measuring each one afresh dominated `plan tasks`. */
const widths = new Map<string, number>();

function graphemeWidth(segment: string): number {
  let w = widths.get(segment);
  if (w === undefined) {
    w = textWidth(segment);
    widths.set(segment, w);
  }
  return w;
}

/** Characters a line must not start with (Chinese line-breaking rules): 、。,;:?!)】》」』〕〉”’% and ASCII closers. */
const NO_LINE_START = new Set([
  ...'\u3001\u3002\uff0c\uff1b\uff1a\uff1f\uff01\uff09\u3011\u300b\u300d\u300f\u3015\u3009\u201d\u2019\uff05,.;:!?)]}%',
]);
/** Characters a line must not end with: opening brackets and quotes (【《「『〔〈“‘ and ASCII openers), and ≥ ≤ (kept with their number). */
const NO_LINE_END = new Set([...'\uff08\u3010\u300a\u300c\u300e\u3014\u3008\u201c\u2018([{\u2265\u2264']);
/** ASCII letters and digits (with . and %) form words that stay on one line: 700, 2023, 76号's 76. */
const isWordChar = (unit: string | undefined) => unit !== undefined && /^[A-Za-z0-9.%]$/.test(unit);

export interface WrapOptions {
  /** The text is a list of names joined by 、: break after a 、 where possible, so no name is split. */
  list?: boolean;
}

/**
 * Where to break a line holding units[start..end) when units[end] no longer fits: after the last 、 for lists, else
 * not inside an ASCII word, not before closing punctuation, not after an opening bracket. Always > start, so
 * every line holds at least one unit; a line that cannot be broken well is broken at `end`.
 */
function breakPoint(
  units: Units,
  nameWidth: (from: number) => number,
  start: number,
  end: number,
  width: number,
  options: WrapOptions,
): number {
  if (options.list) {
    // The last 、 on the line (looked for on this line only: a long text without one must not be searched from its start).
    let sep = end - 1;
    while (sep > start && units[sep] !== '、') sep--;
    // Only when the name after it fits on a line of its own; a longer name is split anyway, so fill the line instead.
    if (sep > start && nameWidth(sep + 1) <= width) return sep + 1;
  }
  let at = end;
  // Moving a character down for one rule can break another (15, pulled apart to keep , off the line start): repeat.
  for (let moved = true; moved; ) {
    moved = false;
    if (isWordChar(units[at]) && isWordChar(units[at - 1])) {
      let k = at - 1;
      while (k > start && isWordChar(units[k - 1])) k--;
      if (k > start) {
        at = k;
        moved = true;
      }
    }
    while (at > start + 1 && (NO_LINE_START.has(units[at] ?? '') || NO_LINE_END.has(units[at - 1] ?? ''))) {
      at--;
      moved = true;
    }
  }
  return at > start ? at : end;
}

/** The characters or graphemes of a paragraph. */
type Units = readonly string[];

/** Display width of the name starting at `from`, up to and including the 、 after it; past `limit`, any wider value. */
function nameWidth(units: string[], widths: number[], from: number, limit: number): number {
  let w = 0;
  for (let k = from; k < units.length && w <= limit; k++) {
    w += widths[k] ?? 0;
    if (units[k] === '、') break;
  }
  return w;
}

/** Splits a paragraph into characters when each is its own grapheme of a known width, else into graphemes. */
function segment(paragraph: string): { units: string[]; widths: number[] } {
  const units = Array.from(paragraph);
  const widths: number[] = [];
  for (const unit of units) {
    const w = unit.length === 1 ? plainWidth(unit.charCodeAt(0)) : 0;
    if (w === 0) return graphemeSegments(paragraph);
    widths.push(w);
  }
  return { units, widths };
}

function graphemeSegments(paragraph: string): { units: string[]; widths: number[] } {
  const units = [...graphemes(paragraph)];
  return { units, widths: units.map(graphemeWidth) };
}

export function wrapText(text: string, width: number, options: WrapOptions = {}): string {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    wrapParagraph(paragraph, width, options, out);
  }
  return out.join('\n');
}

/**
 * A paragraph, a character (or grapheme) at a time: a line ends before the first unit that does not fit, moved back
 * by the line-breaking rules, and the next line is measured afresh from there (what was moved down counts on it).
 */
function wrapParagraph(paragraph: string, width: number, options: WrapOptions, out: string[]): void {
  const { units, widths } = segment(paragraph);
  const measure = (from: number) => nameWidth(units, widths, from, width);
  let start = 0;
  let used = 0;
  for (let i = 0; i < units.length; i++) {
    const w = widths[i] ?? 0;
    if (used + w > width && i > start) {
      const at = breakPoint(units, measure, start, i, width, options);
      out.push(units.slice(start, at).join(''));
      start = at;
      used = 0;
      i = at - 1; // the loop's i++ starts the next line at `at`
      continue;
    }
    used += w;
  }
  out.push(units.slice(start).join(''));
}

/**
 * Wraps mixed Chinese and English prose (help text): between any two Chinese characters, but never inside a run of
 * ASCII such as `--names`, nor before closing punctuation; a word wider than the line is left whole rather than split.
 */
export function wrapWords(text: string, width: number): string {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let used = 0;
    // A word or one character, with any closing punctuation after it: a line never starts with 、,。 and the like.
    for (const token of paragraph.match(/(?:[!-~]+|[^!-~\s])[、,。;:?!)】》」』]*|\s+/gu) ?? []) {
      const w = textWidth(token);
      if (used + w > width && line.trim()) {
        out.push(line.trimEnd());
        line = '';
        used = 0;
        if (!token.trim()) continue; // no space at the start of a line
      }
      line += token;
      used += w;
    }
    out.push(line.trimEnd());
  }
  return out.join('\n');
}
