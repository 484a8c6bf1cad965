// CSV for Excel: UTF-8 with BOM, CRLF, quoted cells, and formula-looking cells neutralised.

import type { Report } from './report.js';

/** Cells starting with these are run as formulas by spreadsheets (CSV injection); a leading apostrophe disarms them. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function renderCsv(report: Report): string {
  const lines = [report.columns.map((c) => csvCell(c.header)), ...report.rows.map((r) => report.columns.map((c) => csvCell(r[c.key] ?? '')))];
  return `\ufeff${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}
