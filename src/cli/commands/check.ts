// `plan check [paths…]`: validate plus cross-checks against the roster and between plans; --names / --roster print the reports behind them.

import type { Command } from 'commander';
import { findingsFormats } from '../../render/findings-formats.js';
import { OUTPUT_FORMATS } from '../../render/render-report.js';
import { runRules } from '../../rules/run-rules.js';
import { type Context, checkFormat, type GlobalOptions } from '../context.js';
import { namesReport } from '../names-report.js';
import { rosterReport } from '../roster-report.js';
import { UsageError } from '../usage-error.js';
import { type FindingsOptions, loadPaths, reportFindings } from './validate.js';

interface CheckOptions extends FindingsOptions {
  names?: boolean;
  roster?: boolean;
}

export function registerCheck(program: Command, ctx: Context): void {
  program
    .command('check')
    .description(
      ctx.t(
        '交叉核对:名单外单位、无任务的名单单位、依据文件文号与标题、空章节等(含 validate 的全部检查)',
        'Cross-check: units off the roster, roster units with no task, basis citations, empty sections (plus everything validate checks)',
      ),
    )
    .argument(
      '[paths...]',
      ctx.t('要检查的文件或目录(默认:数据目录)', 'files or folders to check (default: the data folder)'),
    )
    .option(
      '-f, --format <format>',
      ctx.t(
        `输出格式:问题清单 ${Object.keys(findingsFormats).join('、')};--names/--roster 时 ${OUTPUT_FORMATS.join('、')}`,
        `output format: findings ${Object.keys(findingsFormats).join(', ')}; with --names/--roster ${OUTPUT_FORMATS.join(', ')}`,
      ),
    )
    .option('--max-warnings <n>', ctx.t('警告超过 n 个时以 1 退出', 'exit 1 when there are more than n warnings'))
    .option(
      '--names',
      ctx.t(
        '列出计划中每个责任单位写法及其归类(名单名称、别名、组、名单外…)',
        'list every unit name written in the plans and how it resolves',
      ),
    )
    .option(
      '--roster',
      ctx.t('列出每个名单单位在各计划中被点名的条数', 'list every roster unit with the clauses naming it in each plan'),
    )
    .action(async (paths: string[], options: CheckOptions, command: Command) => {
      if (options.names && options.roster)
        throw new UsageError(ctx.t('--names 和 --roster 只能选一个', 'use --names or --roster, not both'));
      const reportFormat = options.names || options.roster ? checkFormat(options.format, ctx.t) : null; // refuse a bad format before the work
      const globals = command.optsWithGlobals<GlobalOptions>();
      const { workspace, targets } = loadPaths(ctx, paths.length > 0 ? paths : [ctx.dataDir(globals)]);
      const findings = await runRules(workspace, {
        phases: ['load', 'validate', 'check'],
        lang: ctx.lang,
        onlyFiles: targets,
      });
      if (reportFormat === null) {
        ctx.exitCode = reportFindings(ctx, findings, options, ctx.io.cwd);
        return;
      }
      ctx.print(options.names ? namesReport(ctx, workspace) : rosterReport(ctx, workspace), reportFormat);
      const errors = findings.filter((f) => f.severity === 'error').length;
      if (errors > 0) {
        ctx.io.stderr(
          ctx.t(
            `注意:有 ${errors} 个错误级问题,运行 plan check(不带 --names/--roster)查看。\n`,
            `Note: ${errors} error-level finding(s); run plan check without --names/--roster to see them.\n`,
          ),
        );
        ctx.exitCode = 1;
      }
    });
}
