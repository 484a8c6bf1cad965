// The query output formats through the real binary: every command takes the same list, lists it in its help, and
// refuses any other format with exit 2 and the list, never falling back to a table.

import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const commands = [
  ['tasks', '--unit', '区商务局'],
  ['search', '消费'],
  ['show', '黄州', '10'],
  ['targets'],
  ['leaders'],
  ['stats'],
  ['units'],
  ['diff', '黄州', '莲都'],
  ['check', '--names'],
];

describe('--format of the query commands', () => {
  it.each(commands)('%s refuses an unknown format with exit 2, listing the formats', (...argv) => {
    const result = runCli([...argv, '--format', 'html']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'plan: --format 只能是 table、json、csv、md(收到 “html”)\n',
    });
  });

  it('says so in English too', () => {
    const result = runCli(['tasks', '--format', 'TABLE', '--lang', 'en']);
    expect([result.code, result.stderr]).toEqual([
      2,
      'plan: --format must be one of table, json, csv, md (got "TABLE")\n',
    ]);
  });

  it.each(commands.filter(([name]) => name !== 'check'))('%s lists the formats in its help', (name) => {
    expect(runCli([name ?? '', '--help']).stdout).toContain('-f, --format <format>  table | json | csv | md');
  });

  it('prints each listed format as itself', () => {
    const out = (format: string) => runCli(['tasks', '--unit', '区商务局', '--format', format]).stdout;
    expect(out('table')).toContain('┌');
    const json = JSON.parse(out('json'));
    expect(json.count).toBeGreaterThan(0);
    expect(json.tasks).toHaveLength(json.count);
    expect(out('csv').split('\r\n')[0]).toBe('\ufeff计划,条目,编号,任务内容,责任单位,关系,量化指标');
    expect(out('md')).toContain('| 计划 | 条目 | 编号 | 任务内容 | 责任单位 | 关系 | 量化指标 |');
  });
});
