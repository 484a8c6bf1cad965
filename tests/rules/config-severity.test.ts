// plan.config.yaml sets each rule's severity: off drops its findings, warn and error override the default.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureFolder, fixturesDir } from '../helpers/fixture-workspace.js';
import { lintDir } from '../helpers/lint-dir.js';

// The formats fixture: an unknown-unit error and a name-normalised warning in alpha.plan.yaml.
async function findingsWith(config: string) {
  const dir = fixtureFolder(path.join(fixturesDir, 'formats', 'data'));
  fs.writeFileSync(path.join(dir, 'plan.config.yaml'), config);
  const findings = await lintDir(dir, ['load', 'validate'], 'en');
  return findings.map((f) => `${f.file}:${f.line}:${f.rule}:${f.severity}`);
}

describe('rule severities from plan.config.yaml', () => {
  it('defaults apply when the config names no rule', async () => {
    expect(await findingsWith('rules: {}\n')).toEqual([
      'alpha.plan.yaml:26:unknown-unit:error',
      'alpha.plan.yaml:43:name-normalised:warning',
    ]);
  });
  it('off, warn and error override the defaults', async () => {
    expect(await findingsWith('rules:\n  unknown-unit: warn\n  name-normalised: error\n')).toEqual([
      'alpha.plan.yaml:26:unknown-unit:warning',
      'alpha.plan.yaml:43:name-normalised:error',
    ]);
    expect(await findingsWith('rules:\n  unknown-unit: off\n  name-normalised: off\n')).toEqual([]);
  });
  it('an unknown rule id is a config-rule finding at its key, and a bad level a schema finding', async () => {
    expect(await findingsWith('rules:\n  name-normalized: off\n')).toEqual([
      'alpha.plan.yaml:26:unknown-unit:error',
      'alpha.plan.yaml:43:name-normalised:warning',
      'plan.config.yaml:2:config-rule:error',
    ]);
    expect(await findingsWith('rules:\n  unknown-unit: loud\n')).toContain('plan.config.yaml:2:schema:error');
  });
});
