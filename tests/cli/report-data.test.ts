// What the report command computes: handout file names (one per unit, whatever characters a unit name holds, never
// two the same), and which clauses the matrix counts.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { handoutFileNames, reportData } from '../../src/cli/report-data.js';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import { repoRoot } from '../helpers/run-cli.js';

describe('handoutFileNames', () => {
  it('keeps ordinary names, and turns what a file system refuses (and a leading dot) into _', () => {
    expect(handoutFileNames(['区商务局', '区委办(区台办)', 'a/b', '..', '.hidden', 'x\u0000y', 'a:b*c?'])).toEqual([
      '区商务局',
      '区委办(区台办)',
      'a_b',
      '_.',
      '_hidden',
      'x_y',
      'a_b_c_',
    ]);
  });

  it('never gives two units one file, even where case does not count', () => {
    expect(handoutFileNames(['a/b', 'a_b', 'A_B', '区商务局'])).toEqual(['a_b', 'a_b-2', 'A_B-3', '区商务局']);
  });

  it('cuts long names to 60 characters', () => {
    expect(handoutFileNames(['长'.repeat(100)])[0]).toBe('长'.repeat(60));
  });
});

describe('reportData matrices', () => {
  const workspace = loadWorkspace([path.join(repoRoot, 'data')], repoRoot);
  const data = reportData(workspace, { a: undefined, b: undefined, findings: [], generated: '2023-07-01', lang: 'zh' });

  it('count what names a unit or its group, never 全体(无括注) (the same for every unit) nor 可能', () => {
    for (const { plan, rows } of data.matrices)
      for (const row of rows) {
        const held = row.unit.tasks.filter((t) => t.clause.plan === plan);
        expect(row.direct + row.group).toBe(held.filter((t) => !['everyone', 'possibly'].includes(t.holding)).length);
      }
    // 区委政法委 is bound by 黄州 三(一)(二)'s text without a bracket, and only through 区绩效考评单位 otherwise.
    const huangzhou = data.matrices.find((m) => m.plan.short === '黄州');
    const row = huangzhou?.rows.find((r) => r.unit.name === '区委政法委');
    const tasks = row?.unit.tasks.filter((t) => t.clause.plan === huangzhou?.plan) ?? [];
    expect(tasks.filter((t) => t.holding === 'everyone')).toHaveLength(2);
    expect([row?.direct, row?.group]).toEqual([0, tasks.filter((t) => t.holding === 'group').length]);
  });
});
