// The query output formats: the one list that --format, its help text and the OutputFormat type are all read from.

import { renderCsv } from './csv.js';
import { renderMarkdown } from './markdown.js';
import type { Report } from './report.js';
import { safeJson } from './safe-text.js';
import { renderTable, type TableOptions } from './table.js';

const reportFormats = {
  table: (report: Report, tableOptions: TableOptions) => renderTable(report, tableOptions),
  json: (report: Report) =>
    `${safeJson(report.incomplete?.length ? { ...(report.json as object), incomplete: report.incomplete } : report.json)}\n`,
  csv: (report: Report) => renderCsv(report),
  md: (report: Report) => report.markdown ?? renderMarkdown(report),
};

export type OutputFormat = keyof typeof reportFormats;
export const OUTPUT_FORMATS = Object.keys(reportFormats) as OutputFormat[];

export function isOutputFormat(format: string): format is OutputFormat {
  return Object.hasOwn(reportFormats, format);
}

export function renderReport(report: Report, format: OutputFormat, tableOptions: TableOptions): string {
  return reportFormats[format](report, tableOptions);
}
