// Unit × cooperation-area heat maps, one per plan side by side; each cell counts clauses and links to them.

import { largest } from '../../domain/append-all.js';
import type { Plan } from '../../model/plan.js';
import type { HtmlContext, MatrixRow, ReportUnit } from './context.js';
import { esc } from './escape.js';

const LEVELS = 5;

/** 0 for an empty cell, else 1..LEVELS relative to the fullest cell of any plan, so colours compare across plans. */
export function heatLevel(count: number, max: number): number {
  return count === 0 || max === 0 ? 0 : Math.max(1, Math.ceil((count / max) * LEVELS));
}

/** The clauses a unit holds through a group: shown as "+n" only when the reader asks for them. */
function groupPart(ctx: HtmlContext, n: number): string {
  return n === 0
    ? ''
    : `<span class="g" title="${esc(ctx.t(`经单位组 ${n} 条`, `${n} through a group`))}">+${n}</span>`;
}

function matrixTable(ctx: HtmlContext, plan: Plan, rows: MatrixRow[], max: number): string {
  const head = ctx.areas.map((a) => `<th scope="col" class="area">${esc(ctx.areaName(a))}</th>`).join('');
  const anchor = (unit: ReportUnit, i: number) => {
    const area = ctx.areas[i];
    return area ? ctx.unitAreaAnchor(unit, plan, area) : '';
  };
  const body = rows
    .map((row) => {
      const name = row.unit.name;
      const cells = row.cells
        .map((cell, i) => {
          if (cell.direct + cell.group === 0) return '<td class="h0"></td>';
          const area = ctx.areaName(ctx.areas[i] ?? { id: null, name: null });
          const tip = ctx.t(
            `${name} · ${area}:直接 ${cell.direct} 条,经单位组 ${cell.group} 条`,
            `${name} · ${area}: ${cell.direct} direct, ${cell.group} through a group`,
          );
          const direct = cell.direct === 0 ? '' : String(cell.direct);
          return `<td class="h${heatLevel(cell.direct, max)}"><a href="#${anchor(row.unit, i)}" title="${esc(tip)}">${direct}${groupPart(ctx, cell.group)}</a></td>`;
        })
        .join('');
      const only = row.direct === 0 ? ' class="group-only"' : '';
      return `<tr${only} data-unit="${esc(row.unit.names.join(' '))}"><th scope="row"><a href="#${ctx.unitAnchor(row.unit)}">${esc(name)}</a></th>${cells}<td class="total">${row.direct || ''}${groupPart(ctx, row.group)}</td></tr>`;
    })
    .join('');
  const direct = rows.filter((r) => r.direct > 0).length;
  const more = rows.length - direct;
  const caption = [
    esc(ctx.t(`${plan.short}:直接点名 ${direct} 个单位`, `${plan.short}: ${direct} units named`)),
    more > 0
      ? `<span class="g">${esc(ctx.t(`,另有 ${more} 个仅经单位组`, `, ${more} more only through groups`))}</span>`
      : '',
  ].join('');
  return [
    `<div class="matrix-wrap" data-plan="${esc(plan.id)}"><table class="matrix"><caption>${caption}</caption>`,
    `<thead><tr><th scope="col">${esc(ctx.t('单位', 'Unit'))}</th>${head}<th scope="col" class="total">${esc(ctx.t('合计', 'Total'))}</th></tr></thead>`,
    `<tbody>${body}</tbody></table></div>`,
  ].join('');
}

export function matrixSection(ctx: HtmlContext): string {
  const max = largest(
    ctx.matrices.flatMap((m) => m.rows.flatMap((r) => r.cells.map((c) => c.direct))),
    0,
  );
  // One swatch per colour in use, labelled with the counts it stands for (1, 2–3, …).
  const legend = Array.from({ length: LEVELS }, (_, i) => {
    const counts = Array.from({ length: max }, (_, c) => c + 1).filter((c) => heatLevel(c, max) === i + 1);
    const label = counts.length > 1 ? `${counts[0]}–${counts.at(-1)}` : String(counts[0] ?? '');
    return counts.length === 0 ? '' : `<span class="h${i + 1}">${label}</span>`;
  }).join('');
  return [
    `<section id="matrix" class="report-part"><h2>${esc(ctx.t('单位 × 合作领域', 'Units × cooperation areas'))}</h2>`,
    `<p class="note">${esc(ctx.t('数字为直接点名(含别名)的条文数,点击查看。经单位组(如区绩效考评单位)得到的条文默认不计,勾选下框后以 +n 另列;泛指的单位组(单位索引中标为“可能”)和正文要求全体单位、无括注的条目(标为“全体(无括注)”)都不计。', 'Numbers count clauses that name the unit (or an alias); click to see them. Clauses reached through a group (e.g. all appraised units) are left out unless you tick the box, then shown apart as +n; vague groups (“possibly” in the unit index) and text binding all units without a bracket (“everyone”) never count.'))}</p>`,
    `<p class="toolbar"><label><input type="checkbox" id="show-groups"> ${esc(ctx.t('显示经单位组得到的条文(+n)', 'Show clauses reached through a group (+n)'))}</label></p>`,
    `<p class="legend" aria-hidden="true">${esc(ctx.t('颜色:', 'Colour:'))} ${legend}</p>`,
    `<div class="matrices">${ctx.matrices.map((m) => matrixTable(ctx, m.plan, m.rows, max)).join('')}</div></section>`,
  ].join('');
}
