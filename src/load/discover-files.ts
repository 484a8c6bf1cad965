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

/**
 * Files in a stable order; directories are walked recursively (or only their own files with `recursive: false`),
 * skipping node_modules and dot-folders.
 */
export function discoverFiles(paths: string[], options: { recursive?: boolean } = {}): string[] {
  const recursive = options.recursive !== false;
  const files: string[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  const addFile = (file: string) => {
    const real = fs.realpathSync.native(file);
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
    let names: string[];
    try {
      names = fs.readdirSync(dir).sort();
    } catch (error) {
      throw new UnreadableFileError(dir, (error as NodeJS.ErrnoException).code ?? String(error));
    }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const full = path.join(dir, name);
      let stat: fs.Stats;
      try {
        stat = fs.statSync(full);
      } catch {
        continue; // dangling symlink
      }
      if (stat.isDirectory()) {
        if (recursive) walk(full);
      } else if (stat.isFile() && YAML_FILE.test(name)) addFile(full);
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
  return given.filter((p) => fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() && !files.some((f) => f.startsWith(inside(p))));
}
