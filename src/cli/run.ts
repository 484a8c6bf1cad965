// The CLI entry: parses argv, runs one command, returns the exit code. Never calls process.exit.

import { Command, CommanderError } from 'commander';
import { MissingPathError } from '../load/discover-files.js';
import { UnreadableFileError } from '../load/read-text.js';
import { oneLine, terminalText } from '../render/safe-text.js';
import { commanderMessage, localiseHelp } from './commander-wording.js';
import { commands } from './commands/index.js';
import { createContext } from './context.js';
import type { Io } from './io.js';
import { resolveLang } from './lang.js';
import { rejectEmptyValues } from './reject-empty.js';
import { UsageError } from './usage-error.js';
import { UnwritableFileError } from './write-atomic.js';

declare const PLAN_VERSION: string | undefined;

const unreadableReasons: Record<string, [string, string]> = {
  EACCES: ['没有读取权限', 'permission denied'],
  EPERM: ['没有读取权限', 'permission denied'],
  EISDIR: ['这是一个目录,不是文件', 'it is a folder, not a file'],
  ENOTREG: ['不是普通文件(可能是管道或设备)', 'not a regular file (a pipe or device?)'],
  ELOOP: ['符号链接循环', 'symbolic link loop'],
  ENOENT: [
    '文件不存在;若是符号链接,它指向的文件不存在',
    'no such file; if it is a symbolic link, what it points to is missing',
  ],
};

const unwritableReasons: Record<string, [string, string]> = {
  EACCES: ['没有写入权限', 'permission denied'],
  EPERM: ['没有写入权限', 'permission denied'],
  EROFS: ['所在磁盘是只读的', 'read-only file system'],
  ENOSPC: ['磁盘空间不足', 'no space left on the disk'],
  EDQUOT: ['磁盘配额已用完', 'disk quota exceeded'],
  EISDIR: ['这是一个目录,不是文件', 'it is a folder, not a file'],
  ENOTDIR: ['路径中有一段是文件,不是目录', 'part of the path is a file, not a folder'],
  EEXIST: ['路径中有一段是文件,不是目录', 'part of the path is a file, not a folder'],
  ENOENT: ['上级目录不存在或无法创建', 'the folder above does not exist or cannot be made'],
  ELOOP: ['符号链接循环', 'symbolic link loop'],
  ENAMETOOLONG: ['路径太长', 'path too long'],
  // The writer's own refusals (src/cli/write-atomic.ts): the file is left exactly as it was.
  ESYMLINK: [
    '这是一个符号链接,plan 不通过链接写入,以免改动链接指向的别处文件;请改用实际文件的路径,或删除该链接',
    'it is a symbolic link; plan does not write through links, so a file elsewhere is not changed; use the real path, or remove the link',
  ],
  EREADONLY: [
    '文件是只读的,所有人都没有写权限;确需改写时请先修改权限',
    'the file is read-only (no one has write permission); change its permissions first if it should be rewritten',
  ],
  ECHANGED: [
    '文件在整理期间被修改过,未改写,以免丢失刚才的修改;请重新运行',
    'the file changed while it was being formatted; not rewritten so the change is kept; run again',
  ],
  EOWNER: [
    '无法保留文件原来的所有者和属组,需要相应的权限;未改写',
    'its owner and group could not be kept (permission needed); not rewritten',
  ],
  ENOTREG: ['不是普通文件(可能是管道或设备)', 'not a regular file (a pipe or device?)'],
};

function langFromArgv(argv: string[], env: Io['env']) {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i]?.includes('=') ? argv[i]?.split('=')[1] : argv[i + 1];
  try {
    return resolveLang(value, env);
  } catch {
    return resolveLang(undefined, env);
  }
}

export async function run(argv: string[], io: Io): Promise<number> {
  const ctx = createContext(io, langFromArgv(argv, io.env));
  const program = new Command('plan')
    .description(ctx.t('对口合作工作计划的查询与检查工具', 'Query and check counterpart cooperation work plans'))
    .version(
      typeof PLAN_VERSION === 'string' ? PLAN_VERSION : 'dev',
      '-V, --version',
      ctx.t('显示版本号', 'output the version number'),
    )
    .option('--data <dir>', ctx.t('数据目录(默认:当前目录下的 data/)', 'data folder (default: ./data)'))
    .option('--lang <lang>', ctx.t('输出语言:zh 或 en(默认按 LANG)', 'output language: zh or en (default from LANG)'))
    .option(
      '--partial',
      ctx.t(
        '查询时部分数据未能载入也以 0 退出(输出仍注明结果不完整)',
        'queries: exit 0 even when some data did not load (the output still says the answer is incomplete)',
      ),
    )
    .exitOverride()
    .showSuggestionAfterError(true);
  program.hook('preAction', (_this, action) => {
    resolveLang(action.optsWithGlobals<{ lang?: string }>().lang, io.env); // reject a bad --lang before doing work
    rejectEmptyValues(action, ctx);
  });
  for (const register of commands) register(program, ctx);
  // Commander's own error lines are English; run() prints them in the reader's language instead (see catch below).
  const output = {
    writeOut: (s: string) => io.stdout(s),
    writeErr: (s: string) => io.stderr(s),
    outputError: () => {},
  };
  program.configureOutput(output);
  // Sub-subcommands too (`plan progress init`): commander would otherwise exit the process itself.
  for (const sub of program.commands.flatMap((c) => [c, ...c.commands])) sub.exitOverride().configureOutput(output);
  localiseHelp(program, ctx);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; anything commander rejects is a usage problem.
      if (error.exitCode === 0) return 0;
      // `plan` alone prints the help and ends with code 'commander.help': nothing more to say.
      if (error.code !== 'commander.help' && error.code !== 'commander.helpDisplayed')
        io.stderr(`plan: ${terminalText(commanderMessage(error, ctx))}\n`);
      return 2;
    }
    // Messages echo paths and names the user or the data supplied: control characters and line breaks are shown, never sent raw.
    if (error instanceof UsageError) {
      io.stderr(`plan: ${oneLine(error.message)}\n`);
      return 2;
    }
    if (error instanceof MissingPathError) {
      const target = oneLine(error.target);
      io.stderr(`plan: ${ctx.t(`路径不存在:${target}`, `no such file or folder: ${target}`)}\n`);
      return 2;
    }
    if (error instanceof UnreadableFileError) {
      const [zh, en] = unreadableReasons[error.reason] ?? [error.reason, error.reason];
      const file = oneLine(error.file);
      io.stderr(`plan: ${ctx.t(`无法读取 ${file}(${zh})`, `cannot read ${file} (${en})`)}\n`);
      return 2;
    }
    if (error instanceof UnwritableFileError) {
      const [zh, en] = unwritableReasons[error.reason] ?? [`系统错误 ${error.reason}`, `system error ${error.reason}`];
      const file = oneLine(error.file);
      io.stderr(`plan: ${ctx.t(`无法写入 ${file}(${zh})`, `cannot write ${file} (${en})`)}\n`);
      return 2;
    }
    const detail = terminalText(error instanceof Error ? error.message : String(error));
    io.stderr(
      `plan: ${ctx.t('内部错误', 'internal error')}: ${detail}\n${ctx.t('这是 plan 的缺陷,请把上面这行和所用命令报告给维护者。', 'This is a bug in plan; please report this line and the command you ran.')}\n`,
    );
    return 3;
  }
}
