// CSV for Excel: UTF-8 with BOM, CRLF, quoted cells, and formula-looking cells neutralised.

import type { Report } from './report.js';
import { visibleControls } from './safe-text.js';

/** Cells starting with these are run as formulas by spreadsheets (CSV injection); a leading apostrophe disarms them. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Control characters (an ESC sequence in data) are shown as codes: a CSV printed to a terminal must not drive it. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${visibleControls(value)}` : visibleControls(value);
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function renderCsv(report: Report): string {
  const lines = [
    report.columns.map((c) => csvCell(c.header)),
    ...report.rows.map((r) => report.columns.map((c) => csvCell(r[c.key] ?? ''))),
    // After the data, so the header stays the first line for parsers; as many cells as the header, so no reader chokes.
    ...(report.incomplete ?? []).map((note) => report.columns.map((_, i) => (i === 0 ? csvCell(note) : ''))),
  ];
  return `\ufeff${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}
