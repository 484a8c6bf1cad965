// `plan report` with progress reports in the data folder, through the real binary: the unit × area view by status, the
// units that have not reported, and each handout's reported status, summary and target actuals (#19 item 5).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot, runCli } from '../helpers/run-cli.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-report-progress-'));
const data = path.join(work, 'data');
const examples = path.join(repoRoot, 'examples', 'progress');
fs.cpSync(path.join(repoRoot, 'data'), data, { recursive: true });
for (const name of fs.readdirSync(examples)) fs.copyFileSync(path.join(examples, name), path.join(data, name));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const epoch = { SOURCE_DATE_EPOCH: '1688169600' };

function report(args: string[], dir = data): string {
  const out = path.join(work, `out-${Math.random().toString(36).slice(2)}`);
  const result = runCli(['--data', dir, 'report', '--out', out, ...args], { env: epoch });
  expect(result.code, result.stderr).toBe(0);
  const file = args.includes('--unit') ? `${args[args.indexOf('--unit') + 1]}.html` : 'index.html';
  return fs.readFileSync(path.join(out, file), 'utf8');
}

/** The statuses an example report gives, counted from the file itself. */
function statusesIn(file: string): Record<string, number> {
  const yaml = parse(fs.readFileSync(path.join(examples, file), 'utf8')) as {
    clauses: { status?: string | null }[];
  };
  const counts: Record<string, number> = {};
  for (const c of yaml.clauses) if (c.status) counts[c.status] = (counts[c.status] ?? 0) + 1;
  return counts;
}

/** A row of the progress view: its chips summed per status. */
function rowChips(html: string, unit: string): Record<string, number> {
  const table = html.match(/<table class="matrix progress">.*?<\/table>/s)?.[0] ?? '';
  const row = table.match(new RegExp(`<tr[^>]*><th scope="row"><a [^>]*>${unit}</a>.*?</tr>`))?.[0] ?? '';
  expect(row, unit).not.toBe('');
  const counts: Record<string, number> = {};
  for (const m of row.matchAll(/<span class="st st-[a-z]+">([^<]+) (\d+)<\/span>/g))
    counts[m[1] as string] = (counts[m[1] as string] ?? 0) + Number(m[2]);
  return counts;
}

describe('plan report with progress reports', () => {
  const html = report([]);

  it('adds a progress section for the latest period, linked from the bar', () => {
    expect(html).toContain('<a href="#progress">进展</a>');
    expect(html).toContain('<section id="progress" class="report-part"><h2>工作进展(2023-H1)</h2>');
  });

  it('colours each unit × area cell by status and writes the status in it, summing to what the report says', () => {
    for (const [unit, file] of [
      ['区商务局', '区商务局-2023-H1.progress.yaml'],
      ['区教育局', '区教育局-2023-H1.progress.yaml'],
    ] as const)
      expect(rowChips(html, unit)).toEqual(statusesIn(file));
    // 区农业农村局 left some clauses without a status: they count as 未报告 next to what it did report.
    const { 未报告: notReported, ...given } = rowChips(html, '区农业农村局');
    expect(given).toEqual(statusesIn('区农业农村局-2023-H1.progress.yaml'));
    expect(notReported).toBeGreaterThan(0);
    // Every coloured chip carries its words (prints in black and white, read by screen readers).
    expect(html).not.toMatch(/<span class="st [^"]*"><\/span>/);
    expect(html).toContain('<span class="st st-failed">未能完成 1</span>');
  });

  it('lists the units that filed nothing, as plan progress does, and not those that did', () => {
    const list = html.match(/<ul class="unreported">(.*?)<\/ul>/)?.[1] ?? '';
    const names = [...list.matchAll(/<li>([^<]+)<\/li>/g)].map((m) => m[1]);
    const json = runCli(['--data', data, 'progress', '--format', 'json']);
    expect(json.code, json.stderr).toBe(0);
    expect(names).toEqual(JSON.parse(json.stdout).unreported);
    expect(names).toContain('区发改局');
    for (const filed of ['区商务局', '区教育局', '区农业农村局']) expect(names).not.toContain(filed);
    expect(html).toContain(`未报送的单位(${names.length} 个,共 ${names.length + 3} 个单位承担条文)`);
  });

  it('--period picks another period (nobody reported: every unit listed); a malformed one is exit 2', () => {
    const h2 = report(['--period', '2023-H2']);
    expect(h2).toContain('<h2>工作进展(2023-H2)</h2>');
    expect(h2).not.toMatch(/<span class="st st-done">已完成 \d/);
    const list = h2.match(/<ul class="unreported">(.*?)<\/ul>/)?.[1] ?? '';
    expect(list).toContain('<li>区商务局</li>');
    const bad = runCli(['--data', data, 'report', '--out', path.join(work, 'bad'), '--period', '2023上半年']);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('--period')]);
  });

  it('stays as before without progress reports: no section, no link, no status styles', () => {
    const plain = report([], path.join(repoRoot, 'data'));
    expect(plain).not.toContain('id="progress"');
    expect(plain).not.toContain('href="#progress"');
    expect(plain).not.toContain('.st-done');
  });

  it("puts each clause's reported status, summary, evidence and target actual in the unit's handout", () => {
    const shangwu = report(['--unit', '区商务局']);
    expect(shangwu).toContain('2023-H1 进展:已报 17 / 承担 17 条');
    expect(shangwu).toContain(
      '<tr class="progress"><td class="ref">进展</td><td colspan="4"><p><span class="st st-done">已完成</span> 3月召开局党组会议研究部署年度对口合作重点工作,明确分管领导和责任科室。</p>',
    );
    expect(shangwu).toContain('佐证:局党组会议纪要〔2023〕5号(2023-03-14)');
    expect(shangwu).toContain('研究部署年度重点工作的会议:目标 ≥1次,实际 1(已达到)');
    expect(shangwu).toContain(
      '<span class="st st-failed">未能完成</span> 原因:莲都方项目主体调整,上半年未能签约,拟下半年重新对接。',
    );
    const fagai = report(['--unit', '区发改局']);
    expect(fagai).toMatch(/2023-H1 进展:本单位未报送,承担 \d+ 条/);
    expect(fagai).toContain('<span class="st st-none">未报告</span>');
    // Without progress reports the handout has no progress rows.
    expect(report(['--unit', '区商务局'], path.join(repoRoot, 'data'))).not.toContain('class="progress"');
  });
});
