// Our width function (no Intl.Segmenter at start-up) must measure like string-width on the notice text and beyond.

import fs from 'node:fs';
import path from 'node:path';
import stringWidth from 'string-width';
import { expect, it } from 'vitest';
import { graphemes, textWidth } from '../../src/render/text-width.js';
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
