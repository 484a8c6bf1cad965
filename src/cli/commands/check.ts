// `plan check [paths…]`: validate plus cross-checks against the roster and between plans; --names / --roster print the reports behind them.

import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { findingsFormats } from '../../render/findings-formats.js';
import { OUTPUT_FORMATS } from '../../render/render-report.js';
import { type Context, checkFormat, type GlobalOptions } from '../context.js';
import { scopeToRoster } from '../load-data.js';
import { namesReport } from '../names-report.js';
import { rosterReport } from '../roster-report.js';
import { UsageError } from '../usage-error.js';
import { type FindingsOptions, lintTargets, loadPaths, noteUnchecked, reportFindings } from './validate.js';

interface CheckOptions extends FindingsOptions {
  names?: boolean;
  /** true: the roster report; an id: that roster only (with --names, the names of the plans using it). */
  roster?: boolean | string;
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
      '--roster [id]',
      ctx.t(
        '列出每个名单单位在各计划中被点名的条数;给出名单 id 时只列这份名单(与 --names 同用时只列使用它的计划中的写法)',
        'list every roster unit with the clauses naming it in each plan; with an id, that roster only (with --names, the names in the plans using it)',
      ),
    )
    .action(async (given: string[], options: CheckOptions, command: Command) => {
      // `check --roster data/`: the option takes an optional id, so a path right after it is read as one. A value that
      // names an existing file or folder is a path, as it was before --roster took an id.
      const paths = [...given];
      if (typeof options.roster === 'string' && fs.existsSync(path.resolve(ctx.io.cwd, options.roster))) {
        paths.unshift(options.roster);
        options.roster = true;
      }
      if (options.names && options.roster === true)
        throw new UsageError(
          ctx.t(
            '--names 和 --roster 只能选一个(--roster 后给出名单 id 时表示只看这份名单)',
            'use --names or --roster, not both (--roster with an id scopes to that roster)',
          ),
        );
      const rosterId = typeof options.roster === 'string' ? options.roster : undefined;
      const reportFormat = options.names || options.roster ? checkFormat(options.format, ctx.t) : null; // refuse a bad format before the work
      const globals = command.optsWithGlobals<GlobalOptions>();
      const checked = paths.length > 0 ? paths : [ctx.dataDir(globals)];
      const { findings, unchecked } = await lintTargets(ctx, checked, ['load', 'validate', 'check']);
      if (reportFormat === null) {
        ctx.exitCode = noteUnchecked(ctx, findings, unchecked, reportFindings(ctx, findings, options, ctx.io.cwd));
        return;
      }
      const { workspace } = loadPaths(ctx, checked);
      const scoped = scopeToRoster(ctx, workspace, rosterId);
      ctx.print(options.names ? namesReport(ctx, scoped) : rosterReport(ctx, scoped), reportFormat);
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
      ctx.exitCode = noteUnchecked(ctx, findings, unchecked, ctx.exitCode);
    });
}
