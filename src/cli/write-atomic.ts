// Writes files in one step: a temporary file beside the target, flushed to disk, then renamed, so neither a crash nor
// a power cut leaves half a file; every failure becomes an UnwritableFileError naming the path (exit 2).

import fs from 'node:fs';
import path from 'node:path';

export class UnwritableFileError extends Error {
  constructor(
    readonly file: string,
    /** The system's error code (EACCES, EROFS, ENOTDIR…), worded for the reader by run(). */
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

const codeOf = (error: unknown) => (error instanceof Error && 'code' in error ? String(error.code) : String(error));

/**
 * `mkdir -p`, one level at a time: Node's recursive mkdir never returns for a path under /proc (it retries the
 * parent forever), and a level at a time also names the exact level that could not be made.
 */
export function makeFolder(dir: string): void {
  const missing: string[] = [];
  let current = path.resolve(dir);
  while (!fs.existsSync(current)) {
    missing.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  if (!fs.statSync(current, { throwIfNoEntry: false })?.isDirectory()) throw new UnwritableFileError(dir, 'ENOTDIR');
  for (const level of missing) {
    try {
      fs.mkdirSync(level);
    } catch (error) {
      throw new UnwritableFileError(level, codeOf(error));
    }
  }
}

/** Replaces (or creates) a file; an existing file keeps its mode, and a symbolic link stays a link to the file replaced. */
export function writeFileAtomic(file: string, text: string): void {
  const existing = fs.statSync(file, { throwIfNoEntry: false });
  if (existing?.isDirectory()) throw new UnwritableFileError(file, 'EISDIR');
  let target = file;
  try {
    if (existing) target = fs.realpathSync(file);
  } catch (error) {
    throw new UnwritableFileError(file, codeOf(error));
  }
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    const fd = fs.openSync(temp, 'w', existing ? existing.mode & 0o7777 : 0o666);
    try {
      // The umask may have narrowed the mode given to open: a rewritten file keeps exactly the mode it had.
      if (existing) fs.fchmodSync(fd, existing.mode & 0o7777);
      fs.writeFileSync(fd, text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw new UnwritableFileError(file, codeOf(error));
  }
}
