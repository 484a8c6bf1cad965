// diffPlans on the shipped data, and on a third plan added as a file with no code change.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../src/diff/diff-plans.js';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import type { Plan } from '../../src/model/plan.js';
import { repoRoot } from '../helpers/run-cli.js';
import { dataWithThirdPlan } from '../helpers/third-plan.js';

const workspace = loadWorkspace([path.join(repoRoot, 'data')], repoRoot);
const plan = (short: string, plans: Plan[] = workspace.plans) => plans.find((p) => p.short === short) as Plan;
const diff = diffPlans(plan('黄州'), plan('莲都'), workspace.domains);

describe('diffPlans 黄州 莲都', () => {
  it('resolves names to roster entries before comparing', () => {
    expect(diff.a).toBe('jiangbei-huangzhou-2023');
    expect(diff.units.onlyB).toContain('区住建局'); // named only by 莲都
    // 黄州 writes 区委办公室, 莲都 区台办 and 区委办公室: one unit, in both.
    expect(diff.units.both).toContain('区委办');
    expect(diff.units.both).toContain('区机关事务管理局'); // written 区机关事务局 in both plans
    expect([...diff.units.onlyA, ...diff.units.onlyB, ...diff.units.both]).not.toContain('区台办');
    // Groups stay whole; names off the roster stay as written.
    expect(diff.units.onlyA).toContain('区绩效考评单位');
    expect(diff.units.onlyB).toContain('区金融监管局');
    expect(diff.units.both).toContain('区对口办');
  });

  it('aligns areas by id, not heading text', () => {
    const rural = diff.domains.find((d) => d.id === 'rural-revitalization');
    expect(rural).toMatchObject({ nameA: '衔接推进乡村振兴和新型城镇化', nameB: '推进乡村振兴和新型城镇化' });
    expect(rural?.targetsB.map((t) => t.value)).toContain(700);
    expect(rural?.onlyB).toContain('区金融监管局');
    expect(diff.domains.map((d) => d.id)).toEqual(workspace.domains.map((d) => d.id));
    expect(diff.unassigned.areasOnlyA).toEqual([]);
    expect(diff.unassigned.noAreaA.map((s) => s.heading)).toEqual(['加强组织领导', '推动全方位多领域合作', '保障机制']);
    expect(diff.unassigned.noAreaB.map((s) => s.heading)).toEqual(['保障措施']);
  });

  it('counts clauses per unit, a clause once even when it names a unit twice', () => {
    expect(diff.clauseCounts).toEqual({ a: plan('黄州').clauses.length, b: plan('莲都').clauses.length });
    expect(diff.unitCounts.find((c) => c.unit === '区住建局')).toEqual({ unit: '区住建局', a: 0, b: 1 });
    expect(diff.unitCounts.find((c) => c.unit === '区对口办')).toEqual({ unit: '区对口办', a: 4, b: 6 });
    const areaSum = (side: 'clausesA' | 'clausesB') => diff.domains.reduce((sum, d) => sum + d[side], 0);
    const unassignedSum = diff.unassigned.noAreaA.reduce((sum, s) => sum + s.clauses, 0);
    expect(areaSum('clausesA') + unassignedSum).toBe(diff.clauseCounts.a);
  });

  it('lists roster entries in roster order, before groups and names off the roster', () => {
    const units = diff.unitCounts.map((c) => c.unit);
    expect(units.indexOf('区纪委区监委')).toBe(0);
    expect(units.indexOf('江北区气象局')).toBeLessThan(units.indexOf('区对口办'));
  });
});

describe('a third plan added as a file', () => {
  it('diffs against the shipped plans with no code change', () => {
    const dir = dataWithThirdPlan((text) => text.replace('units: [ 区住建局 ]', 'units: [ 区审计局 ]'));
    const plans = loadWorkspace([dir], dir).plans;
    expect(plans).toHaveLength(3);
    const d = diffPlans(plan('莲都', plans), plan('第三', plans), workspace.domains);
    expect(d.units.onlyA).toEqual(['区住建局']);
    expect(d.units.onlyB).toEqual([]);
    expect(d.domains.find((x) => x.id === 'infrastructure-services')?.onlyA).toEqual(['区住建局']);
  });
});
