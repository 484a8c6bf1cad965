// The whole report as one self-contained HTML page: inline CSS and script, no external URL of any kind.

import { createHtmlContext, type HtmlContext, type HtmlReportInput } from './context.js';
import { REPORT_CSS } from './css.js';
import { diffSection } from './diff.js';
import { esc } from './escape.js';
import { findingsSection } from './findings.js';
import { matrixSection } from './matrix.js';
import { PROGRESS_PAGE_CSS, progressSection } from './progress.js';
import { REPORT_SCRIPT } from './script.js';
import { structureSection } from './structure.js';
import { targetsSection } from './targets.js';
import { unitsSection } from './units.js';

function header(ctx: HtmlContext, title: string): string {
  const stats = ctx.plans.map((p) =>
    ctx.t(
      `${p.short}:${p.items.length} 个条目,${p.clauses.length} 条任务`,
      `${p.short}: ${p.items.length} items, ${p.clauses.length} clauses`,
    ),
  );
  const errors = ctx.findings.filter((f) => f.severity === 'error').length;
  stats.push(
    ctx.t(
      `名单单位 ${ctx.units.filter((u) => u.entry !== null).length} 个`,
      `${ctx.units.filter((u) => u.entry !== null).length} roster units`,
    ),
  );
  stats.push(
    ctx.t(
      `检查:${errors} 个错误,共 ${ctx.findings.length} 条发现`,
      `check: ${errors} errors, ${ctx.findings.length} findings`,
    ),
  );
  stats.push(ctx.t(`生成于 ${ctx.generated}`, `made ${ctx.generated}`));
  const printNote = ctx.t(
    '打印本页时略去单位索引(其内容即全文中各单位的条文);各单位的打印版请用 plan report --unit 单位名称 生成。',
    'Printing leaves out the unit index (the same clauses as the full text, per unit); plan report --unit NAME writes a handout per unit.',
  );
  return `<header class="top"><h1>${esc(title)}</h1><ul class="stats">${stats.map((s) => `<li>${esc(s)}</li>`).join('')}</ul><p id="print-note" class="note">${esc(printNote)}</p></header>`;
}

function nav(ctx: HtmlContext): string {
  const links = [
    ['matrix', ctx.t('矩阵', 'Matrix')],
    // Only when there is progress to show: without reports the page stays as it was.
    ...(ctx.progress ? [['progress', ctx.t('进展', 'Progress')]] : []),
    ['diff', ctx.t('差异', 'Differences')],
    ['targets', ctx.t('指标', 'Targets')],
    ['findings', ctx.t('检查结果', 'Findings')],
    ['units', ctx.t('单位索引', 'Units')],
    ['structure', ctx.t('计划全文', 'Plans')],
  ];
  const label = ctx.t('筛选单位', 'Filter units');
  return [
    `<nav class="bar">${links.map(([id, text]) => `<a href="#${id}">${esc(text ?? '')}</a>`).join('')}`,
    `<div class="filter"><input id="unit-filter" type="search" placeholder="${esc(label)}" aria-label="${esc(label)}">`,
    `<output id="filter-count" data-label="${esc(ctx.t('{n} 个单位', '{n} units'))}"></output></div></nav>`,
  ].join('');
}

export function renderHtmlReport(input: HtmlReportInput): string {
  const ctx = createHtmlContext(input);
  const title = ctx.t(
    `工作计划概览:${ctx.plans.map((p) => p.short).join('、')}`,
    `Work plans at a glance: ${ctx.plans.map((p) => p.short).join(', ')}`,
  );
  return [
    '<!doctype html>',
    `<html lang="${ctx.lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    // An empty icon, so browsers do not go looking for favicon.ico next to the file.
    '<link rel="icon" href="data:,">',
    `<title>${esc(title)}</title><style>${REPORT_CSS}${ctx.progress ? PROGRESS_PAGE_CSS : ''}</style></head><body>`,
    header(ctx, title),
    nav(ctx),
    `<main>${matrixSection(ctx)}${progressSection(ctx)}${diffSection(ctx)}${targetsSection(ctx)}${findingsSection(ctx)}${unitsSection(ctx)}${structureSection(ctx)}</main>`,
    `<script>${REPORT_SCRIPT}</script></body></html>\n`,
  ].join('');
}
