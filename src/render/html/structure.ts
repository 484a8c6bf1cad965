// Per plan, the full text as structured data: parts, sections (with their area), items, every clause with units and targets.

import type { Item, Plan } from '../../model/plan.js';
import { targetList, unitRefChip } from './chips.js';
import type { HtmlContext } from './context.js';
import { esc } from './escape.js';

function itemHtml(ctx: HtmlContext, item: Item): string {
  const clauses = item.clauses
    .map(
      (c) =>
        `<li id="${ctx.clauseAnchor(c)}" class="clause"><p>${esc(c.text)}</p><div class="units">${c.units.map((u) => unitRefChip(ctx, u, c.plan.rosterId)).join('')}</div>${targetList(ctx, c.targets)}</li>`,
    )
    .join('');
  return [
    `<article class="item"><h5>${esc(item.label)} ${esc(item.caption)}</h5>`,
    item.text === null ? '' : `<p>${esc(item.text)}</p>`,
    targetList(ctx, item.targets),
    clauses ? `<ol class="clauses">${clauses}</ol>` : '',
    '</article>',
  ].join('');
}

/** Items in plan order, grouped by part, then by section within the part. */
function partsHtml(ctx: HtmlContext, plan: Plan): string {
  const parts: { heading: string; items: Item[] }[] = [];
  for (const item of plan.items) {
    const heading = `${item.partNumber}、${item.partHeading}`;
    const last = parts.at(-1);
    if (last?.heading === heading) last.items.push(item);
    else parts.push({ heading, items: [item] });
  }
  return parts
    .map((part) => {
      let html = `<h4>${esc(part.heading)}</h4>`;
      let section: string | null = null;
      for (const item of part.items) {
        if (item.sectionHeading !== null && item.sectionHeading !== section) {
          section = item.sectionHeading;
          const domain = ctx.domains.find((d) => d.id === item.domain);
          html += `<h4 class="section">(${esc(item.sectionNumber ?? '')})${esc(section)}${domain ? ` <span class="area-tag">${esc(domain.name)}</span>` : ''}</h4>`;
        }
        html += itemHtml(ctx, item);
      }
      return html;
    })
    .join('');
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
