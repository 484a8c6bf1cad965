// Holds every import in src/ to the picture of the layers drawn in src/README.md, read from the README itself.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/run-cli.js';

const src = path.join(repoRoot, 'src');

/**
 * The README's first fenced block: each line is a chain `a → b / c → d`. A folder may import the folders one arrow to
 * its right, and whatever those may import; folders that share a level (split by /) may not import one another.
 */
function readLayers(readme: string): Map<string, Set<string>> {
  const block = readme.match(/```\n([\s\S]*?)```/)?.[1] ?? '';
  const next = new Map<string, Set<string>>();
  for (const line of block.split('\n').filter((l) => l.includes('→'))) {
    const levels = line.split('→').map((level) => level.split('/').map((name) => name.trim()));
    levels.forEach((level, i) => {
      for (const name of level) {
        const below = next.get(name) ?? new Set<string>();
        for (const n of levels[i + 1] ?? []) below.add(n);
        next.set(name, below);
      }
    });
  }
  const reach = new Map<string, Set<string>>();
  const walk = (name: string, seen: Set<string>) => {
    for (const n of next.get(name) ?? [])
      if (!seen.has(n)) {
        seen.add(n);
        walk(n, seen);
      }
    return seen;
  };
  for (const name of next.keys()) reach.set(name, walk(name, new Set()));
  return reach;
}

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|js)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

/** Every relative import of a file (static, dynamic, re-export, type-only), as the src/ folder it lands in. */
function importedFolders(file: string): { specifier: string; folder: string | null }[] {
  const text = fs.readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']*)'/g)].map((m) => m[1] ?? '');
  return specifiers.map((specifier) => {
    const relative = path.relative(src, path.resolve(path.dirname(file), specifier));
    // Outside src/ (schemas/*.json read as data) is not a layer.
    return { specifier, folder: relative.startsWith('..') ? null : (relative.split(path.sep)[0] ?? null) };
  });
}

const folderOf = (file: string) => path.relative(src, file).split(path.sep)[0] ?? '';

describe('the layers of src/README.md', () => {
  const layers = readLayers(fs.readFileSync(path.join(src, 'README.md'), 'utf8'));

  it('reads a picture from the README that names every folder of src/', () => {
    const folders = fs
      .readdirSync(src, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    const drawn = new Set([...layers.keys(), ...[...layers.values()].flatMap((s) => [...s])]);
    expect(folders.filter((f) => !drawn.has(f))).toEqual([]);
    expect(layers.get('cli')?.has('render')).toBe(true);
    expect(layers.get('render')?.has('query')).toBe(false);
  });

  it('every import points down the picture or stays in its folder', () => {
    const wrong: string[] = [];
    for (const file of filesUnder(src)) {
      const from = folderOf(file);
      for (const { specifier, folder } of importedFolders(file)) {
        if (folder === null || folder === from) continue;
        if (!layers.get(from)?.has(folder)) wrong.push(`${path.relative(repoRoot, file)}: ${from} → ${specifier}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the reading itself: levels are siblings, arrows are followed through', () => {
    const toy = readLayers('```\na  →  b / c  →  d\ne  →  b\n```\n');
    expect([...(toy.get('a') ?? [])].sort()).toEqual(['b', 'c', 'd']);
    expect(toy.get('b')?.has('c')).toBe(false);
    expect([...(toy.get('e') ?? [])].sort()).toEqual(['b', 'd']);
    expect(toy.get('d')?.size).toBe(0);
  });
});
