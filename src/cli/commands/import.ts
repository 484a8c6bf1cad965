// `plan import SOURCE.txt [--out DIR] [--force]`: drafts plan and roster files from a published notice's text.

import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { decodeNotice } from '../../draft/decode-notice.js';
import { draftNotice } from '../../draft/draft-notice.js';
import { shown } from '../../load/load-workspace.js';
import { MAX_FILE_BYTES, UnreadableFileError } from '../../load/read-text.js';
import type { Finding } from '../../model/finding.js';
import { say } from '../../model/lang.js';
import { findingsFormats } from '../../render/findings-formats.js';
import { ruleById } from '../../rules/index.js';
import type { Context, GlobalOptions } from '../context.js';
import { UsageError } from '../usage-error.js';
import { makeFolder, writeFileAtomic } from '../write-atomic.js';
import { reportFindings } from './validate.js';

interface ImportOptions {
  out?: string;
  force?: boolean;
  format?: string;
}

function readSource(ctx: Context, file: string, named: string): Buffer {
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) throw new UnreadableFileError(named, 'EISDIR');
    if (stat.size > MAX_FILE_BYTES)
      throw new UsageError(
        ctx.t(`${named}:文件过大(超过 10 MB),不像是通知原文`, `${named}: too large (over 10 MB) to be a notice`),
      );
    return fs.readFileSync(file);
  } catch (error) {
    if (error instanceof UsageError || error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(
      named,
      error instanceof Error && 'code' in error ? String(error.code) : String(error),
    );
  }
}

export function registerImport(program: Command, ctx: Context): void {
  program
    .command('import')
    .description(
      ctx.t(
        '从通知原文(文本文件)起草计划和名单文件,推测之处标“待核对”',
        "Draft plan and roster files from a notice's text; guesses are marked 待核对",
      ),
    )
    .argument(
      '<source>',
      ctx.t('通知原文,.txt(UTF-8 或 GBK/GB18030)', "the notice's text, .txt (UTF-8 or GBK/GB18030)"),
    )
    .option('--out <dir>', ctx.t('写入的目录(默认:数据目录)', 'folder to write to (default: the data folder)'))
    .option('--force', ctx.t('覆盖已有的同名文件', 'replace files of the same name'))
    .option(
      '-f, --format <format>',
      ctx.t(
        `问题的输出格式:${Object.keys(findingsFormats).join('、')}`,
        `format of the findings: ${Object.keys(findingsFormats).join(', ')}`,
      ),
    )
    .action((source: string, options: ImportOptions, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const file = path.resolve(ctx.io.cwd, source);
      const named = shown(file, ctx.io.cwd);
      const decoded = decodeNotice(readSource(ctx, file, named));
      if (!decoded)
        throw new UsageError(
          ctx.t(
            `${named}:既不是 UTF-8 也不是 GBK/GB18030 编码的文本,请用编辑器另存为 UTF-8 后再试`,
            `${named}: neither UTF-8 nor GBK/GB18030 text; save it as UTF-8 and try again`,
          ),
        );
      if (decoded.encoding === 'gb18030')
        ctx.note(
          ctx.t(
            `plan import: ${named} 不是 UTF-8,已按 GB18030(含 GBK)解码`,
            `plan import: ${named} is not UTF-8; decoded as GB18030 (which includes GBK)`,
          ),
        );
      const outDir = path.resolve(ctx.io.cwd, options.out ?? ctx.dataDir(globals));
      // plan check reads the declared source as UTF-8 only, so a GBK source is not declared (the comment still names it).
      const relative = path.relative(outDir, file).split(path.sep).join('/');
      const sourcePath = decoded.encoding === 'gb18030' ? null : relative;
      const draft = draftNotice(decoded.text, path.basename(file), sourcePath, decoded.encoding);
      if (draft.files.length === 0)
        throw new UsageError(ctx.t(`${named}:没有找到计划`, `${named}: no plan found in it`));
      // Every target is checked before anything is written: a refusal leaves the folder as it was.
      const targets = draft.files.map((f) => ({ ...f, target: path.join(outDir, f.name) }));
      const existing = targets.filter((t) => fs.lstatSync(t.target, { throwIfNoEntry: false }));
      if (existing.length > 0 && !options.force)
        throw new UsageError(
          ctx.t(
            `已有同名文件,未写入任何文件:${existing.map((t) => shown(t.target, ctx.io.cwd)).join('、')}(要覆盖请加 --force)`,
            `files already exist, nothing written: ${existing.map((t) => shown(t.target, ctx.io.cwd)).join(', ')} (add --force to replace them)`,
          ),
        );
      makeFolder(outDir);
      for (const t of targets) {
        writeFileAtomic(t.target, t.text);
        // On stderr: stdout carries the findings, in the format asked for (json must stay parseable).
        ctx.note(`${ctx.t('已写入', 'wrote')} ${shown(t.target, ctx.io.cwd)}`);
      }
      // Worded from the import rules' metadata (src/rules/import-*.ts), as runRules words the rules' findings.
      const findings: Finding[] = draft.findings.map((f) => {
        const rule = ruleById(f.rule);
        const template = rule?.meta.messages[f.messageId];
        return {
          file: named,
          line: f.line,
          column: f.column,
          severity: rule?.meta.severity ?? 'error',
          rule: f.rule,
          message: template ? say(template, ctx.lang, f.data, rule?.meta.listItems) : f.messageId,
          ...(f.data ? { data: f.data } : {}),
        };
      });
      ctx.exitCode = reportFindings(ctx, findings, { format: options.format }, ctx.io.cwd);
    });
}
