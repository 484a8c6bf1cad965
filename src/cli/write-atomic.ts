// Writes files in one step: a temporary file beside the target, flushed to disk, then renamed, so neither a crash nor
// a power cut leaves half a file; every failure or refusal becomes an UnwritableFileError naming the path (exit 2).

import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export class UnwritableFileError extends Error {
  constructor(
    readonly file: string,
    /**
     * The system's error code (EACCES, EROFS, ENOTDIR…), or one of the writer's own refusals (ESYMLINK, EREADONLY,
     * ECHANGED, EOWNER), worded for the reader by run().
     */
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

export interface WriteOptions {
  /** The bytes the new text was made from: if the file no longer holds exactly them (edited meanwhile), it is not replaced. */
  replacing?: Buffer;
}

/** The existing file, as lstat sees it; refusals for what must not be replaced (a link, a folder, a read-only file). */
function existingFile(file: string): fs.Stats | undefined {
  let existing: fs.Stats | undefined;
  try {
    existing = fs.lstatSync(file, { throwIfNoEntry: false });
  } catch (error) {
    throw new UnwritableFileError(file, codeOf(error));
  }
  if (!existing) return undefined;
  // Writing through a link would change a file outside the folder the user named; replacing it would drop the link.
  if (existing.isSymbolicLink()) throw new UnwritableFileError(file, 'ESYMLINK');
  if (existing.isDirectory()) throw new UnwritableFileError(file, 'EISDIR');
  if (!existing.isFile()) throw new UnwritableFileError(file, 'ENOTREG');
  // Root may write anything, so the mode bits decide: a file no one may write is read-only for plan too.
  if ((existing.mode & 0o222) === 0) throw new UnwritableFileError(file, 'EREADONLY');
  try {
    fs.accessSync(file, fs.constants.W_OK);
  } catch (error) {
    throw new UnwritableFileError(file, codeOf(error));
  }
  return existing;
}

const EXCLUSIVE = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_NOFOLLOW;

/**
 * A new temporary file beside the target with a random name, created exclusively and never through a link: whatever
 * someone planted at a name (a link, a folder) is left alone and another name is tried.
 */
function createTemp(target: string, mode: number): { temp: string; fd: number } {
  for (let attempt = 0; ; attempt++) {
    const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(8).toString('hex')}.tmp`);
    try {
      return { temp, fd: fs.openSync(temp, EXCLUSIVE, mode) };
    } catch (error) {
      const code = codeOf(error);
      if ((code !== 'EEXIST' && code !== 'ELOOP' && code !== 'EISDIR') || attempt >= 8)
        throw new UnwritableFileError(target, code);
    }
  }
}

/** Refuses the rename if the file changed after it was read (size, time, inode or bytes): an edit made meanwhile is kept. */
function checkUnchanged(file: string, existing: fs.Stats | undefined, replacing: Buffer): void {
  let same = false;
  try {
    const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
    try {
      const now = fs.fstatSync(fd);
      // Compared before reading: something else put there (a pipe) is never read.
      same =
        existing !== undefined &&
        now.isFile() &&
        now.ino === existing.ino &&
        now.dev === existing.dev &&
        now.size === existing.size &&
        now.mtimeMs === existing.mtimeMs &&
        fs.readFileSync(fd).equals(replacing);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    const code = codeOf(error);
    if (code === 'ELOOP') throw new UnwritableFileError(file, 'ESYMLINK');
    if (code !== 'ENOENT') throw new UnwritableFileError(file, code);
  }
  if (!same) throw new UnwritableFileError(file, 'ECHANGED');
}

/**
 * Replaces (or creates) a file, never through a symbolic link; an existing file keeps its mode, owner and group, and a
 * read-only one (no write bit for anyone) is refused.
 */
export function writeFileAtomic(file: string, text: string, options: WriteOptions = {}): void {
  const existing = existingFile(file);
  const mode = existing ? existing.mode & 0o7777 : 0o666;
  const { temp, fd } = createTemp(file, mode);
  try {
    try {
      if (existing) {
        // Run as root on a colleague's file, the new file would otherwise belong to root and lock its owner out.
        const made = fs.fstatSync(fd);
        if (made.uid !== existing.uid || made.gid !== existing.gid) {
          try {
            fs.fchownSync(fd, existing.uid, existing.gid);
          } catch {
            throw new UnwritableFileError(file, 'EOWNER');
          }
        }
        // The umask may have narrowed the mode given to open: a rewritten file keeps exactly the mode it had.
        fs.fchmodSync(fd, mode);
      }
      fs.writeFileSync(fd, text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (options.replacing) checkUnchanged(file, existing, options.replacing);
    fs.renameSync(temp, file);
  } catch (error) {
    try {
      fs.unlinkSync(temp); // ours: created exclusively above, so removing it removes nothing anyone else made
    } catch {}
    throw error instanceof UnwritableFileError ? error : new UnwritableFileError(file, codeOf(error));
  }
}
