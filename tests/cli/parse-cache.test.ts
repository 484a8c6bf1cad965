// The parse cache through the binary: PLAN_CACHE=off leaves nothing behind, and an unusable cache folder changes nothing.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { fixtureFolder, fixturesDir } from '../helpers/fixture-workspace.js';
import { runCli } from '../helpers/run-cli.js';

it('writes nothing with PLAN_CACHE=off, and falls back silently when the cache folder cannot be created', () => {
  const dir = fixtureFolder(path.join(fixturesDir, 'validate', 'unknown-unit'));
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-cache-home-'));
  const off = runCli(['validate', dir], { env: { XDG_CACHE_HOME: home, PLAN_CACHE: 'off' } });
  expect(fs.readdirSync(home)).toEqual([]);

  const blocked = path.join(home, 'not-a-folder');
  fs.writeFileSync(blocked, '');
  const unusable = runCli(['validate', dir], { env: { XDG_CACHE_HOME: blocked } });
  const used = runCli(['validate', dir], { env: { XDG_CACHE_HOME: home } });
  const again = runCli(['validate', dir], { env: { XDG_CACHE_HOME: home } });
  expect(fs.readdirSync(path.join(home, 'plan')).length).toBeGreaterThan(0);
  for (const result of [unusable, used, again]) expect(result).toEqual(off);
  expect(off.code).toBe(1);
  expect(off.stdout).toContain('unknown-unit');
});
