// Wraps text to a display width at character boundaries (Chinese has no spaces), counting CJK as two columns.

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

/** Plain text (every character its own grapheme, of a known width) is cut without splitting it into graphemes first. */
function wrapPlain(paragraph: string, width: number, out: string[]): boolean {
  const lines: string[] = [];
  let start = 0;
  let used = 0;
  for (let i = 0; i < paragraph.length; i++) {
    const w = plainWidth(paragraph.charCodeAt(i));
    if (w === 0) return false;
    if (used + w > width && i > start) {
      lines.push(paragraph.slice(start, i));
      start = i;
      used = 0;
    }
    used += w;
  }
  lines.push(paragraph.slice(start));
  out.push(...lines);
  return true;
}

export function wrapText(text: string, width: number): string {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    if (wrapPlain(paragraph, width, out)) continue;
    let line = '';
    let used = 0;
    for (const segment of graphemes(paragraph)) {
      const w = graphemeWidth(segment);
      if (used + w > width && line) {
        out.push(line);
        line = '';
        used = 0;
      }
      line += segment;
      used += w;
    }
    out.push(line);
  }
  return out.join('\n');
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
