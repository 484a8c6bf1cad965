// Every folder in tests/fixtures/check adds files to the base folder and marks the findings `plan check` must give in them.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/rules/index.js';
import { expectedMarks, fixtureFolder, fixturesDir } from '../helpers/fixture-workspace.js';
import { lintDir } from '../helpers/lint-dir.js';

const casesDir = path.join(fixturesDir, 'check');
const cases = fs.readdirSync(casesDir).sort();
const checkRules = rules.filter((r) => r.meta.phase === 'check').map((r) => r.meta.id);

async function checkFindings(dir: string) {
  return lintDir(dir, ['load', 'validate', 'check'], 'zh');
}

describe('check fixtures', () => {
  it('has a case for every check rule', () => {
    expect(cases).toEqual([...checkRules].sort());
  });
  it.each(cases)('%s', async (name) => {
    const caseDir = path.join(casesDir, name);
    const dir = fixtureFolder(caseDir);
    const expected = expectedMarks(caseDir);
    expect(expected.filter((m) => m.endsWith(`:${name}`)).length, 'a case must mark its own rule').toBeGreaterThan(0);
    // Findings in the base files are context here (the base plan names 区对口办, for one); the case's own files must match exactly.
    const own = new Set(fs.readdirSync(caseDir));
    const findings = (await checkFindings(dir)).filter((f) => own.has(f.file));
    expect(findings.map((f) => `${f.file}:${f.line}:${f.rule}`).sort()).toEqual(expected);
    for (const f of findings) {
      expect(f.column).toBeGreaterThan(0);
      expect(f.message).not.toMatch(/\{\{/);
    }
  });
});

describe('check rule details', () => {
  it('says how an unused roster unit is (not) reached', async () => {
    const findings = await checkFindings(fixtureFolder(path.join(casesDir, 'unused-roster-unit')));
    const message = (name: string) =>
      findings.find((f) => f.rule === 'unused-roster-unit' && f.data?.name === name)?.message ?? '';
    expect(message('外滩街道')).toContain('仅通过组“区绩效考评单位、各街道(镇)”');
    expect(message('区财政局')).toContain('仅通过组“区绩效考评单位”');
    expect(message('区城投公司')).toContain('都没有任务');
    expect(message('区教育局')).toMatch(/在 乙 计划中没有被点名\(在 甲 计划中有 1 条\)/);
    expect(findings.find((f) => f.data?.name === '区商务局')).toBeUndefined();
    expect(findings.filter((f) => f.rule === 'unused-roster-unit').every((f) => f.severity === 'info')).toBe(true);
  });

  it('treats titles differing only in <> vs 〈〉 as the same document, not as a title mismatch', async () => {
    const dir = fixtureFolder(path.join(casesDir, 'basis-number-mismatch'));
    const beta = path.join(dir, 'beta.plan.yaml');
    // Same number on both sides now: only the typography of the title differs.
    fs.writeFileSync(beta, fs.readFileSync(beta, 'utf8').replace('766号', '76号'));
    const findings = await checkFindings(dir);
    expect(findings.filter((f) => f.rule.startsWith('basis-'))).toEqual([]);
  });

  it('words the basis mismatch with both numbers, as an error unless configured', async () => {
    const dir = fixtureFolder(path.join(casesDir, 'basis-number-mismatch'));
    const findings = (await checkFindings(dir)).filter((f) => f.rule === 'basis-number-mismatch');
    expect(findings.map((f) => f.severity)).toEqual(['error', 'error']);
    expect(findings[0]?.message).toContain('其他计划写作:乙 发改振兴〔2022〕766号');
    fs.writeFileSync(path.join(dir, 'plan.config.yaml'), 'rules:\n  basis-number-mismatch: warn\n');
    expect((await checkFindings(dir)).filter((f) => f.rule === 'basis-number-mismatch').map((f) => f.severity)).toEqual(
      ['warning', 'warning'],
    );
  });
});
