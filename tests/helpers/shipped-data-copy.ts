// A throwaway copy of the shipped data/ YAML files, edited per test: real data with one deliberate change.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './run-cli.js';

/**
 * Copies data/*.yaml into a new temporary folder, passing each file's text through `edit`, and data/source/ (the plans
 * declare it, and plan check proves them against it); returns the folder.
 */
export function shippedDataCopy(edit: (text: string, name: string) => string = (text) => text): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-data-copy-'));
  for (const name of fs.readdirSync(path.join(repoRoot, 'data'))) {
    if (name.endsWith('.yaml'))
      fs.writeFileSync(path.join(dir, name), edit(fs.readFileSync(path.join(repoRoot, 'data', name), 'utf8'), name));
  }
  fs.cpSync(path.join(repoRoot, 'data', 'source'), path.join(dir, 'source'), { recursive: true });
  return dir;
}
