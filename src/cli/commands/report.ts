// `plan report --out DIR`: writes a self-contained HTML overview (matrices, diff, findings, unit index, full text).

import path from 'node:path';
import type { Command } from 'commander';
import { diffPlans } from '../../diff/diff-plans.js';
import { renderHtmlReport } from '../../render/html/page.js';
import { runRules } from '../../rules/run-rules.js';
import type { Context, GlobalOptions } from '../context.js';
import { loadData, selectPlan } from '../load-data.js';
import { UsageError } from '../usage-error.js';
import { makeFolder, writeFileAtomic } from '../write-atomic.js';

interface ReportOptions {
  out: string;
  a?: string;
  b?: string;
}

export function registerReport(program: Command, ctx: Context): void {
  program
    .command('report')
    .description(
      ctx.t(
        '生成 HTML 概览(单文件,离线可开):矩阵、差异、检查结果、单位索引',
        'Write an HTML overview (one file, opens offline): matrices, diff, findings, unit index',
      ),
    )
    .option('-o, --out <dir>', ctx.t('输出目录', 'output folder'), 'report')
    .option('--a <plan>', ctx.t('比较的第一个计划(默认:第一个)', 'first plan to compare (default: the first)'))
    .option('--b <plan>', ctx.t('比较的第二个计划(默认:第二个)', 'second plan to compare (default: the second)'))
    .action(async (options: ReportOptions, command: Command) => {
      const workspace = loadData(ctx, command.optsWithGlobals<GlobalOptions>());
      const plans = workspace.plans;
      const a = options.a ? selectPlan(ctx, plans, options.a) : plans[0];
      const b = options.b ? selectPlan(ctx, plans, options.b) : plans.find((p) => p !== a);
      if (a && b && a === b) throw new UsageError(ctx.t('--a 与 --b 是同一个计划', '--a and --b are the same plan'));
      const findings = await runRules(workspace, { phases: ['load', 'validate', 'check'], lang: ctx.lang });
      const diff = a && b ? { ...diffPlans(a, b, workspace.domains), a, b } : null;
      const html = renderHtmlReport({
        plans,
        rosters: workspace.rosters,
        domains: workspace.domains,
        findings,
        diff,
        lang: ctx.lang,
      });
      const dir = path.resolve(ctx.io.cwd, options.out);
      const file = path.join(dir, 'index.html');
      makeFolder(dir);
      writeFileAtomic(file, html);
      ctx.io.stdout(
        ctx.t(
          `已生成 ${shownPath(ctx.io.cwd, file)}(用浏览器打开即可,无需联网)\n`,
          `Wrote ${shownPath(ctx.io.cwd, file)} (open it in a browser; no network needed)\n`,
        ),
      );
    });
}

function shownPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
