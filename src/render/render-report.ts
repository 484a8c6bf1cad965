// Picks the renderer for --format; the one place that maps a format name to output text.

import { renderCsv } from './csv.js';
import { renderMarkdown } from './markdown.js';
import type { OutputFormat, Report } from './report.js';
import { safeJson } from './safe-text.js';
import { renderTable, type TableOptions } from './table.js';

export function renderReport(report: Report, format: OutputFormat, tableOptions: TableOptions): string {
  switch (format) {
    case 'json':
      return `${safeJson(report.json)}\n`;
    case 'csv':
      return renderCsv(report);
    case 'md':
      return renderMarkdown(report);
    default:
      return renderTable(report, tableOptions);
  }
}
