// Data and file names cannot drive a terminal or a CI log: no raw control, direction or escape character in any output,
// and no line of it that data starts (a line `::error …::` would be a GitHub workflow command).

import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureFolder, fixturesDir } from '../helpers/fixture-workspace.js';
import { runCli } from '../helpers/run-cli.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});
/** The base fixtures in a temporary folder, 区教育局 in the plan written as `unit` (YAML double-quoted text). */
function folderWithUnit(unit: string, planName = 'alpha.plan.yaml'): string {
  const dir = fixtureFolder(path.join(fixturesDir, 'base'), { base: false });
  made.push(dir);
  const plan = fs.readFileSync(path.join(dir, 'alpha.plan.yaml'), 'utf8').replace('区教育局 ]', `"${unit}" ]`);
  fs.rmSync(path.join(dir, 'alpha.plan.yaml'));
  fs.writeFileSync(path.join(dir, planName), plan);
  return dir;
}

/** ESC, BEL, C1 CSI, line and paragraph separators, bidi overrides and isolates: none may reach the output raw. */
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** A line that data could have started: a workflow command, with or without spaces before it. */
const COMMAND_LINE = /^\s*::/m;
const INJECTED = '区商务局\\n::error file=ci.yml,line=1::伪造的错误';
const CONTROLS = '区\\e]0;改了标题\\a商务\\u202E局\\u2028';

describe('a line break and :: in a unit name or a file name (#22 item 18)', () => {
  it.each(['stylish', 'github'])('validate --format %s prints no line of the data’s making', (format) => {
    const result = runCli(['validate', folderWithUnit(INJECTED), '--format', format]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('伪造的错误');
    const lines = result.stdout.split('\n');
    // github lines are all commands of ours: `::error file=…::message`, one per finding, never one from the data.
    if (format === 'github')
      expect(lines.filter((l) => /^::/.test(l)).every((l) => /^::(error|warning|notice) file=/.test(l))).toBe(true);
    else expect(result.stdout).not.toMatch(COMMAND_LINE);
    expect(result.stdout).not.toMatch(/^::error file=ci\.yml/m);
  });

  it('a file name with a line break and :: in it is shown on one line, by validate and by fmt', () => {
    const dir = folderWithUnit('区教育厅', 'x\n::error file=ci.yml::伪造.plan.yaml');
    const validate = runCli(['validate', dir]);
    expect(validate.stdout).toContain('x\\u{a}:\\u{3a}error file=ci.yml:\\u{3a}伪造.plan.yaml');
    expect(validate.stdout).not.toMatch(COMMAND_LINE);
    fs.appendFileSync(path.join(dir, 'x\n::error file=ci.yml::伪造.plan.yaml'), '\n\n\n'); // not formatted: fmt names it
    const fmt = runCli(['fmt', '--check', dir]);
    expect(fmt.code).toBe(1);
    expect(fmt.stdout).toContain('x\\u{a}:\\u{3a}error');
    expect(fmt.stdout + fmt.stderr).not.toMatch(COMMAND_LINE);
  });

  it('the stderr note of a query shows a name’s line break rather than starting a line with it', () => {
    const result = runCli(['tasks', '--data', folderWithUnit(INJECTED), '--unit', '区商务局', '--partial']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('区商务局\\u{a}:\\u{3a}error file=ci.yml');
    expect(result.stderr).not.toMatch(COMMAND_LINE);
  });

  it('the note of search about a plan’s name shows that name’s line break', () => {
    const dir = folderWithUnit('区教育局');
    const plan = path.join(dir, 'alpha.plan.yaml');
    const short = '甲\n::error file=ci.yml::伪造';
    fs.writeFileSync(
      plan,
      fs.readFileSync(plan, 'utf8').replace('short: 甲', `short: "${short.replace('\n', '\\n')}"`),
    );
    const result = runCli(['search', short, '--data', dir]);
    expect(result.stderr).toContain('甲\\u{a}:\\u{3a}error file=ci.yml');
    expect(result.stdout + result.stderr).not.toMatch(COMMAND_LINE);
  });

  it('a Markdown title (show --format md) whose section heading holds a line break starts no line with ::', () => {
    const dir = folderWithUnit('区教育局');
    const plan = path.join(dir, 'alpha.plan.yaml');
    const heading = 'heading: "传承弘扬红色文化\\n::error file=ci.yml::伪造"';
    fs.writeFileSync(plan, fs.readFileSync(plan, 'utf8').replace('heading: 传承弘扬红色文化', heading));
    const result = runCli(['show', '甲', '1', '--data', dir, '--format', 'md']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('error file=ci.yml');
    expect(result.stdout).not.toMatch(COMMAND_LINE);
  });
});

describe('control and direction characters from data and file names (#22 item 19)', () => {
  it('validate --format github shows them escaped, in the message and the file name', () => {
    const dir = folderWithUnit(CONTROLS, 'evil\u001b[2J.plan.yaml');
    const result = runCli(['validate', dir, '--format', 'github']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('区\\u{1b}]0;改了标题\\u{7}商务\\u{202e}局\\u{2028}');
    expect(result.stdout).toContain('evil\\u{1b}[2J.plan.yaml');
    expect(result.stdout).not.toMatch(RAW);
  });

  it('the stderr notes of tasks and report show them escaped', () => {
    const dir = folderWithUnit(CONTROLS);
    for (const args of [
      ['tasks', '--data', dir, '--unit', '区商务局', '--partial'],
      ['report', '--data', dir, '--out', path.join(dir, 'out'), '--partial'],
    ]) {
      const result = runCli(args);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toContain('区\\u{1b}]0;改了标题\\u{7}商务\\u{202e}局\\u{2028}');
      expect(result.stderr + result.stdout).not.toMatch(RAW);
    }
  });

  it('fmt names a file with ESC in its name escaped', () => {
    const dir = folderWithUnit('区教育局', 'evil\u001b]8;;x.example\u0007.plan.yaml');
    fs.appendFileSync(path.join(dir, 'evil\u001b]8;;x.example\u0007.plan.yaml'), '\n\n\n');
    const result = runCli(['fmt', '--check', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('evil\\u{1b}]8;;x.example\\u{7}.plan.yaml');
    expect(result.stdout + result.stderr).not.toMatch(RAW);
  });

  it('a table shows a right-to-left override as \\u{202e}, not turned around', () => {
    const result = runCli(['tasks', '--data', folderWithUnit(CONTROLS), '--unit', '区教育局', '--partial'], {
      env: { COLUMNS: '200' },
    });
    expect(result.code).toBe(0);
    expect(result.stdout + result.stderr).not.toMatch(RAW);
  });

  it('the HTML report shows ESC and U+202E as visible codes', () => {
    const dir = folderWithUnit(CONTROLS);
    const out = path.join(dir, 'out');
    expect(runCli(['report', '--data', dir, '--out', out, '--partial']).code).toBe(0);
    const html = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(html).toContain('区\\u{1b}]0;改了标题\\u{7}商务\\u{202e}局');
    expect(html).not.toMatch(/[\u001b\u0007\u202e]/);
  });
});
