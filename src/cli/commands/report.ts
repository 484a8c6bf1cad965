// `plan report --out DIR`: writes a self-contained HTML overview (matrices, diff, targets, findings, unit index, full text),
// or with --unit one unit's printable handout (--unit all: every unit's, one file each).

import path from 'node:path';
import type { Command } from 'commander';
import { rosterIdOf, targetName } from '../../query/find-unit.js';
import { renderHandout } from '../../render/html/handout.js';
import { renderHtmlReport } from '../../render/html/page.js';
import { runRules } from '../../rules/run-rules.js';
import type { Context, GlobalOptions } from '../context.js';
import { addRosterOption } from '../describe.js';
import { loadData, selectPlan } from '../load-data.js';
import { handoutFileNames, reportData, reportDate } from '../report-data.js';
import { selectUnits } from '../select-unit.js';
import { UsageError } from '../usage-error.js';
import { makeFolder, writeFileAtomic } from '../write-atomic.js';
import { checkPeriod } from './progress.js';

interface ReportOptions {
  out: string;
  roster?: string;
  a?: string;
  b?: string;
  unit?: string;
  period?: string;
}

export function registerReport(program: Command, ctx: Context): void {
  const command = program
    .command('report')
    .description(
      ctx.t(
        '生成 HTML 概览(单文件,离线可开):矩阵、差异、指标、检查结果、单位索引;或用 --unit 生成单位打印版',
        'Write an HTML overview (one file, opens offline): matrices, diff, targets, findings, unit index; or with --unit a unit handout',
      ),
    )
    .option('-o, --out <dir>', ctx.t('输出目录', 'output folder'), 'report')
    .option('--a <plan>', ctx.t('比较的第一个计划(默认:第一个)', 'first plan to compare (default: the first)'))
    .option('--b <plan>', ctx.t('比较的第二个计划(默认:第二个)', 'second plan to compare (default: the second)'))
    .option(
      '-u, --unit <name>',
      ctx.t(
        '只生成该单位的打印版(单位名称.html);all 表示每个有任务的单位各一份',
        "write only this unit's printable handout (NAME.html); all: one for every unit with clauses",
      ),
    )
    .option(
      '--period <period>',
      ctx.t(
        '进展报告的期间,如 2023-H1;默认为数据目录中进展报告最近的期间(没有进展报告时不显示进展)',
        'progress period, e.g. 2023-H1; default: the latest of the progress reports in the data folder (none: no progress shown)',
      ),
    );
  addRosterOption(command, ctx).action(async (options: ReportOptions, cmd: Command) => {
    const generated = reportDate(ctx);
    const period = options.period ? checkPeriod(ctx, options.period) : null;
    const workspace = loadData(ctx, cmd.optsWithGlobals<GlobalOptions>(), options.roster);
    const plans = workspace.plans;
    const a = options.a ? selectPlan(ctx, plans, options.a) : plans[0];
    const b = options.b ? selectPlan(ctx, plans, options.b) : plans.find((p) => p !== a);
    if (a && b && a === b) throw new UsageError(ctx.t('--a 与 --b 是同一个计划', '--a and --b are the same plan'));
    // A name several rosters have (each district's 区发改局) is one handout per roster, as `plan tasks` gives one
    // table each; the file names then carry the roster.
    const chosen = options.unit && options.unit !== 'all' ? selectUnits(ctx, workspace, options.unit) : null;
    const findings = options.unit
      ? []
      : await runRules(workspace, { phases: ['load', 'validate', 'check'], lang: ctx.lang });
    const data = reportData(workspace, { a, b, findings, generated, lang: ctx.lang, period });
    const dir = path.resolve(ctx.io.cwd, options.out);
    const files: { file: string; html: string }[] = [];
    if (options.unit) {
      const units = data.units.filter((u) =>
        chosen ? chosen.some((t) => targetName(t) === u.name && rosterIdOf(t) === u.rosterId) : u.tasks.length > 0,
      );
      const names = handoutFileNames(units.map((u) => u.label));
      for (const [i, unit] of units.entries())
        files.push({
          file: path.join(dir, `${names[i]}.html`),
          html: renderHandout({ unit, plans, generated, lang: ctx.lang, period: data.progress?.period ?? null }),
        });
    } else files.push({ file: path.join(dir, 'index.html'), html: renderHtmlReport(data) });
    makeFolder(dir);
    for (const { file, html } of files) writeFileAtomic(file, html);
    const first = shownPath(ctx.io.cwd, files[0]?.file ?? dir);
    ctx.io.stdout(
      files.length === 1
        ? ctx.t(
            `已生成 ${first}(用浏览器打开即可,无需联网)\n`,
            `Wrote ${first} (open it in a browser; no network needed)\n`,
          )
        : ctx.t(
            `已在 ${shownPath(ctx.io.cwd, dir)} 生成 ${files.length} 个单位的打印版\n`,
            `Wrote ${files.length} unit handouts into ${shownPath(ctx.io.cwd, dir)}\n`,
          ),
    );
  });
}

function shownPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
