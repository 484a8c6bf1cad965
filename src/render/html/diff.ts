// The comparison of two plans: units only in one, in both, overall and per cooperation area.

import { nameChip } from './chips.js';
import type { HtmlContext } from './context.js';
import { esc } from './escape.js';

/** Names of one plan link to its roster's units; names in both link to plan A's (the note says when rosters differ). */
function chips(ctx: HtmlContext, names: string[], rosterId: string): string {
  return names.length === 0
    ? '<span class="none">—</span>'
    : `<span class="count">${names.length}</span> ${names.map((n) => nameChip(ctx, n, rosterId)).join('')}`;
}

export function diffSection(ctx: HtmlContext): string {
  const title = `<h2>${esc(ctx.t('两个计划的差异', 'How two plans differ'))}</h2>`;
  const diff = ctx.diff;
  if (!diff)
    return `<section id="diff" class="report-part">${title}<p>${esc(ctx.t('只有一个计划,无从比较。', 'Only one plan: nothing to compare.'))}</p></section>`;
  const [ra, rb] = [diff.a.rosterId, diff.b.rosterId];
  const a = esc(diff.a.short);
  const b = esc(diff.b.short);
  const only = (x: string) => esc(ctx.t(`仅${x}`, `only ${x}`));
  const head = `<tr><th scope="col">${esc(ctx.t('合作领域', 'Area'))}</th><th scope="col">${only(diff.a.short)}</th><th scope="col">${only(diff.b.short)}</th><th scope="col">${esc(ctx.t('两者都有', 'both'))}</th></tr>`;
  const heading = (name: string | null, plan: string) =>
    name === null
      ? `<div class="sub">${plan}:${esc(ctx.t('无此章节', 'no such section'))}</div>`
      : `<div class="sub">${plan}:${esc(name)}</div>`;
  // data-label names each cell's column, for the phone layout that stacks a row's cells as lists.
  const labels = [only(diff.a.short), only(diff.b.short), esc(ctx.t('两者都有', 'both'))];
  const cells = (split: { onlyA: string[]; onlyB: string[]; both: string[] }) =>
    (
      [
        [split.onlyA, ra],
        [split.onlyB, rb],
        [split.both, ra],
      ] as const
    )
      .map(([names, roster], i) => `<td data-label="${labels[i]}">${chips(ctx, names, roster)}</td>`)
      .join('');
  const rows = diff.domains
    .map((d) => `<tr><th scope="row">${esc(d.name)}${heading(d.nameA, a)}${heading(d.nameB, b)}</th>${cells(d)}</tr>`)
    .join('');
  const all = `<tr class="all"><th scope="row">${esc(ctx.t('全部条文', 'All clauses'))}</th>${cells(diff.units)}</tr>`;
  return [
    `<section id="diff" class="report-part">${title}`,
    `<p class="note">${esc(ctx.t(`比较 ${diff.a.short} 与 ${diff.b.short} 中点名的责任单位(别名按名单名称计)。`, `Responsible units named in ${diff.a.short} and ${diff.b.short} (aliases counted as their roster name).`))}</p>`,
    ra === rb
      ? ''
      : `<p class="note warning">${esc(ctx.t(`${diff.a.short}(名单 ${ra})与 ${diff.b.short}(名单 ${rb})使用不同的名单:同名单位只按名称比较,不一定是同一单位。`, `${diff.a.short} (roster ${ra}) and ${diff.b.short} (roster ${rb}) use different rosters: units are compared by name only and may not be the same unit.`))}</p>`,
    `<div class="scroll"><table class="diff"><thead>${head}</thead><tbody>${rows}${all}</tbody></table></div></section>`,
  ].join('');
}
