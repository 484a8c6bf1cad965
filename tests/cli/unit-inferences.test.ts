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
