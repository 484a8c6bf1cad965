// plan check on the shipped data: the names off annex 3, roster units without tasks, and the 76号/766号 discrepancy.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import { classifyNames } from '../../src/query/unit-names.js';
import { ruleById } from '../../src/rules/index.js';
import { lintDir } from '../helpers/lint-dir.js';
import { repoRoot } from '../helpers/run-cli.js';
import { dataWithThirdPlan } from '../helpers/third-plan.js';

const workspace = loadWorkspace([path.join(repoRoot, 'data')], repoRoot);
const findings = await lintDir(path.join(repoRoot, 'data'), ['load', 'validate', 'check'], 'zh', repoRoot);
const byRule = (rule: string) => findings.filter((f) => f.rule === rule);

describe('plan check on the shipped data', () => {
  it('has no error-level findings', () => {
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('lists the names not on annex 3 once per plan, with every place they are named', () => {
    const found = byRule('unit-not-on-roster');
    const names = found.map((f) => `${f.data?.plan} ${f.data?.name} ${f.data?.count}`);
    // 区对口办: 4 clauses in 黄州 (items 1, 3, 5 twice), 6 in 莲都; 区金融监管局 once in 莲都 (二)4.
    expect(names.sort()).toEqual(['莲都 区对口办 6', '莲都 区金融监管局 1', '黄州 区对口办 4']);
    expect(found.find((f) => f.data?.plan === '黄州')?.data?.places).toEqual([
      { item: '1', clause: 1 },
      { item: '3', clause: 1 },
      { item: '5', clause: 1 },
      { item: '5', clause: 2 },
    ]);
    expect(found.find((f) => f.data?.plan === '黄州')?.message).toContain(
      '黄州 有 4 处:条目 1 第 1 条、条目 3 第 1 条、条目 5 第 1 条、条目 5 第 2 条;登记说明:',
    );
    expect(byRule('unit-not-on-roster').every((f) => f.severity === 'warning' && f.file.endsWith('.plan.yaml'))).toBe(
      true,
    );
  });

  it('reports the same document cited as 76号 in 黄州 and 766号 in 莲都, downgraded to a warning by plan.config.yaml', () => {
    expect(ruleById('basis-number-mismatch')?.meta.severity).toBe('error');
    expect(workspace.configs.map((c) => c.config.rules?.['basis-number-mismatch'])).toEqual(['warn']);
    const mismatch = byRule('basis-number-mismatch');
    expect(mismatch.map((f) => [path.basename(f.file), f.line, f.data?.number, f.severity])).toEqual([
      ['huangzhou-2023.plan.yaml', 24, '发改振兴〔2022〕76号', 'warning'],
      ['liandu-2023.plan.yaml', 24, '发改振兴〔2022〕766号', 'warning'],
    ]);
    // The data folder has accepted the difference: the message says so instead of advising to accept it.
    for (const f of mismatch) expect(f.message).toContain('plan.config.yaml 已把本规则设为 warn');
    expect(byRule('basis-title-mismatch')).toEqual([]);
  });

  it('advises setting the rule to warn only while the data folder has not', async () => {
    const dir = dataWithThirdPlan();
    fs.rmSync(path.join(dir, 'plan.config.yaml'));
    const findings = await lintDir(dir, ['load', 'validate', 'check'], 'zh');
    const mismatch = findings.filter((f) => f.rule === 'basis-number-mismatch');
    expect(mismatch).toHaveLength(3);
    for (const f of mismatch) {
      expect(f.severity).toBe('error');
      expect(f.message).toContain('可在 plan.config.yaml 中把本规则设为 warn');
    }
  });

  it('reports roster units no plan names, on the roster line, and the streets as reached only through groups', () => {
    const unused = byRule('unused-roster-unit');
    expect(unused.every((f) => f.file.endsWith('roster-2023.roster.yaml') && f.severity === 'info')).toBe(true);
    const street = unused.find((f) => f.data?.name === '外滩街道');
    expect(street?.line).toBe(96);
    expect(street?.message).toContain('仅通过组“区绩效考评单位、各街道(镇)”');
    expect(unused.find((f) => f.data?.name === '区住建局')?.message).toContain('在 黄州 计划中没有被点名');
    expect(unused.find((f) => f.data?.name === '区商务局')).toBeUndefined();
  });

  it('classifies every written name: aliases and second names carry their notes', () => {
    const names = classifyNames(workspace.plans, workspace.rosters);
    const get = (written: string) => names.find((n) => n.written === written);
    expect(get('区台办')).toMatchObject({ kind: 'other-name', means: '区委办' });
    expect(get('区机关事务局')).toMatchObject({ kind: 'alias', means: '区机关事务管理局' });
    expect(get('区机关事务局')?.note).toContain('区机关事务管理局');
    expect(get('区财政局(区国资中心)')).toMatchObject({ kind: 'written-form', means: '区财政局' });
    expect(get('区直相关单位')).toMatchObject({ kind: 'vague-group' });
    expect(get('区金融监管局')).toMatchObject({ kind: 'acknowledged', means: null });
    expect(names.filter((n) => n.kind === 'unknown')).toEqual([]);
    // Every written name appears exactly once in the classification.
    const written = new Set(workspace.plans.flatMap((p) => p.clauses.flatMap((c) => c.units.map((u) => u.written))));
    expect(names.map((n) => n.written).sort()).toEqual([...written].sort());
  });

  it('works for a third plan added as a file', async () => {
    const dir = dataWithThirdPlan();
    const third = await lintDir(dir, ['load', 'validate', 'check'], 'zh');
    expect(third.filter((f) => f.severity === 'error')).toEqual([]);
    // The copy of 莲都 names 区对口办 6 times and 区金融监管局 once, and cites 766号 like 莲都.
    const offRoster = third.filter((f) => f.rule === 'unit-not-on-roster' && f.file === 'third-2023.plan.yaml');
    expect(offRoster.map((f) => [f.data?.name, f.data?.count])).toEqual([
      ['区金融监管局', 1],
      ['区对口办', 6],
    ]);
    const mismatch = third.filter((f) => f.rule === 'basis-number-mismatch');
    expect(mismatch.map((f) => f.file)).toEqual([
      'huangzhou-2023.plan.yaml',
      'liandu-2023.plan.yaml',
      'third-2023.plan.yaml',
    ]);
    expect(mismatch[0]?.message).toContain('莲都 发改振兴〔2022〕766号、第三 发改振兴〔2022〕766号');
    expect(mismatch[0]?.data?.others).toEqual([
      { plan: '莲都', number: '发改振兴〔2022〕766号' },
      { plan: '第三', number: '发改振兴〔2022〕766号' },
    ]);
  });
});
