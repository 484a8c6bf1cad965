// The one way rules run (a plan file at a time, then the cross-file rules) must find exactly what loading every file
// at once and running every rule over it finds, whatever the files are called and wherever their `kind:` is.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import { type EveryField, type PlanHeader, planHeader } from '../../src/rules/lint-in-batches.js';
import type { RulePhase } from '../../src/rules/rule.js';
import { runRules } from '../../src/rules/run-rules.js';
import { fixtureFolder, fixturesDir } from '../helpers/fixture-workspace.js';
import { lintDir } from '../helpers/lint-dir.js';
import { repoRoot } from '../helpers/run-cli.js';

const phases: RulePhase[] = ['load', 'validate'];
const all: RulePhase[] = ['load', 'validate', 'check'];
/** The reference: every file loaded at once, every rule run over the whole workspace. */
const everything = (dir: string, p = phases) => runRules(loadWorkspace([dir], dir), { phases: p, lang: 'zh' });

describe('rules run a plan file at a time', () => {
  const cases = fs.readdirSync(path.join(fixturesDir, 'validate')).sort();
  it.each(cases)('finds the same as a full load: %s', async (name) => {
    const dir = fixtureFolder(path.join(fixturesDir, 'validate', name));
    expect(await lintDir(dir, phases)).toEqual(await everything(dir));
  });

  const checkCases = fs.readdirSync(path.join(fixturesDir, 'check')).sort();
  it.each(checkCases)('finds the same check-phase findings as a full load: %s', async (name) => {
    const dir = fixtureFolder(path.join(fixturesDir, 'check', name));
    // A third plan (a copy of alpha) after alpha and beta: cross-plan rules must see every plan.
    const alpha = fs.readFileSync(path.join(dir, 'alpha.plan.yaml'), 'utf8');
    fs.writeFileSync(
      path.join(dir, 'zeta.plan.yaml'),
      alpha.replace(/^id: .*$/m, 'id: zeta').replace(/^short: .*$/m, 'short: 泽'),
    );
    const full = await everything(dir, all);
    expect(full.some((f) => f.rule === name)).toBe(true);
    expect(await lintDir(dir, all)).toEqual(full);
  });

  it('compares plans across files (duplicate ids) and keeps positions in late files', async () => {
    const dir = fixtureFolder(path.join(fixturesDir, 'validate', 'unknown-unit'));
    const base = fs.readFileSync(path.join(fixturesDir, 'base', 'alpha.plan.yaml'), 'utf8');
    for (let i = 0; i < 9; i++)
      fs.writeFileSync(
        path.join(dir, `extra-${i}.plan.yaml`),
        base.replace(/^id: .*$/m, `id: extra-${i % 8}`).replace(/^short: .*$/m, `short: 额外${i}`),
      );
    const found = await lintDir(dir, phases);
    expect(found).toEqual(await everything(dir));
    expect(found.filter((f) => f.rule === 'duplicate-plan-id').map((f) => f.file)).toEqual(['extra-8.plan.yaml']);
    expect(found.some((f) => f.rule === 'unknown-unit' && f.line > 0)).toBe(true);
  });
});

describe('files are told apart by their kind, not their name', () => {
  const renamed = async (renames: [string, string][]) => {
    const dir = fixtureFolder(path.join(fixturesDir, 'validate', 'unknown-unit'));
    const before = await lintDir(dir, phases);
    for (const [from, to] of renames) fs.renameSync(path.join(dir, from), path.join(dir, to));
    const rename = new Map(renames);
    return { dir, before: before.map((f) => ({ ...f, file: rename.get(f.file) ?? f.file })) };
  };

  it('a roster named *.plan.yaml and plans named otherwise give the same findings', async () => {
    const { dir, before } = await renamed([
      ['roster.roster.yaml', 'roster.plan.yaml'],
      ['alpha.plan.yaml', 'alpha.yaml'],
    ]);
    expect(before.some((f) => f.rule === 'unknown-unit')).toBe(true);
    const after = await lintDir(dir, phases);
    expect(after).toEqual(await everything(dir));
    expect(after).toEqual(before.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line));
  });

  it('a roster whose `kind:` comes after a long comment is still loaded before the plans', async () => {
    const dir = fixtureFolder(path.join(fixturesDir, 'validate', 'unknown-unit'));
    const file = path.join(dir, 'roster.roster.yaml');
    const before = await lintDir(dir, phases);
    fs.writeFileSync(file, `${'# 说明\n'.repeat(2000)}${fs.readFileSync(file, 'utf8')}`);
    const after = await lintDir(dir, phases);
    expect(after).toEqual(await everything(dir));
    expect(after.map((f) => `${f.file} ${f.rule}`)).toEqual(before.map((f) => `${f.file} ${f.rule}`));
  });

  it('a plan that claims near its top to be a roster is still checked as a plan', async () => {
    const dir = fixtureFolder(path.join(fixturesDir, 'validate', 'unknown-unit'));
    const file = path.join(dir, 'alpha.plan.yaml');
    // A block scalar's line can read `kind: roster` at the start of a line only inside a multi-line flow; a comment cannot
    // start with it. A second document-level key is the plain way: YAML keeps the last, so the file is a plan.
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, `kind: roster\n${text.replace(/^kind: plan$/m, '')}kind: plan\n`);
    expect(await lintDir(dir, phases)).toEqual(await everything(dir));
  });
});

describe('plan headers', () => {
  it('keep every field of a plan but its body', () => {
    const workspace = loadWorkspace([path.join(repoRoot, 'data')], repoRoot);
    for (const plan of workspace.plans) {
      const { statement, items, clauses, sections, ...head } = plan;
      expect(planHeader(plan)).toEqual({ ...head, statement: null, items: [], clauses: [], sections: [] });
      expect(items.length).toBeGreaterThan(0);
    }
  });

  it('cannot forget a field: a header literal without one does not compile', () => {
    // @ts-expect-error `short`, `title` and the rest are missing (npm run typecheck fails if this compiles)
    const forgotten: EveryField<PlanHeader> = { id: 'x' };
    expect(forgotten.id).toBe('x');
  });
});
