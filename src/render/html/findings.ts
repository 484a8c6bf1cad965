// What `plan check` found, as a table: where, how bad, which rule, what to do.

import type { Finding } from '../../model/finding.js';
import type { HtmlContext } from './context.js';
import { esc } from './escape.js';

function severityLabel(ctx: HtmlContext, finding: Finding): string {
  return { error: ctx.t('错误', 'error'), warning: ctx.t('警告', 'warning'), info: ctx.t('提示', 'info') }[
    finding.severity
  ];
}

export function findingsSection(ctx: HtmlContext): string {
  const title = `<h2>${esc(ctx.t('检查结果', 'Check findings'))}</h2>`;
  if (ctx.findings.length === 0)
    return `<section id="findings" class="report-part">${title}<p class="ok">${esc(ctx.t('未发现问题。', 'No problems found.'))}</p></section>`;
  const count = (s: Finding['severity']) => ctx.findings.filter((f) => f.severity === s).length;
  const summary = ctx.t(
    `${count('error')} 个错误,${count('warning')} 个警告,${count('info')} 个提示`,
    `${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes`,
  );
  const rows = ctx.findings
    .map(
      (f) =>
        `<tr class="${f.severity}"><td>${esc(severityLabel(ctx, f))}</td><td class="where">${esc(f.file)}${f.line > 0 ? `:${f.line}:${f.column}` : ''}</td><td>${esc(f.message)}</td><td class="rule">${esc(f.rule)}</td></tr>`,
    )
    .join('');
  const head = [ctx.t('级别', 'Severity'), ctx.t('位置', 'Where'), ctx.t('说明', 'Message'), ctx.t('规则', 'Rule')]
    .map((h) => `<th scope="col">${esc(h)}</th>`)
    .join('');
  return `<section id="findings" class="report-part">${title}<p>${esc(summary)}</p><div class="scroll"><table class="findings"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div></section>`;
}
