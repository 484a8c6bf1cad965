// A large folder, validated a plan file at a time: findings keep exact file:line:col and cross-file checks see every plan.

import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { fixtureFolder, fixturesDir } from '../helpers/fixture-workspace.js';
import { runCli } from '../helpers/run-cli.js';

it('validates 220 plans (and a 1 MB one, and plans not named *.plan.yaml) with exact positions', () => {
  const dir = fixtureFolder(path.join(fixturesDir, 'validate', 'unknown-unit'));
  const marked = fs.readFileSync(path.join(dir, 'alpha.plan.yaml'), 'utf8');
  fs.rmSync(path.join(dir, 'alpha.plan.yaml'));
  const line = marked.split('\n').findIndex((l) => l.includes('# expect: unknown-unit')) + 1;
  for (let i = 0; i < 220; i++) {
    const n = String(i).padStart(3, '0');
    // Plan 219 repeats plan 0's id: only a check over all plans can see it. Every other plan is named plain *.yaml.
    fs.writeFileSync(
      path.join(dir, i % 2 ? `p${n}.yaml` : `p${n}.plan.yaml`),
      marked.replace(/^id: .*$/m, `id: p${i === 219 ? '000' : n}`).replace(/^short: .*$/m, `short: 计划${n}`),
    );
  }
  // Over 1 MB (a long comment).
  fs.writeFileSync(
    path.join(dir, 'big.plan.yaml'),
    `${marked.replace(/^id: .*$/m, 'id: big').replace(/^short: .*$/m, 'short: 大')}${'# 填充\n'.repeat(150_000)}`,
  );
  const { code, stdout } = runCli(['validate', '--format', 'json', dir]);
  expect(code).toBe(1);
  const findings = JSON.parse(stdout) as { file: string; line: number; column: number; rule: string }[];
  const unknown = findings.filter((f) => f.rule === 'unknown-unit');
  expect(unknown).toHaveLength(221);
  expect(unknown.some((f) => path.basename(f.file) === 'big.plan.yaml')).toBe(true);
  expect(new Set(unknown.map((f) => `${f.line}:${f.column}`))).toEqual(new Set([`${line}:${unknown[0]?.column}`]));
  expect(unknown[0]?.column).toBeGreaterThan(1);
  expect(findings.filter((f) => f.rule === 'duplicate-plan-id').map((f) => path.basename(f.file))).toEqual([
    'p219.yaml',
  ]);
});
