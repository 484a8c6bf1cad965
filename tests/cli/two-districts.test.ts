// One data folder holding two districts (the shipped Jiangbei data plus a made-up 青溪区 with its own roster, which
// also names a 区发改局, a 区商务局 and a 区对口办): every answer is scoped by roster and says which roster it is about.

import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir } from '../helpers/fixture-workspace.js';
import { runCli } from '../helpers/run-cli.js';
import { shippedDataCopy } from '../helpers/shipped-data-copy.js';

const fixture = path.join(fixturesDir, 'districts', 'two-districts');
let dir = '';

/** The shipped data/*.yaml copied at run time, plus the made-up district's roster and plan. */
beforeAll(() => {
  dir = shippedDataCopy();
  for (const name of fs.readdirSync(fixture)) fs.copyFileSync(path.join(fixture, name), path.join(dir, name));
});

function plan(args: string[], data = dir) {
  const result = runCli([...args, '--data', data]);
  expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // never a stack trace
  return result;
}

function ok(args: string[]) {
  const result = plan(args);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

const json = (args: string[]) => JSON.parse(ok([...args, '--format', 'json']));

interface TaskJson {
  roster: string;
  planShort: string;
  item: string;
  match: string;
}

/** What the made-up plan gives its 区发改局, read off tests/fixtures/districts/two-districts/qingxi-shanqian-2023.plan.yaml. */
const QINGXI_FAGAIJU_ITEMS = ['1', '2', '3', '4', '5'];

describe('a folder with two districts', () => {
  it('validates', () => {
    expect(plan(['validate', dir]).code).toBe(0);
  });

  it('tasks --unit 区发改局 answers for both districts, one labelled table each', () => {
    const out = ok(['tasks', '--unit', '区发改局']);
    expect(out).toContain('qingxi-2023:区发改局 的任务');
    expect(out).toContain('jiangbei-2023:区发改局 的任务');
    const qingxi = out.slice(out.indexOf('qingxi-2023:区发改局'));
    expect(qingxi.slice(0, qingxi.indexOf('共 '))).toContain('山前');
  });

  it('tasks --unit 区发改局 (json) gives each district its own unit and rows, labelled', () => {
    const answer = json(['tasks', '--unit', '区发改局']);
    expect(answer.unit).toBeNull();
    expect(answer.units.map((u: { roster: string }) => u.roster).sort()).toEqual(['jiangbei-2023', 'qingxi-2023']);
    const tasks = answer.tasks as TaskJson[];
    const qingxi = tasks.filter((t) => t.roster === 'qingxi-2023');
    expect(qingxi.map((t) => `${t.planShort} ${t.item}`)).toEqual(QINGXI_FAGAIJU_ITEMS.map((i) => `山前 ${i}`));
    // Jiangbei's 区发改局 gets exactly what it gets when the folder holds Jiangbei alone.
    const alone = JSON.parse(plan(['tasks', '--unit', '区发改局', '--format', 'json'], shippedDataCopy()).stdout);
    const jiangbei = tasks.filter((t) => t.roster === 'jiangbei-2023');
    expect(jiangbei.map((t) => `${t.planShort} ${t.item} ${t.match}`)).toEqual(
      alone.tasks.map((t: TaskJson) => `${t.planShort} ${t.item} ${t.match}`),
    );
    expect(jiangbei.length).toBeGreaterThan(0);
  });

  it('--plan implies its roster: each plan gets its own district’s 区发改局', () => {
    const shanqian = json(['tasks', '--unit', '区发改局', '--plan', '山前']);
    expect(shanqian.unit).toMatchObject({ name: '区发改局', roster: 'qingxi-2023' });
    expect(shanqian.tasks.map((t: TaskJson) => t.item)).toEqual(QINGXI_FAGAIJU_ITEMS);
    const huangzhou = json(['tasks', '--unit', '区发改局', '--plan', '黄州']);
    expect(huangzhou.unit).toMatchObject({ name: '区发改局', roster: 'jiangbei-2023' });
    expect(huangzhou.tasks.map((t: TaskJson) => t.item)).toContain('21');
  });

  it('csv puts both districts in one table with a 名单 column', () => {
    const lines = ok(['tasks', '--unit', '区商务局', '--format', 'csv']).slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('名单,计划,条目,编号,任务内容,责任单位,关系,量化指标');
    expect(lines.some((l) => l.startsWith('qingxi-2023,山前,3 推动消费协作,'))).toBe(true);
    expect(lines.some((l) => l.startsWith('jiangbei-2023,黄州,10 推动消费协作,2.3.10.'))).toBe(true);
  });

  it('a fragment fitting several names lists the choices qualified by roster, and a choice can be typed back', () => {
    const ambiguous = plan(['tasks', '--unit', '区文']);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('qingxi-2023:区文旅局');
    expect(ambiguous.stderr).toContain('jiangbei-2023:区文化广电旅游局');
    // One name in both rosters is no question: each district's unit is answered for.
    expect(json(['tasks', '--unit', '财政']).units).toHaveLength(2);
    // A district's own prefix (江北区, from the roster's district field) picks that district's unit only.
    expect(json(['tasks', '--unit', '江北区发改局']).units).toEqual([
      expect.objectContaining({ name: '区发改局', roster: 'jiangbei-2023' }),
    ]);
    const chosen = json(['tasks', '--unit', 'qingxi-2023:区发改局']);
    expect(chosen.units).toHaveLength(1);
    expect(chosen.tasks.map((t: TaskJson) => t.item)).toEqual(QINGXI_FAGAIJU_ITEMS);
  });

  it('--roster scopes a command to one district; an unknown roster exits 2 naming the known ones', () => {
    const scoped = json(['tasks', '--unit', '区发改局', '--roster', 'qingxi-2023']);
    expect(scoped.units).toEqual([
      { name: '区发改局', roster: 'qingxi-2023', written: '区发改局', otherNames: [], onRoster: true },
    ]);
    expect(scoped.tasks.map((t: TaskJson) => t.item)).toEqual(QINGXI_FAGAIJU_ITEMS);
    const units = json(['units', '--roster', 'qingxi-2023']);
    expect(units.plans).toEqual([{ id: 'qingxi-shanqian-2023', short: '山前', roster: 'qingxi-2023' }]);
    const unknown = plan(['units', '--roster', 'nowhere-2023']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('没有名单“nowhere-2023”。可用:');
    expect(unknown.stderr).toContain('jiangbei-2023');
  });

  it('a name off both rosters (区对口办) is two units, one per district', () => {
    const answer = json(['tasks', '--unit', '区对口办', '--plan', '山前']);
    expect(answer.unit).toMatchObject({ name: '区对口办', roster: 'qingxi-2023', onRoster: false });
    expect(answer.tasks.map((t: TaskJson) => t.item)).toEqual(['1']);
  });

  it('units lists each district’s 区发改局 on its own labelled row', () => {
    const lines = ok(['units', '--format', 'csv']).slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      '名单,序号,单位,名单分类,黄州·直接,黄州·所属组,莲都·直接,莲都·所属组,山前·直接,山前·所属组,合计,全体(无括注),可能',
    );
    const fagaiju = lines.filter((l) => l.split(',')[2] === '区发改局');
    expect(fagaiju.map((l) => l.split(',')[0]).sort()).toEqual(['jiangbei-2023', 'qingxi-2023']);
    expect(fagaiju.find((l) => l.startsWith('qingxi-2023'))).toBe('qingxi-2023,2,区发改局,区直单位,0,0,0,0,5,0,5,0,0');
    const duikouban = json(['units']).units.filter((u: { name: string }) => u.name === '区对口办');
    expect(
      duikouban.map((u: { roster: string; byPlan: Record<string, { direct: number }> }) => [
        u.roster,
        u.byPlan['qingxi-shanqian-2023']?.direct,
      ]),
    ).toEqual([
      ['jiangbei-2023', 0],
      ['qingxi-2023', 1],
    ]);
  });

  it('stats labels units by roster in tables and JSON', () => {
    const md = ok(['stats', '--format', 'md']);
    expect(md).toContain('| 单位·直接条文 | qingxi-2023:区发改局 | 0 | 0 | 5 | 5 |');
    const stats = json(['stats']);
    expect(stats.plans.map((p: { short: string; roster: string }) => `${p.short} ${p.roster}`)).toEqual([
      '黄州 jiangbei-2023',
      '莲都 jiangbei-2023',
      '山前 qingxi-2023',
    ]);
    expect(
      stats.units
        .filter((u: { name: string }) => u.name === '区发改局')
        .map((u: { roster: string }) => u.roster)
        .sort(),
    ).toEqual(['jiangbei-2023', 'qingxi-2023']);
  });

  it('check --names and check --roster carry the roster; --roster ID scopes them', () => {
    const names = plan(['check', '--names', '--format', 'csv', dir]);
    expect(names.code).toBe(0);
    expect(names.stdout).toContain('qingxi-2023,区发改局,名单名称,区发改局,,,5,');
    const roster = JSON.parse(plan(['check', '--roster', '--format', 'json', dir]).stdout);
    const fagaiju = roster.entries.filter((e: { name: string }) => e.name === '区发改局');
    expect(fagaiju.map((e: { roster: string }) => e.roster).sort()).toEqual(['jiangbei-2023', 'qingxi-2023']);
    // A path right after --roster is still a path (the option's value is optional).
    const byPath = JSON.parse(runCli(['check', '--roster', dir, '--format', 'json']).stdout);
    expect(byPath.entries).toEqual(roster.entries);
    const scoped = JSON.parse(plan(['check', '--roster', 'qingxi-2023', '--format', 'json', dir]).stdout);
    expect(scoped.entries.map((e: { name: string }) => e.name)).toEqual([
      '区委办',
      '区发改局',
      '区财政局',
      '区商务局',
      '区农业农村局',
      '区文旅局',
      '溪口镇',
      '青山街道',
    ]);
  });

  it('diff of plans on different rosters compares names and warns', () => {
    const result = plan(['diff', '黄州', '山前', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('两份名单不同,单位只按名称比较');
    const diff = JSON.parse(result.stdout);
    expect(diff.rosters).toEqual({ a: 'jiangbei-2023', b: 'qingxi-2023' });
    expect(diff.sameRoster).toBe(false);
    expect(diff.units.both).toContain('区商务局');
    expect(plan(['diff', '黄州', '山前', '--format', 'md']).stdout).toContain(
      '两个计划使用不同的名单(黄州:jiangbei-2023,山前:qingxi-2023),单位只按名称比较',
    );
    // Two plans on one roster: no warning.
    expect(plan(['diff', '黄州', '莲都']).stderr).toBe('');
    // --roster keeps one district's plans: the other district's plan is then no choice.
    expect(plan(['diff', '黄州', '莲都', '--roster', 'jiangbei-2023']).code).toBe(0);
    const scoped = plan(['diff', '黄州', '山前', '--roster', 'jiangbei-2023']);
    expect([scoped.code, scoped.stderr]).toEqual([2, expect.stringContaining('找不到计划“山前”')]);
  });

  it('the report heads each unit of the index with its roster, as plan tasks heads its answers', () => {
    const out = path.join(dir, 'report-out');
    expect(plan(['report', '--out', out]).code).toBe(0);
    const html = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(html).toContain('<h3>qingxi-2023:区发改局 <span class="count">');
    expect(html).toContain('<h3>jiangbei-2023:区发改局 <span class="count">');
  });

  it('report --unit with a name both rosters have writes one handout per roster, each with the rows plan tasks gives', () => {
    const out = path.join(dir, 'handouts-both');
    const result = plan(['report', '--out', out, '--unit', '区发改局']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('生成 2 个单位的打印版');
    expect(fs.readdirSync(out).sort()).toEqual(['jiangbei-2023_区发改局.html', 'qingxi-2023_区发改局.html']);
    const items = (file: string) => {
      const html = fs.readFileSync(path.join(out, file), 'utf8');
      return [...html.matchAll(/<td class="ref">([^<]*)<br><span class="cid"[^>]*>([^<]*)<\/span><\/td>/g)].map(
        (m) => `${m[1]} ${m[2]}`,
      );
    };
    const tasks = json(['tasks', '--unit', '区发改局']).tasks as (TaskJson & { id: string; itemTitle: string })[];
    for (const roster of ['qingxi-2023', 'jiangbei-2023'])
      expect(items(`${roster}_区发改局.html`)).toEqual(
        tasks.filter((t) => t.roster === roster).map((t) => `${t.item} ${t.itemTitle} ${t.id.split(':')[1]}`),
      );
    const qingxi = fs.readFileSync(path.join(out, 'qingxi-2023_区发改局.html'), 'utf8');
    expect(qingxi).toContain('<h1>qingxi-2023:区发改局 任务清单</h1>');
    expect(qingxi).not.toContain('黄州');
  });

  it('report --unit with --roster writes that district’s handout only, named as with one roster', () => {
    const out = path.join(dir, 'handouts-one');
    expect(plan(['report', '--out', out, '--unit', '区发改局', '--roster', 'qingxi-2023']).code).toBe(0);
    expect(fs.readdirSync(out)).toEqual(['区发改局.html']);
    expect(fs.readFileSync(path.join(out, '区发改局.html'), 'utf8')).toContain('<h1>区发改局 任务清单</h1>');
  });
});
