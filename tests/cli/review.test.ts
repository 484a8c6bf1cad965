// Defects found in a user's-eye review, each pinned through the real binary.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { shippedDataCopy } from '../helpers/shipped-data-copy.js';

describe('plan tasks --unit with a group name lists the clauses naming the group (#21)', () => {
  it('a vague group (区直相关单位) is not given a member count the source never states', () => {
    const zh = runCli(['tasks', '--unit', '区直相关单位', '--format', 'md']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('“区直相关单位”是泛指的一组单位,原文未列明具体单位;下列为点名该组的条文');
    expect(zh.stdout).not.toMatch(/\d+ 个/);
    expect(zh.stdout).toContain('共 2 条');
    const en = runCli(['tasks', '--unit', '区直相关单位', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('"区直相关单位" is a vague group the source does not list');
  });

  it('a listed group (各街道(镇), full-width brackets too) says how many units it has and lists its 2 clauses', () => {
    const result = runCli(['tasks', '--unit', '各街道（镇）', '--format', 'json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.unit).toEqual({ name: '各街道(镇)', roster: 'jiangbei-2023', onRoster: false, group: true });
    expect(json.tasks.map((t: { id: string }) => t.id)).toEqual([
      'jiangbei-huangzhou-2023:2.3.10.3',
      'jiangbei-liandu-2023:2.2.2.2',
    ]);
    expect(json.tasks.every((t: { match: string }) => t.match === 'direct')).toBe(true);
    const table = runCli(['tasks', '--unit', '各街道(镇)']);
    expect(table.stdout).toContain('“各街道(镇)”是一组单位(8 个)');
  });
});

describe('match labels in English', () => {
  it('separate the kind from the group name with a space, as English text does', () => {
    const result = runCli(['tasks', '--unit', '外滩街道', '--plan', '莲都', '--format', 'csv', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(',group (各街道(镇)),');
    const zh = runCli(['tasks', '--unit', '外滩街道', '--plan', '莲都', '--format', 'csv']);
    expect(zh.stdout).toContain(',所属组(各街道(镇)),');
  });
});

describe('plan units footer', () => {
  it('names the groups of the data it read, and counts names off the roster apart', () => {
    const dir = shippedDataCopy((text) => text.replaceAll('区直相关单位', '有关单位'));
    const result = runCli(['units', '--data', dir, '--format', 'md']);
    expect(result.code).toBe(0);
    const footer = result.stdout.trimEnd().split('\n').at(-1);
    expect(footer).toMatch(/^共 69 个单位\(其中名单外 2 个\)。/);
    expect(footer).toContain('可能:有关单位、其他区领导所在单位办公室 等泛指');
    expect(footer).not.toContain('区直相关单位');
  });
});

describe('plan fmt with a file that is not YAML', () => {
  it('is a usage error (exit 2) like validate, and the file is left as it was', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-review-'));
    const notes = path.join(dir, 'notes.txt');
    fs.writeFileSync(notes, 'owner:   区商务局\n');
    const result = runCli(['fmt', '--write', notes]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('只能整理 .yaml 或 .yml 文件');
    expect(fs.readFileSync(notes, 'utf8')).toBe('owner:   区商务局\n');
  });
});

describe('a query over data with a unit-name typo', () => {
  it('answers, but says on stderr which written names count for no roster unit', () => {
    const dir = shippedDataCopy((text, name) =>
      name === 'huangzhou-2023.plan.yaml' ? text.replace('units: [ 区商务局 ]', 'units: [ 区商务厅 ]') : text,
    );
    const result = runCli(['tasks', '--data', dir, '--unit', '区商务局', '--format', 'csv']);
    expect(result.code).toBe(1); // the answer lacks that clause: incomplete (tests/cli/partial.test.ts)
    expect(result.stderr).toContain('注意:计划中有 1 个责任单位名称既不在名单上也未登记(区商务厅)');
    expect(runCli(['tasks', '--unit', '区商务局', '--format', 'csv']).stderr).toBe('');
  });
});

describe('a query over data whose roster has a schema error', () => {
  it('says the roster was left out, instead of calling every unit name unknown', () => {
    const dir = shippedDataCopy((text) => text.replace('      - name: 区人大办\n', '      - name: 5\n'));
    const roster = path.join(dir, 'roster-2023.roster.yaml');
    const result = runCli(['tasks', '--data', dir, '--unit', '区商务局', '--format', 'csv']);
    expect(result.stderr).toContain(`注意:1 个数据文件有错误,未计入结果(${roster})`);
    expect(result.stderr).toContain('注意:计划 黄州(jiangbei-2023)、莲都(jiangbei-2023) 的名单未能载入');
    expect(result.stderr).not.toContain('既不在名单上');
  });
});
