// Expands the paths a user gave into YAML files, without following a directory symlink loop twice.

import fs from 'node:fs';
import path from 'node:path';
import { UnreadableFileError } from './read-text.js';

export class MissingPathError extends Error {
  constructor(readonly target: string) {
    super(target);
  }
}

const YAML_FILE = /\.ya?ml$/i;

/** What a link (or an entry the listing could not type) leads to; null for a dangling link or anything else. */
function kindBehind(file: string): 'file' | 'folder' | null {
  try {
    const stat = fs.statSync(file);
    return stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : null;
  } catch {
    return null; // a dangling link or a link loop
  }
}

/**
 * Files in a stable order; directories are walked recursively (or only their own files with `recursive: false`),
 * skipping node_modules and dot-folders.
 */
export function discoverFiles(paths: string[], options: { recursive?: boolean } = {}): string[] {
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
      entries = fs
        .readdirSync(dir, { withFileTypes: true })
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
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
