// One unit's printable handout: the notice's plans and date on top, then the unit's clauses with item numbers, roles, targets.

import { plainUnitLists } from '../../domain/unit-roles.js';
import type { Lang } from '../../model/lang.js';
import type { Plan, UnitRef } from '../../model/plan.js';
import { TALLY_ORDER } from '../../model/progress.js';
import { outcomeWords } from '../target-outcome.js';
import { targetLine } from './chips.js';
import type { HtmlContext, ReportUnit, UnitTask } from './context.js';
import { esc } from './escape.js';
import { HANDOUT_CSS } from './handout-css.js';
import { STATUS_CSS, statusChip } from './progress.js';
import { clauseIdHtml, holdingText, itemLabel } from './units.js';

export interface HandoutInput {
  unit: ReportUnit;
  plans: Plan[];
  /** The day the handout was made, YYYY-MM-DD. */
  generated: string;
  lang: Lang;
  /** The progress period the tasks carry statuses for, or null when the data holds no progress reports. */
  period: string | null;
}

type Words = Pick<HtmlContext, 't' | 'lang'>;

/** Under a clause: the status the unit reported, its reason and summary, evidence, and each target's actual value. */
function progressRow(w: Words, task: UnitTask): string {
  const p = task.progress;
  if (!p) return '';
  const parts = [statusChip(w.lang, p.status ?? '未报告')];
  if (p.reason) parts.push(esc(w.t(`原因:${p.reason}`, `Reason: ${p.reason}`)));
  if (p.summary) parts.push(esc(p.summary));
  const lines = [`<p>${parts.join(' ')}</p>`];
  if (p.evidence.length > 0)
    lines.push(
      `<p class="evidence">${esc(w.t(`佐证:${p.evidence.join(';')}`, `Evidence: ${p.evidence.join('; ')}`))}</p>`,
    );
  for (const t of p.targets)
    lines.push(
      `<p class="actual">${esc(
        t.value === null
          ? w.t(`${t.counts}:目标 ${t.goal},实际未填`, `${t.counts}: goal ${t.goal}, actual not given`)
          : w.t(
              `${t.counts}:目标 ${t.goal},实际 ${t.value}(${outcomeWords(w.t, t.outcome)})`,
              `${t.counts}: goal ${t.goal}, actual ${t.value} (${outcomeWords(w.t, t.outcome)})`,
            ),
      )}</p>`,
    );
  return `<tr class="progress"><td class="ref">${esc(w.t('进展', 'Progress'))}</td><td colspan="4">${lines.join('')}</td></tr>`;
}

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
    progressRow(w, task),
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
  // The notice the plans were issued with heads the handout, as the office circulates it (plans may not record it).
  const notices = [...new Set(parts.map((p) => p.plan.notice).filter((n): n is string => n !== null))];
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
  const progress = input.period === null ? '' : progressLine(w, input.period, unit.tasks);
  return [
    '<!doctype html>',
    `<html lang="${input.lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    '<link rel="icon" href="data:,">',
    `<title>${esc(title)}</title><style>${HANDOUT_CSS}${input.period === null ? '' : HANDOUT_PROGRESS_CSS}</style></head><body>`,
    `<header>${issued.map((i) => `<p class="issued">${esc(i)}</p>`).join('')}`,
    notices.map((n) => `<p class="notice">${esc(n)}</p>`).join(''),
    `<ul class="plans">${parts.map((p) => `<li>${esc(p.plan.annex === null ? '' : w.t(`附件${p.plan.annex}:`, `Annex ${p.plan.annex}: `))}${esc(p.plan.title)}</li>`).join('')}</ul>`,
    `<h1>${esc(title)}</h1>`,
    other.length > 0 ? `<p class="names">${esc(w.t(`又称:${other.join('、')}`, `also: ${other.join(', ')}`))}</p>` : '',
    `<p class="meta">${esc(summary + roleSummary)} · ${esc(w.t(`生成于 ${input.generated}`, `made ${input.generated}`))}</p>${progress}</header>`,
    parts.length === 0
      ? `<p>${esc(w.t('计划中没有本单位的任务。', 'The plans give this unit no clauses.'))}</p>`
      : parts.map((p) => planPart(w, p.plan, p.tasks)).join(''),
    '</body></html>\n',
  ].join('');
}

/** The head's line on progress: how many clauses the unit reported on for the period, and at which status. */
function progressLine(w: Words, period: string, tasks: UnitTask[]): string {
  const held = tasks.filter((t) => t.progress);
  if (held.length === 0) return '';
  const reported = held.filter((t) => t.progress?.status);
  const counts = new Map<string, number>();
  for (const t of held) {
    const s = t.progress?.status ?? '未报告';
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const chips = TALLY_ORDER.filter((s) => counts.has(s))
    .map((s) => statusChip(w.lang, s, counts.get(s)))
    .join('');
  const said =
    reported.length === 0
      ? w.t(
          `${period} 进展:本单位未报送,承担 ${held.length} 条`,
          `${period} progress: no report; ${held.length} clauses held`,
        )
      : w.t(
          `${period} 进展:已报 ${reported.length} / 承担 ${held.length} 条`,
          `${period} progress: ${reported.length} of ${held.length} clauses reported`,
        );
  return `<p class="meta progress-line">${esc(said)} ${chips}</p>`;
}

const HANDOUT_PROGRESS_CSS = `${STATUS_CSS}
tr.progress td{border-top:none;font-size:12.5px;background:#fafafa}
tr.progress p{margin:0 0 2px}
tr.progress .evidence,tr.progress .actual{color:#333}
@media print{tr.progress{break-before:avoid}tr.progress td{background:none}}
@media (max-width:700px){tr.progress{margin-top:-7px;border-top:1px dashed #999;background:#fafafa}tr.progress td.ref{font-weight:normal;font-size:12px}}
`;
