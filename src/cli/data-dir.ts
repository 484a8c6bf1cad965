// Where the plans live: --data, else $PLAN_DATA, else ./data in the current folder, else the data shipped with the tool.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function resolveDataDir(
  option: string | undefined,
  env: Record<string, string | undefined>,
  cwd: string,
): string {
  if (option) return path.resolve(cwd, option);
  if (env.PLAN_DATA) return path.resolve(cwd, env.PLAN_DATA);
  const local = path.join(cwd, 'data');
  if (fs.existsSync(local)) return local;
  // dist/plan.cjs sits one level below the package root, src/cli/data-dir.ts two.
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const candidate of [path.resolve(here, '..', 'data'), path.resolve(here, '..', '..', 'data')]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return local;
}
