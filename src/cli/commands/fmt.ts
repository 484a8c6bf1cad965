// `plan fmt [--check | --write] [paths…]`: one canonical layout for data files, comments kept, data never changed.

import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { kindOf, shown as shownFrom } from '../../load/load-workspace.js';
import { parseYaml } from '../../load/parse-yaml.js';
import { decode, UnreadableFileError } from '../../load/read-text.js';
import type { PendingFinding } from '../../model/finding.js';
import { say } from '../../model/lang.js';
import { unifiedDiff } from '../../render/line-diff.js';
import { oneLine } from '../../render/safe-text.js';
import { ruleById } from '../../rules/index.js';
import type { Context, GlobalOptions } from '../context.js';
import { UsageError } from '../usage-error.js';
import { UnwritableFileError, writeFileAtomic } from '../write-atomic.js';
import { yamlFilesUnder } from './validate.js';

/** Larger files are refused (see README, Limits). */
export const MAX_FORMAT_BYTES = 1024 * 1024;

interface FmtOptions {
  check?: boolean;
  write?: boolean;
}

function readBytes(absolute: string, shown: string): Buffer {
  try {
    return fs.readFileSync(absolute);
  } catch (error) {
    throw new UnreadableFileError(
      shown,
      error instanceof Error && 'code' in error ? String(error.code) : String(error),
    );
  }
}

/** `line:column: message (rule)` of a finding that stops a file from being formatted, in the reader's language. */
function findingText(finding: PendingFinding, ctx: Context): string {
  const rule = ruleById(finding.rule);
  const template = rule?.meta.messages[finding.messageId];
  const message = template ? say(template, ctx.lang, finding.data, rule?.meta.listItems) : finding.messageId;
  return `${finding.line ?? 1}:${finding.column ?? 1}: ${message} (${finding.rule})`;
}

export function registerFmt(program: Command, ctx: Context): void {
  program
    .command('fmt')
    .description(
      ctx.t(
        '把计划、名单、领域和配置文件整理成统一格式(保留注释,不改数据)',
        'Lay out plan, roster, domains and config files one canonical way (comments kept, data unchanged)',
      ),
    )
    .argument('[paths...]', ctx.t('要整理的文件或目录(默认:数据目录)', 'files or folders (default: the data folder)'))
    .option(
      '--check',
      ctx.t('只列出格式不一致的文件,有则以 1 退出(默认)', 'list files that are not formatted; exit 1 if any (default)'),
    )
    .option('--write', ctx.t('就地改写格式不一致的文件', 'rewrite files that are not formatted'))
    .action(async (paths: string[], options: FmtOptions, command: Command) => {
      if (options.check && options.write)
        throw new UsageError(ctx.t('--check 和 --write 只能选一个', 'use either --check or --write, not both'));
      // Loaded here: the formatter brings the `yaml` package, whose loading every other command would pay for at start-up.
      const [{ formatYaml }, { schemaForKind }] = await Promise.all([
        import('../../format/format-yaml.js'),
        import('../../format/schema-for-kind.js'),
      ]);
      const globals = command.optsWithGlobals<GlobalOptions>();
      const given = (paths.length > 0 ? paths : [ctx.dataDir(globals)]).map((p) => path.resolve(ctx.io.cwd, p));
      const shown = (file: string) => shownFrom(file, ctx.io.cwd);
      // A file named outright that is not YAML (README.md, the source .txt) is a usage slip, as in validate: exit 2, never a rewrite.
      const notYaml = given
        .filter((p) => fs.statSync(p, { throwIfNoEntry: false })?.isFile() && !/\.ya?ml$/i.test(p))
        .map(shown);
      if (notYaml.length > 0)
        throw new UsageError(
          ctx.t(
            `只能整理 .yaml 或 .yml 文件:${notYaml.join('、')}`,
            `Only .yaml or .yml files can be formatted: ${notYaml.join(', ')}`,
          ),
        );
      const files = yamlFilesUnder(ctx, given);
      const differing: string[] = [];
      const refused: string[] = [];
      for (const file of files) {
        const bytes = readBytes(file, shown(file));
        const refuse = (why: string) => {
          refused.push(shown(file));
          ctx.note(`plan fmt: ${shown(file)}:${why}`);
        };
        // Formatting takes 5 to 7 s a megabyte (the `yaml` Document API, then reading the result back twice to prove no
        // value changed): a plan is tens of KB, so a file this large is refused rather than left to run for minutes.
        if (bytes.length > MAX_FORMAT_BYTES) {
          const mb = (bytes.length / 1024 / 1024).toFixed(1);
          refuse(
            ctx.t(
              ` 文件过大(${mb} MB,plan fmt 只整理不超过 1 MB 的文件),未整理。计划文件通常只有几十 KB,请确认是否选错了文件`,
              ` too large to format (${mb} MB; plan fmt formats files up to 1 MB); left alone. Plan files are tens of KB: check it is the right file`,
            ),
          );
          continue;
        }
        // Decoding a GBK file as UTF-8 would replace its Chinese with U+FFFD, and --write would save that: refuse instead,
        // with the loader's encoding finding (which says where and how to convert), or, for UTF-16, why it is not rewritten.
        if (!isUtf8(bytes)) {
          const encoding = decode(bytes, shown(file)).findings[0];
          refuse(
            encoding
              ? findingText(encoding, ctx)
              : ctx.t(
                  ' 文件是 UTF-16 编码,plan fmt 只改写 UTF-8 文件。请先用编辑器另存为 UTF-8',
                  ' the file is UTF-16; plan fmt only rewrites UTF-8 files. Save it as UTF-8 first',
                ),
          );
          continue;
        }
        const text = bytes.toString('utf8');
        // The loader's own parse first: it stops syntax errors, duplicate keys, alias bombs and runaway nesting in
        // milliseconds, before the formatter would walk (or print) an expanded value.
        const parsed = parseYaml(text, shown(file));
        const stop = parsed.findings[0];
        if (stop) {
          refuse(findingText(stop, ctx));
          continue;
        }
        const kind = kindOf(file, parsed.value);
        // Only plan's own data files are laid out: any other YAML (a link to a system file, a CI workflow) is not ours to rewrite.
        if (kind === null && parsed.value !== null && parsed.value !== undefined) {
          refuse(
            ctx.t(
              ' 不是 plan 的数据文件(顶层没有 kind: plan、roster 或 domains,也不是 plan.config.yaml),不予整理',
              ' not a plan data file (no top-level kind: plan, roster or domains, and not plan.config.yaml); not formatted',
            ),
          );
          continue;
        }
        const result = formatYaml(text, kind ? schemaForKind(kind) : null);
        if (!result.ok) {
          const why = {
            syntax: ctx.t(
              ` YAML 语法错误(${result.detail ?? ''}),请先运行 plan validate 查看`,
              ` YAML syntax error (${result.detail ?? ''}); run plan validate for details`,
            ),
            'alias-order': ctx.t(
              ' 文件用了 YAML 别名(*名称),按统一顺序排列键后别名会出现在它的锚点(&名称)之前,YAML 不允许这样;请把别名换成它所指的内容后再整理',
              ' the file uses a YAML alias (*name) that canonical key order would put before its anchor (&name), which YAML does not allow; write out what the alias stands for, then format again',
            ),
            'data-changed': ctx.t(
              ' 整理会改变数据,已拒绝(这是 plan 的缺陷,请报告)',
              ' formatting would change the data; refused (a bug in plan, please report)',
            ),
            'comments-changed': ctx.t(
              ' 整理会丢失注释,已拒绝(这是 plan 的缺陷,请报告)',
              ' formatting would lose comments; refused (a bug in plan, please report)',
            ),
          }[result.reason];
          refuse(why);
          continue;
        }
        if (Buffer.from(result.text, 'utf8').equals(bytes)) continue;
        if (options.write) {
          try {
            writeFileAtomic(file, result.text, { replacing: bytes });
          } catch (error) {
            // Named as the other lines name it, as given rather than absolute.
            throw error instanceof UnwritableFileError ? new UnwritableFileError(shown(file), error.reason) : error;
          }
        }
        // Named as soon as it is done: should a later write fail (exit 2), the files already rewritten are on record.
        differing.push(shown(file));
        ctx.io.stdout(`${oneLine(shown(file))}\n`);
        // --check shows what would change, so the file can be fixed by hand as well as by --write.
        if (!options.write) ctx.io.stdout(unifiedDiff(text, result.text, shown(file), 2, diffPaint(ctx)));
      }
      if (options.write) {
        if (differing.length > 0)
          ctx.io.stderr(ctx.t(`已整理 ${differing.length} 个文件\n`, `formatted ${differing.length} file(s)\n`));
      } else if (differing.length > 0) {
        ctx.io.stderr(
          ctx.t(
            `${differing.length} 个文件格式不一致,运行 plan fmt --write 整理\n`,
            `${differing.length} file(s) not formatted; run plan fmt --write\n`,
          ),
        );
      }
      // A file left out for its name (not UTF-8) was neither checked nor formatted: exit 2, as for an unreadable file.
      ctx.exitCode =
        ctx.skipped.length > 0 ? 2 : refused.length > 0 || (!options.write && differing.length > 0) ? 1 : 0;
    });
}

function diffPaint(ctx: Context) {
  return { removed: (s: string) => ctx.color.red(s), added: (s: string) => ctx.color.green(s) };
}
