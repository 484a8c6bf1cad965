// Terminal table: fits the given width, wraps Chinese text at character boundaries, measures CJK as two columns.

import Table from 'cli-table3';
import stringWidth from 'string-width';
import { highlightWrapped } from './highlight.js';
import type { Report } from './report.js';
import { visibleControls } from './safe-text.js';
import { wrapText } from './wrap.js';

export interface TableOptions {
  width: number;
  /** Applied to header cells; identity when colour is off. */
  bold?: (text: string) => string;
  /** Applied to words the report asks to highlight; leave out when colour is off. */
  mark?: (text: string) => string;
}

const NARROW_CAP = 24;
const WIDE_MIN = 20;

/** Content widths (without padding) per column: natural when it fits, else narrow columns capped and wide ones sharing the rest. */
export function columnWidths(report: Report, width: number): number[] {
  const natural = report.columns.map((c) => Math.max(stringWidth(c.header), ...report.rows.flatMap((r) => (r[c.key] ?? '').split('\n').map((l) => stringWidth(l)))));
  const overhead = report.columns.length * 3 + 1; // a border and two spaces of padding per column
  const available = width - overhead;
  if (natural.reduce((a, b) => a + b, 0) <= available) return natural;
  const isWide = report.columns.map((c) => c.wide === true);
  const wideCount = isWide.filter(Boolean).length;
  // Narrow columns shrink (down to 6) until the wide ones keep at least 40% of the line; the wide ones take what is left.
  const narrowBudget = wideCount ? Math.max(0, available - Math.max(WIDE_MIN * wideCount, Math.floor(available * 0.4))) : available;
  let cap = NARROW_CAP;
  const narrowSum = (c: number) => natural.reduce((sum, n, i) => sum + (isWide[i] ? 0 : Math.min(n, c)), 0);
  while (cap > 6 && narrowSum(cap) > narrowBudget) cap--;
  const left = available - narrowSum(cap);
  const share = wideCount ? Math.max(WIDE_MIN, Math.floor(left / wideCount)) : 0;
  return natural.map((n, i) => (isWide[i] ? Math.min(n, share) : Math.min(n, cap)));
}

export function renderTable(report: Report, options: TableOptions): string {
  const bold = options.bold ?? ((s: string) => s);
  const widths = columnWidths(report, options.width);
  const table = new Table({
    head: report.columns.map((c, i) => bold(wrapText(c.header, widths[i] ?? 10))),
    colWidths: widths.map((w) => w + 2),
    wordWrap: false,
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
  });
  const cell = (value: string, width: number) => {
    const text = visibleControls(value);
    const wrapped = wrapText(text, width);
    return options.mark && report.highlight?.length ? highlightWrapped(text, wrapped, report.highlight, options.mark) : wrapped;
  };
  for (const row of report.rows) table.push(report.columns.map((c, i) => cell(row[c.key] ?? '', widths[i] ?? 10)));
  const title = report.title ? `${visibleControls(report.title)}\n` : '';
  return [title, report.rows.length > 0 ? `${table.toString()}\n` : '', report.footer ? `${visibleControls(report.footer)}\n` : ''].join('');
}
