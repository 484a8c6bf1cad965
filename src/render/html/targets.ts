// Every quantitative target of every plan, by area, with its item, the units holding it and the source's own words.

import { boundText } from '../../domain/target-bound.js';
import type { Plan } from '../../model/plan.js';
import { unitListsHtml } from './chips.js';
import type { HtmlContext, ReportTarget } from './context.js';
import { esc } from './escape.js';
import { clauseIdHtml } from './units.js';

function targetRow(ctx: HtmlContext, row: ReportTarget): string {
  const t = row.target;
  const units = row.clause
    ? unitListsHtml(ctx, row.clause)
    : `<span class="note">${esc(ctx.t('条目正文(无责任单位括注)', 'item text (no units named)'))}</span>`;
  const ref = row.clause ? `<a href="#${ctx.clauseAnchor(row.clause)}">` : '<span>';
  return [
    `<tr><td data-label="${esc(ctx.t('条目', 'Item'))}">${ref}${esc(`${row.item.ref} ${row.item.caption}`)}${row.clause ? '</a>' : '</span>'}${row.clause ? ` ${clauseIdHtml(ctx, row.clause)}` : ''}</td>`,
    `<td data-label="${esc(ctx.t('指标', 'Target'))}">${esc(t.counts)}:<strong>${esc(boundText(t, ctx.lang))}</strong></td>`,
    `<td data-label="${esc(ctx.t('责任单位', 'Units'))}">${units}</td>`,
    `<td data-label="${esc(ctx.t('原文', 'Source'))}" class="quote">${esc(t.quote)}</td></tr>`,
  ].join('');
}

function planTargets(ctx: HtmlContext, plan: Plan): string {
  const ofPlan = ctx.targets.filter((r) => r.item.plan === plan);
  const head = [ctx.t('条目', 'Item'), ctx.t('指标', 'Target'), ctx.t('责任单位', 'Units'), ctx.t('原文', 'Source')]
    .map((h) => `<th scope="col">${esc(h)}</th>`)
    .join('');
  const body = ctx.areas
    .map((area) => {
      const rows = ofPlan.filter((r) => r.item.domain === area.id);
      return rows.length === 0
        ? ''
        : `<tr class="area"><th colspan="4" scope="rowgroup">${esc(ctx.areaName(area))}</th></tr>${rows.map((r) => targetRow(ctx, r)).join('')}`;
    })
    .join('');
  const count = ctx.t(`${ofPlan.length} 项`, `${ofPlan.length}`);
  return [
    `<h3>${esc(plan.short)} <span class="count">${esc(count)}</span></h3>`,
    ofPlan.length === 0
      ? `<p class="note">${esc(ctx.t('没有量化指标。', 'No targets.'))}</p>`
      : `<div class="scroll"><table class="targets-table"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`,
  ].join('');
}

export function targetsSection(ctx: HtmlContext): string {
  return `<section id="targets" class="report-part"><h2>${esc(ctx.t('量化指标', 'Targets'))}</h2>${ctx.plans.map((p) => planTargets(ctx, p)).join('')}</section>`;
}
