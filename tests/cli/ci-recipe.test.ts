// The README's GitHub Actions recipe, run as written: its `npx plan` steps pass on the shipped data and fail on data
// with an error that only `plan check` finds (the same 文号 cited with two titles).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';
import { shippedDataCopy } from '../helpers/shipped-data-copy.js';

const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
const workflow = /```yaml\nname: plan\n[\s\S]*?```/.exec(readme)?.[0] ?? '';
const steps = [...workflow.matchAll(/- run: npx plan (.+)$/gm)].map((m) => (m[1] as string).split(/\s+/));

/** Each `npx plan` step run in a folder whose data/ is `data`; the exit codes. */
function runSteps(data: string): number[] {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-ci-'));
  fs.cpSync(data, path.join(cwd, 'data'), { recursive: true });
  return steps.map((args) => runCli(args, { cwd }).code ?? -1);
}

describe('the README’s CI recipe', () => {
  it('runs fmt --check and check (not only validate)', () => {
    expect(steps.map((s) => s.slice(0, 2).join(' '))).toEqual(['fmt --check', 'check data/']);
  });

  it('passes on the shipped data', () => {
    expect(runSteps(path.join(repoRoot, 'data'))).toEqual([0, 0]);
  });

  it('fails on a basis-title-mismatch, which validate alone lets through', () => {
    const data = shippedDataCopy((text, name) =>
      name === 'liandu-2023.plan.yaml'
        ? text.replace(
            'title: 国务院关于新时代支持革命老区振兴发展的意见',
            'title: 国务院关于支持革命老区振兴发展的意见',
          )
        : text,
    );
    expect(runSteps(data)).toEqual([0, 1]);
    expect(runCli(['validate', data]).code).toBe(0);
  });
});
