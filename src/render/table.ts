// Terminal table: fits the given width, wraps Chinese text at character boundaries, measures CJK as two columns.

import type { Report } from './report.js';
import { visibleControls } from './safe-text.js';
import { textWidth } from './text-width.js';
import { wrapText } from './wrap.js';

export interface TableOptions {
  width: number;
  /** Applied to header cells; identity when colour is off. */
  bold?: (text: string) => string;
}

const NARROW_CAP = 24;
const WIDE_MIN = 20;

/** Content widths (without padding) per column: natural when it fits, else narrow columns capped and wide ones sharing the rest. */
export function columnWidths(report: Report, width: number): number[] {
  const natural = report.columns.map((c) => Math.max(textWidth(c.header), ...report.rows.flatMap((r) => (r[c.key] ?? '').split('\n').map((l) => textWidth(l)))));
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

/** One bordered row: cells split into lines, each padded to its column's content width (CJK counted as two). */
function drawRow(cells: string[][], widths: number[], style: (s: string) => string): string[] {
  const height = Math.max(1, ...cells.map((c) => c.length));
  return Array.from({ length: height }, (_, line) => {
    const parts = widths.map((w, i) => {
      const text = cells[i]?.[line] ?? '';
      return ` ${style(text)}${' '.repeat(Math.max(0, w - textWidth(text)))} `;
    });
    return `│${parts.join('│')}│`;
  });
}

export function renderTable(report: Report, options: TableOptions): string {
  const bold = options.bold ?? ((s: string) => s);
  const widths = columnWidths(report, options.width);
  const rule = (left: string, mid: string, right: string) => `${left}${widths.map((w) => '─'.repeat(w + 2)).join(mid)}${right}`;
  const lines = [rule('┌', '┬', '┐'), ...drawRow(report.columns.map((c, i) => wrapText(c.header, widths[i] ?? 10).split('\n')), widths, (s) => (s ? bold(s) : s))];
  for (const row of report.rows) {
    lines.push(rule('├', '┼', '┤'), ...drawRow(report.columns.map((c, i) => wrapText(visibleControls(row[c.key] ?? ''), widths[i] ?? 10).split('\n')), widths, (s) => s));
  }
  lines.push(rule('└', '┴', '┘'));
  return [report.title ? `${report.title}\n` : '', report.rows.length > 0 ? `${lines.join('\n')}\n` : '', report.footer ? `${report.footer}\n` : ''].join('');
}
