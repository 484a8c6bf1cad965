// The unit index: for every unit, each clause it holds, per plan and area, directly or through a group; printable alone.

import type { UnitTarget } from '../../query/find-unit.js';
import { listTasks, type TaskRow } from '../../query/tasks.js';
import { unitName, unitNames } from '../../query/unit-matrix.js';
import { targetList } from './chips.js';
import type { HtmlContext } from './context.js';
import { esc } from './escape.js';

function matchText(ctx: HtmlContext, row: TaskRow): string {
  if (row.match === null || row.match === 'direct') return ctx.t('直接', 'direct');
  const kind = { alias: ctx.t('别名', 'alias'), group: ctx.t('所属组', 'group'), possibly: ctx.t('可能', 'possibly') }[
    row.match
  ];
  return `${kind}(${row.matchedAs ?? ''})`;
}

function taskItem(ctx: HtmlContext, row: TaskRow): string {
  const c = row.clause;
  const note = row.note ? ` title="${esc(row.note)}"` : '';
  return [
    `<li class="task ${row.match ?? ''}"><a class="ref" href="#${ctx.clauseAnchor(c)}">${esc(c.item.label)} ${esc(c.item.title)}</a>`,
    ` <span class="match"${note}>${esc(matchText(ctx, row))}</span><p>${esc(c.text)}</p>${targetList(ctx, c.targets)}</li>`,
  ].join('');
}

function unitHtml(ctx: HtmlContext, unit: UnitTarget): string {
  const rows = listTasks(ctx.plans, { unit });
  const id = ctx.unitAnchor(unit);
  const other = unitNames(unit).filter((n) => n !== unitName(unit));
  let body = '';
  for (const plan of ctx.plans) {
    const ofPlan = rows.filter((r) => r.clause.plan === plan);
    if (ofPlan.length === 0) continue;
    body += `<h4>${esc(plan.short)}</h4>`;
    for (const area of ctx.areas) {
      const inArea = ofPlan.filter((r) => r.clause.item.domain === area.id);
      if (inArea.length > 0)
        body += `<h5 id="${ctx.unitAreaAnchor(unit, plan, area)}">${esc(ctx.areaName(area))}</h5><ul class="tasks">${inArea.map((r) => taskItem(ctx, r)).join('')}</ul>`;
    }
  }
  const count =
    rows.length === 0 ? ctx.t('没有任务', 'no clauses') : ctx.t(`${rows.length} 条`, `${rows.length} clauses`);
  return [
    `<section class="unit${rows.length === 0 ? ' empty' : ''}" id="${id}" data-unit="${esc(unitNames(unit).join(' '))}">`,
    `<h3>${esc(unitName(unit))}${other.length > 0 ? ` <small>${other.map(esc).join('、')}</small>` : ''} <span class="count">${esc(count)}</span>`,
    rows.length > 0
      ? ` <button type="button" class="print-unit" data-print="${id}">${esc(ctx.t('打印', 'Print'))}</button>`
      : '',
    `</h3>${unit.kind === 'written' ? `<p class="note">${esc(ctx.t('不在名单上', 'not on the roster'))}</p>` : ''}${body}</section>`,
  ].join('');
}

export function unitsSection(ctx: HtmlContext): string {
  return `<section id="units" class="report-part"><h2>${esc(ctx.t('单位索引', 'Unit index'))}</h2>${ctx.units.map((u) => unitHtml(ctx, u)).join('')}</section>`;
}
