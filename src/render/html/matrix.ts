// Unit × cooperation-area heat maps, one per plan side by side; each cell counts clauses and links to them.

import type { Plan } from '../../model/plan.js';
import { type MatrixRow, unitAreaMatrix, unitName, unitNames } from '../../query/unit-matrix.js';
import type { HtmlContext } from './context.js';
import { esc } from './escape.js';

const LEVELS = 5;

/** 0 for an empty cell, else 1..LEVELS relative to the fullest cell of any plan, so colours compare across plans. */
export function heatLevel(count: number, max: number): number {
  return count === 0 || max === 0 ? 0 : Math.max(1, Math.ceil((count / max) * LEVELS));
}

function matrixTable(ctx: HtmlContext, plan: Plan, rows: MatrixRow[], max: number): string {
  const head = ctx.areas.map((a) => `<th scope="col" class="area">${esc(ctx.areaName(a))}</th>`).join('');
  const body = rows
    .map((row) => {
      const cells = row.cells
        .map((tasks, i) => {
          const area = ctx.areas[i];
          if (tasks.length === 0 || !area) return '<td class="h0"></td>';
          const tip = ctx.t(
            `${unitName(row.unit)} · ${ctx.areaName(area)}:${tasks.length} 条`,
            `${unitName(row.unit)} · ${ctx.areaName(area)}: ${tasks.length}`,
          );
          return `<td class="h${heatLevel(tasks.length, max)}"><a href="#${ctx.unitAreaAnchor(row.unit, plan, area)}" title="${esc(tip)}">${tasks.length}</a></td>`;
        })
        .join('');
      return `<tr data-unit="${esc(unitNames(row.unit).join(' '))}"><th scope="row"><a href="#${ctx.unitAnchor(row.unit)}">${esc(unitName(row.unit))}</a></th>${cells}<td class="total">${row.total}</td></tr>`;
    })
    .join('');
  const caption = ctx.t(`${plan.short}:${rows.length} 个单位`, `${plan.short}: ${rows.length} units`);
  return [
    `<div class="matrix-wrap" data-plan="${esc(plan.id)}"><table class="matrix"><caption>${esc(caption)}</caption>`,
    `<thead><tr><th scope="col">${esc(ctx.t('单位', 'Unit'))}</th>${head}<th scope="col" class="total">${esc(ctx.t('合计', 'Total'))}</th></tr></thead>`,
    `<tbody>${body}</tbody></table></div>`,
  ].join('');
}

export function matrixSection(ctx: HtmlContext): string {
  const perPlan = ctx.plans.map((plan) => ({ plan, rows: unitAreaMatrix(plan, ctx.units, ctx.areas) }));
  const max = Math.max(0, ...perPlan.flatMap((p) => p.rows.flatMap((r) => r.cells.map((c) => c.length))));
  const legend = Array.from(
    { length: LEVELS },
    (_, i) => `<span class="h${i + 1}">${Math.ceil(((i + 1) / LEVELS) * max)}</span>`,
  ).join('');
  return [
    `<section id="matrix" class="report-part"><h2>${esc(ctx.t('单位 × 合作领域', 'Units × cooperation areas'))}</h2>`,
    `<p class="note">${esc(ctx.t('数字为条文数,点击查看;含直接点名、别名和所属单位组,不含泛指的单位组(单位索引中标为“可能”)。', 'Numbers count clauses; click to see them. Direct, alias and group matches count; vague groups do not (see “possibly” in the unit index).'))}</p>`,
    `<p class="legend" aria-hidden="true">${esc(ctx.t('颜色:最多', 'Colour: up to'))} ${legend}</p>`,
    `<div class="matrices">${perPlan.map((p) => matrixTable(ctx, p.plan, p.rows, max)).join('')}</div></section>`,
  ].join('');
}
