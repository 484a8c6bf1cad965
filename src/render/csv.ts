// CSV for Excel: UTF-8 with BOM, CRLF, quoted cells, and formula-looking cells neutralised.

import type { Column, Report } from './report.js';
import { visibleControls } from './safe-text.js';

/** Cells starting with these are run as formulas by spreadsheets (CSV injection); a leading apostrophe disarms them. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Control characters (an ESC sequence in data) are shown as codes: a CSV printed to a terminal must not drive it. In a
 * bound column (目标值) the sign = of "exactly" is written ＝ (U+FF1D): text to every spreadsheet, so the cell needs no
 * apostrophe; the guard still applies to everything else, and to what follows the sign.
 */
export function csvCell(text: string, column?: Pick<Column, 'bound'>): string {
  const value = column?.bound && text.startsWith('=') ? `＝${text.slice(1)}` : text;
  const safe = FORMULA_START.test(value) ? `'${visibleControls(value)}` : visibleControls(value);
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function renderCsv(report: Report): string {
  const lines = [
    report.columns.map((c) => csvCell(c.header)),
    ...report.rows.map((r) => report.columns.map((c) => csvCell(r[c.key] ?? '', c))),
    // After the data, so the header stays the first line for parsers; as many cells as the header, so no reader chokes.
    ...(report.incomplete ?? []).map((note) => report.columns.map((_, i) => (i === 0 ? csvCell(note) : ''))),
  ];
  return `\ufeff${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}
