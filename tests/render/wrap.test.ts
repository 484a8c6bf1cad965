// Wrapping for the table (character boundaries, Chinese line-breaking rules) and for help text (never inside an ASCII word).

import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import { textWidth } from '../../src/render/text-width.js';
import { wrapText, wrapWords } from '../../src/render/wrap.js';
import { repoRoot } from '../helpers/run-cli.js';
import { fuzzRuns } from '../helpers/yaml-edits.js';

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

describe('wrapText follows Chinese line-breaking rules on every clause of the shipped plans', () => {
  const workspace = loadWorkspace([path.join(repoRoot, 'data')]);
  const clauses = workspace.plans.flatMap((p) => p.clauses);
  it.each([8, 11, 16, 23, 40])(
    'at width %i: text kept, lines fit, none starts with 、,。) or ends with ( “',
    (width) => {
      expect(clauses.length).toBeGreaterThan(100);
      for (const clause of clauses) {
        const lines = wrapText(clause.text, width).split('\n');
        expect(lines.join('')).toBe(clause.text);
        for (const [i, line] of lines.entries()) {
          expect(textWidth(line)).toBeLessThanOrEqual(width);
          if (i > 0) expect(line).not.toMatch(/^[、,。;:?!)”’]/);
          if (i < lines.length - 1) expect(line).not.toMatch(/[(“‘≥]$/);
        }
      }
    },
  );
});

it('wrapText keeps a number whole and with its ≥', () => {
  expect(wrapText('年销售额达到700万元', 14)).toBe('年销售额达到\n700万元');
  expect(wrapText('召开会议:≥12次', 10)).toBe('召开会议:\n≥12次');
  // Keeping , off the line start would pull 5 away from 1: the whole number moves down instead.
  expect(wrapText('条文 15,指标 0', 7)).toBe('条文 \n15,指标\n 0');
});

it('wrapText breaks a list of units between names, unless a name is longer than the line', () => {
  expect(wrapText('区商务局、区机关事务局、区绩效考评单位', 16, { list: true })).toBe(
    '区商务局、\n区机关事务局、\n区绩效考评单位',
  );
  expect(wrapText('区商务局、区机关事务局、区绩效考评单位', 16)).toBe('区商务局、区机关\n事务局、区绩效考\n评单位');
  // 区人大常委会办公室 (18 columns) cannot fit in 10, so the line is filled rather than broken early.
  expect(wrapText('区委办、区人大常委会办公室', 10, { list: true })).toBe('区委办、区\n人大常委会\n办公室');
});

it('wraps text at any width, as lists too: every character kept, every line fits', () => {
  // The notice's own characters, with the ones the line-breaking rules look at made frequent.
  const notice = fs.readFileSync(path.join(repoRoot, 'data', 'source', 'jiangbei-2023-cooperation-plans.txt'), 'utf8');
  const alphabet = [...new Set(notice)].filter((c) => c !== '\n');
  const char = fc.oneof(fc.constantFrom(...alphabet), fc.constantFrom(...'、、、,。()“”≥≤ 0123456789abcXYZ.%'));
  let broken = 0;
  const runs = fuzzRuns(3000);
  fc.assert(
    fc.property(
      fc.array(char, { maxLength: 120 }),
      fc.integer({ min: -1, max: 60 }),
      fc.boolean(),
      (chars, width, list) => {
        const text = chars.join('');
        const expected = wrapText(text, width, { list });
        if (expected.includes('\n')) broken++;
        expect(expected.split('\n').join(''), JSON.stringify({ text, width, list })).toBe(text);
        // Every line fits, unless it is one character wider than the line (what is moved down is measured anew).
        for (const line of expected.split('\n'))
          if (line.length > 1)
            expect(textWidth(line), JSON.stringify({ text, width, line })).toBeLessThanOrEqual(width);
      },
    ),
    runs,
  );
  expect(broken).toBeGreaterThan(runs.numRuns / 6); // many cases wrap, so the checks are not vacuous
});

it('wraps a hostile one-line text of 300,000 characters, list or not, into lines that fit with every character kept', () => {
  // Each line is measured within a line's worth of characters: measuring what is left of the text at every line made
  // this quadratic (minutes, not milliseconds; the test's time limit catches that).
  const text = '推动黄州来江北建设农特产品展示展销馆、'.repeat(15_000);
  for (const list of [false, true]) {
    const lines = wrapText(text, 20, { list }).split('\n');
    expect(lines.join('')).toBe(text);
    expect(lines.every((line) => textWidth(line) <= 20)).toBe(true);
  }
  const noSeparator = '区'.repeat(300_000);
  expect(wrapText(noSeparator, 20, { list: true }).split('\n')).toHaveLength(30_000);
});
