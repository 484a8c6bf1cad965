// Random mutations of the real plan files never crash plan: exit 0, 1 or 2, never a stack trace or an internal error.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';
import { applyEdits, type TextEdit } from '../helpers/yaml-edits.js';

const dataDir = path.join(repoRoot, 'data');
const plans = ['huangzhou-2023.plan.yaml', 'liandu-2023.plan.yaml', 'roster-2023.roster.yaml'];
const originals = Object.fromEntries(plans.map((name) => [name, fs.readFileSync(path.join(dataDir, name), 'utf8')]));

const edit: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.record({
    op: fc.constantFrom<'delete' | 'duplicate'>('delete', 'duplicate'),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({
    op: fc.constant<'insert'>('insert'),
    at: fc.nat(),
    // Any Unicode, plus the characters that matter to YAML and to terminals.
    text: fc.oneof(
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.constantFrom(
        ':',
        '- ',
        '&a ',
        '*a',
        '[',
        '{',
        '"',
        "'",
        '\t',
        '\r\n',
        '\r',
        'True: 1\n',
        '\u001b[31m',
        '\u200b',
        '（',
        '__proto__: 1\n',
        '? ',
        '!!js/function ',
        '%YAML 1.1\n',
        '---\n',
      ),
    ),
  }),
  fc.record({ op: fc.constant<'swap-lines'>('swap-lines'), at: fc.nat(), other: fc.nat() }),
);

const mutation = fc.record({ file: fc.constantFrom(...plans), edits: fc.array(edit, { minLength: 1, maxLength: 4 }) });

/** A copy of data/ with one file mutated. */
function mutatedData(file: string, edits: TextEdit[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-fuzz-'));
  for (const name of fs.readdirSync(dataDir))
    if (name.endsWith('.yaml')) fs.copyFileSync(path.join(dataDir, name), path.join(dir, name));
  fs.writeFileSync(path.join(dir, file), applyEdits(originals[file] as string, edits));
  return dir;
}

const STACK = /\n\s+at .+:\d+:\d+/;

describe('fuzzing the real data', () => {
  it('mutated plan files give exit 0, 1 or 2 and a message, never a crash (in-process)', async () => {
    const seen = new Set<number>();
    await fc.assert(
      fc.asyncProperty(mutation, fc.boolean(), async ({ file, edits }, asTasks) => {
        const dir = mutatedData(file, edits);
        try {
          const argv = asTasks
            ? ['tasks', '--data', dir, '--unit', '区商务局', '--format', 'md']
            : ['validate', dir, '--format', 'stylish'];
          const result = await runInProcess(argv, { cwd: dir, columns: 100 });
          seen.add(result.code);
          expect([0, 1, 2], result.stderr).toContain(result.code);
          expect(result.stderr).not.toMatch(STACK);
          expect(result.stdout).not.toMatch(STACK);
          expect(result.stderr).not.toContain('内部错误');
          expect(result.stdout).not.toContain('\u001b');
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 100, seed: 20230630 },
    );
    // The mutations really do break files (exit 1), and some leave them usable (exit 0).
    expect([...seen].sort()).toEqual(expect.arrayContaining([0, 1]));
  });

  it('a handful through the real binary behave the same', () => {
    const samples = fc.sample(mutation, { numRuns: 2, seed: 7 });
    for (const { file, edits } of samples) {
      const dir = mutatedData(file, edits);
      const result = runCli(['validate', dir]);
      expect([0, 1, 2], result.stderr).toContain(result.code);
      expect(result.stderr).not.toMatch(STACK);
      expect(result.stderr).not.toContain('内部错误');
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
