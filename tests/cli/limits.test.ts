// Sizes and widths at and past the documented limits, through the real binary: each ends promptly with an answer or a
// clear message, never a hang or an internal error (exit 3).

import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureFolder, fixturesDir } from '../helpers/fixture-workspace.js';
import { runCli } from '../helpers/run-cli.js';

const made: string[] = [];
/** A copy of the base fixtures in a temporary folder (removed after the tests), with some files replaced. */
function folderWith(files: Record<string, string>): string {
  const dir = fixtureFolder(path.join(fixturesDir, 'base'), { base: false });
  made.push(dir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});
const baseFile = (name: string) => fs.readFileSync(path.join(fixturesDir, 'base', name), 'utf8');

const STACK = /\n\s+at .+:\d+:\d+/;

describe('terminal width ($COLUMNS)', () => {
  // Every command that prints a table, on the shipped data.
  const tableCommands = [
    ['tasks', '--unit', '区商务局'],
    ['search', '消费'],
    ['stats'],
    ['units'],
    ['targets'],
    ['show', '黄州', '1'],
    ['diff', '黄州', '莲都'],
    ['check', '--names'],
    ['check', '--roster'],
  ];

  it.each(tableCommands)('%s ends with a table when COLUMNS is a fraction', (...args) => {
    const result = runCli(args, { env: { COLUMNS: '0.5' } });
    expect(result.code, result.stderr).not.toBeNull(); // null: killed by the timeout, i.e. it hung
    expect([0, 1]).toContain(result.code);
    expect(result.stdout).toContain('┌');
    expect(result.stderr).not.toMatch(STACK);
  });

  it.each(['1.5', '-3', '0', 'abc', ' ', '1e400'])('COLUMNS=%j counts as unset: the 120-column layout', (columns) => {
    const result = runCli(['tasks', '--unit', '区商务局'], { env: { COLUMNS: columns } });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(runCli(['tasks', '--unit', '区商务局'], { env: { COLUMNS: '120' } }).stdout);
  });

  it('a width past any terminal is held to 1000 columns, a tiny one widened to 20', () => {
    const huge = runCli(['tasks', '--unit', '区商务局'], { env: { COLUMNS: '1000000000' } });
    expect(huge.code, huge.stderr).toBe(0);
    expect(huge.stdout).toBe(runCli(['tasks', '--unit', '区商务局'], { env: { COLUMNS: '1000' } }).stdout);
    const tiny = runCli(['tasks', '--unit', '区商务局'], { env: { COLUMNS: '3' } });
    expect(tiny.code, tiny.stderr).toBe(0);
    expect(tiny.stdout).toBe(runCli(['tasks', '--unit', '区商务局'], { env: { COLUMNS: '20' } }).stdout);
  });
});

// Spreading a list into a call (push(...list), Math.max(...list)) puts every element on the stack: past ~120,000 it
// overflowed, and every command ended in an internal error.
describe('lists longer than the stack (130,000 domains, a clause naming 140,000 units)', () => {
  const manyDomains = () => {
    const lines = [baseFile('domains.yaml').trimEnd()];
    for (let i = 0; i < 130_000; i++) lines.push(`  - id: area-${i}`, `    name: 领域${i}`);
    return folderWith({ 'domains.yaml': `${lines.join('\n')}\n` });
  };

  it('every command reads a domains file of 130,000 entries', () => {
    const dir = manyDomains();
    for (const args of [
      ['validate', dir],
      ['check', '--data', dir],
      ['stats', '--data', dir],
      ['tasks', '--data', dir, '--unit', '区商务局'],
    ]) {
      const result = runCli(args);
      expect(result.stderr, args.join(' ')).not.toContain('内部错误');
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
    }
  }, 60_000);

  it('fmt --check shows the diff of a file whose 130,000 lines all change (one hunk, not a stack overflow)', () => {
    const dir = folderWith({ 'list.yaml': `kind: domains\ndomains:\n${'   - 1\n'.repeat(130_000)}` });
    const result = runCli(['fmt', '--check', path.join(dir, 'list.yaml')]);
    expect(result.stderr).not.toContain('内部错误');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('@@ -1,130002 +1,130002 @@');
    expect(result.stdout.match(/^- {3}- 1$/gm)?.length).toBe(130_000);
  }, 60_000);

  it('a table cell of 400,000 names wraps to more lines than a call takes as arguments', () => {
    const names = `区教育局, ${Array.from({ length: 400_000 }, () => '区商务局').join(', ')}`;
    const dir = folderWith({
      'alpha.plan.yaml': baseFile('alpha.plan.yaml').replace('units: [ 区教育局 ]', `units: [ ${names} ]`),
    });
    const result = runCli(['tasks', '--data', dir, '--unit', '区教育局'], { env: { COLUMNS: '100' } });
    expect(result.stderr).not.toContain('内部错误');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').length).toBeGreaterThan(130_000);
  }, 60_000);

  it('a clause naming 140,000 units off the roster gets a finding for each, in the batched and the whole-folder paths', () => {
    const names = Array.from({ length: 140_000 }, (_, i) => `单位${i}`);
    const plan = baseFile('alpha.plan.yaml').replace('units: [ 区教育局 ]', `units: [ ${names.join(', ')} ]`);
    const dir = folderWith({ 'alpha.plan.yaml': plan });
    const validate = runCli(['validate', dir, '--format', 'github']);
    expect(validate.stderr).not.toContain('内部错误');
    expect(validate.code).toBe(1);
    expect(validate.stdout.match(/title=unknown-unit::/g)?.length).toBe(140_000);
    expect(validate.stdout).toContain('责任单位“单位139999”不在名单');
    const tasks = runCli(['tasks', '--data', dir, '--unit', '区教育局', '--format', 'json', '--partial']);
    expect(tasks.stderr).not.toContain('内部错误');
    expect(tasks.code).toBe(0);
    // Each name off the roster used to be counted in a pass of its own over every clause: minutes for 140,000.
    const units = runCli(['units', '--data', dir, '--format', 'json', '--partial']);
    expect(units.code, units.stderr).toBe(0);
    expect(units.stderr).toContain('计划中有 140000 个责任单位名称既不在名单上也未登记(单位0、单位1、');
    expect(units.stderr).toContain('单位9 等(另有 139990 个)');
    expect(runCli(['stats', '--data', dir, '--partial']).code).toBe(0);
  }, 120_000);
});

// Edit distance over unbounded names took a minute (validate, a 9.5-million-character name) or four (tasks --unit,
// 40,000 characters against 200,000): names over the limit are refused, and suggestions only compare what can be near.
describe('unit names past the 200-character limit', () => {
  const withUnit = (name: string) =>
    folderWith({ 'alpha.plan.yaml': baseFile('alpha.plan.yaml').replace('units: [ 区教育局 ]', `units: [ ${name} ]`) });

  it('validate refuses a 9.5-million-character name with a finding at its place, quoting only its start', () => {
    const dir = withUnit('a'.repeat(9_500_000));
    const result = runCli(['validate', dir]);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toMatch(
      /alpha\.plan\.yaml\n {2}26:26 {2}错误 {2}责任单位名称“a{20}…”有 9500000 个字符,超过上限 200 个.*unit-name-too-long/,
    );
    expect(result.stdout).not.toContain('unknown-unit');
    expect(result.stdout.length).toBeLessThan(2000);
  });

  it('a name of exactly 200 characters is a name like any other (here: not on the roster, with no suggestion)', () => {
    const result = runCli(['validate', withUnit('区'.repeat(200)), '--format', 'json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).map((f: { rule: string }) => f.rule)).toEqual(['unknown-unit']);
  });

  it('tasks --unit with a 40,000-character query exits 2 at once; the stderr note cuts a 200,000-character name', () => {
    const dir = withUnit('区'.repeat(200_000));
    const result = runCli(['tasks', '--data', dir, '--unit', '商'.repeat(40_000)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--unit 的单位名称最长 200 个字符,收到的有 40000 个字符');
    expect(result.stderr).toContain(`(${'区'.repeat(20)}…)`);
    expect(result.stderr.length).toBeLessThan(2000);
    // A query within the limit is still compared with the plans' names, the long one skipped by its length alone.
    const near = runCli(['tasks', '--data', dir, '--unit', '区商务厅']);
    expect(near.code).toBe(2);
    expect(near.stderr).toContain('是否要找:区商务局');
  });
});

// fmt took 28 s and 1.9 GB on a 10 MB file: past 1 MB it refuses the file (exit 1, as for its other refusals).
describe('fmt on a file over 1 MB', () => {
  it('refuses it with the size and the limit, and leaves it as it was, even with --write', () => {
    const clause = '              - text: 组织学生开展红色实践教育。\n                units: [ 区教育局 ]\n';
    const plan = baseFile('alpha.plan.yaml').replace(clause, clause.repeat(Math.ceil((1024 * 1024) / clause.length)));
    const dir = folderWith({ 'alpha.plan.yaml': `${plan}\n\n` }); // trailing blank lines: not formatted
    const file = path.join(dir, 'alpha.plan.yaml');
    const before = fs.readFileSync(file);
    expect(before.length).toBeGreaterThan(1024 * 1024);
    for (const mode of ['--check', '--write']) {
      const result = runCli(['fmt', mode, file]);
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr).toMatch(
        /alpha\.plan\.yaml: 文件过大\(\d\.\d MB,plan fmt 只整理不超过 1 MB 的文件\),未整理/,
      );
      expect(result.stdout).toBe('');
      expect(fs.readFileSync(file).equals(before)).toBe(true);
    }
  });
});
