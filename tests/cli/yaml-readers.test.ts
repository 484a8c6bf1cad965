// The answer never depends on which of the two YAML readers ran (the plain-subset reader or `yaml`), nor on the line
// endings a file was saved with (issue #22 items 14 and 17), through the real binary.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureFolder, fixturesDir } from '../helpers/fixture-workspace.js';
import { runCli } from '../helpers/run-cli.js';

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

/** validate --format json, as rule:line:column plus the message, file by file name. */
function findings(dir: string): string[] {
  const result = runCli(['validate', dir, '--format', 'json']);
  expect([0, 1], result.stderr).toContain(result.code);
  const flat = JSON.parse(result.stdout) as JsonFinding[];
  return flat.map((f) => `${path.basename(f.file)}:${f.line}:${f.column}:${f.rule}:${f.message}`).sort();
}

/** A copy of the unknown-unit fixture with every file's line breaks replaced. */
function withLineEnds(lineEnd: string): string {
  const dir = fixtureFolder(path.join(fixturesDir, 'validate', 'unknown-unit'));
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
    const file = path.join(dir, name);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/\n/g, lineEnd));
  }
  return dir;
}

describe('line endings', () => {
  it('a plan saved with carriage returns only reports its findings where its line-feed twin does (26:26)', () => {
    const lf = withLineEnds('\n');
    const expected = findings(lf);
    expect(expected.filter((f) => f.includes('unknown-unit'))).toEqual([
      expect.stringMatching(/^alpha\.plan\.yaml:26:26:unknown-unit:/),
    ]);
    expect(findings(withLineEnds('\r'))).toEqual(expected);
    // The stylish excerpt shows the line the finding is on, not the whole file as one line.
    const stylish = runCli(['validate', withLineEnds('\r')]);
    expect(stylish.stdout).toMatch(/26:26 .*\n +units: \[ 区教育厅 \]/);
    expect(stylish.stdout).not.toContain('\\u{d}');
    expect(findings(withLineEnds('\r\n'))).toEqual(expected);
  });

  it('a plan saved with carriage returns only is read, queried and formatted as its line-feed twin', () => {
    const query = ['--unit', '区机关事务局', '--format', 'csv'];
    const lf = runCli(['tasks', '--data', withLineEnds('\n'), ...query]);
    // The fixture's one unknown unit makes a query exit 1 (the data has a problem); the twin must say exactly the same.
    expect(lf.code, lf.stderr).toBe(1);
    expect(lf.stdout).toContain('至少召开1次会议');
    expect(runCli(['tasks', '--data', withLineEnds('\r'), ...query])).toMatchObject({
      code: lf.code,
      stdout: lf.stdout,
      stderr: lf.stderr,
    });
    // fmt lays the file out as it lays out its line-feed twin, and keeps the file's own line breaks.
    const twins = [withLineEnds('\n'), withLineEnds('\r')];
    for (const dir of twins) expect(runCli(['fmt', '--write', dir]).code).toBe(0);
    const [lfOut, crOut] = twins.map((dir) => fs.readFileSync(path.join(dir, 'alpha.plan.yaml'), 'utf8'));
    expect(crOut).not.toContain('\n');
    expect(crOut?.replace(/\r/g, '\n')).toBe(lfOut);
  });
});

describe('the core schema’s words, whichever reader runs', () => {
  const plan = (dir: string) => path.join(dir, 'alpha.plan.yaml');

  it('`True:` beside `true:` is one duplicate-key finding, not two unknown keys', () => {
    const dir = withLineEnds('\n');
    fs.writeFileSync(plan(dir), fs.readFileSync(plan(dir), 'utf8').replace('year: 2023\n', 'true: 1\nTrue: 2\n'));
    const result = runCli(['validate', dir, '--format', 'json']);
    expect(result.code).toBe(1);
    const all = findings(dir);
    expect(all.filter((f) => f.startsWith('alpha.plan.yaml:'))).toEqual([
      expect.stringMatching(/^alpha\.plan\.yaml:7:1:duplicate-key:重复的键/),
    ]);
  });

  it.each(['True', 'TRUE', 'False', 'NULL', 'Null', '~'])(
    '`short: %s` gives the same findings from either reader',
    (word) => {
      const plain = withLineEnds('\n');
      fs.writeFileSync(plan(plain), fs.readFileSync(plan(plain), 'utf8').replace('short: 甲', `short: ${word}`));
      // An anchor takes the file out of the plain subset: `yaml` reads it, with every position unchanged.
      const other = withLineEnds('\n');
      fs.writeFileSync(plan(other), fs.readFileSync(plan(plain), 'utf8').replace('title: 测试', 'title: &t 测试'));
      const expected = findings(plain);
      expect(expected.some((f) => /^alpha\.plan\.yaml:4:\d+:schema:/.test(f))).toBe(true); // `short` is not text
      expect(findings(other)).toEqual(expected);
    },
  );
});
