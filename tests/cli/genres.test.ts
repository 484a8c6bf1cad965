// The made-up plans of genres B, C and D (tests/fixtures/genres/) through the real binary: they validate, and roles,
// leaders, clause ids, target bounds and numbering answer as the issue (#17) asks.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../helpers/fixture-workspace.js';
import { runCli } from '../helpers/run-cli.js';

const genre = (name: 'b' | 'c' | 'd') => path.join(fixturesDir, 'genres', name);

function ok(args: string[]): string {
  const result = runCli(args);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

interface TaskJson {
  id: string;
  role: string | null;
  roleLabel: string | null;
  roleNote: string | null;
  match: string | null;
  targets: { sign: string }[];
}
const tasks = (args: string[]): TaskJson[] => JSON.parse(ok(['tasks', ...args, '--format', 'json'])).tasks;
const ids = (rows: TaskJson[]) => rows.map((t) => t.id);

/** A copy of a genre's folder with its plan file's text edited. */
function brokenCopy(name: 'b' | 'c' | 'd', edit: (text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `plan-genre-${name}-`));
  for (const file of fs.readdirSync(genre(name))) {
    const text = fs.readFileSync(path.join(genre(name), file), 'utf8');
    fs.writeFileSync(path.join(dir, file), file.endsWith('.plan.yaml') ? edit(text) : text);
  }
  return dir;
}

describe.each(['b', 'c', 'd'] as const)('genre %s', (name) => {
  it('passes plan check (every rule) with no finding, and is in plan fmt layout', () => {
    expect(ok(['check', '--data', genre(name)])).toBe('');
    expect(ok(['fmt', '--check', genre(name)])).toBe('');
  });
});

describe('genre B: 政府工作报告责任分解 (one bracket with 责任领导;牵头单位;责任单位)', () => {
  const data = ['--data', genre('b')];

  it('--role lead gives the task 区发改局 leads, --role support the one where it is a 责任单位 beside a lead', () => {
    const lead = tasks([...data, '--unit', '区发改局', '--role', 'lead']);
    expect(lead.map((t) => [t.id, t.role, t.roleLabel, t.roleNote])).toEqual([
      ['yunqi-2024-gov-report:1.1.1.1', 'lead', '牵头单位', null],
    ]);
    const support = tasks([...data, '--unit', '区发改局', '--role', 'support']);
    expect(support.map((t) => [t.id, t.role, t.roleLabel])).toEqual([
      ['yunqi-2024-gov-report:1.1.2.1', 'support', '责任单位'],
    ]);
    const table = ok(['tasks', ...data, '--unit', '区发改局', '--format', 'csv']);
    expect(table.split('\r\n')[0]).toBe('\ufeff计划,条目,编号,任务内容,责任单位,领导,关系,量化指标');
    expect(table).toContain(',牵头·直接,');
  });

  it('tasks run 1..N across nested sections and unnumbered topical headings; ids skip the unnumbered headings', () => {
    expect(ids(tasks(data))).toEqual([
      'yunqi-2024-gov-report:1.1.1.1',
      'yunqi-2024-gov-report:1.1.2.1',
      'yunqi-2024-gov-report:1.2.3.1',
      'yunqi-2024-gov-report:1.2.4.1',
      'yunqi-2024-gov-report:2.1.5.1',
    ]);
    const shown = ok(['show', ...data, '云栖', '3']);
    expect(shown).toContain('(二)促进消费扩容提质\n加强基础设施建设\n');
  });

  it('--leader lists a leader’s tasks, plan leaders counts them, search finds them; people are never units', () => {
    expect(ids(tasks([...data, '--leader', '王明远']))).toEqual([
      'yunqi-2024-gov-report:1.1.1.1',
      'yunqi-2024-gov-report:1.2.4.1',
    ]);
    const leaders = JSON.parse(ok(['leaders', ...data, '--format', 'json']));
    expect(leaders.leaders.map((l: { name: string; total: number }) => [l.name, l.total])).toEqual([
      ['王明远', 2],
      ['李卫东', 2],
      ['陈晓华', 1],
      ['赵立新', 1],
    ]);
    const search = JSON.parse(ok(['search', ...data, '陈晓华', '--format', 'json']));
    expect(search.hits.map((h: { id: string; inLeaders: boolean }) => [h.id, h.inLeaders])).toEqual([
      ['yunqi-2024-gov-report:1.2.3.1', true],
    ]);
    for (const args of [['units'], ['check', '--names']]) {
      const out = ok([...args, ...data, '--format', 'csv']);
      for (const person of ['王明远', '李卫东', '陈晓华', '赵立新']) expect(out).not.toContain(person);
    }
    const unknown = runCli(['tasks', ...data, '--unit', '王明远']);
    expect(unknown.code).toBe(2);
  });

  it('--match possible keeps only the vague group 相关乡镇办; the group’s own name lists its clauses', () => {
    expect(ids(tasks([...data, '--unit', '青石镇', '--match', 'possible']))).toEqual([
      'yunqi-2024-gov-report:1.1.1.1',
      'yunqi-2024-gov-report:1.2.3.1',
    ]);
    expect(ids(tasks([...data, '--unit', '青石镇', '--match', 'direct']))).toEqual(['yunqi-2024-gov-report:2.1.5.1']);
    expect(ids(tasks([...data, '--unit', '相关乡镇办']))).toEqual([
      'yunqi-2024-gov-report:1.1.1.1',
      'yunqi-2024-gov-report:1.2.3.1',
    ]);
  });

  it('every target shows its bound: ≥ ≤ = ≈ and ↑ against its base', () => {
    const md = ok(['targets', ...data, '--format', 'md']);
    for (const value of ['≥8%', '≥15亿元', '=30公里', '↑(较上年)', '≈40家', '≤30微克/立方米', '≈23万吨'])
      expect(md).toContain(`| ${value} |`);
    const json = JSON.parse(ok(['targets', ...data, '--format', 'json']));
    const increase = json.targets.find((t: { bound: string }) => t.bound === 'increase');
    const ofUnit = JSON.parse(ok(['targets', ...data, '--unit', '区发改局', '--format', 'json']));
    expect(ofUnit.targets.map((t: { quote: string; role: string }) => [t.quote, t.role])).toEqual([
      ['固定资产投资增长8%以上', 'lead'],
      ['不少于15亿元', 'support'],
    ]);
    expect(increase).toMatchObject({ sign: '↑', value: null, unit: null, base: '上年', atLeast: false });
  });

  it('a renumbered task is one finding naming the number it should have', () => {
    const dir = brokenCopy('b', (text) => text.replace('- number: "3"', '- number: "4"'));
    const result = runCli(['validate', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('条目编号“4”应为 3(2 之后、4 之前)。请按原文改正编号  item-numbering');
    expect(result.stdout).toContain('共 1 个问题');
  });
});

describe('genre C: 责任分解表 (牵头单位 / 责任单位 / 责任人 / 完成时限, 牵头领导 on each part)', () => {
  const data = ['--data', genre('c')];

  it('a part’s 牵头领导 covers every task of the part; a 责任人 only their own', () => {
    expect(ids(tasks([...data, '--leader', '吴海燕']))).toHaveLength(4);
    expect(ids(tasks([...data, '--leader', '周建国']))).toEqual([
      'minghu-2024-business-environment:1.1.1',
      'minghu-2024-business-environment:1.2.1',
    ]);
    expect(ids(tasks([...data, '--leader', '孙立平']))).toEqual([
      'minghu-2024-business-environment:1.1.1',
      'minghu-2024-business-environment:2.1.1',
    ]);
  });

  it('责任单位 and 配合单位 beside a 牵头单位 are both support, each label kept as written', () => {
    const support = tasks([...data, '--unit', '区发改局', '--role', 'support']);
    expect(support.map((t) => [t.id, t.roleLabel])).toEqual([
      ['minghu-2024-business-environment:2.1.1', '责任单位'],
      ['minghu-2024-business-environment:2.2.1', '配合单位'],
    ]);
    expect(tasks([...data, '--unit', '区发改局', '--role', 'lead'])).toEqual([]);
  });

  it('an unknown leader exits 2 suggesting the nearest name; on the 2023 data, which names none, it says so', () => {
    const typo = runCli(['tasks', ...data, '--leader', '吴海艳']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('计划中没有领导或责任人“吴海艳”。是否要找:吴海燕?');
    const none = runCli(['tasks', '--leader', '吴海燕']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('计划中没有写明任何责任领导、牵头领导或责任人');
  });

  it('tasks shows the 完成时限 column when a task has one', () => {
    const lines = ok(['tasks', ...data, '--unit', '区发改局', '--format', 'csv']).split('\r\n');
    expect(lines[0]).toBe('\ufeff计划,条目,编号,任务内容,责任单位,领导,完成时限,关系,量化指标');
    expect(lines[1]).toContain(',2024年12月底前,责任·直接,');
    expect(lines[2]).toContain(',持续推进,配合·直接,');
  });

  it('show gives the 完成时限 and the target’s deadline', () => {
    const shown = ok(['show', ...data, '明湖', '一、1']);
    expect(shown).toContain('完成时限:2024年6月底前');
    expect(shown).toContain('牵头领导:周建国、吴海燕');
    expect(ok(['targets', ...data, '--format', 'csv'])).toContain('≤1个工作日(2024年6月底前)');
  });

  it('per-part numbering: a part that does not start at 1 is one finding', () => {
    const dir = brokenCopy('c', (text) => text.replace(/(激发市场主体活力[\s\S]*?)- number: "1"/, '$1- number: "3"'));
    const result = runCli(['validate', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('条目编号“3”不对:第一条应为 1');
    expect(result.stdout).toContain('共 1 个问题');
  });
});

describe('genre D: a 责任单位 line with 列第一位者为牵头单位', () => {
  const data = ['--data', genre('d')];

  it('the first unit leads and the others support, as an inference with its note', () => {
    const lead = tasks([...data, '--unit', '区发改局', '--role', 'lead']);
    expect(lead.map((t) => [t.id, t.role, t.roleLabel, t.roleNote])).toEqual([
      ['shiqiao-2024-rural:1.1.1.1', 'lead', '责任单位', '原文任务1“责任单位”后注明“列第一位者为牵头单位,下同”。'],
    ]);
    expect(ids(tasks([...data, '--unit', '区发改局', '--role', 'support']))).toEqual(['shiqiao-2024-rural:1.2.1.1']);
    const shown = ok(['show', ...data, '石桥', '(一)1']);
    expect(shown).toContain('区发改局(牵头,推断)');
    expect(shown).toContain('区财政局(配合,推断)');
  });

  it('per-section numbering: a repeated number is called a duplicate', () => {
    const dir = brokenCopy('d', (text) => text.replace('- number: "2"', '- number: "1"'));
    const result = runCli(['validate', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('条目编号 1 重复:前面已有 1');
  });
});

describe('genre B beside the shipped 2023 data in one folder (the issue’s done-when)', () => {
  it('validates, and --plan 云栖 gives exactly its 区发改局 tasks with roles as written', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-genre-mixed-'));
    for (const from of [path.join(fixturesDir, '..', '..', 'data'), genre('b')])
      for (const file of fs.readdirSync(from))
        if (file.endsWith('.yaml')) fs.copyFileSync(path.join(from, file), path.join(dir, file));
    expect(ok(['validate', dir])).toBe('');
    const rows = tasks(['--data', dir, '--unit', '区发改局', '--plan', '云栖']);
    expect(rows.map((t) => [t.id, t.role, t.roleLabel])).toEqual([
      ['yunqi-2024-gov-report:1.1.1.1', 'lead', '牵头单位'],
      ['yunqi-2024-gov-report:1.1.2.1', 'support', '责任单位'],
    ]);
  });
});

describe('--role on the 2023 notice, whose brackets say only 责任单位', () => {
  it('finds nothing and says why on stderr, rather than a bare 共 0 条', () => {
    const result = runCli(['tasks', '--unit', '区商务局', '--role', 'lead']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('共 0 条');
    expect(result.stderr).toContain('注意:计划 黄州、莲都 的责任单位没有分牵头、配合(只有“责任单位”一栏)');
  });
});

describe('--role and --match need --unit', () => {
  it('exit 2 with a message, and an unknown value names the choices', () => {
    const alone = runCli(['tasks', '--role', 'lead']);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('--role 和 --match 要与 --unit 一起使用');
    const bad = runCli(['tasks', '--unit', '区商务局', '--match', 'maybe']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      '--match 只能是 direct(直接)、alias(别名)、group(所属组)、everyone(全体)、possible(可能)',
    );
  });
});

describe('plan units and plan stats count lead and support apart where plans label roles', () => {
  const csv = (args: string[]) =>
    ok([...args, '--format', 'csv'])
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);

  it('genre B: 其中牵头 / 其中配合 beside 合计, counted from the 牵头单位 and 责任单位 lists as written', () => {
    const lines = csv(['units', '--data', genre('b')]);
    expect(lines[0]).toBe('序号,单位,名单分类,云栖·直接,云栖·所属组,合计,其中牵头,其中配合,全体(无括注),可能');
    // 区发改局 leads task 1 and is a 责任单位 of task 2 (beside 牵头单位 区财政局); 区财政局 the other way round;
    // 青石镇 is a 责任单位 of task 5 and only possibly (相关乡镇办) in tasks 1 and 3.
    expect(lines).toContain('1,区发改局,区直单位,2,0,2,1,1,0,0');
    expect(lines).toContain('2,区财政局,区直单位,2,0,2,1,1,0,0');
    expect(lines).toContain('4,区农业农村局,区直单位,2,0,2,2,0,0,0');
    expect(lines).toContain('10,青石镇,乡镇(街道),1,0,1,0,1,0,2');
    const json = JSON.parse(ok(['units', '--data', genre('b'), '--format', 'json']));
    const unit = json.units.find((u: { name: string }) => u.name === '区发改局');
    expect(unit.total).toEqual({ direct: 2, group: 0, everyone: 0, possibly: 0, lead: 1, support: 1 });
    expect(unit.byPlan['yunqi-2024-gov-report']).toEqual(unit.total);
  });

  it('genre D: the roles inferred from “列第一位者为牵头单位” count too', () => {
    const lines = csv(['units', '--data', genre('d')]);
    // 区发改局 is first in (一)1 and second in (二)1; 区财政局 second in (一)1.
    expect(lines).toContain('1,区发改局,区直单位,2,0,2,1,1,0,0');
    expect(lines).toContain('2,区财政局,区直单位,1,0,1,0,1,0,0');
  });

  it('genre C: stats gives each unit’s lead and support clauses in rows of their own, and in JSON', () => {
    const lines = csv(['stats', '--data', genre('c')]);
    expect(lines).toContain('单位·牵头条文,区人力社保局,1,1');
    expect(lines).toContain('单位·配合条文,区发改局,2,2');
    expect(lines.filter((l) => l.startsWith('单位·牵头条文,'))).toHaveLength(4);
    expect(lines.filter((l) => l.startsWith('单位·配合条文,'))).toHaveLength(6);
    const json = JSON.parse(ok(['stats', '--data', genre('c'), '--format', 'json']));
    const unit = json.units.find((u: { name: string }) => u.name === '区市场监管局');
    expect([unit.lead, unit.support]).toEqual([
      { 'minghu-2024-business-environment': 1 },
      { 'minghu-2024-business-environment': 1 },
    ]);
  });

  it('the shipped 2023 plans label no roles: no such columns or rows, and JSON counts 0', () => {
    const units = csv(['units']);
    expect(units[0]).toBe('序号,单位,名单分类,黄州·直接,黄州·所属组,莲都·直接,莲都·所属组,合计,全体(无括注),可能');
    expect(ok(['stats', '--format', 'csv'])).not.toMatch(/牵头|配合/);
    const json = JSON.parse(ok(['units', '--format', 'json']));
    expect(
      json.units.every((u: { total: { lead: number; support: number } }) => u.total.lead + u.total.support === 0),
    ).toBe(true);
  });
});

describe('the sign of an exact target in CSV', () => {
  const data = ['--data', genre('b')];

  it('is the full-width ＝, so a spreadsheet shows the value as written with no apostrophe; other outputs keep =', () => {
    const csv = ok(['targets', ...data, '--format', 'csv']);
    expect(csv).toContain(',新改建农村公路,＝30公里,新改建农村公路30公里,');
    expect(csv).not.toContain("'=");
    expect(csv).toContain(',≥15亿元,');
    expect(ok(['targets', ...data, '--format', 'md'])).toContain('| =30公里 |');
    const json = JSON.parse(ok(['targets', ...data, '--format', 'json']));
    expect(json.targets.find((t: { bound: string }) => t.bound === 'exactly')).toMatchObject({ sign: '=', value: 30 });
  });

  it('leaves the formula guard whole: a formula-looking value in any other column still gets its apostrophe', () => {
    const dir = brokenCopy('b', (text) => text.replace('counts: 新改建农村公路', 'counts: "=HYPERLINK(1)"'));
    const csv = ok(['targets', '--data', dir, '--format', 'csv']);
    expect(csv).toContain(`,"'=HYPERLINK(1)",＝30公里,`);
  });
});
