// What `npm pack` ships (README “Install as a command”): the tarball alone, unpacked with no node_modules, is a working
// `plan`; and every dependency with an install script has a decision in package.json's allowScripts.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot } from '../helpers/run-cli.js';

const npm = (args: string[], cwd = repoRoot) => spawnSync('npm', args, { cwd, encoding: 'utf8', timeout: 60_000 });

it('the packed tarball holds the built CLI, the data and the schemas, and runs from anywhere without node_modules', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-pack-'));
  // --ignore-scripts: pack what npm test has built; rebuilding dist/ here would race the other test files using it.
  const packed = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work]);
  expect(packed.status, packed.stderr).toBe(0);
  const [pack] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  const filename = pack?.filename ?? '';
  const paths = (pack?.files ?? []).map((f) => f.path);
  expect(paths).toEqual(
    expect.arrayContaining([
      'bin/plan.js',
      'dist/plan.cjs',
      'data/roster-2023.roster.yaml',
      'schemas/plan.schema.json',
    ]),
  );
  expect(paths.filter((p) => /^(src|tests|scripts)\//.test(p))).toEqual([]);

  expect(spawnSync('tar', ['-xzf', path.join(work, filename), '-C', work]).status).toBe(0);
  const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-elsewhere-'));
  const run = spawnSync(
    process.execPath,
    [path.join(work, 'package', 'bin', 'plan.js'), 'tasks', '--unit', '区商务局'],
    {
      cwd: elsewhere,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', LANG: 'zh_CN.UTF-8' },
    },
  );
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toContain('区商务局 的任务');
});

it('every package in the lockfile with an install script is approved or denied in allowScripts', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const lock = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8'));
  const withScripts = Object.entries(lock.packages as Record<string, { hasInstallScript?: boolean }>)
    .filter(([, p]) => p.hasInstallScript)
    .map(([where]) => where.replace(/^.*node_modules\//, ''));
  expect(withScripts.length).toBeGreaterThan(0);
  for (const name of withScripts) expect(Object.keys(manifest.allowScripts ?? {}), name).toContain(name);
});
