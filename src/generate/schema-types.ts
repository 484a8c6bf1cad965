// TypeScript types generated from the JSON Schemas, so src/model/raw.ts can be pinned to them at type-check time.

import fs from 'node:fs';
import path from 'node:path';
import { compile } from 'json-schema-to-typescript';

/** Each schema file and the name of its root type. */
const schemas = [
  { schema: 'plan', root: 'PlanFile' },
  { schema: 'roster', root: 'RosterFile' },
  { schema: 'domains', root: 'DomainsFile' },
  { schema: 'config', root: 'ConfigFile' },
  { schema: 'progress', root: 'ProgressFile' },
];

const banner =
  '// Generated from schemas/{{schema}}.schema.json by `npm run docs`; do not edit. src/model/raw-matches-schema.ts pins raw.ts to it.';

export async function schemaTypeFiles(root: string): Promise<{ file: string; text: string }[]> {
  return Promise.all(
    schemas.map(async ({ schema, root: name }) => {
      const json = JSON.parse(fs.readFileSync(path.join(root, 'schemas', `${schema}.schema.json`), 'utf8'));
      // The root's Chinese title would become its type name; the editor-facing examples are not types.
      const text = await compile({ ...json, title: name }, name, {
        bannerComment: banner.replace('{{schema}}', schema),
        additionalProperties: false,
        ignoreMinAndMaxItems: true,
        strictIndexSignatures: true,
        style: { singleQuote: true, printWidth: 120 },
      });
      return { file: `src/model/schema-types/${schema}.generated.ts`, text };
    }),
  );
}
