// The query commands through the real binary: each command and each format at least once, plus colour in-process.

import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/render/text-width.js';
import { runCli } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

function ok(args: string[], env?: Record<string, string>): string {
  const result = runCli(args, { env });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

/** Header and rows of a CSV without quoted line breaks (enough for the assertions here). */
function csvLines(text: string): string[] {
  expect(text.startsWith('\ufeff')).toBe(true);
  return text.slice(1).trimEnd().split('\r\n');
}

function mdTableRows(text: string): string[] {
  const rows = text.split('\n').filter((l) => l.startsWith('| '));
  expect(rows[1]).toMatch(/^\| --- (\| --- )*\|$/);
  return rows.slice(2);
}

describe('plan tasks', () => {
  it('区机关事务管理局 (json) finds the clauses written as 区机关事务局', () => {
    const json = JSON.parse(ok(['tasks', '--unit', '区机关事务管理局', '--format', 'json']));
    expect(json.unit).toMatchObject({ name: '区机关事务管理局', onRoster: true });
    expect(
      json.tasks.some(
        (t: { match: string; matchedAs: string }) => t.match === 'alias' && t.matchedAs === '区机关事务局',
      ),
    ).toBe(true);
    expect(json.count).toBe(json.tasks.length);
  });

  it('区民宗局 (md) is 区委统战部 and lists its clauses', () => {
    const out = ok(['tasks', '--unit', '区民宗局', '--format', 'md']);
    expect(out).toContain('### 区委统战部 的任务');
    expect(mdTableRows(out).some((r) => r.includes('| 直接 |'))).toBe(true);
  });

  it('外滩街道 (csv) gets the clauses of 各街道(镇)', () => {
    const lines = csvLines(ok(['tasks', '--unit', '外滩街道', '--format', 'csv']));
    expect(lines[0]).toBe('计划,条目,编号,任务内容,责任单位,关系,量化指标');
    expect(lines.some((l) => l.includes('所属组(各街道(镇))'))).toBe(true);
  });

  it('an ambiguous fragment shows at most 10 candidates and the count', () => {
    const result = runCli(['tasks', '--unit', '区']);
    expect(result.code).toBe(2);
    const listed = /请写得更具体:(.*?) 等/.exec(result.stderr)?.[1]?.split('、') ?? [];
    expect(listed.length).toBe(10);
    expect(result.stderr).toMatch(/可指 \d+ 个单位.*另有 \d+ 个/);
  });

  it('an item that fits several items of a plan exits 2 naming them', () => {
    const result = runCli(['tasks', '--plan', '莲都', '--item', '2']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('(二)2 持续创新消费帮扶');
  });
});

describe('plan units, show, search, targets, stats', () => {
  it('units (csv) is the roster in order with per-plan counts', () => {
    const lines = csvLines(ok(['units', '--format', 'csv']));
    expect(lines[0]).toBe('序号,单位,名单分类,黄州·直接,黄州·所属组,莲都·直接,莲都·所属组,合计,全体(无括注),可能');
    expect(lines[1]?.startsWith('1,区纪委区监委,区直单位,')).toBe(true);
  });

  it('units --unused (json) lists only units no clause names directly', () => {
    const json = JSON.parse(ok(['units', '--unused', '--format', 'json']));
    expect(json.units.length).toBeGreaterThan(0);
    expect(json.units.every((u: { total: { direct: number } }) => u.total.direct === 0)).toBe(true);
    expect(json.units.map((u: { name: string }) => u.name)).toContain('外滩街道');
  });

  it('show 莲都 2.2 (md) gives the item in full with section and area', () => {
    const out = ok(['show', '莲都', '2.2', '--format', 'md']);
    expect(out).toContain('### 莲都 (二)2 持续创新消费帮扶');
    expect(out).toContain('合作领域:衔接推进乡村振兴和新型城镇化');
    expect(mdTableRows(out).length).toBe(2);
    expect(out).toContain('700万元');
  });

  it('show 黄州 12 (json) in English headings keeps the data in Chinese', () => {
    const json = JSON.parse(ok(['show', '黄州', '12', '--format', 'json', '--lang', 'en']));
    expect(json.item).toMatchObject({ ref: '12', title: '加强项目共建', section: { number: '四' } });
    expect(json.item.clauses[0].units[0]).toMatchObject({ written: '区经信局', kind: 'exact' });
  });

  it('search (table) has no colour codes when piped and finds the 3 clauses with both words', () => {
    const out = ok(['search', '消费', '帮扶'], { COLUMNS: '100' });
    expect(out).not.toMatch(/\u001b\[/);
    expect(out).toContain('共 3 处');
  });

  it('targets --unit 区商务局 (json) includes the 700万元 sales target', () => {
    const json = JSON.parse(ok(['targets', '--unit', '区商务局', '--format', 'json']));
    expect(json.targets).toContainEqual(
      expect.objectContaining({ value: 700, unit: '万元', match: 'direct', planShort: '莲都' }),
    );
  });

  it('stats (English table) counts per plan, area and unit', () => {
    const out = ok(['stats', '--lang', 'en'], { COLUMNS: '100' });
    expect(out).toMatch(/Plan\s+│ clauses/);
    expect(out).toContain('Area: clauses');
    expect(out).toContain('Unit: direct clauses');
  });
});

describe('colour', () => {
  it('search marks the words in a colour terminal, and not with NO_COLOR', async () => {
    const render = async (env: Record<string, string>) => {
      const result = await runInProcess(['search', '展销馆'], { env, isTTY: true, columns: 100 });
      expect(result.code).toBe(0);
      return result.stdout;
    };
    expect(await render({ TERM: 'xterm' })).toMatch(/\u001b\[[0-9;]*m展销馆\u001b\[/);
    expect(await render({ TERM: 'xterm', NO_COLOR: '1' })).not.toMatch(/\u001b\[/);
  });
});

describe('terminal width', () => {
  const commands = [
    ['tasks', '--unit', '区商务局'],
    ['units'],
    ['show', '黄州', '10'],
    ['search', '消费'],
    ['targets'],
    ['stats'],
    ['diff', '黄州', '莲都'],
    ['check', '--names'],
    ['check', '--roster'],
    // Not the findings list (stylish): one finding per line, as in ESLint, so that it can be searched and parsed.
  ];
  it.each(commands)('%s … never prints a line wider than the terminal, from 30 to 120 columns', async (...args) => {
    for (const columns of [30, 40, 50, 60, 80, 100, 120]) {
      const result = await runInProcess(args, { columns });
      expect(result.code, result.stderr).toBeLessThan(2);
      const widest = Math.max(...result.stdout.split('\n').map((line) => textWidth(line)));
      expect(widest, `${args.join(' ')} at ${columns} columns`).toBeLessThanOrEqual(columns);
    }
  });
});
