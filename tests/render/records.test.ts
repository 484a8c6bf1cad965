// The narrow-terminal layout: one block per row, every line within the width, marks never shift the text.

import { expect, it } from 'vitest';
import { renderRecords } from '../../src/render/records.js';
import type { Report } from '../../src/render/report.js';
import { renderTable } from '../../src/render/table.js';
import { textWidth } from '../../src/render/text-width.js';

const report: Report = {
  title: '区商务局 的任务',
  columns: [
    { key: 'plan', header: '计划' },
    { key: 'text', header: '任务内容', wide: true },
    { key: 'units', header: '责任单位', list: true },
  ],
  rows: [
    {
      plan: '黄州',
      text: '推动黄州来江北建设农特产品展示展销馆(平台),组织开展消费帮扶活动。',
      units: '区商务局、区机关事务局、区绩效考评单位',
    },
    { plan: '莲都', text: '短', units: '区商务局' },
  ],
  highlight: ['消费'],
  json: null,
};

it('keeps every line within the width, labels aligned, continuation lines under the value', () => {
  const out = renderRecords(report, { width: 30 });
  const lines = out.trimEnd().split('\n');
  for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(30);
  expect(lines).toContain('计划      黄州');
  expect(lines.filter((l) => /^─+$/.test(l))).toHaveLength(3); // before each record and at the end
  const from = lines.indexOf(lines.find((l) => l.startsWith('任务内容')) ?? '');
  const to = lines.findIndex((l) => l.startsWith('责任单位'));
  expect(to - from).toBeGreaterThan(1); // the text wrapped
  expect(lines.slice(from, to).every((l, i) => i === 0 || l.startsWith(' '.repeat(10)))).toBe(true);
  expect(
    lines
      .slice(from, to)
      .map((l) => l.replace(/^任务内容/, '').trim())
      .join(''),
  ).toBe(report.rows[0]?.text);
});

it('breaks a list of units between names', () => {
  const lines = renderRecords(report, { width: 30 }).split('\n');
  const start = lines.findIndex((l) => l.startsWith('责任单位'));
  // 20 columns for the value: 区商务局、区机关事务局、 (22) does not fit on one line, and no name is cut.
  expect(lines.slice(start, start + 3)).toEqual([
    '责任单位  区商务局、',
    '          区机关事务局、',
    '          区绩效考评单位',
  ]);
});

it('marks search words without moving anything', () => {
  const marked = renderRecords(report, { width: 30, mark: (s) => `[${s}]` });
  expect(marked).toContain('[消费]');
  expect(marked.replace(/\[|\]/g, '')).toBe(renderRecords(report, { width: 30 }));
});

it('is what a table falls back to when its columns cannot fit, and only then', () => {
  expect(renderTable(report, { width: 30 })).toBe(renderRecords(report, { width: 30 }));
  expect(renderTable(report, { width: 100 })).toContain('┌');
});
