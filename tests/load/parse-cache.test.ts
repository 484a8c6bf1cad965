// The parse cache may only ever save time: an edited file is parsed afresh, and schema findings are never lost.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import { MAX_CACHE_ENTRIES, readCachedParse, writeCachedParse } from '../../src/load/parse-cache.js';
import { fixtureFolder, fixturesDir } from '../helpers/fixture-workspace.js';

it('serves a remembered parse only while the text is unchanged, and keeps schema findings', () => {
  const dir = fixtureFolder(path.join(fixturesDir, 'validate', 'unknown-key'));
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-cache-test-'));
  const load = () => loadWorkspace([dir], dir, { cacheDir });
  const first = load();
  expect(fs.readdirSync(cacheDir).length).toBeGreaterThan(0);
  const second = load();
  expect(second.findings).toEqual(first.findings);
  expect(second.findings.some((f) => f.messageId === 'unknownKeyNear')).toBe(true); // yaer: did you mean year?
  expect(second.plans.map((p) => p.title)).toEqual(first.plans.map((p) => p.title));

  const fresh = () => loadWorkspace([dir], dir);
  expect(second.plans.map((p) => p.title)).toEqual(fresh().plans.map((p) => p.title));
});

it('never remembers a file with a syntax error: it is explained afresh each run, and loads once mended', () => {
  const dir = fixtureFolder(path.join(fixturesDir, 'validate', 'yaml-syntax'));
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-cache-test-'));
  const load = () => loadWorkspace([dir], dir, { cacheDir });
  const syntax = (findings: { rule: string }[]) => findings.filter((f) => f.rule === 'yaml-syntax');
  const first = load();
  expect(syntax(first.findings)).toMatchObject([
    { messageId: 'MULTILINE_IMPLICIT_KEY', data: { reason: 'Implicit keys need to be on a single line' } },
  ]);
  expect(fs.readdirSync(cacheDir).some((f) => f.startsWith('alpha.plan.yaml'))).toBe(false);
  expect(load().findings).toEqual(first.findings);
  const file = path.join(dir, 'alpha.plan.yaml');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^ {2}broken: .*\n/m, ''));
  expect(syntax(load().findings)).toEqual([]);
  expect(load().plans.map((p) => p.id)).toContain('test-alpha');
});

it('parses an edited file afresh', () => {
  const dir = fixtureFolder(path.join(fixturesDir, 'base'), { base: false });
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-cache-test-'));
  const load = () => loadWorkspace([dir], dir, { cacheDir });
  const before = load().plans[0]?.title;
  const file = path.join(dir, 'alpha.plan.yaml');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: 改过的标题'));
  expect(before).not.toBe('改过的标题');
  expect(load().plans[0]?.title).toBe('改过的标题');
});

it('does not remember a value JSON cannot hold exactly (.inf), and still loads it the same', () => {
  const dir = fixtureFolder(path.join(fixturesDir, 'base'), { base: false });
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-cache-test-'));
  fs.writeFileSync(path.join(dir, 'odd.plan.yaml'), 'kind: plan\nyear: .inf\n');
  const load = () => loadWorkspace([dir], dir, { cacheDir });
  const first = load();
  expect(fs.readdirSync(cacheDir).some((f) => f.startsWith('odd.plan.yaml'))).toBe(false);
  expect(fs.readdirSync(cacheDir).some((f) => f.startsWith('alpha.plan.yaml'))).toBe(true);
  expect(load().findings).toEqual(first.findings);
});

it('falls back silently when the cache folder cannot be written', () => {
  const dir = fixtureFolder(path.join(fixturesDir, 'base'), { base: false });
  const blocker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plan-cache-test-')), 'file');
  fs.writeFileSync(blocker, 'not a folder');
  const load = () => loadWorkspace([dir], dir, { cacheDir: path.join(blocker, 'plan') });
  expect(load().plans.map((p) => p.title)).toEqual(loadWorkspace([dir], dir).plans.map((p) => p.title));
});

it('keeps the cache folder bounded: the least recently written entries go beyond MAX_CACHE_ENTRIES', () => {
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-cache-test-'));
  const file = (i: number) => `/data/folder-${i}/alpha.plan.yaml`;
  // Entries a second apart, an hour ago, so the order does not hang on the clock's resolution.
  const base = Date.now() / 1000 - 3600;
  const total = MAX_CACHE_ENTRIES + 20;
  for (let i = 0; i < total; i++) {
    const before = new Set(fs.readdirSync(cacheDir));
    writeCachedParse(cacheDir, file(i), `text ${i}`, { value: { i }, schemaValid: true });
    for (const name of fs.readdirSync(cacheDir).filter((n) => !before.has(n)))
      fs.utimesSync(path.join(cacheDir, name), base + i, base + i);
  }
  expect(fs.readdirSync(cacheDir)).toHaveLength(MAX_CACHE_ENTRIES);
  expect(readCachedParse(cacheDir, file(total - 1), `text ${total - 1}`)).toEqual({
    value: { i: total - 1 },
    schemaValid: true,
  });
  expect(
    readCachedParse(cacheDir, file(total - MAX_CACHE_ENTRIES), `text ${total - MAX_CACHE_ENTRIES}`),
  ).not.toBeNull();
  expect(
    readCachedParse(cacheDir, file(total - MAX_CACHE_ENTRIES - 1), `text ${total - MAX_CACHE_ENTRIES - 1}`),
  ).toBeNull();
  expect(readCachedParse(cacheDir, file(0), 'text 0')).toBeNull();
});
