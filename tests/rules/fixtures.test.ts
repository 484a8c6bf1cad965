// Every folder in tests/fixtures/validate is a broken data folder whose files mark the findings they must produce.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedMarks, fixtureFolder, fixturesDir } from '../helpers/fixture-workspace.js';
import { lintDir } from '../helpers/lint-dir.js';

const casesDir = path.join(fixturesDir, 'validate');
const cases = fs.readdirSync(casesDir).sort();

describe('validate fixtures', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(5);
  });
  it.each(cases)('%s', async (name) => {
    const dir = fixtureFolder(path.join(casesDir, name));
    const expected = expectedMarks(dir);
    expect(expected.length, 'a fixture must mark at least one expected finding').toBeGreaterThan(0);
    const findings = await lintDir(dir, ['load', 'validate'], 'zh');
    const actual = findings.map((f) => `${f.file}:${f.line}:${f.rule}`).sort();
    expect(actual).toEqual(expected);
    for (const f of findings) {
      expect(f.column).toBeGreaterThan(0);
      expect(f.message).not.toMatch(/\{\{/);
    }
  });
  it('a plan whose roster failed its schema is told which file to fix, not that no such roster exists', async () => {
    const dir = fixtureFolder(path.join(casesDir, 'roster-not-loaded'));
    const findings = await lintDir(dir, ['load', 'validate'], 'zh');
    const missing = findings.find((f) => f.rule === 'unknown-roster');
    expect(missing?.message).toBe(
      '名单“test-roster”在文件 roster.roster.yaml 中,但该文件有错误,未能载入,本计划的单位因此无法核对。请先改正 roster.roster.yaml 中的问题',
    );
  });
  it('the base folder itself is clean', async () => {
    const dir = path.join(fixturesDir, 'base');
    expect(await lintDir(dir, ['load', 'validate'], 'zh')).toEqual([]);
  });
});
