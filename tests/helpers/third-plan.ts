// A temporary data folder: the shipped data plus a third plan, a copy of 莲都 under another id and short name.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './run-cli.js';

export function dataWithThirdPlan(edit: (text: string) => string = (t) => t): string {
  const dataDir = path.join(repoRoot, 'data');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-third-'));
  for (const name of fs.readdirSync(dataDir))
    if (name.endsWith('.yaml')) fs.copyFileSync(path.join(dataDir, name), path.join(dir, name));
  const third = fs
    .readFileSync(path.join(dataDir, 'liandu-2023.plan.yaml'), 'utf8')
    .replace('id: jiangbei-liandu-2023', 'id: jiangbei-third-2023')
    .replace('short: 莲都', 'short: 第三');
  fs.writeFileSync(path.join(dir, 'third-2023.plan.yaml'), edit(third));
  // The plans declare their source text; plan check proves them against it.
  fs.cpSync(path.join(dataDir, 'source'), path.join(dir, 'source'), { recursive: true });
  return dir;
}
