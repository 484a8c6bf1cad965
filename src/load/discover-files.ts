// Expands the paths a user gave into YAML files, without following a directory symlink loop twice.

import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import { firstInvalidUtf8, UnreadableFileError } from './read-text.js';

export class MissingPathError extends Error {
  constructor(readonly target: string) {
    super(target);
  }
}

const YAML_FILE = /\.ya?ml$/i;

/**
 * What a link (or an entry the listing could not type) leads to; null for anything else. A YAML-named entry that
 * leads nowhere (missing target, loop, no permission) or to a pipe or device is unreadable, as a plain file or a pipe
 * given by name is: exit 2, never a silent skip.
 */
function kindBehind(file: string): 'file' | 'folder' | null {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    if (YAML_FILE.test(file))
      throw new UnreadableFileError(file, (error as NodeJS.ErrnoException).code ?? String(error));
    return null;
  }
  if (stat.isFile()) return 'file';
  if (stat.isDirectory()) return 'folder';
  if (YAML_FILE.test(file)) throw new UnreadableFileError(file, 'ENOTREG');
  return null;
}

/** A name's bytes with each byte that is not UTF-8 shown as `\xff`, so the file can be named and found. */
export function escapedName(bytes: Buffer): string {
  let shown = '';
  let rest = bytes;
  while (rest.length > 0) {
    const bad = firstInvalidUtf8(rest);
    shown += rest.subarray(0, bad).toString('utf8');
    if (bad >= rest.length) break;
    shown += `\\x${(rest[bad] as number).toString(16).padStart(2, '0')}`;
    rest = rest.subarray(bad + 1);
  }
  return shown;
}

function isFolder(file: Buffer): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Entries whose names are not UTF-8 cannot be opened by the name a string listing gives (its bytes become U+FFFD):
 * those worth reporting (YAML names, folders) are passed to `skip` by their escaped path, and left out of the listing.
 */
function withoutUndecodableNames(dir: string, entries: fs.Dirent[], skip?: (escaped: string) => void): fs.Dirent[] {
  if (!entries.some((entry) => entry.name.includes('\uFFFD'))) return entries;
  const raw = fs.readdirSync(dir, { encoding: 'buffer' });
  const decodable = new Set(raw.filter((name) => isUtf8(name)).map((name) => name.toString('utf8')));
  for (const name of raw) {
    if (isUtf8(name) || name[0] === 0x2e) continue; // a dot-file is skipped anyway
    const full = Buffer.concat([Buffer.from(dir + path.sep), name]);
    const worthNaming = YAML_FILE.test(name.toString('latin1')) || isFolder(full);
    if (worthNaming) skip?.(path.join(dir, escapedName(name)));
  }
  return entries.filter((entry) => !entry.name.includes('\uFFFD') || decodable.has(entry.name));
}

/**
 * Files in a stable order; directories are walked recursively (or only their own files with `recursive: false`),
 * skipping node_modules and dot-folders.
 */
export function discoverFiles(
  paths: string[],
  options: { recursive?: boolean; skipName?: (escaped: string) => void } = {},
): string[] {
  const recursive = options.recursive !== false;
  const files: string[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  // `real`: the file's real path when the caller knows it (a plain file in a folder whose real path is known).
  const addFile = (file: string, real = fs.realpathSync.native(file)) => {
    if (!seenFiles.has(real)) files.push(file);
    seenFiles.add(real);
  };
  const walk = (dir: string) => {
    let real: string;
    try {
      real = fs.realpathSync.native(dir);
    } catch {
      return;
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries: fs.Dirent[];
    try {
      entries = withoutUndecodableNames(dir, fs.readdirSync(dir, { withFileTypes: true }), options.skipName).sort(
        (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
      );
    } catch (error) {
      throw new UnreadableFileError(dir, (error as NodeJS.ErrnoException).code ?? String(error));
    }
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith('.') || name === 'node_modules') continue;
      const full = path.join(dir, name);
      // The listing already says what a plain file or folder is; only links (and odd file systems) need a stat.
      const kind = entry.isFile() ? 'file' : entry.isDirectory() ? 'folder' : kindBehind(full);
      if (kind === 'folder' && recursive) walk(full);
      else if (kind === 'file' && YAML_FILE.test(name))
        addFile(full, entry.isFile() ? path.join(real, name) : undefined);
    }
  };
  for (const given of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch {
      throw new MissingPathError(given);
    }
    if (stat.isDirectory()) walk(given);
    else if (stat.isFile()) addFile(given);
    else throw new UnreadableFileError(given, 'ENOTREG'); // a FIFO or device would block or never end
  }
  return files;
}

/** The folders among `given` that hold none of `files`: most likely a wrong path, which in CI would pass silently. */
export function foldersWithoutYaml(given: string[], files: string[]): string[] {
  const inside = (dir: string) => (dir.endsWith(path.sep) ? dir : dir + path.sep);
  return given.filter(
    (p) => fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() && !files.some((f) => f.startsWith(inside(p))),
  );
}
