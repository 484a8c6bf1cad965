// An answer from data that did not all load exits 1 and says so in the output itself, unless --partial asks for it.

import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { shippedDataCopy } from '../helpers/shipped-data-copy.js';

const brokenPlan = () =>
  shippedDataCopy((text, name) =>
    name === 'huangzhou-2023.plan.yaml' ? text.replace('parts:', 'parts: [ unclosed') : text,
  );
const brokenRoster = () =>
  shippedDataCopy((text, name) => (name === 'roster-2023.roster.yaml' ? text.replace('lists:', 'lists: {') : text));
const leftOut = '注意:1 个数据文件有错误,未计入结果';

/** CSV records (no quoted line breaks in these answers' notes), BOM and final CRLF removed. */
const csvLines = (csv: string) =>
  csv
    .replace(/^\ufeff/, '')
    .trimEnd()
    .split('\r\n');

describe('a query over data with one plan file that does not parse', () => {
  it('exits 1, and the CSV ends with a row saying what was left out, with as many cells as the header', () => {
    const full = csvLines(runCli(['tasks', '--unit', '区商务局', '--format', 'csv']).stdout);
    const result = runCli(['tasks', '--data', brokenPlan(), '--unit', '区商务局', '--format', 'csv']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('结果不完整,以退出码 1 结束;只要已载入部分的结果,请加 --partial。');
    const lines = csvLines(result.stdout);
    expect(lines[0]).toBe(full[0]);
    const last = lines.at(-1) ?? '';
    expect(last).toMatch(
      new RegExp(`^"${leftOut}\\(.*huangzhou-2023\\.plan\\.yaml\\)。请运行 plan validate 查看。",,,,,,$`),
    );
    expect(full[0]?.split(',')).toHaveLength(7); // the note row above: one quoted cell and six empty ones
    const rows = lines.slice(1, -1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(full.length - 1);
    for (const row of rows) expect(row).toMatch(/^莲都,/);
  });

  it('--partial exits 0 with the same output: the note stays in the answer', () => {
    const dir = brokenPlan();
    const strict = runCli(['tasks', '--data', dir, '--unit', '区商务局', '--format', 'csv']);
    const partial = runCli(['tasks', '--data', dir, '--unit', '区商务局', '--format', 'csv', '--partial']);
    expect(partial.code).toBe(0);
    expect(partial.stdout).toBe(strict.stdout);
    expect(partial.stderr).toContain(leftOut);
    expect(partial.stderr).not.toContain('--partial');
  });

  it('JSON carries an incomplete list; Markdown a quote above the table; a clean answer neither', () => {
    const dir = brokenPlan();
    const json = runCli(['targets', '--data', dir, '--format', 'json']);
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.incomplete).toEqual([expect.stringContaining(leftOut)]);
    expect(parsed.targets.length).toBeGreaterThan(0);
    const md = runCli(['search', '消费', '--data', dir, '--format', 'md', '--lang', 'en']);
    expect(md.code).toBe(1);
    expect(md.stdout).toMatch(
      /^> Note: 1 data file\(s\) have errors and were left out \(.*huangzhou-2023\.plan\.yaml\)/,
    );
    const clean = runCli(['targets', '--format', 'json']);
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.stdout)).not.toHaveProperty('incomplete');
  });

  it('diff prints the note once, above its first table (here: a config file that does not parse)', () => {
    const broken = shippedDataCopy((text, name) => (name === 'plan.config.yaml' ? 'rules: [' : text));
    const result = runCli(['diff', '黄州', '莲都', '--data', broken, '--format', 'md']);
    expect(result.code).toBe(1);
    expect(result.stdout.match(/^> 注意/gm)).toHaveLength(1);
    expect(result.stdout.startsWith('> 注意')).toBe(true);
  });
});

describe('a query over data whose roster does not parse', () => {
  it('exits 1: every group-derived row is missing from the answer', () => {
    const result = runCli(['tasks', '--data', brokenRoster(), '--unit', '区商务局', '--format', 'json']);
    expect(result.code).toBe(1);
    const parsed = JSON.parse(result.stdout);
    expect(parsed.incomplete).toEqual([
      expect.stringContaining(leftOut),
      expect.stringContaining('的名单未能载入,其责任单位无法与名单对应,结果不完整'),
    ]);
    expect(runCli(['tasks', '--data', brokenRoster(), '--unit', '区商务局', '--partial']).code).toBe(0);
  });
});
