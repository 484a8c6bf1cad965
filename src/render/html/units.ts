// The unit index: for every unit, each clause it holds, per plan and area, directly or through a group; folded, printable alone.

import { roleText } from '../../domain/unit-roles.js';
import { targetList } from './chips.js';
import type { HtmlContext, ReportUnit, UnitTask } from './context.js';
import { esc } from './escape.js';

/**
 * How the unit holds the clause, in the words `plan tasks` uses: 直接, 别名(区民宗局), 所属组(…), 可能(…), after the
 * unit's role where the plan labels roles (牵头·直接, 配合·直接, 牵头(推断)·直接).
 */
export function holdingText(ctx: Pick<HtmlContext, 't' | 'lang'>, task: UnitTask): string {
  const role = task.role ? `${roleText(task.role, ctx.lang)}·` : '';
  if (task.holding === 'direct') return role + ctx.t('直接', 'direct');
  if (task.holding === 'everyone') return role + ctx.t('全体(无括注)', 'everyone (no bracket)');
  const kind = { alias: ctx.t('别名', 'alias'), group: ctx.t('所属组', 'group'), possibly: ctx.t('可能', 'possibly') }[
    task.holding
  ];
  return role + ctx.t(`${kind}(${task.matchedAs})`, `${kind} (${task.matchedAs})`);
}

/** The clause's stable id as `plan tasks` prints it in its 编号 column (2.3.10.3; an item's own text: 3.1.0). */
export function clauseIdHtml(ctx: Pick<HtmlContext, 't'>, clause: UnitTask['clause']): string {
  return `<span class="cid" title="${esc(ctx.t(`编号 ${clause.id}`, `id ${clause.id}`))}">${esc(clause.localId)}</span>`;
}

/** The item as `plan tasks` labels it: its reference ("(二)2", "三、1", "12") and title. */
export function itemLabel(task: UnitTask): string {
  return `${task.clause.item.ref} ${task.clause.item.caption}`;
}

function taskItem(ctx: HtmlContext, task: UnitTask): string {
  const c = task.clause;
  const note = task.note ? ` title="${esc(task.note)}"` : '';
  return [
    `<li class="task ${task.holding}"><a class="ref" href="#${ctx.clauseAnchor(c)}">${esc(itemLabel(task))}</a> ${clauseIdHtml(ctx, c)}`,
    ` <span class="match"${note}>${esc(holdingText(ctx, task))}</span><p>${esc(c.text)}</p>${targetList(ctx, c.targets)}</li>`,
  ].join('');
}

function countText(ctx: HtmlContext, unit: ReportUnit): string {
  const n = unit.tasks.length;
  if (n === 0) return ctx.t('没有任务', 'no clauses');
  const direct = unit.tasks.filter((t) => t.holding === 'direct' || t.holding === 'alias').length;
  return ctx.t(`${n} 条,直接 ${direct} 条`, `${n} clauses, ${direct} direct`);
}

function unitHtml(ctx: HtmlContext, unit: ReportUnit): string {
  const id = ctx.unitAnchor(unit);
  const other = unit.names.filter((n) => n !== unit.name);
  const heading = [
    `<h3>${esc(unit.label)}${other.length > 0 ? ` <small>${other.map(esc).join('、')}</small>` : ''}`,
    ` <span class="count">${esc(countText(ctx, unit))}</span></h3>`,
  ].join('');
  const offRoster = unit.entry ? '' : `<p class="note">${esc(ctx.t('不在名单上', 'not on the roster'))}</p>`;
  const attributes = `id="${id}" data-unit="${esc(unit.names.join(' '))}"`;
  if (unit.tasks.length === 0) return `<section class="unit empty" ${attributes}>${heading}${offRoster}</section>`;
  let body = '';
  for (const plan of ctx.plans) {
    const ofPlan = unit.tasks.filter((t) => t.clause.plan === plan);
    if (ofPlan.length === 0) continue;
    body += `<h4>${esc(plan.short)}</h4>`;
    for (const area of ctx.areas) {
      const inArea = ofPlan.filter((t) => t.clause.item.domain === area.id);
      if (inArea.length > 0)
        body += `<h5 id="${ctx.unitAreaAnchor(unit, plan, area)}">${esc(ctx.areaName(area))}</h5><ul class="tasks">${inArea.map((t) => taskItem(ctx, t)).join('')}</ul>`;
    }
  }
  const print = `<button type="button" class="print-unit" data-print="${id}">${esc(ctx.t('打印本单位', 'Print this unit'))}</button>`;
  return `<details class="unit" ${attributes}><summary>${heading}</summary>${offRoster}${print}${body}</details>`;
}

export function unitsSection(ctx: HtmlContext): string {
  const hint = ctx.t(
    '点单位名称展开;每个单位的打印版可用 plan report --unit 单位名称 生成。',
    'Click a unit to open it; plan report --unit NAME writes a printable handout for one unit.',
  );
  return `<section id="units" class="report-part"><h2>${esc(ctx.t('单位索引', 'Unit index'))}</h2><p class="note">${esc(hint)}</p>${ctx.units.map((u) => unitHtml(ctx, u)).join('')}</section>`;
}
