// Remembers the parsed value (and whether it matched its schema) of small data folders' files between runs (issue #6: parsing two 22 KB plans cold is
// most of a command's time). One entry per file path, kept only while the file's text is exactly the same.

// Stored as JSON, not with node:v8's serializer: loading node:v8 costs ~2.5 ms of every run (it pulls in streams).
// Parsed YAML here is plain JSON data, except for .inf/.nan and the like, which are simply not remembered.

import fs from 'node:fs';
import path from 'node:path';

declare const PLAN_BUILD_ID: string | undefined;

/** Entries from another build are ignored: the parser, its options or the schemas may have changed. */
const FORMAT = `3:${typeof PLAN_BUILD_ID === 'string' ? PLAN_BUILD_ID : 'dev'}`;

export interface CachedParse {
  value: unknown;
  /** The value matched its JSON Schema (with this build's schemas). */
  schemaValid: boolean;
}

interface Entry extends CachedParse {
  format: string;
  absolute: string;
  text: string;
}

/** FNV-1a: a short, stable file name for a path; the entry itself records the path, so a collision is only a miss. */
function entryName(absolute: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < absolute.length; i++) hash = Math.imul(hash ^ absolute.charCodeAt(i), 0x01000193) >>> 0;
  return `${path.basename(absolute).replace(/[^\w.-]/g, '_')}-${hash.toString(16)}.json`;
}

export function readCachedParse(dir: string, absolute: string, text: string): CachedParse | null {
  try {
    const entry = JSON.parse(fs.readFileSync(path.join(dir, entryName(absolute)), 'utf8')) as Entry;
    return entry.format === FORMAT && entry.absolute === absolute && entry.text === text
      ? { value: entry.value, schemaValid: entry.schemaValid }
      : null;
  } catch {
    return null;
  }
}

/** JSON text of the entry, or null when JSON would not give the same value back (non-finite numbers, undefined, cycles). */
function exactJson(entry: Entry): string | null {
  let exact = true;
  try {
    const json = JSON.stringify(entry, (_key, value: unknown) => {
      if (value === undefined || (typeof value === 'number' && !Number.isFinite(value))) exact = false;
      return value;
    });
    return exact ? json : null;
  } catch {
    return null; // a value JSON cannot hold at all
  }
}

/** Best effort: a read-only or missing home only means no cache. */
export function writeCachedParse(dir: string, absolute: string, text: string, parsed: CachedParse): void {
  const json = exactJson({ format: FORMAT, absolute, text, ...parsed });
  if (json === null) return;
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const file = path.join(dir, entryName(absolute));
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, json);
    fs.renameSync(temporary, file);
    pruneCache(dir);
  } catch {
    // no cache this time
  }
}

/** At most this many entries are kept: a few data folders' worth, however many folders plan has been run on. */
export const MAX_CACHE_ENTRIES = 200;

/**
 * Removes the least recently written entries beyond MAX_CACHE_ENTRIES (and leftovers of interrupted writes), so the
 * folder cannot grow without end. Runs only after a write, which already means a fresh parse: hits stay cheap.
 */
function pruneCache(dir: string): void {
  const names = fs.readdirSync(dir);
  if (names.length <= MAX_CACHE_ENTRIES) return;
  const byAge = names
    .map((name) => {
      try {
        return { name, written: fs.statSync(path.join(dir, name)).mtimeMs };
      } catch {
        return null; // removed meanwhile by another run
      }
    })
    .filter((e) => e !== null)
    .sort((a, b) => b.written - a.written);
  for (const { name } of byAge.slice(MAX_CACHE_ENTRIES)) fs.rmSync(path.join(dir, name), { force: true });
}
