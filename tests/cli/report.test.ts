// `plan report` through the real binary: where it writes, and how it refuses bad plan choices and unwritable folders.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-report-cli-'));

describe('plan report', () => {
  it('writes index.html into --out, comparing the plans chosen with --a and --b', () => {
    const out = path.join(work, 'nested', 'out');
    const result = runCli(['report', '--out', out, '--a', '莲都', '--b', '黄州']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('index.html');
    const html = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(html).toContain('<th scope="col">仅莲都</th><th scope="col">仅黄州</th>');
  });

  it('refuses an unknown plan, the same plan twice, and a folder it cannot create, with exit 2', () => {
    const unknown = runCli(['report', '--out', work, '--a', '武汉']);
    expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringContaining('黄州')]);
    const same = runCli(['report', '--out', work, '--a', '黄州', '--b', '黄州']);
    expect([same.code, same.stderr]).toEqual([2, expect.stringContaining('--a')]);
    const blocker = path.join(work, 'a-file');
    fs.writeFileSync(blocker, '');
    const blocked = runCli(['report', '--out', path.join(blocker, 'out')]);
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toContain(`无法写入 ${path.join(blocker, 'out')}(路径中有一段是文件,不是目录)`);
    expect(blocked.stderr).not.toMatch(/\n\s+at /);
    // A system code (ENOTDIR, EACCES) means nothing to the reader; the temporary folder's random name is no code.
    expect(blocked.stderr.replaceAll(work, '<work>')).not.toMatch(/\bE[A-Z]{3,}\b/);
  });

  it('a folder under /proc (where the recursive mkdir of Node never returns) is refused at once, exit 2', () => {
    const result = runCli(['report', '--out', '/proc/plan-report-test/out']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('无法写入 /proc/plan-report-test(上级目录不存在或无法创建)');
  });
});

describe('plan report: date, handouts', () => {
  const epoch = { SOURCE_DATE_EPOCH: '1688169600' }; // 2023-07-01 00:00 UTC

  it('dates the report from SOURCE_DATE_EPOCH, so the same data gives the same file; a bad value is exit 2', () => {
    const one = path.join(work, 'dated-1');
    const two = path.join(work, 'dated-2');
    expect(runCli(['report', '--out', one], { env: epoch }).code).toBe(0);
    expect(runCli(['report', '--out', two], { env: epoch }).code).toBe(0);
    const html = fs.readFileSync(path.join(one, 'index.html'), 'utf8');
    expect(html).toContain('<li>生成于 2023-07-01</li>');
    expect(fs.readFileSync(path.join(two, 'index.html'), 'utf8')).toBe(html);
    const bad = runCli(['report', '--out', one], { env: { SOURCE_DATE_EPOCH: 'yesterday' } });
    expect([bad.code, bad.stderr]).toEqual([
      2,
      expect.stringContaining('SOURCE_DATE_EPOCH 应是自 1970-01-01 起的秒数'),
    ]);
  });

  it('--unit writes one unit’s handout: the notice, plans and date on top, every clause of `plan tasks` with its item label', () => {
    const out = path.join(work, 'handout');
    const result = runCli(['report', '--out', out, '--unit', '区商务局'], { env: epoch });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('区商务局.html');
    expect(fs.readdirSync(out)).toEqual(['区商务局.html']);
    const html = fs.readFileSync(path.join(out, '区商务局.html'), 'utf8');
    expect(html).toContain('<h1>区商务局 任务清单</h1>');
    expect(html).toContain('<p class="issued">宁波市江北区对口支援工作领导小组 · 2023-06-30</p>');
    // The notice's title as the source prints it (its stray spaces included), read from the plans' `notice:`.
    expect(html).toContain(
      '<p class="notice">关于印发《2023 年江北区与黄州区(大别山 革命老区)对口合作工作计划及任务分解》 《2023 年江北区与莲都区(浙西南革命老区) 对口合作工作计划及任务分解》的通知</p>',
    );
    expect(html).toContain('附件1:2023年江北区与黄州区(大别山革命老区)对口合作工作计划及任务分解');
    expect(html).toContain('生成于 2023-07-01');
    const tasks = JSON.parse(runCli(['tasks', '--unit', '区商务局', '--format', 'json']).stdout) as {
      tasks: { id: string; item: string; itemTitle: string; match: string; matchedAs: string }[];
    };
    expect(html.match(/<tr class="(direct|alias|group|everyone|possibly)">/g)).toHaveLength(tasks.tasks.length);
    // Each row: the item as `plan tasks` labels it, then the clause's id (plan id in the tooltip).
    for (const t of tasks.tasks)
      expect(html).toContain(
        `<td class="ref">${t.item} ${t.itemTitle}<br><span class="cid" title="编号 ${t.id}">${t.id.split(':')[1]}</span></td>`,
      );
    // The report used to show "2." for (二)2 and "1." for 三、1.
    expect(html).toContain('<td class="ref">(二)2 持续创新消费帮扶<br>');
    expect(html).toContain('<td class="ref">三、1 加强组织领导<br>');
    expect(html).toContain('所属组(区绩效考评单位)');
    expect(html).toContain('<td class="role">全体(无括注)</td>');
    expect(html).toContain('<li>对口支援工作领导小组工作会议(每年):≥1次</li>');
  });

  it('--unit all writes a handout for every unit that holds a clause; an unknown unit is exit 2', () => {
    const out = path.join(work, 'handouts');
    const result = runCli(['report', '--out', out, '--unit', 'all'], { env: epoch });
    expect(result.code, result.stderr).toBe(0);
    const units = JSON.parse(runCli(['units', '--format', 'json']).stdout) as {
      units: {
        name: string;
        byPlan: Record<string, { direct: number; group: number; everyone: number; possibly: number }>;
      }[];
    };
    const holding = units.units.filter((u) =>
      Object.values(u.byPlan).some((h) => h.direct + h.group + h.everyone + h.possibly > 0),
    );
    expect(fs.readdirSync(out).sort()).toEqual(holding.map((u) => `${u.name}.html`).sort());
    expect(result.stdout).toContain(`生成 ${holding.length} 个单位的打印版`);
    const unknown = runCli(['report', '--out', out, '--unit', '区不存在局']);
    expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringContaining('没有单位“区不存在局”')]);
  });
});
