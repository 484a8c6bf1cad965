// Starts Debian's Chromium headless through playwright-core, with a fresh profile and no background networking; says
// why the browser test cannot run (no browser, no CJK font) so that it is skipped with a reason, or fails in CI.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** `PLAN_CHROMIUM=/path/to/chromium` points the test at another build (or, set to a missing path, tries the skip). */
export const CHROMIUM = process.env.PLAN_CHROMIUM || '/usr/bin/chromium';
/** Set by .ci/run: there a missing browser or CJK font fails the browser test instead of skipping it. */
export const BROWSER_REQUIRED = process.env.PLAN_REQUIRE_BROWSER === '1';

// Without the background-networking flags Chromium tries to reach Google's hosts at every start.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Why the browser cannot be started, or undefined when it can. */
export function missingBrowser(): string | undefined {
  if (fs.existsSync(CHROMIUM)) return undefined;
  return `no browser at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium fonts-noto-cjk, as .ci/run does) or set PLAN_CHROMIUM`;
}

/** One line on stderr naming the test and why part of it did not run; the default reporter shows skips without it. */
export function sayWhySkipped(test: string, reason: string): void {
  process.stderr.write(`${test} skipped: ${reason} (PLAN_REQUIRE_BROWSER=1 makes this a failure)\n`);
}

export async function launchChromium(viewport = { width: 1280, height: 900 }): Promise<BrowserContext> {
  const missing = missingBrowser();
  if (missing) throw new Error(missing);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-chromium-'));
  return chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport });
}

/**
 * Why the page draws Chinese as boxes (tofu), or undefined when a real CJK font draws it. Two different characters are
 * drawn in the page's own font on a canvas: with no font that has them, both come out as the same empty box.
 */
export async function cjkDrawnAsBoxes(page: Page): Promise<string | undefined> {
  // A string, not a function: the type check runs without the DOM library.
  const same = await page.evaluate(`(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 64;
    const g = canvas.getContext('2d');
    g.font = '40px ' + getComputedStyle(document.body).fontFamily;
    const draw = (text) => {
      g.clearRect(0, 0, 64, 64);
      g.fillText(text, 4, 48);
      return g.getImageData(0, 0, 64, 64).data.join(',');
    };
    return draw('中') === draw('国');
  })()`);
  return same
    ? '中 and 国 are drawn as the same box: no CJK font (apt-get install -y fonts-noto-cjk; `fc-list :lang=zh` lists none)'
    : undefined;
}
