// The files in the repository that are generated (npm run docs writes them; a test checks they are current).

import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { rules } from '../rules/index.js';
import { renderRulesDoc } from './rules-doc.js';
import { configSchemaWithRules, planSchemaWithUnitNames, rosterUnitNames } from './schema-enums.js';
import { schemaTypeFiles } from './schema-types.js';

export interface GeneratedFile {
  /** Relative to the repository root. */
  file: string;
  text: string;
}

const asJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export async function generatedFiles(root: string): Promise<GeneratedFile[]> {
  const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
  const dataDir = path.join(root, 'data');
  const rosters = fs
    .readdirSync(dataDir)
    .filter((name) => /\.roster\.ya?ml$/.test(name))
    .sort()
    .map((name) => parse(fs.readFileSync(path.join(dataDir, name), 'utf8'), { schema: 'core' }));
  return [
    { file: 'docs/rules.md', text: renderRulesDoc(rules) },
    {
      file: 'schemas/config.schema.json',
      text: asJson(configSchemaWithRules(readJson('schemas/config.schema.json'), rules)),
    },
    {
      file: 'schemas/plan.schema.json',
      text: asJson(planSchemaWithUnitNames(readJson('schemas/plan.schema.json'), rosterUnitNames(rosters))),
    },
    ...(await schemaTypeFiles(root)),
  ];
}
