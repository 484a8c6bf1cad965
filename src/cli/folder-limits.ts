// How much a command that holds a whole folder in memory (queries, report, check) takes at once: beyond it, a clear
// refusal (exit 2) instead of running out of heap or string length minutes later (#22.11). validate has no such limit:
// it holds one plan file at a time.

import fs from 'node:fs';
import type { Context } from './context.js';
import { UsageError } from './usage-error.js';

/** Measured in README's Limits section: each limit alone keeps every query well inside Node's default heap. */
export const MAX_FOLDER_FILES = 5000;
export const MAX_FOLDER_BYTES = 10 * 1024 * 1024;

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** Refuses a folder with more YAML files, or more bytes of them, than a whole load is measured to handle. */
export function refuseHugeFolder(ctx: Pick<Context, 't'>, files: string[]): void {
  if (files.length > MAX_FOLDER_FILES)
    throw new UsageError(
      ctx.t(
        `一次载入的文件太多:${files.length} 个(上限 ${MAX_FOLDER_FILES} 个);请拆分文件夹,分别查询。plan validate 不受此限`,
        `Too many files to load at once: ${files.length} (the limit is ${MAX_FOLDER_FILES}); split the folder and query each part. plan validate has no such limit`,
      ),
    );
  let bytes = 0;
  for (const file of files) {
    try {
      bytes += fs.statSync(file).size;
    } catch {
      // loading it reports why it cannot be read
    }
  }
  if (bytes > MAX_FOLDER_BYTES)
    throw new UsageError(
      ctx.t(
        `一次载入的数据太多:${files.length} 个文件共 ${mb(bytes)} MB(上限 ${mb(MAX_FOLDER_BYTES)} MB);请拆分文件夹,分别查询。plan validate 不受此限`,
        `Too much data to load at once: ${files.length} files, ${mb(bytes)} MB (the limit is ${mb(MAX_FOLDER_BYTES)} MB); split the folder and query each part. plan validate has no such limit`,
      ),
    );
}
