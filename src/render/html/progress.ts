// The progress part of the report: a unit × area view coloured by status (each colour also written out, so it reads in
// black and white and to a screen reader) and the units that filed no report for the period.

import { type ClauseTally, TALLY_ORDER } from '../../model/progress.js';
import type { HtmlContext, ProgressRow } from './context.js';
import { esc } from './escape.js';

/** A class per status for the colours (the same in the page and the handouts). */
export const STATUS_CLASS: Record<ClauseTally, string> = {
  已完成: 'st-done',
  推进中: 'st-doing',
  未启动: 'st-todo',
  未能完成: 'st-failed',
  不适用: 'st-na',
  未报告: 'st-none',
};

/** A status as a coloured label carrying its own words; with a count, "已完成 2". */
export function statusChip(lang: HtmlContext['lang'], status: ClauseTally, count?: number): string {
  const words = status === '未报告' && lang === 'en' ? 'not reported' : status;
  return `<span class="st ${STATUS_CLASS[status]}">${esc(words)}${count === undefined ? '' : ` ${count}`}</span>`;
}

function cellHtml(ctx: HtmlContext, cell: Record<ClauseTally, number>): string {
  const chips = TALLY_ORDER.filter((s) => cell[s] > 0).map((s) => statusChip(ctx.lang, s, cell[s]));
  return chips.length === 0 ? '<td class="empty"></td>' : `<td>${chips.join('')}</td>`;
}

function rowHtml(ctx: HtmlContext, row: ProgressRow): string {
  const name = row.unit ? `<a href="#${ctx.unitAnchor(row.unit)}">${esc(row.label)}</a>` : esc(row.label);
  const filed = row.filed ? '' : ` <span class="st st-none">${esc(ctx.t('未报送', 'no report'))}</span>`;
  return [
    `<tr${row.filed ? '' : ' class="unfiled"'} data-unit="${esc((row.unit?.names ?? [row.label]).join(' '))}">`,
    `<th scope="row">${name}${filed}</th>${row.cells.map((c) => cellHtml(ctx, c)).join('')}`,
    `<td class="total">${row.reported}/${row.held}</td></tr>`,
  ].join('');
}

export function progressSection(ctx: HtmlContext): string {
  const p = ctx.progress;
  if (!p) return '';
  const head = ctx.areas.map((a) => `<th scope="col" class="area">${esc(ctx.areaName(a))}</th>`).join('');
  const legend = TALLY_ORDER.map((s) => statusChip(ctx.lang, s)).join('');
  const unreported =
    p.unreported.length === 0
      ? `<p>${esc(ctx.t('承担条文的单位都已报送。', 'Every unit holding clauses has reported.'))}</p>`
      : `<ul class="unreported">${p.unreported.map((u) => `<li>${esc(u)}</li>`).join('')}</ul>`;
  return [
    `<section id="progress" class="report-part"><h2>${esc(ctx.t(`工作进展(${p.period})`, `Progress (${p.period})`))}</h2>`,
    `<h3 id="unreported">${esc(ctx.t(`未报送的单位(${p.unreported.length} 个,共 ${p.rows.length} 个单位承担条文)`, `Units that have not reported (${p.unreported.length} of ${p.rows.length} holding clauses)`))}</h3>`,
    unreported,
    `<h3>${esc(ctx.t('单位 × 合作领域:各条文的报送状态', 'Units × cooperation areas: the status of each clause'))}</h3>`,
    `<p class="note">${esc(ctx.t('每格列出该单位在该领域承担的条文各处于什么状态及条数(含经单位组承担的,不含“可能”);“已报”为已填状态的条文数/承担的条文数。已报送的单位排在前面。', 'Each cell counts the unit’s clauses in the area by status (clauses through a group included, “possibly” left out); “Reported” is clauses with a status / clauses held. Units that filed come first.'))}</p>`,
    `<p class="legend">${esc(ctx.t('状态:', 'Status:'))} ${legend}</p>`,
    `<div class="matrix-wrap"><table class="matrix progress"><caption>${esc(ctx.t(`${p.period} 各单位报送状态`, `Statuses by unit, ${p.period}`))}</caption>`,
    `<thead><tr><th scope="col">${esc(ctx.t('单位', 'Unit'))}</th>${head}<th scope="col" class="total">${esc(ctx.t('已报', 'Reported'))}</th></tr></thead>`,
    `<tbody>${p.rows.map((r) => rowHtml(ctx, r)).join('')}</tbody></table></div></section>`,
  ].join('');
}

/** The statuses' colours: light fills with dark text (contrast above 4.5:1), a border so they show when printed without colour. */
export const STATUS_CSS = `
.st{display:inline-block;margin:1px 2px 1px 0;padding:0 4px;border:1px solid #555;border-radius:3px;font-size:12px;line-height:1.5;white-space:nowrap;color:#111;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.st-done{background:#cdeccd;border-color:#2e7d32}
.st-doing{background:#ffe6a8;border-color:#a06a00}
.st-todo{background:#dfe5ee;border-color:#4a5a70}
.st-failed{background:#f8cfcc;border-color:#b3261e;font-weight:bold}
.st-na{background:#fff;border-style:dashed}
.st-none{background:#fff;border-style:dotted;color:#444}
`;

/** The page's own additions: the view's cells read left to right, the unreported list in columns. */
export const PROGRESS_PAGE_CSS = `${STATUS_CSS}
table.matrix.progress{width:auto}
table.matrix.progress th.area{width:7em}
table.matrix.progress td{text-align:left;min-width:5.5em}
table.matrix.progress tr.unfiled th{color:#444}
ul.unreported{columns:10.5em;margin:4px 0 10px;padding-left:1.2em}
`;
