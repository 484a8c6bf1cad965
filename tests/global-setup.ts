// One scratch folder per test run, removed at the end: the temporary data folders tests make (thousands, some of
// 2,000 files) would otherwise pile up in /tmp run after run.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-tests-'));
  // os.tmpdir() reads TMPDIR on every call, here and in the test workers started after this.
  process.env.TMPDIR = root;
  return () => fs.rmSync(root, { recursive: true, force: true });
}
