// Sizes and widths at and past the documented limits, through the real binary: each ends promptly with an answer or a
// clear message, never a hang or an internal error (exit 3).

import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

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
