// The HTML renderer in-process: escaping, self-containment, language, and every in-page link landing on an anchor.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportData } from '../../src/cli/report-data.js';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import type { Lang } from '../../src/model/lang.js';
import { renderHtmlReport } from '../../src/render/html/page.js';
import { runRules } from '../../src/rules/run-rules.js';
import { fixturesDir } from '../helpers/fixture-workspace.js';
import { repoRoot } from '../helpers/run-cli.js';

// The shipped data plus a third plan whose text is full of markup.
const workspace = loadWorkspace([path.join(repoRoot, 'data'), path.join(fixturesDir, 'report')], repoRoot);

async function render(lang: Lang): Promise<string> {
  const [a, b] = workspace.plans;
  const findings = await runRules(workspace, { phases: ['load', 'validate', 'check'], lang });
  return renderHtmlReport(reportData(workspace, { a, b, findings, generated: '2023-07-01', lang }));
}

describe('renderHtmlReport', async () => {
  const html = await render('zh');

  it('escapes markup in every place data appears', () => {
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toMatch(/<(em|img|u|b|i)[\s>]/);
    expect(html).toContain(
      '条文 &lt;script&gt;alert(&quot;clause&quot;)&lt;/script&gt; &amp; &quot;引号&quot; &#39;single&#39;',
    );
    expect(html).toContain('<title>工作计划概览:黄州、莲都、标记&lt;b&gt;</title>');
    // The unknown name is reported by the check, and its finding is escaped too.
    expect(html).toMatch(/<td>[^<]*&lt;em&gt;区假单位&lt;\/em&gt;[^<]*<\/td><td class="rule">unknown-unit<\/td>/);
  });

  it('needs nothing outside the file', () => {
    expect(html).not.toMatch(/https?:|\/\/[a-z]/i);
    expect(html).not.toMatch(/<[a-z]+[^>]*\ssrc=/i);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(hrefs.filter((h) => !h.startsWith('#') && h !== 'data:,')).toEqual([]);
  });

  it('lands every in-page link on an anchor, and gives every clause one', () => {
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    const missing = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]).filter((id) => !ids.has(id));
    expect(missing).toEqual([]);
    const clauses = workspace.plans.reduce((n, p) => n + p.clauses.length, 0);
    expect(html.match(/<li id="p\d+-c\d+" class="clause">/g)).toHaveLength(clauses);
  });

  it('speaks Chinese by default and English on request', async () => {
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('单位索引');
    const en = await render('en');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Unit index');
    expect(en).not.toContain('单位索引');
  });

  it('counts clauses naming a unit in the matrix, and those through groups apart (+n, rows of group-only units marked)', () => {
    // 区委政法委 is named in no clause, only reached through 区绩效考评单位; 区商务局 is named directly.
    expect(html).toMatch(/<tr class="group-only" data-unit="区委政法委"><th scope="row">/);
    expect(html).toMatch(/<tr data-unit="区商务局"><th scope="row">/);
    expect(html).toContain('<input type="checkbox" id="show-groups">');
    expect(html).not.toMatch(/<span class="g"[^>]*>\+0</);
  });

  it('lists every target of every plan, with the generation date in the header', () => {
    const targets = workspace.plans.flatMap((p) =>
      p.items.flatMap((i) => [...i.targets, ...i.clauses.flatMap((c) => c.targets)]),
    );
    const section = html.slice(html.indexOf('<section id="targets"'), html.indexOf('<section id="findings"'));
    expect(section.match(/<td data-label="原文" class="quote">/g)).toHaveLength(targets.length);
    for (const t of targets) expect(section).toContain(`<td data-label="原文" class="quote">${t.quote}</td>`);
    expect(html).toContain('<li>生成于 2023-07-01</li>');
  });

  it('labels items in the unit index as `plan tasks` does, and folds each unit', () => {
    const units = html.slice(html.indexOf('<section id="units"'), html.indexOf('<section id="structure"'));
    expect(units).toContain('>(二)2 持续创新消费帮扶</a>');
    expect(units).toContain('>三、1 加强组织领导</a>');
    expect(units).not.toContain('>2. 持续创新消费帮扶</a>');
    expect(units).toMatch(
      /<details class="unit" id="u\d+" data-unit="区商务局"><summary><h3>区商务局 <span class="count">/,
    );
  });

  it('folds repeated findings into one group per rule, errors open', () => {
    const rules = new Set([...html.matchAll(/<td class="rule">([^<]+)<\/td>/g)].map((m) => m[1]));
    expect(html.match(/<details class="rule-group /g)).toHaveLength(rules.size);
    expect(html).toContain('<details class="rule-group error" open><summary>错误 · unknown-unit · 1 处</summary>');
    expect(html).toMatch(/<summary>提示 · unused-roster-unit · \d+ 处<\/summary>/);
  });

  it('labels each diff cell with its column, for the phone layout that stacks them', () => {
    const diff = html.slice(html.indexOf('<section id="diff"'), html.indexOf('<section id="targets"'));
    expect(diff.match(/<td data-label="仅黄州">/g)?.length).toBe(
      diff.match(/<tr(?: class="all")?><th scope="row">/g)?.length,
    );
  });
});
