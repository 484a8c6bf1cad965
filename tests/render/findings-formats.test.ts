// Golden outputs of the CI formats for a small fixture (expected files written by hand from each format's spec).

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/rules/index.js';
import { fixtureFolder, fixturesDir } from '../helpers/fixture-workspace.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';

const expectedDir = path.join(fixturesDir, 'formats', 'expected');
// cwd is the fixture folder, so every path prints relative to it: no temporary folder names in the output.
const folder = fixtureFolder(path.join(fixturesDir, 'formats', 'data'));
const validate = (format: string) => runCli(['validate', '.', '--format', format], { cwd: folder });
const expected = (name: string) => fs.readFileSync(path.join(expectedDir, name), 'utf8');
const version = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version;

describe('finding formats on a fixture with a typo, a warning and a bad config key', () => {
  it('github: one workflow command per finding, at the exact line and column', () => {
    const result = validate('github');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(expected('github.txt'));
  });

  it('junit: every checked file is a test case, clean ones included', () => {
    const result = validate('junit');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(expected('junit.xml'));
  });

  it('sarif: results as expected; rules, levels and regions well-formed', () => {
    const result = validate('sarif');
    expect(result.code).toBe(1);
    const log = JSON.parse(result.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    const [run] = log.runs;
    expect(run.tool.driver).toMatchObject({ name: 'plan', version });
    expect(run.results).toEqual(JSON.parse(expected('sarif-results.json')));
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      // Help is guidance to read, not a message template: no {{placeholders}} left in it.
      expect(rule.help.text.length).toBeGreaterThan(20);
      expect(rule.help.text).not.toMatch(/\{\{|\}\}/);
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
    }
    for (const r of run.results) {
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      expect(['error', 'warning', 'note']).toContain(r.level);
      const location = r.locations[0].physicalLocation;
      expect(location.artifactLocation.uri).not.toMatch(/^\/|\\/);
      expect(location.region.startLine).toBeGreaterThanOrEqual(1);
      expect(location.region.startColumn).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('rule help', () => {
  it('every rule explains itself in both languages, with no placeholders', () => {
    for (const { meta } of rules) {
      for (const text of [meta.help.zh, meta.help.en]) {
        expect(text, meta.id).not.toMatch(/\{\{|\}\}/);
        expect(text.length, meta.id).toBeGreaterThan(20);
      }
      expect(meta.help.zh, meta.id).toMatch(/[\u4e00-\u9fff]/);
      expect(meta.help.en, meta.id).toMatch(/^[A-Z]/);
    }
  });
  it('SARIF help follows --lang', () => {
    const en = JSON.parse(runCli(['validate', '.', '--format', 'sarif', '--lang', 'en'], { cwd: folder }).stdout);
    const help = en.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'unknown-unit').help.text;
    expect(help).toBe(rules.find((r) => r.meta.id === 'unknown-unit')?.meta.help.en);
  });
});
