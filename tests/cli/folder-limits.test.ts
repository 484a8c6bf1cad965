// Commands that hold a whole folder in memory refuse one beyond the measured limits (exit 2, a clear message) instead
// of running out of heap minutes later (#22.11); validate, which holds one plan file at a time, is not limited.

import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_FOLDER_BYTES, MAX_FOLDER_FILES } from '../../src/cli/folder-limits.js';
import { MAX_FINDINGS } from '../../src/rules/lint-in-batches.js';
import { fixtureFolder, fixturesDir } from '../helpers/fixture-workspace.js';
import { runCli } from '../helpers/run-cli.js';
import { shippedDataCopy } from '../helpers/shipped-data-copy.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
const data = () => {
  const dir = shippedDataCopy();
  made.push(dir);
  return dir;
};

describe('folder limits', () => {
  it(`refuses more than ${MAX_FOLDER_FILES} files for queries, report and check, but validates them`, () => {
    const dir = fixtureFolder(path.join(fixturesDir, 'base'), { base: false });
    made.push(dir);
    const alpha = fs.readFileSync(path.join(dir, 'alpha.plan.yaml'), 'utf8');
    // Small valid plans, each with an id of its own: validate has nothing to say about them; only their number matters.
    for (let i = fs.readdirSync(dir).length; i <= MAX_FOLDER_FILES; i++)
      fs.writeFileSync(
        path.join(dir, `p-${i}.plan.yaml`),
        alpha.replace(/^id: .*$/m, `id: p-${i}`).replace(/^short: .*$/m, `short: 计划${i}`),
      );
    const count = MAX_FOLDER_FILES + 1;
    expect(fs.readdirSync(dir)).toHaveLength(count);
    for (const args of [
      ['units', '--data', dir],
      ['stats', '--data', dir],
      ['tasks', '--data', dir, '--unit', '区商务局'],
      ['report', '--data', dir, '--out', path.join(dir, 'out')],
      ['check', dir],
    ]) {
      const r = runCli(args);
      expect(r.code, args[0]).toBe(2);
      expect(r.stderr).toMatch(
        new RegExp(
          `^plan: 一次载入的文件太多.${count} 个.上限 ${MAX_FOLDER_FILES} 个..请拆分文件夹.分别查询。plan validate 不受此限\\n$`,
        ),
      );
      expect(r.stdout).toBe('');
    }
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
    const en = runCli(['--lang', 'en', 'units', '--data', dir]);
    expect(en.stderr).toContain(`Too many files to load at once: ${count} (the limit is ${MAX_FOLDER_FILES})`);
    // validate goes through them all, one at a time: clean.
    expect(runCli(['validate', dir])).toEqual({ code: 0, stdout: '', stderr: '' });
  }, 120_000);

  it(`refuses more than ${MAX_FOLDER_BYTES / 1024 / 1024} MB of YAML for queries`, () => {
    const dir = data();
    // Sparse files: their size counts, and nothing is read before the refusal. Each is under the 10 MB file limit.
    const each = 9 * 1024 * 1024;
    const extra = Math.ceil(MAX_FOLDER_BYTES / each);
    for (let i = 0; i < extra; i++) {
      const file = path.join(dir, `big-${i}.yaml`);
      fs.writeFileSync(file, '');
      fs.truncateSync(file, each);
    }
    const r = runCli(['units', '--data', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^plan: 一次载入的数据太多.\d+ 个文件共 \d+\.\d MB.上限 10\.0 MB..请拆分文件夹.分别查询。plan validate 不受此限\n$/,
    );
    expect(r.stdout).toBe('');
  });
});

/** A folder of `plans` copies of the base plan, each naming 1,000 units on no roster (1,000 unknown-unit findings). */
function manyUnknownUnits(plans: number): string {
  const dir = fixtureFolder(path.join(fixturesDir, 'base'), { base: false });
  made.push(dir);
  const alpha = fs.readFileSync(path.join(dir, 'alpha.plan.yaml'), 'utf8');
  const names = Array.from({ length: 1000 }, (_, i) => `区测试单位${i}`).join(', ');
  for (let i = 0; i < plans; i++)
    fs.writeFileSync(
      path.join(dir, `p-${String(i).padStart(3, '0')}.plan.yaml`),
      alpha
        .replace(/^id: .*$/m, `id: p-${i}`)
        .replace(/^short: .*$/m, `short: 计划${i}`)
        .replace('units: [ 区教育局 ]', `units: [ ${names} ]`),
    );
  return dir;
}

describe('findings limit', () => {
  it(`validate stops after ${MAX_FINDINGS} findings, says which files it left unchecked, and exits 1`, () => {
    // alpha.plan.yaml (clean) comes first; then 100 plans reach the limit and 5 are left.
    const dir = manyUnknownUnits(MAX_FINDINGS / 1000 + 5);
    const r = runCli(['validate', '--format', 'json', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout) as { file: string; rule: string }[];
    expect(findings.filter((f) => f.rule === 'unknown-unit')).toHaveLength(MAX_FINDINGS);
    const files = new Set(findings.map((f) => f.file));
    expect(files.has('p-099.plan.yaml')).toBe(true);
    expect(files.has('p-100.plan.yaml')).toBe(false);
    expect(r.stderr).toBe(
      `注意:问题太多,报告 ${findings.length} 个后停止,另有 5 个文件未检查(从 p-100.plan.yaml 起)。请先改正已报告的问题,再运行一次。\n`,
    );
  }, 180_000);

  it('report lists 300,000 findings of one rule without running out of stack', () => {
    // Under the folder limits (300 such plans are ~6.5 MB); Math.min(...findings) overflowed the stack here.
    const dir = manyUnknownUnits(300);
    // Half a minute on a loaded machine: more time than runCli's default before it kills the child.
    const r = runCli(['report', '--data', dir, '--out', path.join(dir, 'out')], { timeout: 150_000 });
    expect(r.stderr).not.toContain('内部错误');
    expect(r.code).toBe(1); // data with unknown names is incomplete without --partial
    expect(fs.statSync(path.join(dir, 'out', 'index.html')).size).toBeGreaterThan(1_000_000);
  }, 180_000);
});
