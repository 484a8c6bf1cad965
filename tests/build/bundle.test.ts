// The built bundle (npm test builds first): bin/load-bundle.js reads it as latin1, which is exact only for pure ASCII.

import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';

it('dist/plan.cjs is pure ASCII, so the latin1 read gives back every Chinese character of messages and patterns', () => {
  const bytes = fs.readFileSync(path.join(repoRoot, 'dist', 'plan.cjs'));
  expect(bytes.findIndex((b) => b > 0x7f)).toBe(-1);
  // A normaliser regular expression with full-width characters still works through the escaped bundle: （ ） fold.
  const result = runCli(['tasks', '--unit', '区财政局（区国资中心）', '--format', 'csv']);
  expect(result.code, result.stderr).toBe(0);
  expect(result.stdout).toContain('区财政局');
});
