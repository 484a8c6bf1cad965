// `plan diff A B`: how two plans differ, area by area and overall, with unit names resolved to roster entries.

import type { Command } from 'commander';
import { diffPlans } from '../../diff/diff-plans.js';
import type { Context, GlobalOptions } from '../context.js';
import { checkFormat } from '../context.js';
import { addFormatOption, addRosterOption } from '../describe.js';
import { areasReport, diffCsvReport, targetsReport, unassignedReport, unitCountsReport } from '../diff-reports.js';
import { loadData, selectPlan } from '../load-data.js';
import { UsageError } from '../usage-error.js';

interface DiffOptions {
  format?: string;
  roster?: string;
}

export function registerDiff(program: Command, ctx: Context): void {
  const command = program
    .command('diff')
    .description(
      ctx.t(
        '对比两个计划:按合作领域和总体列出仅一方有、双方都有的责任单位,以及条目、条文、指标',
        'Compare two plans: units only in one or in both, by cooperation area and overall, with items, clauses, targets',
      ),
    )
    .argument('<a>', ctx.t('计划 id 或简称,如 黄州', 'plan id or short name, e.g. 黄州'))
    .argument('<b>', ctx.t('计划 id 或简称,如 莲都', 'plan id or short name, e.g. 莲都'));
  addRosterOption(addFormatOption(command), ctx);
  command.action((aQuery: string, bQuery: string, options: DiffOptions, command: Command) => {
    const format = checkFormat(options.format, ctx.t);
    const workspace = loadData(ctx, command.optsWithGlobals<GlobalOptions>(), options.roster);
    const a = selectPlan(ctx, workspace.plans, aQuery);
    const b = selectPlan(ctx, workspace.plans, bQuery);
    if (a === b)
      throw new UsageError(
        ctx.t(
          `两个参数指的是同一个计划(${a.short}),请给出两个不同的计划`,
          `Both arguments mean the same plan (${a.short}); give two different plans`,
        ),
      );
    const diff = diffPlans(a, b, workspace.domains);
    // Two districts' 区商务局 share a name, not a unit: the comparison can only be by name, and says so.
    if (!diff.sameRoster)
      ctx.note(
        ctx.t(
          `注意:${a.short} 使用名单 ${a.rosterId},${b.short} 使用名单 ${b.rosterId}。两份名单不同,单位只按名称比较:同名单位(如两区各自的区商务局)不一定是同一单位。`,
          `Warning: ${a.short} uses roster ${a.rosterId} and ${b.short} uses roster ${b.rosterId}. The rosters differ, so units are compared by name only: units with the same name (each district's own 区商务局) need not be the same unit.`,
        ),
      );
    if (format === 'json' || format === 'csv') {
      ctx.print(diffCsvReport(ctx, diff, a, b), format);
      return;
    }
    const reports = [areasReport, targetsReport, unassignedReport, unitCountsReport].map((make) =>
      make(ctx, diff, a, b),
    );
    reports.forEach((report, i) => {
      if (i > 0) ctx.io.stdout('\n');
      ctx.print(report, format);
    });
  });
}
