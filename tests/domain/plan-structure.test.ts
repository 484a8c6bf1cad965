// Clause ids, unit roles and target wording as normalisePlan, listRoles and boundText compute them, on the shipped
// data and on hand-built plans.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalisePlan } from '../../src/domain/normalise-plan.js';
import { boundText } from '../../src/domain/target-bound.js';
import { listRoles } from '../../src/domain/unit-roles.js';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import type { RawClause, RawPlan } from '../../src/model/raw.js';

const data = path.resolve(import.meta.dirname, '../../data');
const shipped = loadWorkspace([data], data);

/** A one-part, one-section plan whose item 1 holds the given clauses. */
function planWith(clauses: RawClause[], more: RawClause[] = []): RawPlan {
  return {
    kind: 'plan',
    id: 'p',
    short: 'P',
    title: 'T',
    year: 2024,
    roster: 'r',
    parts: [
      {
        number: '二',
        heading: 'H',
        sections: [
          {
            number: '三',
            heading: 'S',
            items: [
              { number: '1', clauses },
              { number: '2', title: '第二条', clauses: more.length > 0 ? more : [{ text: 'z。', units: ['甲'] }] },
            ],
          },
        ],
      },
    ],
  };
}

describe('clause ids', () => {
  it('are derived as part.section.item.clause on the shipped data, unique in each plan', () => {
    const hz = shipped.plans.find((p) => p.short === '黄州');
    const clause = hz?.clauses.find((c) => c.item.ref === '10' && c.index === 3);
    expect(clause?.id).toBe('jiangbei-huangzhou-2023:2.3.10.3');
    for (const plan of shipped.plans) expect(new Set(plan.clauses.map((c) => c.id)).size).toBe(plan.clauses.length);
  });

  it('do not move when clauses are added to another item or reordered there; a written id is kept as written', () => {
    const before = normalisePlan(planWith([{ text: 'a。', units: ['甲'] }]), 'f', null);
    const after = normalisePlan(
      planWith(
        [{ text: 'a。', units: ['甲'] }],
        [
          { text: 'new。', units: ['乙'] },
          { text: 'z。', units: ['甲'] },
        ],
      ),
      'f',
      null,
    );
    expect(before.clauses[0]?.id).toBe('p:2.3.1.1');
    expect(after.clauses[0]?.id).toBe('p:2.3.1.1');
    const pinned = normalisePlan(
      planWith([
        { text: 'inserted。', units: ['乙'] },
        { id: '2.3.1.1', text: 'a。', units: ['甲'] },
      ]),
      'f',
      null,
    );
    expect(pinned.clauses.map((c) => [c.localId, c.idWritten])).toEqual([
      ['2.3.1.1', false],
      ['2.3.1.1', true],
      ['2.3.2.1', false],
    ]);
  });
});

describe('unit roles', () => {
  it('come from the label: 责任单位 is support beside a lead list and unspecified alone; a written role wins', () => {
    expect(listRoles([{ label: '牵头单位' }, { label: '责任单位' }])).toEqual(['lead', 'support']);
    expect(listRoles([{ label: '责任单位' }])).toEqual(['unspecified']);
    expect(listRoles([{ label: '配合单位' }, { label: '协办单位' }])).toEqual(['support', 'support']);
    expect(listRoles([{ label: '主抓单位' }])).toEqual(['unspecified']);
    expect(listRoles([{ label: '主抓单位', role: 'lead' }, { label: '责任单位' }])).toEqual(['lead', 'support']);
  });

  it('genre A units are one 责任单位 list, role unspecified; firstIsLead makes the first lead, with its note', () => {
    const plan = normalisePlan(
      planWith([
        { text: 'a。', units: ['甲', '乙'] },
        { text: 'b。', unitLists: [{ label: '责任单位', units: ['丙', '丁'], firstIsLead: '任务1注明' }] },
      ]),
      'f',
      null,
    );
    const [a, b] = plan.clauses;
    expect(a?.units.map((u) => [u.written, u.role, u.roleLabel, u.roleNote])).toEqual([
      ['甲', 'unspecified', '责任单位', null],
      ['乙', 'unspecified', '责任单位', null],
    ]);
    expect(a?.units[1]?.path).toEqual(['parts', 0, 'sections', 0, 'items', 0, 'clauses', 0, 'units', 1]);
    expect(b?.units.map((u) => [u.written, u.role, u.roleNote])).toEqual([
      ['丙', 'lead', '任务1注明'],
      ['丁', 'support', '任务1注明'],
    ]);
    expect(b?.units[1]?.path).toEqual([
      'parts',
      0,
      'sections',
      0,
      'items',
      0,
      'clauses',
      1,
      'unitLists',
      0,
      'units',
      1,
    ]);
  });
});

describe('boundText', () => {
  it('puts the sign of every bound before the value, and the base and deadline after', () => {
    expect(boundText({ bound: 'atLeast', value: 1, unit: '次' }, 'zh')).toBe('≥1次');
    expect(boundText({ bound: 'atMost', value: 4.5, unit: '%' }, 'zh')).toBe('≤4.5%');
    expect(boundText({ bound: 'exactly', value: 700, unit: '万元' }, 'zh')).toBe('=700万元');
    expect(boundText({ bound: 'about', value: 23, unit: '万吨' }, 'zh')).toBe('≈23万吨');
    expect(boundText({ bound: 'increase', base: '2022年' }, 'zh')).toBe('↑(较2022年)');
    expect(boundText({ bound: 'increase', base: '2022年' }, 'en')).toBe('↑ (vs 2022年)');
    expect(boundText({ bound: 'atMost', value: 1, unit: '个工作日', deadline: '2024年6月底前' }, 'zh')).toBe(
      '≤1个工作日(2024年6月底前)',
    );
  });

  it('the three commitments added to the 2023 data read as the source says', () => {
    const targets = shipped.plans.flatMap((p) =>
      p.items.flatMap((i) =>
        [...i.targets, ...i.clauses.flatMap((c) => c.targets)].map(
          (t) => `${p.short} ${t.quote} ${boundText(t, 'zh')}`,
        ),
      ),
    );
    expect(targets).toContain('黄州 每年对各部门各单位工作落实情况进行考评 =1次');
    expect(targets).toContain('莲都 每半年总结工作情况和典型案例 =1次');
    expect(targets).toContain('莲都 力争2023年销售额较2022年有所增加 ↑(较2022年)');
    expect(targets).toHaveLength(16);
  });
});
