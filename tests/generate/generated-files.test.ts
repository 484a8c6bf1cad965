// Generated files must match their sources: run `npm run docs` after changing a rule, a roster or a schema.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generatedFiles } from '../../src/generate/generated-files.js';
import { rules } from '../../src/rules/index.js';
import { repoRoot } from '../helpers/run-cli.js';

const files = await generatedFiles(repoRoot);

describe('generated files are current', () => {
  it.each(files.map((f) => f.file))('%s (npm run docs)', (file) => {
    const current = fs.readFileSync(path.join(repoRoot, file), 'utf8');
    expect(current, `${file} is out of date: run npm run docs`).toBe(files.find((f) => f.file === file)?.text);
  });

  it('docs/rules.md has a row for every rule', () => {
    const doc = files.find((f) => f.file === 'docs/rules.md')?.text ?? '';
    for (const { meta } of rules)
      expect(doc).toContain(
        `| \`${meta.id}\` | ${meta.phase} | ${meta.severity} | ${meta.description.zh} | ${meta.description.en} |`,
      );
  });

  it('the config schema lists exactly the rule ids', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, 'schemas/config.schema.json'), 'utf8'));
    expect(Object.keys(schema.properties.rules.properties)).toEqual(rules.map((r) => r.meta.id));
  });

  it('the plan schema offers every unit name the shipped plans use', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, 'schemas/plan.schema.json'), 'utf8'));
    const offered = new Set<string>(schema.$defs.unitName.examples);
    const plans = fs.readdirSync(path.join(repoRoot, 'data')).filter((name) => name.endsWith('.plan.yaml'));
    const used = plans.flatMap((name) => {
      const text = fs.readFileSync(path.join(repoRoot, 'data', name), 'utf8');
      return [...JSON.stringify(parse(text, { schema: 'core' })).matchAll(/"units":\[([^\]]*)\]/g)].flatMap(
        (m) => JSON.parse(`[${m[1]}]`) as string[],
      );
    });
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((u) => !offered.has(u))).toEqual([]);
  });
});
