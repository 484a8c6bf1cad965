// The narrow-terminal layout of a report: one block per row, "header  value" lines, for when the table cannot fit.

import { highlightWrapped } from './highlight.js';
import type { Report } from './report.js';
import { terminalText, textForColumns } from './safe-text.js';
import type { TableOptions } from './table.js';
import { textWidth } from './text-width.js';
import { wrapText } from './wrap.js';

/** A title or footer, wrapped to the terminal like the cells (a footer can be a long sentence); tables use it too. */
export function framingText(text: string | undefined, width: number): string {
  return text ? `${wrapText(terminalText(text), width)}\n` : '';
}

/** Values narrower than this would be a column of single characters: the line is allowed to be wider instead. */
const MIN_VALUE_WIDTH = 10;

export function renderRecords(report: Report, options: TableOptions): string {
  const bold = options.bold ?? ((s: string) => s);
  const mark = options.mark && report.highlight?.length ? options.mark : null;
  const labels = report.columns.map((c) => terminalText(c.header));
  const labelWidth = Math.max(...labels.map((l) => textWidth(l)));
  // A label too long to leave room beside it for the value goes on a line of its own, the value indented below.
  const stacked = labelWidth + 2 + MIN_VALUE_WIDTH > options.width;
  const valueWidth = stacked ? Math.max(MIN_VALUE_WIDTH, options.width - 2) : options.width - labelWidth - 2;
  const rule = '─'.repeat(Math.max(MIN_VALUE_WIDTH, options.width));
  const indent = ' '.repeat(stacked ? 2 : labelWidth + 2);
  const blocks = report.rows.map((row) => {
    const lines = report.columns.flatMap((column, i) => {
      const text = textForColumns(row[column.key] ?? '');
      const wrapped = wrapText(text, valueWidth, { list: column.list === true });
      const shown = (mark ? highlightWrapped(text, wrapped, report.highlight ?? [], mark) : wrapped).split('\n');
      const label = labels[i] ?? '';
      if (stacked)
        return [
          ...wrapText(label, options.width)
            .split('\n')
            .map((l) => bold(l)),
          ...shown.map((line) => `${indent}${line}`.trimEnd()),
        ];
      const head = `${bold(label)}${' '.repeat(labelWidth - textWidth(label))}  `;
      return shown.map((line, n) => `${n === 0 ? head : indent}${line}`.trimEnd());
    });
    return [rule, ...lines].join('\n');
  });
  const body = blocks.length > 0 ? `${blocks.join('\n')}\n${rule}\n` : '';
  return [framingText(report.title, options.width), body, framingText(report.footer, options.width)].join('');
}
