// Progress reports through the real binary (#19): init writes exactly the clauses `plan tasks` lists, a filled copy
// validates, re-running init keeps what was filled, typos are findings at their line, and the overview counts them.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { readPlainYaml } from '../../src/load/plain-yaml.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';
import { shippedDataCopy } from '../helpers/shipped-data-copy.js';

const examples = path.join(repoRoot, 'examples', 'progress');

function ok(args: string[], cwd?: string): string {
  const result = runCli(args, { cwd });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

interface TaskJson {
  id: string;
  match: string;
}
const tasksOf = (unit: string): TaskJson[] => JSON.parse(ok(['tasks', '--unit', unit, '--format', 'json'])).tasks;

/** Line (1-based) of the first line of `text` containing `needle` after the line containing `after`. */
function lineOf(text: string, needle: string, after = ''): number {
  const lines = text.split('\n');
  const start = after ? lines.findIndex((l) => l.includes(after)) : 0;
  return lines.findIndex((l, i) => i >= start && l.includes(needle)) + 1;
}

/** `plan progress init` of 区商务局 for 2023-H1 into `file`, with the plans of `dir`. */
const initShangwu = (dir: string, file: string) =>
  runCli(['--data', dir, 'progress', 'init', '--unit', '区商务局', '--period', '2023-H1', '--out', file]);

/** A data folder (copy of data/) holding 区商务局's report written by init, every status filled in by `fill`. */
function filledReport(fill: (id: string) => Record<string, unknown>): { dir: string; file: string } {
  const dir = shippedDataCopy();
  const file = path.join(dir, 'shangwu.progress.yaml');
  initShangwu(dir, file);
  const doc = parseDocument(fs.readFileSync(file, 'utf8'));
  for (const item of (doc.get('clauses') as YAMLSeq<YAMLMap>).items)
    for (const [key, value] of Object.entries(fill(String(item.get('id'))))) item.set(key, value);
  fs.writeFileSync(file, doc.toString({ nullStr: '' }));
  return { dir, file };
}

describe('plan progress init', () => {
  it('lists exactly the clauses plan tasks --unit lists, the "possibly" ones in a commented block', () => {
    const tasks = tasksOf('区商务局');
    const held = tasks.filter((t) => t.match !== 'possibly').map((t) => t.id);
    const possibly = tasks.filter((t) => t.match === 'possibly').map((t) => t.id);
    expect(held.length).toBeGreaterThan(10);
    expect(possibly.length).toBeGreaterThan(0);
    const text = ok(['progress', 'init', '--unit', '区商务局', '--period', '2023-H1']);
    const report = parse(text);
    expect(report).toMatchObject({ kind: 'progress', unit: '区商务局', period: '2023-H1' });
    expect(report.clauses.map((c: { id: string }) => c.id)).toEqual(held);
    expect(report.clauses.every((c: { status: unknown }) => c.status === null)).toBe(true);
    for (const id of possibly) expect(text).toMatch(new RegExp(`^#   - id: ${id} `, 'm'));
    // The clause text is a comment above its entry, verbatim.
    expect(text).toContain('# 原文:推动黄州来江北建设农特产品展示展销馆(平台)。');
  });

  it('writes within the plain YAML subset, so that dozens of reports load without the slower full parser', () => {
    const text = ok(['progress', 'init', '--unit', '区商务局', '--period', '2023-H1']);
    expect(readPlainYaml(text)?.value).toEqual(parse(text));
    for (const name of fs.readdirSync(examples))
      expect(readPlainYaml(fs.readFileSync(path.join(examples, name), 'utf8')), name).not.toBeNull();
  });

  it('refuses a period that is not 2023, 2023-H1 or 2023-Q3, and a group name', () => {
    const bad = runCli(['progress', 'init', '--unit', '区商务局', '--period', '2023上半年']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--period 应写作');
    const missing = runCli(['progress', 'init', '--unit', '区商务局']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('需要 --unit <单位> 和 --period <期间>');
    // A nested subcommand answers like the others: its own help in Chinese, a wrong option a usage error (exit 2).
    const help = runCli(['progress', 'init', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('显示帮助');
    const bogus = runCli(['progress', 'init', '--bogus']);
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toContain('不认识的选项“--bogus”');
    const group = runCli(['progress', 'init', '--unit', '各街道(镇)', '--period', '2023-H1']);
    expect(group.code).toBe(2);
    expect(group.stderr).toContain('不是名单上的单位');
  });

  it('a filled copy validates with no findings', () => {
    const { dir } = filledReport(() => ({ status: '推进中', summary: '已部署。' }));
    const result = runCli(['validate', dir, '--format', 'json']);
    expect(JSON.parse(result.stdout)).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('re-running on an existing report adds only the missing clauses and keeps what was filled and the comments', () => {
    const { dir, file } = filledReport((id) => ({ status: '已完成', summary: `完成 ${id}` }));
    // Drop the second clause, as if it had been assigned after the report was made; add a comment of the unit's own.
    const doc = parseDocument(fs.readFileSync(file, 'utf8'));
    const seq = doc.get('clauses') as YAMLSeq<YAMLMap>;
    const dropped = String(seq.items[1]?.get('id'));
    seq.items.splice(1, 1);
    fs.writeFileSync(file, `${doc.toString({ nullStr: '' })}# 联系人:张三\n`);
    const before = fs.readFileSync(file, 'utf8');
    const result = initShangwu(dir, file);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`补上 1 条新增条文:${dropped}`);
    const after = fs.readFileSync(file, 'utf8');
    const report = parse(after);
    const added = report.clauses.find((c: { id: string }) => c.id === dropped);
    expect(added).toMatchObject({ status: null });
    for (const c of report.clauses.filter((x: { id: string }) => x.id !== dropped))
      expect(c).toMatchObject({ status: '已完成', summary: `完成 ${c.id}` });
    // Everything that was there is still there, in order: the new entry is added, nothing rewritten.
    const kept = before.split('\n').filter((l) => l.trim() !== '');
    const afterLines = after.split('\n');
    let at = 0;
    for (const line of kept) {
      const found = afterLines.indexOf(line, at);
      expect(found, line).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
    // A third run has nothing to add and leaves the file as it is.
    const again = initShangwu(dir, file);
    expect(again.stderr).toContain('已含全部条文');
    expect(fs.readFileSync(file, 'utf8')).toBe(after);
  });
});

describe('progress checks', () => {
  it('a status outside the list and a mistyped clause id are findings at their line', () => {
    const { dir, file } = filledReport(() => ({ status: '推进中' }));
    const held = tasksOf('区商务局').filter((t) => t.match !== 'possibly');
    const [first, second] = held.map((t) => t.id);
    let text = fs.readFileSync(file, 'utf8');
    const typo = `${second}9`;
    text = text.replace(`- id: ${second}\n`, `- id: ${typo}\n`);
    fs.writeFileSync(file, text);
    const idFindings = JSON.parse(runCli(['validate', dir, '--format', 'json']).stdout);
    expect(idFindings).toMatchObject([
      {
        file: expect.stringContaining('shangwu.progress.yaml'),
        line: lineOf(text, `- id: ${typo}`),
        rule: 'progress-unknown-clause',
        message: expect.stringContaining(`是否应为:${second}`),
      },
    ]);
    // Now a status typo on the first clause: a schema finding at that line (the file is then left out).
    text = text.replace(/status: 推进中/, 'status: 推进种');
    fs.writeFileSync(file, text);
    const result = runCli(['validate', dir, '--format', 'json']);
    expect(result.code).toBe(1);
    const [finding] = JSON.parse(result.stdout);
    expect(finding).toMatchObject({ rule: 'schema', line: lineOf(text, 'status: 推进种', `- id: ${first}`) });
    expect(finding.message).toContain('未启动、推进中、已完成、未能完成、不适用');
  });

  it('the example reports validate beside the shipped data, only unfilled statuses left as warnings', () => {
    const result = runCli(['validate', 'data', 'examples/progress', '--format', 'json']);
    expect(result.code).toBe(0);
    const findings = JSON.parse(result.stdout) as { rule: string; severity: string }[];
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.rule === 'progress-unfilled' && f.severity === 'warning')).toBe(true);
  });
});

describe('plan progress (overview)', () => {
  const overview = () => JSON.parse(ok(['progress', examples, '--period', '2023-H1', '--format', 'json']));

  it('names the units that filed nothing and counts each status as the reports say', () => {
    const o = overview();
    expect(o.period).toBe('2023-H1');
    const reported = fs.readdirSync(examples).map((f) => parse(fs.readFileSync(path.join(examples, f), 'utf8')));
    const filers = reported.map((r) => r.unit);
    expect(filers.sort()).toEqual(['区农业农村局', '区商务局', '区教育局']);
    for (const unit of filers) expect(o.unreported).not.toContain(unit);
    expect(o.unreported).toContain('区委办');
    expect(o.unreported.length).toBe(o.units.length - 3);
    for (const report of reported) {
      const row = o.units.find((u: { unit: string }) => u.unit === report.unit);
      const statuses = report.clauses.map((c: { status: string | null }) => c.status);
      for (const status of ['已完成', '推进中', '未启动', '未能完成', '不适用'])
        expect(row.counts[status], `${report.unit} ${status}`).toBe(
          statuses.filter((s: unknown) => s === status).length,
        );
      expect(row.held).toBe(tasksOf(report.unit).filter((t) => t.match !== 'possibly').length);
      expect(row.reported).toBe(statuses.filter((s: unknown) => s !== null).length);
      expect(row.missing.length).toBe(row.held - row.reported);
    }
    // Every clause held is in exactly one area's tally.
    const tallied = o.areas.reduce((n: number, a: { clauses: number }) => n + a.clauses, 0);
    expect(tallied).toBe(o.clauses.length);
    const shangwu = o.clauses.find((c: { id: string }) => c.id === 'jiangbei-liandu-2023:2.2.4.1');
    expect(shangwu.statuses.find((s: { unit: string }) => s.unit === '区商务局').status).toBe('未能完成');
  });

  it('--format md drafts the half-year summary quoting the units', () => {
    const md = ok(['progress', examples, '--period', '2023-H1', '--format', 'md']);
    expect(md.startsWith('# 2023年上半年对口合作工作总结(初稿)\n')).toBe(true);
    expect(md).toContain('## 二、分领域推进情况');
    expect(md).toContain('  - 区教育局(已完成):选派骨干教师5名赴黄州支教,接收黄州教师跟岗学习8名。');
    expect(md).toContain('    - 原因:莲都方项目主体调整,上半年未能签约,拟下半年重新对接。');
    expect(md).toMatch(/未报送进展的单位（\d+ 个）:/);
  });

  it("quotes a lead unit's account of its supporting units, and leaves out a broken report saying so", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-progress-'));
    for (const name of fs.readdirSync(examples)) fs.copyFileSync(path.join(examples, name), path.join(dir, name));
    const file = path.join(dir, '区商务局-2023-H1.progress.yaml');
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(
      file,
      text.replace(
        '    summary: 已与黄州区商务局对接展示展销馆选址,初定在区内商贸综合体内设点。\n',
        '    summary: 已与黄州区商务局对接展示展销馆选址,初定在区内商贸综合体内设点。\n    supporting:\n      - unit: 区供销社\n        status: 推进中\n        summary: 提供社属门店1处备选。\n',
      ),
    );
    const md = ok(['progress', dir, '--period', '2023-H1', '--format', 'md']);
    expect(md).toContain(
      '  - 区商务局(推进中):已与黄州区商务局对接展示展销馆选址,初定在区内商贸综合体内设点。\n    - 区供销社(推进中):提供社属门店1处备选。\n',
    );
    fs.writeFileSync(
      path.join(dir, 'broken.progress.yaml'),
      'kind: progress\nunit: 区委办\nperiod: 2023-H1\nclauses: 3\n',
    );
    const result = runCli(['progress', dir, '--period', '2023-H1', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('1 个进展报告文件有错误,未计入结果');
    expect(JSON.parse(result.stdout).incomplete[0]).toContain('broken.progress.yaml');
    expect(runCli(['--partial', 'progress', dir, '--period', '2023-H1']).code).toBe(0);
  });

  it('without reports and without --period it says what to give', () => {
    const result = runCli(['progress']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--period');
  });
});
