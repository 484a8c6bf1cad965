// The HTML renderer in-process: escaping, self-containment, language, and every in-page link landing on an anchor.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../src/diff/diff-plans.js';
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
  const diff = a && b ? { ...diffPlans(a, b, workspace.domains), a, b } : null;
  return renderHtmlReport({
    plans: workspace.plans,
    rosters: workspace.rosters,
    domains: workspace.domains,
    findings,
    diff,
    lang,
  });
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
});
