// Wraps text to a display width at character boundaries (Chinese has no spaces), counting CJK as two columns.

import { graphemes, textWidth } from './text-width.js';

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

export function wrapText(text: string, width: number): string {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
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
