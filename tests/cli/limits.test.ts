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
  }, 120_000);
});
