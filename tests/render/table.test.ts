// The hand-drawn terminal table: highlighting adds colour codes but never shifts a border.

import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/render/report.js';
import { columnWidths, renderTable } from '../../src/render/table.js';
import { textWidth } from '../../src/render/text-width.js';

const report: Report = {
  title: '检索“消费”',
  columns: [
    { key: 'ref', header: '条目' },
    { key: 'text', header: '条文', wide: true },
  ],
  rows: [
    { ref: '12', text: '推动消费协作,开展消费帮扶活动,组织江北区企业采购黄州区农产品' },
    { ref: '(二)3', text: 'no match here' },
  ],
  highlight: ['消费'],
  json: null,
};

const strip = (s: string) => s.replace(/\[|\]/g, '');

describe('renderTable', () => {
  it('pads every line to the same width, CJK counted as two', () => {
    const lines = renderTable(report, { width: 40 }).trimEnd().split('\n').slice(1);
    expect(new Set(lines.map((l) => textWidth(l)))).toEqual(new Set([lines[0] ? textWidth(lines[0]) : 0]));
    expect(textWidth(lines[0] ?? '')).toBeLessThanOrEqual(40);
  });

  it('marks search words without changing the layout', () => {
    const plain = renderTable(report, { width: 40 });
    const marked = renderTable(report, { width: 40, mark: (s) => `[${s}]`, bold: (s) => s });
    expect(marked).not.toBe(plain);
    expect(strip(marked)).toBe(plain);
    expect(marked).toContain('[消费]');
  });
});

describe('column widths', () => {
  const cut: Report = {
    columns: [
      { key: 'ref', header: '条目' },
      { key: 'text', header: '条文', wide: true },
      { key: 'note', header: '说明', wide: true },
    ],
    rows: [
      { ref: '12', text: '推动消费协作,开展消费帮扶活动,组织江北区企业采购黄州区农产品,带动社会力量参与', note: '短' },
    ],
    json: null,
  };
  it('a cut table fills the line: space a short wide column leaves goes to the one still cut', () => {
    for (const width of [40, 57, 80]) {
      const widths = columnWidths(cut, width);
      expect(widths.reduce((a, b) => a + b, 0) + cut.columns.length * 3 + 1).toBe(width);
      expect(widths[2]).toBe(4); // 说明 keeps its natural width
    }
  });
  it('a table that fits keeps its natural widths', () => {
    expect(columnWidths(report, 200)).toEqual([5, textWidth(report.rows[0]?.text ?? '')]);
  });
  it('when only long headers do not fit, the headers wrap and no cell does', () => {
    // plan units: unit names beside count columns headed 黄州·所属组, 全体(无括注)…
    const counts: Report = {
      title: '',
      columns: [
        { key: 'name', header: '单位', wide: true },
        ...['黄州·直接', '黄州·所属组', '莲都·直接', '莲都·所属组', '全体(无括注)'].map((header, i) => ({
          key: `c${i}`,
          header,
        })),
      ],
      rows: [{ name: '浙江前洋经济开发区管委会', c0: '1', c1: '3', c2: '12', c3: '0', c4: '3' }],
      json: null,
    };
    const widths = columnWidths(counts, 60);
    expect(widths.reduce((a, b) => a + b, 0) + counts.columns.length * 3 + 1).toBe(60);
    expect(widths[0]).toBe(textWidth('浙江前洋经济开发区管委会'));
    const lines = renderTable(counts, { width: 60 }).trimEnd().split('\n');
    expect(lines.filter((l) => l.includes('浙江前洋经济开发区管委会'))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('│ ') && !l.includes('│ 单位')).length).toBeGreaterThan(1);
  });
});
