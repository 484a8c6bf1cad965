// The report in a real browser: the real binary writes it, headless Chromium opens it from disk and a reader uses it.
// Without a browser the whole file is skipped with a one-line reason; .ci/run sets PLAN_REQUIRE_BROWSER=1 so it always runs.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  BROWSER_REQUIRED,
  cjkDrawnAsBoxes,
  launchChromium,
  missingBrowser,
  sayWhySkipped,
} from '../helpers/chromium.js';
import { fixturesDir } from '../helpers/fixture-workspace.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';

interface PlanFile {
  id: string;
  parts: {
    sections?: { items: { clauses?: { units: string[] }[] }[] }[];
    items?: { clauses?: { units: string[] }[] }[];
  }[];
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-report-'));
const shippedData = path.join(repoRoot, 'data');
// The shipped data plus a third plan full of markup.
const markupData = path.join(work, 'markup-data');
const read = (file: string) => parse(fs.readFileSync(path.join(shippedData, file), 'utf8'));

const noBrowser = BROWSER_REQUIRED ? undefined : missingBrowser();
if (noBrowser) sayWhySkipped('tests/report/browser.test.ts', noBrowser);

let context: BrowserContext;
let noCjkFont: string | undefined;
let page: Page;
let markupPage: Page;
const problems: string[] = [];
const requests: string[] = [];
const reportUrls: string[] = [];

async function openReport(dataDir: string, name: string): Promise<Page> {
  const outDir = path.join(work, name);
  // A fixed date (2023-07-01), so the README picture does not change with the day it is taken. --partial: the markup
  // plan names a unit on no roster on purpose, which makes the answer incomplete (exit 1).
  const result = runCli(['report', '--data', dataDir, '--out', outDir, '--partial'], {
    env: { SOURCE_DATE_EPOCH: '1688169600' },
  });
  expect(result.code, result.stderr).toBe(0);
  const url = pathToFileURL(path.join(outDir, 'index.html')).href;
  reportUrls.push(url);
  const opened = await context.newPage();
  opened.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${name} console: ${m.text()}`);
  });
  opened.on('pageerror', (e) => problems.push(`${name} page error: ${e.message}`));
  opened.on('dialog', (d) => {
    problems.push(`${name} dialog: ${d.message()}`);
    void d.dismiss();
  });
  opened.on('request', (r) => requests.push(r.url()));
  await opened.goto(url, { waitUntil: 'load' });
  return opened;
}

beforeAll(async () => {
  if (noBrowser) return;
  fs.cpSync(shippedData, markupData, { recursive: true });
  fs.copyFileSync(
    path.join(fixturesDir, 'report', 'zz-markup.plan.yaml'),
    path.join(markupData, 'zz-markup.plan.yaml'),
  );
  context = await launchChromium();
  // The shipped report opens last so that it is the tab in front: background tabs render slowly.
  markupPage = await openReport(markupData, 'markup');
  page = await openReport(shippedData, 'shipped');
  noCjkFont = await cjkDrawnAsBoxes(page);
}, 20_000);

afterAll(async () => {
  await context?.close();
});

describe.skipIf(noBrowser)('plan report in Chromium', () => {
  it('draws Chinese with a CJK font, not boxes', (ctx) => {
    if (noCjkFont && !BROWSER_REQUIRED) {
      sayWhySkipped('tests/report/browser.test.ts › CJK font', noCjkFont);
      ctx.skip(noCjkFont);
    }
    expect(noCjkFont).toBeUndefined();
  });

  it('loads from disk with no console errors and no request but the file itself', () => {
    expect(problems).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(new Set(requests)).toEqual(new Set(reportUrls));
  });

  it('shows, for every plan, every area and every roster unit its clauses name', async () => {
    const planFiles = fs.readdirSync(shippedData).filter((f) => f.endsWith('.plan.yaml'));
    const roster = read('roster-2023.roster.yaml') as { lists: { entries: { name: string }[] }[] };
    const rosterNames = new Set(roster.lists.flatMap((l) => l.entries.map((e) => e.name)));
    const areaNames = (read('domains.yaml') as { domains: { name: string }[] }).domains.map((d) => d.name);
    expect(await page.locator('.matrix-wrap').count()).toBe(planFiles.length);
    for (const file of planFiles) {
      const plan = read(file) as PlanFile;
      const items = plan.parts.flatMap((p) => [...(p.items ?? []), ...(p.sections ?? []).flatMap((s) => s.items)]);
      const named = new Set(
        items.flatMap((i) => (i.clauses ?? []).flatMap((c) => c.units)).filter((u) => rosterNames.has(u)),
      );
      const matrix = page.locator(`.matrix-wrap[data-plan="${plan.id}"]`);
      const rows = await matrix.locator('tbody th').allTextContents();
      const columns = await matrix.locator('thead th').allTextContents();
      expect(named.size, file).toBeGreaterThan(0);
      for (const unit of named) expect(rows, `${file}: ${unit}`).toContain(unit);
      for (const area of areaNames) expect(columns, `${file}: ${area}`).toContain(area);
    }
  });

  it('shows markup in the data as text and runs none of it', async () => {
    expect(await markupPage.locator('script').count()).toBe(1);
    expect(await markupPage.locator('em, img, u, b, i').count()).toBe(0);
    expect(await markupPage.locator('.clause p', { hasText: '<script>alert("clause")</script>' }).count()).toBe(1);
  });

  it('filters matrix rows and the unit index by the name typed', async () => {
    const allRows = await page.locator('.matrix tbody tr').count();
    await page.fill('#unit-filter', '区商务局');
    const visible = page.locator('.matrix tbody tr:not([hidden])');
    expect(await visible.count()).toBeGreaterThan(0);
    expect(await visible.count()).toBeLessThan(allRows);
    for (const unit of await visible.locator('th').allTextContents()) expect(unit).toContain('区商务局');
    expect(await page.locator('.unit:not([hidden]) h3').allTextContents()).toEqual([
      expect.stringContaining('区商务局'),
    ]);
    expect(await page.locator('#filter-count').textContent()).toContain('1');
    await page.fill('#unit-filter', '');
    expect(await page.locator('.matrix tbody tr:not([hidden])').count()).toBe(allRows);
  });

  it('links each matrix cell to that unit’s clauses in that area: the number names the unit, +n comes through groups', async () => {
    const cells = await page.locator('.matrix td a').evaluateAll((links) =>
      links.map((a) => {
        const list = a.ownerDocument.getElementById(a.getAttribute('href')?.slice(1) ?? '')?.nextElementSibling;
        const group = a.querySelector('.g')?.textContent ?? '';
        return {
          shown: [Number(a.firstChild?.nodeType === 3 ? a.firstChild.textContent : 0), Number(group.slice(1))],
          listed: [
            list?.querySelectorAll(':scope > li.direct, :scope > li.alias').length,
            list?.querySelectorAll(':scope > li.group').length,
          ],
        };
      }),
    );
    expect(cells.length).toBeGreaterThan(100);
    expect(cells.filter((c) => c.shown[0] !== c.listed[0] || c.shown[1] !== c.listed[1])).toEqual([]);
    // Group counts are hidden until asked for; rows of units named only through groups too.
    const groupOnly = page.locator('.matrix tr.group-only').first();
    expect(await groupOnly.isVisible()).toBe(false);
    await page.check('#show-groups');
    expect(await groupOnly.isVisible()).toBe(true);
    expect(await page.locator('.matrix .g').first().isVisible()).toBe(true);
    await page.uncheck('#show-groups');
  });

  it('fits a phone screen and hides the navigation in print', async () => {
    await page.setViewportSize({ width: 390, height: 800 });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    // The diff stacks its columns as lists: every name chip keeps its whole name on one line (they were 1 character wide).
    const chips = await page
      .locator('#diff .chip')
      .evaluateAll((els) =>
        els.map((el) => ({ name: el.textContent ?? '', lines: Math.round(el.getBoundingClientRect().height / 18) })),
      );
    expect(chips.length).toBeGreaterThan(50);
    expect(chips.filter((c) => c.lines > 1)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav.bar').isVisible()).toBe(false);
    expect(await page.locator('.matrix').first().isVisible()).toBe(true);
    expect(await page.locator('#units').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('prints on far fewer A4 pages than the 92 it took with the unit index and every finding spelled out', async () => {
    const pdf = Buffer.from(await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(5);
    expect(pages).toBeLessThanOrEqual(25);
  });

  it('opens a folded unit when a matrix cell links into it', async () => {
    const link = page.locator('.matrix td:not(.h0) a').first();
    const target = (await link.getAttribute('href'))?.slice(1) ?? '';
    expect(await page.locator(`[id="${target}"]`).isVisible()).toBe(false);
    await link.click({ timeout: 5000 });
    expect(await page.locator(`[id="${target}"]`).isVisible()).toBe(true);
    await page.evaluate('window.scrollTo(0, 0)');
  });

  it('shows a genre B plan (made up) with clause ids, lists labelled as written, leaders and topical headings, on a phone too', async () => {
    const genreB = await openReport(path.join(fixturesDir, 'genres', 'b'), 'genre-b');
    const clause = genreB.locator('#structure li.clause').first();
    expect(await clause.locator('.cid').textContent()).toBe('1.1.1.1');
    expect(await clause.locator('.units.lead').textContent()).toBe('牵头单位:区发改局区农业农村局');
    expect(await clause.locator('.leaders').textContent()).toBe('责任领导:王明远、李卫东');
    expect(await genreB.locator('#structure h5.topic').allTextContents()).toEqual(['加强基础设施建设', '激发消费活力']);
    expect(await genreB.locator('#structure h5.topic').first().isVisible()).toBe(true);
    expect(await genreB.locator('#targets').textContent()).toContain('↑(较上年)');
    await genreB.setViewportSize({ width: 390, height: 800 });
    expect(await genreB.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    expect(await clause.locator('.cid').isVisible()).toBe(true);
    await genreB.close();
    expect(problems).toEqual([]);
  });

  it('takes a screenshot at 1280 px', async () => {
    const shot = path.join(work, 'report.png');
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: shot });
    expect(fs.statSync(shot).size).toBeGreaterThan(20_000);
    // `PLAN_REPORT_SCREENSHOT=docs/report.png npx vitest run tests/report/browser.test.ts` refreshes the README picture.
    const copyTo = process.env.PLAN_REPORT_SCREENSHOT;
    if (copyTo) {
      expect(noCjkFont, 'the README picture is not refreshed with boxes for Chinese').toBeUndefined();
      fs.mkdirSync(path.dirname(path.resolve(repoRoot, copyTo)), { recursive: true });
      fs.copyFileSync(shot, path.resolve(repoRoot, copyTo));
    }
  });
});
