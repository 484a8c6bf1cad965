// Our width function (no Intl.Segmenter at start-up) must measure like string-width on the notice text and beyond.

import fs from 'node:fs';
import path from 'node:path';
import stringWidth from 'string-width';
import { expect, it } from 'vitest';
import { graphemes, plainWidth, textWidth } from '../../src/render/text-width.js';
import { repoRoot } from '../helpers/run-cli.js';

const notice = fs.readFileSync(path.join(repoRoot, 'data', 'source', 'jiangbei-2023-cooperation-plans.txt'), 'utf8');

it('measures every line of the notice like string-width', () => {
  const lines = notice.split('\n');
  expect(lines.filter((l) => textWidth(l) !== stringWidth(l))).toEqual([]);
});

it('measures every distinct character of the notice like string-width', () => {
  const chars = [...new Set(notice)];
  expect(chars.filter((c) => textWidth(c) !== stringWidth(c))).toEqual([]);
});

it('keeps marks, joiners and variation selectors with their character', () => {
  for (const sample of ['e\u0301', '👩\u200d💻', '❤\ufe0f', '（一）', 'abc 区商务局 ①']) {
    expect([...graphemes(sample)].join('')).toBe(sample);
    expect(textWidth(sample)).toBe(stringWidth(sample));
  }
  expect([...graphemes('e\u0301x')]).toEqual(['e\u0301', 'x']);
});

it('gives every character of the fast ranges the width string-width gives it', () => {
  const fast = Array.from({ length: 0x10000 }, (_, unit) => unit).filter(
    (unit) => plainWidth(unit) > 0 && (unit < 0xd800 || unit > 0xdfff),
  );
  // The ranges cover ASCII, CJK and the symbols plan prints (≥ in targets): a guard that the check below checks something.
  expect(fast).toEqual(expect.arrayContaining([0x41, 0x4e00, 0x3001, 0xff08, 0x2265, 0x2103, 0x2460]));
  // © ® ‼ ⁉ are emoji shown as text unless a VS16 follows: one column in terminals (wcwidth, and our slow path, which
  // agrees), two in string-width 7. The only disagreements, and deliberate.
  const textStyleEmoji = ['a9', 'ae', '203c', '2049'];
  expect(
    fast.filter((unit) => plainWidth(unit) !== stringWidth(String.fromCharCode(unit))).map((u) => u.toString(16)),
  ).toEqual(textStyleEmoji);
  // The fast path (a scan over whole strings) and the slow path (a combining mark sends the text there) agree with it.
  expect(fast.filter((unit) => textWidth(`a${String.fromCharCode(unit)}区`) !== plainWidth(unit) + 3)).toEqual([]);
  expect(fast.filter((unit) => textWidth(`${String.fromCharCode(unit)}\u0301`) !== plainWidth(unit))).toEqual([]);
});

it('measures target symbols without leaving the fast path', () => {
  for (const sample of ['≥3个', '≤ 5', '℃', '①②', 'Ⅱ', '×÷'])
    expect([...sample].every((c) => plainWidth(c.charCodeAt(0)) > 0)).toBe(true);
});
