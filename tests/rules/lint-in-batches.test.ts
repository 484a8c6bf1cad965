// Batched validation (constant memory for large folders) must find exactly what loading everything at once finds.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverFiles } from '../../src/load/discover-files.js';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import { rules } from '../../src/rules/index.js';
import { lintInBatches, lintPlanFiles, splitFiles } from '../../src/rules/lint-in-batches.js';
import type { RulePhase } from '../../src/rules/rule.js';
import { runRules } from '../../src/rules/run-rules.js';
import { fixtureFolder, fixturesDir } from '../helpers/fixture-workspace.js';

const phases: RulePhase[] = ['load', 'validate'];

async function batched(dir: string) {
  const split = splitFiles(discoverFiles([dir]), phases);
  if (!split) throw new Error('every rule should declare a scope');
  const job = {
    ...split,
    targets: [...split.contextFiles, ...split.planFiles],
    cwd: dir,
    options: { phases, lang: 'zh' as const },
  };
  return lintInBatches(job, [lintPlanFiles(job)]);
}

const everything = (dir: string) => runRules(loadWorkspace([dir], dir), { phases, lang: 'zh' });

describe('batched validation', () => {
  const cases = fs.readdirSync(path.join(fixturesDir, 'validate')).sort();
  it.each(cases)('finds the same as a full load: %s', async (name) => {
    const dir = fixtureFolder(path.join(fixturesDir, 'validate', name));
    expect(await batched(dir)).toEqual(await everything(dir));
  });

  it('compares plans across batches (duplicate ids) and keeps positions in late files', async () => {
    const dir = fixtureFolder(path.join(fixturesDir, 'validate', 'unknown-unit'));
    const base = fs.readFileSync(path.join(fixturesDir, 'base', 'alpha.plan.yaml'), 'utf8');
    for (let i = 0; i < 9; i++)
      fs.writeFileSync(
        path.join(dir, `extra-${i}.plan.yaml`),
        base.replace(/^id: .*$/m, `id: extra-${i % 8}`).replace(/^short: .*$/m, `short: 额外${i}`),
      );
    const found = await batched(dir);
    expect(found).toEqual(await everything(dir));
    expect(found?.filter((f) => f.rule === 'duplicate-plan-id').map((f) => f.file)).toEqual(['extra-8.plan.yaml']);
    expect(found?.some((f) => f.rule === 'unknown-unit' && f.line > 0)).toBe(true);
  });

  // Check-phase rules with a scope run batched too; unused-roster-unit counts every clause, so it keeps `plan check` whole.
  const checkCases = fs.readdirSync(path.join(fixturesDir, 'check')).sort();
  it.each(checkCases)('finds the same check-phase findings in batches (scoped rules): %s', async (name) => {
    const dir = fixtureFolder(path.join(fixturesDir, 'check', name));
    // A third plan (a copy of alpha) lands in a later batch than alpha and beta: cross-plan rules must see across batches.
    const alpha = fs.readFileSync(path.join(dir, 'alpha.plan.yaml'), 'utf8');
    fs.writeFileSync(
      path.join(dir, 'zeta.plan.yaml'),
      alpha.replace(/^id: .*$/m, 'id: zeta').replace(/^short: .*$/m, 'short: 泽'),
    );
    const all: RulePhase[] = ['load', 'validate', 'check'];
    expect(splitFiles(discoverFiles([dir]), all)).toBeNull();
    const split = splitFiles(discoverFiles([dir]), phases);
    if (!split) throw new Error('every validate rule should declare a scope');
    const job = { ...split, targets: split.files, cwd: dir, options: { phases: all, lang: 'zh' as const } };
    const scoped = new Set(rules.filter((r) => r.meta.scope !== undefined).map((r) => r.meta.id));
    const full = (await runRules(loadWorkspace([dir], dir), { phases: all, lang: 'zh' })).filter((f) =>
      scoped.has(f.rule),
    );
    expect(full.some((f) => f.rule === name) || name === 'unused-roster-unit').toBe(true);
    expect(await lintInBatches(job, [lintPlanFiles(job)])).toEqual(full);
  });

  it('gives the same findings when parts share the files through a claim counter', async () => {
    // Clean files: no finding makes a part wait for the position locator, so the parts strictly take turns.
    const dir = fixtureFolder(path.join(fixturesDir, 'base'), { base: false });
    const base = fs.readFileSync(path.join(fixturesDir, 'base', 'alpha.plan.yaml'), 'utf8');
    for (let i = 0; i < 9; i++)
      fs.writeFileSync(
        path.join(dir, `extra-${i}.plan.yaml`),
        base.replace(/^id: .*$/m, `id: extra-${i % 7}`).replace(/^short: .*$/m, `short: 额外${i}`),
      );
    const split = splitFiles(discoverFiles([dir]), phases);
    if (!split) throw new Error('every rule should declare a scope');
    const job = {
      ...split,
      targets: split.files,
      cwd: dir,
      options: { phases, lang: 'zh' as const },
      claim: new Int32Array(new SharedArrayBuffer(4)),
    };
    // The parts take turns (each awaits between files), so each holds every other file: order must be restored.
    const parts = [lintPlanFiles(job), lintPlanFiles(job)];
    const found = await lintInBatches(job, parts);
    expect(found).toEqual(await everything(dir));
    expect(found?.filter((f) => f.rule === 'duplicate-plan-id').map((f) => f.file)).toEqual([
      'extra-7.plan.yaml',
      'extra-8.plan.yaml',
    ]);
  });

  it('leaves files above deferAbove to another call, which lints exactly those', async () => {
    const dir = fixtureFolder(path.join(fixturesDir, 'validate', 'unknown-unit'));
    const split = splitFiles(discoverFiles([dir]), phases);
    if (!split) throw new Error('every rule should declare a scope');
    const job = { ...split, targets: split.files, cwd: dir, options: { phases, lang: 'zh' as const } };
    const capped = await lintPlanFiles({ ...job, deferAbove: 100 });
    expect(capped.deferred).toEqual(split.planFiles.map((_, i) => i));
    expect(capped.headers).toEqual([]);
    const rest = lintPlanFiles({ ...job, only: capped.deferred });
    expect(await lintInBatches(job, [Promise.resolve(capped), rest])).toEqual(await everything(dir));
  });

  it('falls back to a full load when a *.plan.yaml file is not a plan', async () => {
    const dir = fixtureFolder(path.join(fixturesDir, 'validate', 'unknown-unit'));
    fs.renameSync(path.join(dir, 'roster.roster.yaml'), path.join(dir, 'roster.plan.yaml'));
    expect(await batched(dir)).toBeNull();
  });
});
