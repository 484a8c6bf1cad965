// Wraps text to a display width at character boundaries (Chinese has no spaces), counting CJK as two columns.

import stringWidth from 'string-width';

const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });

export function wrapText(text: string, width: number): string {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let used = 0;
    for (const { segment } of segmenter.segment(paragraph)) {
      const w = stringWidth(segment);
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
