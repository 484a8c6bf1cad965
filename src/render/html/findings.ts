// The check's findings, one fold per rule (errors open), so that 26 notes of one kind take one line until opened.

import { smallest } from '../../domain/append-all.js';
import type { Finding } from '../../model/finding.js';
import type { HtmlContext } from './context.js';
import { esc } from './escape.js';

function severityLabel(ctx: HtmlContext, severity: Finding['severity']): string {
  return { error: ctx.t('错误', 'error'), warning: ctx.t('警告', 'warning'), info: ctx.t('提示', 'info') }[severity];
}

const rank: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };

function ruleGroup(ctx: HtmlContext, rule: string, findings: Finding[]): string {
  const worst = findings.reduce((w, f) => (rank[f.severity] < rank[w] ? f.severity : w), 'info' as Finding['severity']);
  const rows = findings
    .map(
      (f) =>
        `<tr class="${f.severity}"><td>${esc(severityLabel(ctx, f.severity))}</td><td class="where">${esc(f.file)}${f.line > 0 ? `:${f.line}:${f.column}` : ''}</td><td>${esc(f.message)}</td><td class="rule">${esc(f.rule)}</td></tr>`,
    )
    .join('');
  const summary = ctx.t(
    `${severityLabel(ctx, worst)} · ${rule} · ${findings.length} 处`,
    `${severityLabel(ctx, worst)} · ${rule} · ${findings.length}`,
  );
  return [
    `<details class="rule-group ${worst}"${worst === 'error' ? ' open' : ''}><summary>${esc(summary)}</summary>`,
    `<div class="scroll"><table class="findings"><tbody>${rows}</tbody></table></div></details>`,
  ].join('');
}

export function findingsSection(ctx: HtmlContext): string {
  const title = `<h2>${esc(ctx.t('检查结果', 'Check findings'))}</h2>`;
  if (ctx.findings.length === 0)
    return `<section id="findings" class="report-part">${title}<p class="ok">${esc(ctx.t('未发现问题。', 'No problems found.'))}</p></section>`;
  const count = (s: Finding['severity']) => ctx.findings.filter((f) => f.severity === s).length;
  const summary = ctx.t(
    `${count('error')} 个错误,${count('warning')} 个警告,${count('info')} 个提示;按规则归并,点开查看每一处。`,
    `${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes, by rule; open one to see each place.`,
  );
  const byRule = new Map<string, Finding[]>();
  for (const f of ctx.findings) {
    const list = byRule.get(f.rule);
    if (list) list.push(f);
    else byRule.set(f.rule, [f]);
  }
  const groups = [...byRule].sort(
    ([, x], [, y]) => smallest(x.map((f) => rank[f.severity])) - smallest(y.map((f) => rank[f.severity])),
  );
  return `<section id="findings" class="report-part">${title}<p>${esc(summary)}</p>${groups.map(([rule, list]) => ruleGroup(ctx, rule, list)).join('')}</section>`;
}
