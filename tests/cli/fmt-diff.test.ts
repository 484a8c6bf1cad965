// plan fmt --check shows what it would change as a unified diff: applied to the file, it gives what --write writes.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../helpers/fixture-workspace.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';

/** Applies the hunks of a one-file unified diff to `text`, checking every context and removed line against it. */
function applyDiff(text: string, diff: string): string {
  const lines = text.replace(/\n$/, '').split('\n');
  const out: string[] = [];
  let at = 0; // next original line (0-based) not yet copied
  for (const hunk of diff.split(/^(?=@@ )/m).slice(1)) {
    const [header = '', ...body] = hunk.replace(/\n$/, '').split('\n');
    const start = Number(/^@@ -(\d+),\d+ \+\d+,\d+ @@$/.exec(header)?.[1]) - 1;
    out.push(...lines.slice(at, start));
    at = start;
    for (const line of body) {
      if (line.startsWith('+')) out.push(line.slice(1));
      else {
        expect(lines[at], `line ${at + 1}`).toBe(line.slice(1));
        if (line.startsWith(' ')) out.push(line.slice(1));
        at++;
      }
    }
  }
  return `${[...out, ...lines.slice(at)].join('\n')}\n`;
}

describe('plan fmt --check', () => {
  it('prints each file’s name and then the diff that --write would apply', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-fmt-diff-'));
    const messy = fs.readFileSync(path.join(fixturesDir, 'fmt', 'messy.plan.yaml'), 'utf8');
    fs.writeFileSync(path.join(dir, 'messy.plan.yaml'), messy);
    const check = runCli(['fmt', '--check', '.'], { cwd: dir });
    expect(check.code).toBe(1);
    const [name, diff] = [
      check.stdout.slice(0, check.stdout.indexOf('\n')),
      check.stdout.slice(check.stdout.indexOf('\n') + 1),
    ];
    expect(name).toBe('messy.plan.yaml');
    expect(diff).toMatch(/^--- messy\.plan\.yaml\n\+\+\+ messy\.plan\.yaml\n@@ -1,\d+ \+1,\d+ @@\n/);
    expect(applyDiff(messy, diff)).toBe(fs.readFileSync(path.join(fixturesDir, 'fmt', 'messy.expected.yaml'), 'utf8'));
  });

  it('shows one small change in a big file as a short hunk at its line', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-fmt-diff-'));
    const original = fs.readFileSync(path.join(repoRoot, 'data', 'huangzhou-2023.plan.yaml'), 'utf8');
    const lines = original.split('\n');
    const at = lines.findIndex((l) => l.trim() === 'units: [ 区商务局 ]');
    lines[at] = (lines[at] as string).replace('[ 区商务局 ]', '[区商务局]');
    fs.writeFileSync(path.join(dir, 'huangzhou-2023.plan.yaml'), lines.join('\n'));
    const check = runCli(['fmt', '--check', 'huangzhou-2023.plan.yaml'], { cwd: dir });
    expect(check.code).toBe(1);
    const hunks = check.stdout.split('\n').filter((l) => l.startsWith('@@'));
    expect(hunks).toEqual([`@@ -${at - 1},5 +${at - 1},5 @@`]);
    expect(check.stdout).toContain(`-${lines[at]}\n+${original.split('\n')[at]}\n`);
  });
});
