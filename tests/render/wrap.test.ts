// Wrapping for the table (character boundaries) and for help text (never inside an ASCII word).

import { expect, it } from 'vitest';
import { textWidth } from '../../src/render/text-width.js';
import { wrapText, wrapWords } from '../../src/render/wrap.js';

it('wrapText breaks Chinese at any character, counting two columns each', () => {
  expect(wrapText('推动黄州来江北建设农特产品展示展销馆', 10)).toBe('推动黄州来\n江北建设农\n特产品展示\n展销馆');
});

it('wrapWords keeps ASCII words such as option names whole, starts no line with 、 and fits the width', () => {
  const help = '输出格式:问题清单 stylish、json、github、sarif、junit;--names/--roster 时 table、json、csv、md';
  // Widths that the longest word (junit;--names/--roster, 22 columns) fits in.
  for (const width of [24, 30, 40, 50]) {
    const lines = wrapWords(help, width).split('\n');
    expect(lines.join('').replace(/\s/g, '')).toBe(help.replace(/\s/g, ''));
    for (const word of help.match(/[!-~]+/g) ?? []) expect(lines.some((l) => l.includes(word))).toBe(true);
    for (const line of lines) {
      expect(line).not.toMatch(/^[、,;]/);
      expect(textWidth(line)).toBeLessThanOrEqual(width);
    }
  }
});

it('wrapWords drops the space a line breaks at, and leaves a word longer than the line whole', () => {
  expect(wrapWords('显示 一个条目', 6)).toBe('显示\n一个条\n目');
  expect(wrapWords('见 https://example.org/very/long/path 处', 10)).toBe('见\nhttps://example.org/very/long/path\n处');
});
