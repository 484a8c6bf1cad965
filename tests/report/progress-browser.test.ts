// The progress part of the report and a unit's handout with progress, in headless Chromium: the filter reaches the
// progress rows, the statuses keep their colours and words in print, and both fit a 390-px phone (#19 item 5).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_REQUIRED, launchChromium, missingBrowser, sayWhySkipped } from '../helpers/chromium.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-report-progress-browser-'));
const data = path.join(work, 'data');
const out = path.join(work, 'out');

const noBrowser = BROWSER_REQUIRED ? undefined : missingBrowser();
if (noBrowser) sayWhySkipped('tests/report/progress-browser.test.ts', noBrowser);

let context: BrowserContext;
let page: Page;
let handout: Page;
const problems: string[] = [];

async function open(file: string): Promise<Page> {
  const opened = await context.newPage();
  opened.on('pageerror', (e) => problems.push(`${file}: ${e.message}`));
  opened.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${file} console: ${m.text()}`);
  });
  await opened.goto(pathToFileURL(path.join(out, file)).href, { waitUntil: 'load' });
  return opened;
}

beforeAll(async () => {
  if (noBrowser) return;
  fs.cpSync(path.join(repoRoot, 'data'), data, { recursive: true });
  const examples = path.join(repoRoot, 'examples', 'progress');
  for (const name of fs.readdirSync(examples)) fs.copyFileSync(path.join(examples, name), path.join(data, name));
  const env = { env: { SOURCE_DATE_EPOCH: '1688169600' } };
  for (const args of [[], ['--unit', '区商务局']]) {
    const result = runCli(['--data', data, 'report', '--out', out, ...args], env);
    expect(result.code, result.stderr).toBe(0);
  }
  // The same handout without progress reports, to compare the printed length with.
  const plain = runCli(['report', '--out', path.join(out, 'plain'), '--unit', '区商务局'], env);
  expect(plain.code, plain.stderr).toBe(0);
  context = await launchChromium();
  handout = await open('区商务局.html');
  page = await open('index.html');
}, 20_000);

afterAll(async () => {
  await context?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe.skipIf(noBrowser)('plan report with progress, in Chromium', () => {
  it('filters the progress rows by the name typed, as the other matrices', async () => {
    const rows = page.locator('table.progress tbody tr');
    const all = await rows.count();
    expect(all).toBeGreaterThan(3);
    await page.fill('#unit-filter', '区商务局');
    expect(await page.locator('table.progress tbody tr:not([hidden]) th').allTextContents()).toEqual(['区商务局']);
    await page.fill('#unit-filter', '');
    expect(await page.locator('table.progress tbody tr:not([hidden])').count()).toBe(all);
  });

  it('keeps each status colour in print, each with its words, and prints the progress section', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#progress').isVisible()).toBe(true);
    // A string, not a function: the type check runs without the DOM library.
    const fills = (await page.evaluate(
      `[...document.querySelectorAll('#progress .legend .st')].map((el) => [el.textContent, getComputedStyle(el).backgroundColor])`,
    )) as [string, string][];
    expect(fills.map(([text]) => text)).toEqual(['已完成', '推进中', '未启动', '未能完成', '不适用', '未报告']);
    // Four statuses are told apart by fill, the last two by a dashed or dotted border on white.
    expect(new Set(fills.slice(0, 4).map(([, fill]) => fill)).size).toBe(4);
    await page.emulateMedia({ media: 'screen' });
  });

  it('fits a 390-px phone: the page does not scroll sideways (the wide view scrolls in its own box)', async () => {
    for (const p of [page, handout]) {
      await p.setViewportSize({ width: 390, height: 800 });
      expect(await p.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    }
    expect(await handout.locator('tr.progress').first().isVisible()).toBe(true);
  });

  it('prints the handout on A4 with a progress row under each clause held, at most a page longer than without', async () => {
    const pages = async (p: Page) => {
      const pdf = Buffer.from(await p.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
      return pdf.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
    };
    await handout.emulateMedia({ media: 'print' });
    expect(await handout.locator('tr.progress').count()).toBe(17);
    const plain = await open(path.join('plain', '区商务局.html'));
    const [withProgress, without] = [await pages(handout), await pages(plain)];
    expect(without).toBeGreaterThan(0);
    expect(withProgress).toBeLessThanOrEqual(without + 1);
    // The print layout gives the clause text the width: 18 clauses on 2 pages (5 with the screen's column widths).
    expect(without).toBeLessThanOrEqual(2);
    expect(problems).toEqual([]);
  });
});
