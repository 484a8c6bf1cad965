// Every folder in tests/fixtures/bad-inputs is one hostile or careless input with its expected finding (issue #7).

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import { runRules } from '../../src/rules/run-rules.js';
import { buildCase, fixturesDir, readRecipe } from '../helpers/bad-input-recipe.js';
import { expectedMarks } from '../helpers/fixture-workspace.js';
import { lintDir } from '../helpers/lint-dir.js';

const casesDir = path.join(fixturesDir, 'bad-inputs');
const cases = fs.readdirSync(casesDir).sort();

async function validate(dir: string) {
  return lintDir(dir, ['load', 'validate'], 'zh');
}

describe('bad inputs', () => {
  it.each(cases)('%s', async (name) => {
    const caseDir = path.join(casesDir, name);
    const recipe = readRecipe(caseDir);
    const marks = expectedMarks(caseDir);
    expect(recipe !== null || marks.length > 0, 'a case states its expectation: # expect marks or recipe.json').toBe(
      true,
    );
    const dir = buildCase(caseDir, recipe);
    const started = performance.now();
    const findings = await validate(dir);
    expect(performance.now() - started, 'ends within seconds').toBeLessThan(5000);
    for (const f of findings) {
      expect(f.line).toBeGreaterThan(0);
      expect(f.column).toBeGreaterThan(0);
      expect(f.message).not.toMatch(/\{\{/);
    }
    if (recipe?.onlyRules) {
      expect(findings.length).toBeGreaterThan(0);
      expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(recipe.onlyRules));
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
      return;
    }
    const expected = [...marks, ...(recipe?.expect ?? []).map((e) => `${e.file}:${e.line}:${e.rule}`)].sort();
    expect(findings.map((f) => `${f.file}:${f.line}:${f.rule}`).sort()).toEqual(expected);
  });

  it('hostile keys do not pollute Object.prototype', async () => {
    const dir = buildCase(path.join(casesDir, 'proto-keys'), null);
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const workspace = loadWorkspace([dir], dir);
    await runRules(workspace, { phases: ['load', 'validate'], lang: 'zh' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    // The file is refused, and the other plans still load.
    expect(workspace.plans.map((p) => p.id)).toEqual([]);
  });
});
