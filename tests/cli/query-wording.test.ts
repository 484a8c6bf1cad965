// Query output that read wrong to a newcomer: a plan's name as a search word, an item with no clause, the label of a
// second name, and units without a total or a way to sort by it.

import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const csvRows = (csv: string) =>
  csv
    .replace(/^\ufeff/, '')
    .trimEnd()
    .split('\r\n')
    .slice(1);

describe('plan search with a plan’s name among the words', () => {
  it('searches for it as text, says so and how to pick the plan instead', () => {
    const asText = runCli(['search', '消费', '黄州', '--format', 'csv']);
    expect(asText.code).toBe(0);
    expect(asText.stderr).toBe(
      '注意:“黄州”按文字查找(只列出含“黄州”的条目和条文);只在黄州计划中查找请用 --plan 黄州\n',
    );
    const inPlan = runCli(['search', '消费', '--plan', '黄州', '--format', 'csv']);
    expect(inPlan.stderr).toBe('');
    expect(csvRows(inPlan.stdout).length).toBeGreaterThan(csvRows(asText.stdout).length);
    for (const row of csvRows(inPlan.stdout)) expect(row).toMatch(/^黄州,/);
  });
});

describe('plan show of an item that is only a paragraph', () => {
  it('says it names no units, instead of “共 0 条条文” under its text', () => {
    const result = runCli(['show', '黄州', '(一)', '--format', 'md']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('各部门各单位要提高站位');
    expect(result.stdout).not.toContain('共 0 条条文');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(
      '本条目原文为一段文字,没有〔责任单位〕括注,因此不含任务条文',
    );
    expect(runCli(['show', '黄州', '12']).stdout).toContain('共 1 条条文');
  });
});

describe('the match label of a second name in brackets', () => {
  it('reads 括号内另一名称, as check --names calls it; an alias still reads 别名', () => {
    const second = runCli(['tasks', '--unit', '区委统战部', '--plan', '黄州', '--item', '40', '--format', 'csv']);
    expect(second.stdout).toContain(',区民宗局,括号内另一名称(区民宗局),');
    expect(runCli(['check', '--names', '--format', 'csv']).stdout).toMatch(/^区民宗局,括号内另一名称,区委统战部,/m);
    const alias = runCli(['tasks', '--unit', '区气象局', '--plan', '黄州', '--item', '35', '--format', 'csv']);
    expect(alias.stdout).toContain(',区气象局,别名(区气象局),');
    const en = runCli([
      'tasks',
      '--unit',
      '区委统战部',
      '--item',
      '40',
      '--plan',
      '黄州',
      '--format',
      'csv',
      '--lang',
      'en',
    ]);
    expect(en.stdout).toContain(',second name (区民宗局),');
  });
});

describe('plan units', () => {
  it('has a 合计 column (direct plus group) and --sort total puts the units with most clauses first', () => {
    const result = runCli(['units', '--sort', 'total', '--format', 'csv']);
    expect(result.code).toBe(0);
    const [header = '', ...rows] = result.stdout
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    const columns = header.split(',');
    expect(columns.slice(-3)).toEqual(['合计', '全体(无括注)', '可能']);
    const cells = rows.map((r) => r.split(','));
    for (const c of cells) {
      const counts = c.slice(3, -3).map(Number);
      expect(Number(c.at(-3))).toBe(counts.reduce((a, b) => a + b, 0));
    }
    const totals = cells.map((c) => Number(c.at(-3)));
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(cells[0]?.[1]).toBe('区商务局');
    // 区商务局's 合计, 全体(无括注) and 可能 add up to its rows in plan tasks.
    const tasks = csvRows(runCli(['tasks', '--unit', '区商务局', '--format', 'csv']).stdout);
    expect(cells[0]?.slice(-3).reduce((n, x) => n + Number(x), 0)).toBe(tasks.length);
    expect(runCli(['units', '--sort', 'size']).code).toBe(2);
  });
});
