// What the roster's inferences let a unit's answer include, through the real binary on the shipped data: a vague group
// reaches only the units its note can justify.

import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

function json(args: string[]) {
  const result = runCli([...args, '--format', 'json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

interface TaskJson {
  item: string;
  clause: number;
  match: string;
  matchedAs: string;
}

describe('其他区领导所在单位办公室 (黄州 2)', () => {
  it('no longer makes every 区直 unit a possible holder: 北坤公司 holds nothing in 黄州 2', () => {
    expect(json(['tasks', '--unit', '北坤公司', '--plan', '黄州', '--item', '2']).count).toBe(0);
    expect(json(['tasks', '--unit', '区委组织部', '--plan', '黄州', '--item', '2']).tasks).toEqual([
      expect.objectContaining({ item: '2', clause: 3, match: 'direct' }),
    ]);
  });

  it('reaches 区委办 and 区政府办, as "possibly", with the note saying why', () => {
    for (const unit of ['区委办', '区政府办']) {
      const tasks = json(['tasks', '--unit', unit, '--plan', '黄州', '--item', '2']).tasks as TaskJson[];
      expect(tasks.find((t) => t.clause === 2)).toMatchObject({
        match: 'possibly',
        matchedAs: '其他区领导所在单位办公室',
        note: expect.stringContaining('党委或政府领导率团到黄州区调研对接'),
      });
    }
  });

  it('plan units counts it for those two only', () => {
    const units = json(['units', '--plan', '黄州']).units as { name: string; total: { possibly: number } }[];
    const possibly = units.filter((u) => u.total.possibly > 0).map((u) => u.name);
    expect(possibly).toEqual(['区委办', '区政府办']);
  });
});

describe('obligations the text gives every unit without a bracket (全体(无括注))', () => {
  it('黄州 三(一)(二) reach a unit no bracket names, marked 全体(无括注) with the words that bind it', () => {
    const tasks = json(['tasks', '--unit', '北坤公司', '--plan', '黄州']).tasks as (TaskJson & { note: string })[];
    const everyone = tasks.filter((t) => t.match === 'everyone');
    expect(everyone.map((t) => [t.item, t.clause, t.matchedAs])).toEqual([
      ['(一)', null, '各部门各单位要提高站位'],
      ['(二)', null, '各单位要紧紧围绕江北黄州对口合作工作方案'],
    ]);
    expect(everyone[0]?.note).toContain('每年对各部门各单位工作落实情况进行考评');
  });

  it('the same duty in 莲都 三、1 is 全体(无括注) too, no longer only 可能 through 区直相关单位', () => {
    const tasks = json(['tasks', '--unit', '慈城镇', '--plan', '莲都']).tasks as TaskJson[];
    expect(tasks.find((t) => t.item === '三、1')).toMatchObject({
      match: 'everyone',
      matchedAs: '各单位党委(党组)年度至少召开1次专题会议',
    });
  });

  it('a unit named in the bracket stays direct', () => {
    const tasks = json(['tasks', '--unit', '区对口办', '--plan', '莲都', '--item', '三、1']).tasks as TaskJson[];
    expect(tasks.map((t) => t.match)).toEqual(['direct']);
  });

  it('the table says 全体(无括注); targets follow (黄州 三(一) 年度至少召开1次专题会议)', () => {
    const csv = runCli(['tasks', '--unit', '北坤公司', '--plan', '黄州', '--item', '(一)', '--format', 'csv']);
    expect(csv.stderr).toBe('');
    expect(csv.stdout).toContain(',全体(无括注),对口工作专题会议(每年):≥1次');
    const targets = json(['targets', '--unit', '北坤公司']).targets as { item: string; quote: string; match: string }[];
    expect(targets.filter((t) => t.match === 'everyone').map((t) => `${t.item} ${t.quote}`)).toEqual([
      '(一) 年度至少召开1次专题会议',
      '三、1 各单位党委(党组)年度至少召开1次专题会议',
    ]);
    // The 领导小组工作会议 of the same clause is its bracket's (区对口办), not every unit's.
    const duikouban = json(['targets', '--unit', '区对口办', '--plan', '莲都']).targets as { quote: string }[];
    expect(duikouban.map((t) => t.quote)).toContain('年度至少召开1次对口支援工作领导小组工作会议');
  });

  it('plan units counts them in their own column; plan show names the inference', () => {
    const unit = (json(['units']).units as { name: string; total: Record<string, number> }[]).find(
      (u) => u.name === '北坤公司',
    );
    // group: 黄州 4, 10, 43 (区绩效考评单位); everyone: 黄州 (一) (二), 莲都 三、1; possibly: 莲都 三、4 (区直相关单位)
    expect(unit?.total).toEqual({ direct: 0, group: 3, everyone: 3, possibly: 1, lead: 0, support: 0 });
    const show = json(['show', '黄州', '(一)']);
    expect(show.item.impliedUnits).toMatchObject({ means: '区绩效考评单位', quote: '各部门各单位要提高站位' });
  });

  it('黄州 三(三)(四) name no one who must act, and stay without units', () => {
    for (const item of ['(三)', '(四)']) expect(json(['show', '黄州', item]).item.impliedUnits).toBeNull();
  });
});
