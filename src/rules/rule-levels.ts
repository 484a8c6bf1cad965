// The rule levels that hold for one file's findings: the plan's own `rules:`, over the plan.config.yaml of the file's
// own folder (a sub-folder per district has its own), over the rule's default.

import path from 'node:path';
import { unloadedMaybe, type Workspace } from '../load/load-workspace.js';
import type { RawConfig } from '../model/raw.js';

type Level = 'off' | 'warn' | 'error';

/** The plan.config.yaml in the same folder as `file`, when one loaded. Configs of other folders, above or below, do not apply. */
export function folderConfig(workspace: Workspace, file: string): RawConfig | null {
  const folder = path.dirname(file);
  return workspace.configs.find((c) => path.dirname(c.file) === folder)?.config ?? null;
}

/** plan.config.yaml files in the folder of `file` that did not load: they may have set levels that now do not apply. */
export function folderConfigNotLoaded(workspace: Workspace, file: string): string[] {
  const folder = path.dirname(file);
  return unloadedMaybe(workspace, 'config').filter((f) => path.dirname(f) === folder);
}

/** For each file, a function giving the level set for a rule (undefined: the rule's default). */
export function levelsFor(workspace: Workspace): (file: string, rule: string) => Level | undefined {
  const planRules = new Map(workspace.plans.map((plan) => [plan.file, plan.rules]));
  return (file, rule) => planRules.get(file)?.[rule] ?? folderConfig(workspace, file)?.rules?.[rule];
}
