// Per plan, the full text as structured data: parts, sections, topical headings and their leaders, items, every clause
// with its id, unit lists (labels and roles as written), leaders, deadline and targets.

import type { Clause, Item, Leader, Plan } from '../../model/plan.js';
import { targetList, unitListsHtml } from './chips.js';
import type { HtmlContext } from './context.js';
import { esc } from './escape.js';
import { clauseIdHtml } from './units.js';

/** Leaders as written: "责任领导:王明远、李卫东", one line per label. */
function leadersHtml(leaders: Leader[]): string {
  return leaders.length === 0
    ? ''
    : `<p class="leaders">${leaders.map((l) => `${esc(l.label)}:${esc(l.names.join('、'))}`).join(';')}</p>`;
}

function clauseHtml(ctx: HtmlContext, c: Clause): string {
  const deadline = c.deadline
    ? `<p class="deadline">${esc(ctx.t(`完成时限:${c.deadline}`, `Deadline: ${c.deadline}`))}</p>`
    : '';
  return [
    `<li id="${ctx.clauseAnchor(c)}" class="clause">${clauseIdHtml(ctx, c)}<p>${esc(c.text)}</p>`,
    `${unitListsHtml(ctx, c)}${leadersHtml(c.leaders)}${deadline}${targetList(ctx, c.targets)}</li>`,
  ].join('');
}

function itemHtml(ctx: HtmlContext, item: Item): string {
  const clauses = item.clauses.map((c) => clauseHtml(ctx, c)).join('');
  return [
    `<article class="item"><h5>${esc(item.label)} ${esc(item.caption)}</h5>`,
    item.text === null ? '' : `<p>${esc(item.text)}</p>`,
    targetList(ctx, item.targets),
    clauses ? `<ol class="clauses">${clauses}</ol>` : '',
    '</article>',
  ].join('');
}

/**
 * Items in plan order under their headings: the part, the numbered section (or an unnumbered one), then the topical
 * headings below it (加强基础设施建设). A heading's leaders (牵头领导 of a part) are shown under it, once.
 */
function partsHtml(ctx: HtmlContext, plan: Plan): string {
  let html = '';
  let part: string | null = null;
  let section: string | null = null;
  let topics: string[] = [];
  let shown: Leader[] = [];
  for (const item of plan.items) {
    const partHeading = `${item.partNumber}、${item.partHeading}`;
    if (partHeading !== part) {
      part = partHeading;
      section = null;
      topics = [];
      shown = [];
      html += `<h4>${esc(partHeading)}</h4>`;
    }
    if (item.sectionHeading !== section) {
      section = item.sectionHeading;
      topics = [];
      if (section !== null) {
        const domain = ctx.domains.find((d) => d.id === item.domain);
        const number = item.sectionNumber === null ? '' : `(${item.sectionNumber})`;
        html += `<h4 class="section">${esc(number)}${esc(section)}${domain ? ` <span class="area-tag">${esc(domain.name)}</span>` : ''}</h4>`;
      }
    }
    const same = topics.findIndex((t, i) => item.topics[i] !== t);
    const keep = same === -1 ? Math.min(topics.length, item.topics.length) : same;
    for (const topic of item.topics.slice(keep)) html += `<h5 class="topic">${esc(topic)}</h5>`;
    topics = item.topics;
    const fresh = item.sectionLeaders.filter((l) => !shown.includes(l));
    if (fresh.length > 0) {
      html += leadersHtml(fresh);
      shown = [...shown, ...fresh];
    }
    html += itemHtml(ctx, item);
  }
  return html;
}

function planMeta(ctx: HtmlContext, plan: Plan): string {
  const facts = [
    plan.issuer,
    plan.date,
    plan.annex === null ? null : ctx.t(`附件${plan.annex}`, `annex ${plan.annex}`),
  ].filter((f): f is string => f !== null);
  const basis = plan.basis.map((b) => `<li>《${esc(b.title)}》${b.number ? `(${esc(b.number)})` : ''}</li>`).join('');
  return [
    facts.length > 0 ? `<p class="meta">${facts.map(esc).join(' · ')}</p>` : '',
    plan.notice ? `<p class="meta">${esc(ctx.t(`印发通知:${plan.notice}`, `Issued with: ${plan.notice}`))}</p>` : '',
    basis ? `<details><summary>${esc(ctx.t('依据', 'Basis'))}</summary><ul>${basis}</ul></details>` : '',
    plan.statement ? `<h4>${esc(plan.statement.heading)}</h4><p>${esc(plan.statement.text)}</p>` : '',
  ].join('');
}

export function structureSection(ctx: HtmlContext): string {
  const plans = ctx.plans
    .map(
      (plan) =>
        `<section class="plan" id="${ctx.planAnchor(plan)}"><h3>${esc(plan.title)}</h3>${planMeta(ctx, plan)}${partsHtml(ctx, plan)}</section>`,
    )
    .join('');
  return `<section id="structure" class="report-part"><h2>${esc(ctx.t('计划全文', 'The plans in full'))}</h2>${plans}</section>`;
}
