// The built bundle (npm test builds first): bin/load-bundle.js reads it as latin1, which is exact only for pure ASCII.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';

it('dist/plan.cjs is pure ASCII, so the latin1 read gives back every Chinese character of messages and patterns', () => {
  const bytes = fs.readFileSync(path.join(repoRoot, 'dist', 'plan.cjs'));
  expect(bytes.findIndex((b) => b > 0x7f)).toBe(-1);
  // A normaliser regular expression with full-width characters still works through the escaped bundle: （ ） fold.
  const result = runCli(['tasks', '--unit', '区财政局（区国资中心）', '--format', 'csv']);
  expect(result.code, result.stderr).toBe(0);
  expect(result.stdout).toContain('区财政局');
});

it('common commands load none of the Node built-ins that cost start-up time and that they do not use', () => {
  // Each of these was loaded on every run at some point (through commander, chalk, os.homedir, createRequire…), each
  // costing 0.3–5 ms of start-up; they are now loaded only when a command needs them.
  const costly = [
    'os',
    'module',
    'tty',
    'net',
    'child_process',
    'v8',
    'worker_threads',
    'crypto',
    'perf_hooks',
    'readline',
  ];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-builtins-'));
  const hook = path.join(dir, 'hook.cjs');
  const out = path.join(dir, 'loaded.txt');
  fs.writeFileSync(
    hook,
    `const before = new Set(process.moduleLoadList);\nprocess.on('exit', () => require('fs').writeFileSync(${JSON.stringify(out)}, process.moduleLoadList.filter((m) => !before.has(m)).join('\\n')));\n`,
  );
  for (const argv of [
    ['tasks', '--unit', '区商务局'],
    ['validate', 'data'],
    ['check'],
    ['units'],
    ['diff', '黄州', '莲都'],
  ]) {
    fs.rmSync(out, { force: true });
    const result = runCli(argv, { env: { NODE_OPTIONS: `--require ${hook}` } });
    expect(result.code, result.stderr).toBe(0);
    const loaded = fs
      .readFileSync(out, 'utf8')
      .split('\n')
      .map((m) => m.replace(/^NativeModule /, ''));
    expect(loaded, argv.join(' ')).toContain('vm'); // the hook saw the bundle being loaded
    expect(
      loaded.filter((m) => costly.includes(m)),
      argv.join(' '),
    ).toEqual([]);
  }
  fs.rmSync(dir, { recursive: true, force: true });
});
