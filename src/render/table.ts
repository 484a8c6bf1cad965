// Terminal table: fits the given width, wraps Chinese text at character boundaries, measures CJK as two columns;
// when the columns cannot fit at all, falls back to one block per row (records.ts).

import { appendAll, largest } from '../domain/append-all.js';
import { highlightWrapped } from './highlight.js';
import { framingText, renderRecords } from './records.js';
import type { Report } from './report.js';
import { textForColumns } from './safe-text.js';
import { textWidth } from './text-width.js';
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
  const content = report.columns.map((c) =>
    largest(
      report.rows.flatMap((r) => (r[c.key] ?? '').split('\n').map((l) => textWidth(l))),
      0,
    ),
  );
  const natural = report.columns.map((c, i) => Math.max(content[i] ?? 0, textWidth(textForColumns(c.header))));
  const overhead = report.columns.length * 3 + 1; // a border and two spaces of padding per column
  const available = width - overhead;
  const sum = (widths: number[]) => widths.reduce((a, b) => a + b, 0);
  if (sum(natural) <= available) return natural;
  const isWide = report.columns.map((c) => c.wide === true);
  // When every cell fits and only headers do not (小计 columns under long headings), the headers wrap: no cell does.
  // Two columns at least, so a header can still show one Chinese character a line.
  const cells = content.map((w) => Math.max(w, 2));
  if (sum(cells) <= available) return fillLeftover(cells, natural, isWide, available);
  const wideCount = isWide.filter(Boolean).length;
  // Narrow columns shrink (down to 6) until the wide ones keep at least 40% of the line; the wide ones take what is left.
  const narrowBudget = wideCount
    ? Math.max(0, available - Math.max(WIDE_MIN * wideCount, Math.floor(available * 0.4)))
    : available;
  let cap = NARROW_CAP;
  const narrowSum = (c: number) => natural.reduce((sum, n, i) => sum + (isWide[i] ? 0 : Math.min(n, c)), 0);
  while (cap > 6 && narrowSum(cap) > narrowBudget) cap--;
  const left = available - narrowSum(cap);
  const share = wideCount ? Math.max(WIDE_MIN, Math.floor(left / wideCount)) : 0;
  const widths = natural.map((n, i) => (isWide[i] ? Math.min(n, share) : Math.min(n, cap)));
  return fillLeftover(widths, natural, isWide, available);
}

/** Space a short wide column leaves unused goes to the columns still cut short, wide ones first, so the table fills the line. */
function fillLeftover(widths: number[], natural: number[], isWide: boolean[], available: number): number[] {
  let left = available - widths.reduce((a, b) => a + b, 0);
  for (const wideFirst of [true, false]) {
    let short = widths.map((_, i) => i).filter((i) => isWide[i] === wideFirst && (widths[i] ?? 0) < (natural[i] ?? 0));
    while (left > 0 && short.length > 0) {
      for (const i of short) {
        if (left === 0) break;
        widths[i] = (widths[i] ?? 0) + 1;
        left--;
      }
      short = short.filter((i) => (widths[i] ?? 0) < (natural[i] ?? 0));
    }
  }
  return widths;
}

/**
 * One bordered row: cells split into lines, each padded to its column's content width (CJK counted as two).
 * `plain` is measured, `shown` (the same lines, perhaps with colour codes) is printed.
 */
function drawRow(plain: string[][], shown: string[][], widths: number[]): string[] {
  const height = Math.max(1, ...plain.map((c) => c.length));
  return Array.from({ length: height }, (_, line) => {
    const parts = widths.map((w, i) => {
      const text = plain[i]?.[line] ?? '';
      return ` ${shown[i]?.[line] ?? ''}${' '.repeat(Math.max(0, w - textWidth(text)))} `;
    });
    return `│${parts.join('│')}│`;
  });
}

export function renderTable(report: Report, options: TableOptions): string {
  const bold = options.bold ?? ((s: string) => s);
  const widths = columnWidths(report, options.width);
  // Too many columns for the terminal (each keeps a few characters): one block per row reads better than an overflow.
  if (widths.reduce((a, b) => a + b, report.columns.length * 3 + 1) > options.width)
    return renderRecords(report, options);
  const rule = (left: string, mid: string, right: string) =>
    `${left}${widths.map((w) => '─'.repeat(w + 2)).join(mid)}${right}`;
  const header = report.columns.map((c, i) => wrapText(textForColumns(c.header), widths[i] ?? 10).split('\n'));
  const lines = [
    rule('┌', '┬', '┐'),
    ...drawRow(
      header,
      header.map((cell) => cell.map((s) => (s ? bold(s) : s))),
      widths,
    ),
  ];
  const mark = options.mark && report.highlight?.length ? options.mark : null;
  for (const row of report.rows) {
    const texts = report.columns.map((c) => textForColumns(row[c.key] ?? ''));
    const wrapped = texts.map((text, i) => wrapText(text, widths[i] ?? 10, { list: report.columns[i]?.list === true }));
    const shown = mark
      ? wrapped.map((w, i) => highlightWrapped(texts[i] ?? '', w, report.highlight ?? [], mark))
      : wrapped;
    lines.push(rule('├', '┼', '┤'));
    // Appended, not spread: a cell of 140,000 names wraps to more lines than a call can take as arguments.
    appendAll(
      lines,
      drawRow(
        wrapped.map((w) => w.split('\n')),
        shown.map((w) => w.split('\n')),
        widths,
      ),
    );
  }
  lines.push(rule('└', '┴', '┘'));
  return [
    framingText(report.title, options.width),
    report.rows.length > 0 ? `${lines.join('\n')}\n` : '',
    framingText(report.footer, options.width),
  ].join('');
}
