// One unit's printable handout: the notice's plans and date on top, then the unit's clauses with item numbers, roles, targets.

import { plainUnitLists } from '../../domain/unit-roles.js';
import type { Lang } from '../../model/lang.js';
import type { Plan, UnitRef } from '../../model/plan.js';
import { targetLine } from './chips.js';
import type { HtmlContext, ReportUnit, UnitTask } from './context.js';
import { esc } from './escape.js';
import { HANDOUT_CSS } from './handout-css.js';
import { clauseIdHtml, holdingText, itemLabel } from './units.js';

export interface HandoutInput {
  unit: ReportUnit;
  plans: Plan[];
  /** The day the handout was made, YYYY-MM-DD. */
  generated: string;
  lang: Lang;
}

type Words = Pick<HtmlContext, 't' | 'lang'>;

function taskRow(w: Words, task: UnitTask): string {
  const c = task.clause;
  const names = (units: UnitRef[]) =>
    units.map((u) => (u.written === task.matchedAs ? `<b>${esc(u.written)}</b>` : esc(u.written))).join('、');
  // Labelled lists (牵头单位:…;责任单位:…) keep their labels as written; a plain 责任单位 bracket is the names alone.
  const units = plainUnitLists(c.unitLists)
    ? names(c.units)
    : c.unitLists.map((l) => `${esc(l.label)}:${names(l.units)}`).join(';<br>');
  const targets = c.targets.map((t) => targetLine(t, w.lang)).join('');
  const deadline = c.deadline
    ? `<p class="deadline">${esc(w.t(`完成时限:${c.deadline}`, `Deadline: ${c.deadline}`))}</p>`
    : '';
  return [
    `<tr class="${task.holding}"><td class="ref">${esc(itemLabel(task))}<br>${clauseIdHtml(w, c)}</td><td>${esc(c.text)}${deadline}</td>`,
    `<td>${units}</td><td class="role">${esc(holdingText(w, task))}</td>`,
    `<td>${targets ? `<ul>${targets}</ul>` : ''}</td></tr>`,
  ].join('');
}

function planPart(w: Words, plan: Plan, tasks: UnitTask[]): string {
  const head = [
    w.t('条目', 'Item'),
    w.t('任务内容', 'Clause'),
    w.t('责任单位', 'Responsible units'),
    w.t('关系', 'Role'),
    w.t('量化指标', 'Targets'),
  ]
    .map((h) => `<th scope="col">${esc(h)}</th>`)
    .join('');
  let body = '';
  let section: string | null = null;
  for (const task of tasks) {
    const item = task.clause.item;
    const heading =
      item.sectionHeading === null
        ? `${item.partNumber}、${item.partHeading}`
        : `(${item.sectionNumber})${item.sectionHeading}`;
    if (heading !== section) {
      section = heading;
      body += `<tr class="section"><th colspan="5" scope="rowgroup">${esc(heading)}</th></tr>`;
    }
    body += taskRow(w, task);
  }
  const annex = plan.annex === null ? '' : w.t(`附件${plan.annex} `, `Annex ${plan.annex}: `);
  return [
    `<section class="plan"><h2>${esc(annex)}${esc(plan.title)}</h2>`,
    `<table><colgroup><col class="c-ref"><col><col class="c-units"><col class="c-role"><col class="c-targets"></colgroup>`,
    `<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></section>`,
  ].join('');
}

export function renderHandout(input: HandoutInput): string {
  const w: Words = { t: (zh, en) => (input.lang === 'zh' ? zh : en), lang: input.lang };
  const { unit } = input;
  const parts = input.plans
    .map((plan) => ({ plan, tasks: unit.tasks.filter((t) => t.clause.plan === plan) }))
    .filter((p) => p.tasks.length > 0);
  const count = (...kinds: UnitTask['holding'][]) => unit.tasks.filter((t) => kinds.includes(t.holding)).length;
  const issued = [...new Set(parts.map((p) => [p.plan.issuer, p.plan.date].filter(Boolean).join(' · ')))].filter(
    Boolean,
  );
  const title = w.t(`${unit.label} 任务清单`, `Tasks of ${unit.label}`);
  // 全体(无括注) is said only when the text binds the unit that way, so the other handouts read as before.
  const everyone = count('everyone');
  const summary = w.t(
    `共 ${unit.tasks.length} 条:直接点名 ${count('direct', 'alias')} 条,经单位组 ${count('group')} 条,${everyone > 0 ? `全体(无括注) ${everyone} 条,` : ''}可能 ${count('possibly')} 条`,
    `${unit.tasks.length} clauses: ${count('direct', 'alias')} naming the unit, ${count('group')} through a group, ${everyone > 0 ? `${everyone} binding every unit (no bracket), ` : ''}${count('possibly')} possibly`,
  );
  // Where the plans label roles: of the clauses held for certain, those the unit leads and supports (as `plan units`).
  const certain = unit.tasks.filter((t) => t.holding === 'direct' || t.holding === 'alias' || t.holding === 'group');
  const roles = (role: 'lead' | 'support') => certain.filter((t) => t.role?.role === role).length;
  const roleSummary = unit.tasks.some((t) => t.role)
    ? w.t(
        `;其中牵头 ${roles('lead')} 条,配合 ${roles('support')} 条`,
        `; of these, ${roles('lead')} lead, ${roles('support')} support`,
      )
    : '';
  const other = unit.names.filter((n) => n !== unit.name);
  return [
    '<!doctype html>',
    `<html lang="${input.lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    '<link rel="icon" href="data:,">',
    `<title>${esc(title)}</title><style>${HANDOUT_CSS}</style></head><body>`,
    `<header>${issued.map((i) => `<p class="issued">${esc(i)}</p>`).join('')}`,
    `<ul class="plans">${parts.map((p) => `<li>${esc(p.plan.annex === null ? '' : w.t(`附件${p.plan.annex}:`, `Annex ${p.plan.annex}: `))}${esc(p.plan.title)}</li>`).join('')}</ul>`,
    `<h1>${esc(title)}</h1>`,
    other.length > 0 ? `<p class="names">${esc(w.t(`又称:${other.join('、')}`, `also: ${other.join(', ')}`))}</p>` : '',
    `<p class="meta">${esc(summary + roleSummary)} · ${esc(w.t(`生成于 ${input.generated}`, `made ${input.generated}`))}</p></header>`,
    parts.length === 0
      ? `<p>${esc(w.t('计划中没有本单位的任务。', 'The plans give this unit no clauses.'))}</p>`
      : parts.map((p) => planPart(w, p.plan, p.tasks)).join(''),
    '</body></html>\n',
  ].join('');
}
