// Runs the rules over a folder the one way `plan validate` and `plan check` run them (rules/lint-in-batches.ts).

import { discoverFiles } from '../../src/load/discover-files.js';
import type { Finding } from '../../src/model/finding.js';
import type { Lang } from '../../src/model/lang.js';
import { lintFolder } from '../../src/rules/lint-in-batches.js';
import type { RulePhase } from '../../src/rules/rule.js';

/** Findings on every file under `dir`, with paths shown relative to `cwd` (default: `dir`). */
export async function lintDir(dir: string, phases: RulePhase[], lang: Lang = 'zh', cwd = dir): Promise<Finding[]> {
  const files = discoverFiles([dir]);
  const { findings, unchecked } = await lintFolder({ files, targets: files, cwd, options: { phases, lang } });
  if (unchecked.length > 0) throw new Error(`${unchecked.length} files left unchecked`);
  return findings;
}
