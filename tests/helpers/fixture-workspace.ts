// Builds a temporary data folder from tests/fixtures/base plus one case folder (case files replace base files of the same name).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const fixturesDir = path.resolve(import.meta.dirname, '..', 'fixtures');

export function fixtureFolder(caseDir: string, options: { base?: boolean } = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-fixture-'));
  const copy = (from: string) => {
    for (const name of fs.readdirSync(from))
      fs.cpSync(path.join(from, name), path.join(dir, name), { recursive: true });
  };
  if (options.base !== false) copy(path.join(fixturesDir, 'base'));
  copy(caseDir);
  return dir;
}

/** `# expect: rule-a, rule-b` on a line means those rules must report on that line of that file. */
export function expectedMarks(dir: string): string[] {
  const marks: string[] = [];
  for (const name of fs.readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(name)) continue;
    // latin1 so that marks are found even in files that are deliberately not UTF-8.
    const lines = fs.readFileSync(path.join(dir, name), 'latin1').split('\n');
    lines.forEach((line, i) => {
      const m = /# expect: ([a-z0-9, -]+)/.exec(line);
      if (m?.[1]) for (const rule of m[1].split(',')) marks.push(`${name}:${i + 1}:${rule.trim()}`);
    });
  }
  return marks.sort();
}
