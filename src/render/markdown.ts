// A Markdown table that pastes into a report: pipes escaped, line breaks as <br>.

import type { Report } from './report.js';
import { terminalText } from './safe-text.js';

/** Text for people, often printed in a CI log: `::` is broken like in the terminal formats (a title line starts with data). */
function mdCell(value: string): string {
  return terminalText(value)
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'))
    .replace(/\r?\n/g, '<br>');
}

/** First line of a title is the heading; further lines (section, area) are a paragraph under it. */
function mdTitle(title: string): string {
  const [heading = '', ...rest] = title.split('\n');
  return `### ${mdCell(heading)}\n${rest.length ? `\n${rest.map(mdCell).join('<br>\n')}\n` : ''}\n`;
}

export function renderMarkdown(report: Report): string {
  const head = `| ${report.columns.map((c) => mdCell(c.header)).join(' | ')} |`;
  const rule = `| ${report.columns.map(() => '---').join(' | ')} |`;
  const rows = report.rows.map((r) => `| ${report.columns.map((c) => mdCell(r[c.key] ?? '')).join(' | ')} |`);
  return [
    ...(report.incomplete ?? []).map((note) => `> ${mdCell(note)}\n\n`),
    report.title ? mdTitle(report.title) : '',
    [head, rule, ...rows].join('\n'),
    '\n',
    report.footer ? `\n${terminalText(report.footer)}\n` : '',
  ].join('');
}
