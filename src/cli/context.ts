// What every command gets: I/O, language, colour, and a loader for the data folder.

import fs from 'node:fs';
import path from 'node:path';
import { Chalk } from 'chalk';
import { discoverFiles } from '../load/discover-files.js';
import { loadFiles, shown, type Workspace } from '../load/load-workspace.js';
import type { Lang } from '../model/lang.js';
import { isOutputFormat, OUTPUT_FORMATS, type OutputFormat, renderReport } from '../render/render-report.js';
import type { Report } from '../render/report.js';
import { oneLine } from '../render/safe-text.js';
import { resolveDataDir } from './data-dir.js';
import { refuseHugeFolder } from './folder-limits.js';
import type { Io } from './io.js';
import { UsageError } from './usage-error.js';

export interface GlobalOptions {
  data?: string;
  lang?: string;
  /** Queries: answer from the data that loaded and exit 0 even when some did not (the output still says so). */
  partial?: boolean;
}

export interface Context {
  io: Io;
  lang: Lang;
  /** Colour only for terminals, and never when NO_COLOR is set (https://no-color.org). */
  color: InstanceType<typeof Chalk>;
  dataDir(options: GlobalOptions): string;
  load(paths: string[]): Workspace;
  /** Says once on stderr that a file or folder is left out because its name is not UTF-8 (passed to discovery). */
  skipName(escaped: string): void;
  /** The names skipName left out: an answer without them is incomplete, a check of the folder is not whole (exit 2). */
  skipped: string[];
  print(report: Report, format: string | undefined): void;
  /** A one-line note on stderr; data in it (names, file names) cannot break the line or drive the terminal. */
  note(line: string): void;
  /** Pick between the Chinese and English wording of a line. */
  t(zh: string, en: string): string;
  /** Set by a command's action; run() returns it. */
  exitCode: number;
  /** Why the data behind this answer did not all load (set by loadData); print() puts it into the first output. */
  incomplete: string[];
}

export function createContext(io: Io, lang: Lang): Context {
  const colorOn = io.isTTY && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '') && io.env.TERM !== 'dumb';
  const color = new Chalk({ level: colorOn ? 1 : 0 });
  const t: Context['t'] = (zh, en) => (lang === 'zh' ? zh : en);
  const skipName = (escaped: string) => {
    if (ctx.skipped.includes(escaped)) return;
    ctx.skipped.push(escaped);
    const name = oneLine(shown(escaped, io.cwd));
    const line = t(
      `注意:已跳过 ${name}:名称不是 UTF-8 编码,plan 无法打开它。请把它重命名(只用常规中文、字母和数字)`,
      `Note: skipped ${name}: its name is not UTF-8, so plan cannot open it. Rename it`,
    );
    io.stderr(`${line}\n`);
    ctx.incomplete.push(line); // a query's answer says it too, and exits 1 unless --partial (load-data.ts)
  };
  const ctx: Context = {
    io,
    lang,
    color,
    dataDir(options) {
      const dir = resolveDataDir(options.data, io.env, io.cwd);
      // A plan file given as the data folder would load without its roster: every answer would be quietly wrong.
      if (existsButNotFolder(dir))
        throw new UsageError(
          t(
            `数据目录应是文件夹,而 ${dir} 不是文件夹。请用 --data 指向存放计划和名单文件的文件夹`,
            `The data folder must be a folder, but ${dir} is not one. Point --data at the folder holding the plan and roster files`,
          ),
        );
      return dir;
    },
    load(paths) {
      const files = discoverFiles(
        paths.map((p) => path.resolve(io.cwd, p)),
        { skipName },
      );
      refuseHugeFolder({ t }, files);
      return loadFiles(files, io.cwd);
    },
    skipName,
    print(report, format) {
      const incomplete = ctx.incomplete.splice(0); // once, not under each of diff's tables
      io.stdout(
        renderReport(incomplete.length > 0 ? { ...report, incomplete } : report, checkFormat(format, t), {
          width: tableWidth(io),
          bold: (s) => color.bold(s),
          mark: color.level > 0 ? (s) => color.bold.red(s) : undefined,
        }),
      );
    },
    note: (line) => io.stderr(`${oneLine(line)}\n`),
    t,
    exitCode: 0,
    incomplete: [],
    skipped: [],
  };
  return ctx;
}

/** Table widths the layout accepts: narrower is unreadable anyway, wider is no terminal (and would draw megabytes of rules). */
const MIN_WIDTH = 20;
const MAX_WIDTH = 1000;
const DEFAULT_WIDTH = 120;

/**
 * The width to lay tables out in: the terminal's, else $COLUMNS, else 120. A value that is not a positive whole number
 * (`COLUMNS=0.5`, `abc`, a terminal reporting 0) counts as unset: a fractional width made the wrapping loop for ever.
 */
export function tableWidth(io: Pick<Io, 'columns' | 'env'>): number {
  const given = [io.columns, io.env.COLUMNS?.trim() ? Number(io.env.COLUMNS) : undefined].find(
    (w) => w !== undefined && Number.isInteger(w) && w > 0,
  );
  return given === undefined ? DEFAULT_WIDTH : Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, given));
}

/** A file, a device such as /dev/null, a pipe: anything that exists and is not a folder. */
function existsButNotFolder(file: string): boolean {
  try {
    return !fs.statSync(file).isDirectory();
  } catch {
    return false; // a missing folder is reported where it is read, with the path
  }
}

/** The output format asked for, or a usage error in the reader's language. */
export function checkFormat(format: string | undefined, t: Context['t']): OutputFormat {
  const f = format ?? 'table';
  if (!isOutputFormat(f))
    throw new UsageError(
      t(
        `--format 只能是 ${OUTPUT_FORMATS.join('、')}(收到 “${format}”)`,
        `--format must be one of ${OUTPUT_FORMATS.join(', ')} (got "${format}")`,
      ),
    );
  return f;
}
