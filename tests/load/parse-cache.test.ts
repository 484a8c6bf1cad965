// The parse cache may only ever save time: an edited file is parsed afresh, and schema findings are never lost.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import { fixtureFolder, fixturesDir } from '../helpers/fixture-workspace.js';

it('serves a remembered parse only while the text is unchanged, and keeps schema findings', () => {
  const dir = fixtureFolder(path.join(fixturesDir, 'validate', 'unknown-key'));
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-cache-test-'));
  const load = () => loadWorkspace([dir], dir, { cacheDir });
  const first = load();
  expect(fs.readdirSync(cacheDir).length).toBeGreaterThan(0);
  const second = load();
  expect(second.findings).toEqual(first.findings);
  expect(second.findings.some((f) => f.messageId === 'unknownKey')).toBe(true);
  expect(second.plans.map((p) => p.title)).toEqual(first.plans.map((p) => p.title));

  const fresh = () => loadWorkspace([dir], dir);
  expect(second.plans.map((p) => p.title)).toEqual(fresh().plans.map((p) => p.title));
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
