// plan check and plan diff: the main cases through the real binary, the other formats and usage errors in-process.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureFolder, fixturesDir } from '../helpers/fixture-workspace.js';
import { runCli } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

function run(args: string[]) {
  const result = runCli(args);
  expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // never a stack trace
  return result;
}

async function runHere(args: string[]) {
  const result = await runInProcess(args);
  expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  return result;
}

describe('plan check', () => {
  it('lists the names off annex 3 and the 76号/766号 discrepancy, exiting 0 on warnings', () => {
    const { code, stdout } = run(['check']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/data\/liandu-2023\.plan\.yaml\n {2}24:13 {2}警告 .*766号.*basis-number-mismatch/);
    expect(stdout).toContain('“区金融监管局”不在名单');
    expect(stdout).toContain('“区对口办”不在名单');
    expect(stdout).toMatch(/提示 {2}“慈城镇”在所有计划中都没有被点名/);
  });

  it('prints findings as JSON with the fields of validate plus data', () => {
    const { code, stdout } = run(['check', '--format', 'json']);
    expect(code).toBe(0);
    const findings = JSON.parse(stdout) as Record<string, unknown>[];
    const acknowledged = findings.find(
      (f) => f.rule === 'unit-not-on-roster' && (f.data as { name: string }).name === '区金融监管局',
    );
    expect(acknowledged).toMatchObject({
      file: 'data/liandu-2023.plan.yaml',
      line: 112,
      column: 26,
      severity: 'warning',
      data: { plan: '莲都', item: '(二)4' },
    });
    expect(typeof acknowledged?.message).toBe('string');
  });

  it('exits 1 on an error-level finding', () => {
    const dir = fixtureFolder(path.join(fixturesDir, 'check', 'basis-title-mismatch'));
    const { code, stdout } = run(['check', dir, '--lang', 'en']);
    expect(code).toBe(1);
    expect(stdout).toContain('basis-title-mismatch');
    expect(stdout).toContain('Number 国发〔2021〕3号 names');
  });

  it('--names classifies every written name; csv for Excel', async () => {
    const { code, stdout } = await runHere(['check', '--names', '--format', 'csv']);
    expect(code).toBe(0);
    expect(stdout.startsWith('\ufeff写法,类别,对应名单单位或组,黄州条数,莲都条数,依据与说明\r\n')).toBe(true);
    expect(stdout).toContain('区台办,括号内另一名称,区委办,,1,');
    expect(stdout).toMatch(/区金融监管局,名单外\(已登记\),,,"1\r?\n条目 \(二\)4"/);
  });

  it('--roster shows per-plan counts as JSON', async () => {
    const { code, stdout } = await runHere(['check', '--roster', '--format', 'json']);
    expect(code).toBe(0);
    const entry = (
      JSON.parse(stdout) as { entries: { name: string; status: string; plans: { short: string; direct: number }[] }[] }
    ).entries.find((e) => e.name === '区住建局');
    expect(entry?.status).toBe('some');
    expect(entry?.plans.map((p) => [p.short, p.direct])).toEqual([
      ['黄州', 0],
      ['莲都', 1],
    ]);
  });

  it('--roster counts groups and vague groups apart, as tasks and units do', async () => {
    // 区委政法委 in 黄州: items 4, 10, 43 through 区绩效考评单位, item 2 possibly (其他区领导所在单位办公室); 莲都: two possibly.
    const { stdout } = await runHere(['check', '--roster', '--format', 'csv']);
    const row = stdout.split('\r\n').find((l) => l.startsWith('区委政法委,'));
    expect(row).toBe(
      // 黄州: 4, 10, 43 through 区绩效考评单位, 三(一)(二) bind all units; 莲都: 三、1 binds all units, 三、4 区直相关单位.
      '区委政法委,"0(经组 3,全体(无括注) 2)","0(全体(无括注) 1,可能 1)","均未点名,仅经“区绩效考评单位”涉及,另可能经“区直相关单位”涉及"',
    );
  });

  it('refuses --names with --roster, and a findings format with --names', async () => {
    expect((await runHere(['check', '--names', '--roster'])).code).toBe(2);
    expect((await runHere(['check', '--names', '--format', 'stylish'])).code).toBe(2);
  });
});

describe('plan diff', () => {
  it('prints the documented JSON shape', () => {
    const { code, stdout } = run(['diff', '黄州', '莲都', '--format', 'json']);
    expect(code).toBe(0);
    const diff = JSON.parse(stdout);
    expect(Object.keys(diff)).toEqual([
      'a',
      'b',
      'rosters',
      'sameRoster',
      'units',
      'domains',
      'unassigned',
      'clauseCounts',
      'unitCounts',
    ]);
    expect(diff.b).toBe('jiangbei-liandu-2023');
    expect(diff.rosters).toEqual({ a: 'jiangbei-2023', b: 'jiangbei-2023' });
    expect(diff.sameRoster).toBe(true);
    expect(diff.units.onlyB).toContain('区住建局');
    expect(Object.keys(diff.domains[0])).toEqual(
      expect.arrayContaining([
        'id',
        'name',
        'nameA',
        'nameB',
        'onlyA',
        'onlyB',
        'both',
        'itemsA',
        'itemsB',
        'targetsA',
        'targetsB',
      ]),
    );
  });

  it('md pastes into a briefing: headed tables, areas side by side', async () => {
    const { code, stdout } = await runHere(['diff', 'jiangbei-huangzhou-2023', '莲都', '--format', 'md']);
    expect(code).toBe(0);
    expect(stdout).toContain('### 黄州 与 莲都:按合作领域对比责任单位');
    expect(stdout).toContain('| 合作领域 | 仅黄州 | 两者都有 | 仅莲都 | 黄州 | 莲都 |');
    expect(stdout).toMatch(
      /\| 衔接推进乡村振兴和新型城镇化 \|.*\| 条目 3,条文 8,指标 1 \| 推进乡村振兴和新型城镇化<br>条目 4,条文 8,指标 4 \|$/m,
    );
  });

  it('unknown or identical plans are usage errors', async () => {
    const unknown = await runHere(['diff', '黄州', '武汉']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('莲都');
    expect((await runHere(['diff', '黄州', '黄州'])).code).toBe(2);
  });
});

describe('plan diff shows every target, in areas or not', () => {
  const all = JSON.parse(run(['targets', '--format', 'json']).stdout) as {
    targets: {
      planShort: string;
      item: string;
      counts: string;
      sign: string;
      value: number | null;
      unit: string | null;
      base: string | null;
    }[];
  };
  const line = (t: (typeof all.targets)[number]) =>
    `${t.item} ${t.counts}:${t.sign}${t.value ?? ''}${t.unit ?? ''}${t.base ? `(较${t.base})` : ''}`;

  it('table and md list each target of both plans, sections outside the areas under 不属于合作领域', () => {
    expect(all.targets.length).toBe(16);
    for (const format of ['table', 'md']) {
      // Wide enough that no target line wraps inside its cell.
      const out = runCli(['diff', '黄州', '莲都', '--format', format], { env: { COLUMNS: '400' } }).stdout;
      for (const t of all.targets) expect(out, `${format}: ${line(t)}`).toContain(line(t));
    }
    const md = run(['diff', '黄州', '莲都', '--format', 'md']).stdout;
    expect(md).toContain('| 不属于合作领域<br>保障措施 |  | 三、1 各单位党委(党组)专题会议(每年):≥1次<br>');
  });

  it('json carries the targets of sections outside the areas', () => {
    const diff = JSON.parse(run(['diff', '黄州', '莲都', '--format', 'json']).stdout) as {
      domains: { targetsA: unknown[]; targetsB: unknown[] }[];
      unassigned: { noAreaA: { targets: unknown[] }[]; noAreaB: { targets: unknown[] }[] };
    };
    const inAreas = diff.domains.reduce((n, d) => n + d.targetsA.length + d.targetsB.length, 0);
    const outside = [...diff.unassigned.noAreaA, ...diff.unassigned.noAreaB].reduce((n, s) => n + s.targets.length, 0);
    // 莲都 (三)3's increase is in an area; 黄州 三(三) and 莲都 三、4 are outside (the three added in #17).
    expect([inAreas, outside]).toEqual([7, 9]);
  });
});
