// `plan validate [paths…]`: schema and reference checks with exact file:line:col findings; exit 1 on errors.

import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { discoverFiles, foldersWithoutYaml } from '../../load/discover-files.js';
import { shown, type Workspace } from '../../load/load-workspace.js';
import { readText } from '../../load/read-text.js';
import type { Finding } from '../../model/finding.js';
import { say } from '../../model/lang.js';
import { findingsFormats } from '../../render/findings-formats.js';
import { rules } from '../../rules/index.js';
import { lintFolder } from '../../rules/lint-in-batches.js';
import type { RulePhase } from '../../rules/rule.js';
import type { Context, GlobalOptions } from '../context.js';
import { refuseHugeFolder } from '../folder-limits.js';
import { UsageError } from '../usage-error.js';

export interface FindingsOptions {
  format?: string;
  maxWarnings?: string;
}

declare const PLAN_VERSION: string | undefined;

/** Rule metadata in the user's language, for formats that describe the rules (SARIF). */
function ruleDocs(ctx: Context) {
  return rules.map(({ meta }) => ({
    id: meta.id,
    severity: meta.severity,
    description: say(meta.description, ctx.lang),
    help: say(meta.help, ctx.lang),
  }));
}

/**
 * Shared by validate and check: render findings, decide the exit code (1 on errors or too many warnings; 2 when a file
 * was left out because its name could not be opened, as an unreadable file is: a check that skipped a file is not whole).
 */
export function reportFindings(
  ctx: Context,
  findings: Finding[],
  options: FindingsOptions,
  cwd: string,
  checkedFiles: string[] = [],
): number {
  const format = options.format ?? 'stylish';
  const render = findingsFormats[format];
  if (!render)
    throw new UsageError(
      ctx.t(
        `--format 只能是 ${Object.keys(findingsFormats).join('、')}(收到 “${format}”)`,
        `--format must be one of ${Object.keys(findingsFormats).join(', ')} (got "${format}")`,
      ),
    );
  // Digits only: Number() would also take 1e1, 0x5 and " 3", which nobody means as a count.
  const maxWarnings =
    options.maxWarnings === undefined
      ? -1
      : /^(-1|\d+)$/.test(options.maxWarnings)
        ? Number(options.maxWarnings)
        : Number.NaN;
  if (!Number.isSafeInteger(maxWarnings))
    throw new UsageError(ctx.t('--max-warnings 必须是非负整数', '--max-warnings must be a non-negative integer'));
  const sourceLines = (file: string): string[] | null => {
    try {
      // Decoded the way the loader decodes (UTF-16, size limit), and split at the line breaks it counts (CR-only files
      // too), so excerpts match what was checked.
      return readText(path.resolve(cwd, file), file).text?.split(/\r\n|\r|\n/) ?? null;
    } catch {
      return null;
    }
  };
  const version = typeof PLAN_VERSION === 'string' ? PLAN_VERSION : 'dev';
  ctx.io.stdout(
    render(findings, { lang: ctx.lang, sourceLines, color: ctx.color, checkedFiles, rules: ruleDocs(ctx), version }),
  );
  if (ctx.skipped.length > 0) return 2;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    ctx.io.stderr(
      ctx.t(
        `警告数 ${warnings} 超过 --max-warnings ${maxWarnings}\n`,
        `${warnings} warnings exceed --max-warnings ${maxWarnings}\n`,
      ),
    );
    return 1;
  }
  return 0;
}

/**
 * Files given on the command line are checked; their folders are loaded too, so references to the roster resolve.
 * Also which files were checked (as shown), clean ones included, and those left unchecked past MAX_FINDINGS.
 */
export async function lintTargets(
  ctx: Context,
  given: string[],
  phases: RulePhase[],
): Promise<{ findings: Finding[]; checkedFiles: string[]; unchecked: string[] }> {
  const { targets, contextFiles } = resolvePaths(ctx, given);
  refuseNotYaml(ctx, targets, contextFiles);
  // `plan check` keeps every plan whole (its workspace-scope rule); validate holds one plan file at a time.
  if (phases.includes('check')) refuseHugeFolder(ctx, contextFiles);
  const { findings, unchecked } = await lintFolder({
    files: contextFiles,
    targets,
    cwd: ctx.io.cwd,
    options: { phases, lang: ctx.lang },
  });
  const left = new Set(unchecked);
  const checked = new Set(targets.filter((f) => !left.has(f)));
  const checkedFiles = contextFiles.filter((f) => checked.has(f)).map((f) => shown(f, ctx.io.cwd));
  return { findings, checkedFiles, unchecked: unchecked.filter((f) => targets.includes(f)) };
}

/** After the findings: files left unchecked past MAX_FINDINGS are said on stderr, and never pass (exit 1 at least). */
export function noteUnchecked(ctx: Context, findings: Finding[], unchecked: string[], exitCode: number): number {
  if (unchecked.length === 0) return exitCode;
  ctx.io.stderr(
    ctx.t(
      `注意:问题太多,报告 ${findings.length} 个后停止,另有 ${unchecked.length} 个文件未检查(从 ${shown(unchecked[0] as string, ctx.io.cwd)} 起)。请先改正已报告的问题,再运行一次。\n`,
      `Note: too many findings; stopped after ${findings.length}, and ${unchecked.length} file(s) were not checked (from ${shown(unchecked[0] as string, ctx.io.cwd)}). Fix the reported ones and run again.\n`,
    ),
  );
  return Math.max(exitCode, 1);
}

/**
 * The files the given paths name (absolute), and the files to load around them: everything under a folder given, and
 * the other YAML files beside a file given (not in its subfolders: a plan file's context is its own data folder, and
 * a file given in a crowded folder such as /tmp must not pull in every YAML file below it).
 */
function resolvePaths(ctx: Context, given: string[]): { targets: string[]; contextFiles: string[] } {
  const absolute = given.map((p) => path.resolve(ctx.io.cwd, p));
  const targets = yamlFilesUnder(ctx, absolute);
  const isFolder = absolute.map((p) => fs.statSync(p).isDirectory());
  const folders = absolute.filter((_, i) => isFolder[i]);
  const onlyFolders = folders.length === absolute.length;
  const besideFiles = [...new Set(absolute.filter((_, i) => !isFolder[i]).map((p) => path.dirname(p)))];
  // Folders only: the files found in them are the context, so there is no need to walk them twice.
  const contextFiles = onlyFolders
    ? targets
    : [
        ...new Set([
          ...discoverFiles(folders, { skipName: ctx.skipName }),
          ...discoverFiles(besideFiles, { recursive: false, skipName: ctx.skipName }),
        ]),
      ];
  return { targets, contextFiles };
}

/**
 * The YAML files the given paths (absolute) name or hold, for validate, check and fmt alike: a folder holding none is
 * refused, as it is most likely a wrong path, which in CI would pass silently.
 */
export function yamlFilesUnder(ctx: Context, paths: string[]): string[] {
  const files = discoverFiles(paths, { skipName: ctx.skipName });
  const empty = foldersWithoutYaml(paths, files).map((p) => shown(p, ctx.io.cwd));
  if (empty.length > 0)
    throw new UsageError(
      ctx.t(`文件夹中没有 .yaml 或 .yml 文件:${empty.join('、')}`, `No .yaml or .yml files in: ${empty.join(', ')}`),
    );
  return files;
}

/** A file given by name but not loaded (README.md, plan.txt) would otherwise pass silently. */
function refuseNotYaml(ctx: Context, targets: string[], loaded: string[]): void {
  const known = new Set(loaded);
  const notYaml = targets.filter((t) => !known.has(t));
  if (notYaml.length > 0)
    throw new UsageError(
      ctx.t(
        `只能检查 .yaml 或 .yml 文件:${notYaml.join('、')}`,
        `Only .yaml or .yml files can be checked: ${notYaml.join(', ')}`,
      ),
    );
}

/** The workspace around the given paths, and which of its files (as shown) were given. */
export function loadPaths(ctx: Context, given: string[]): { workspace: Workspace; targets: Set<string> } {
  const { targets, contextFiles } = resolvePaths(ctx, given);
  const workspace = ctx.load(contextFiles);
  refuseNotYaml(
    ctx,
    targets,
    workspace.files.map((f) => f.absolute),
  );
  const wanted = new Set(targets);
  return { workspace, targets: new Set(workspace.files.filter((f) => wanted.has(f.absolute)).map((f) => f.file)) };
}

export function registerValidate(program: Command, ctx: Context): void {
  program
    .command('validate')
    .description(
      ctx.t(
        '检查计划、名单文件:格式、字段、责任单位、编号等,给出 文件:行:列',
        'Check plan and roster files; findings with file:line:col',
      ),
    )
    .argument(
      '[paths...]',
      ctx.t('要检查的文件或目录(默认:数据目录)', 'files or folders to check (default: the data folder)'),
    )
    .option(
      '-f, --format <format>',
      ctx.t(
        `输出格式:${Object.keys(findingsFormats).join('、')}`,
        `output format: ${Object.keys(findingsFormats).join(', ')}`,
      ),
      'stylish',
    )
    .option('--max-warnings <n>', ctx.t('警告超过 n 个时以 1 退出', 'exit 1 when there are more than n warnings'))
    .action(async (paths: string[], options: FindingsOptions, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const given = paths.length > 0 ? paths : [ctx.dataDir(globals)];
      const { findings, checkedFiles, unchecked } = await lintTargets(ctx, given, ['load', 'validate']);
      const code = reportFindings(ctx, findings, options, ctx.io.cwd, checkedFiles);
      ctx.exitCode = noteUnchecked(ctx, findings, unchecked, code);
    });
}
