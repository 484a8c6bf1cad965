// Loads every YAML file under the given paths, checks each against its schema and builds the normalised model.

import path from 'node:path';
import type { PendingFinding } from '../model/finding.js';
import type { Domain, Plan } from '../model/plan.js';
import type { RawConfig, RawDomains, RawPlan, RawRoster } from '../model/raw.js';
import type { Roster } from '../model/roster.js';
import { buildRoster } from './build-roster.js';
import { checkSchema, type FileKind } from './check-schema.js';
import { discoverFiles } from './discover-files.js';
import { normalisePlan } from './normalise-plan.js';
import { parseYaml } from './parse-yaml.js';
import { readText } from './read-text.js';

export interface LoadedFile {
  /** Path as shown to the user. */
  file: string;
  absolute: string;
  kind: FileKind | null;
  /** Parsed value when the file parsed and matched its schema; null otherwise. */
  value: unknown;
}

export interface Workspace {
  files: LoadedFile[];
  plans: Plan[];
  rosters: Roster[];
  domains: Domain[];
  config: RawConfig | null;
  configFile: string | null;
  findings: PendingFinding[];
}

export const CONFIG_FILE = /^plan\.config\.ya?ml$/i;

/** Path as shown to the user: relative to cwd when inside it, else absolute. */
export function shown(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

export function kindOf(file: string, value: unknown): FileKind | null {
  if (CONFIG_FILE.test(path.basename(file))) return 'config';
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const kind = (value as { kind?: unknown }).kind;
    if (kind === 'plan' || kind === 'roster' || kind === 'domains') return kind;
  }
  return null;
}

export function loadWorkspace(paths: string[], cwd = process.cwd()): Workspace {
  const files = discoverFiles(paths.map((p) => path.resolve(cwd, p)));
  const workspace: Workspace = { files: [], plans: [], rosters: [], domains: [], config: null, configFile: null, findings: [] };
  const rawPlans: { raw: RawPlan; file: string }[] = [];
  for (const absolute of files) {
    const file = shown(absolute, cwd);
    const loaded: LoadedFile = { file, absolute, kind: null, value: null };
    workspace.files.push(loaded);
    const read = readText(absolute, file);
    workspace.findings.push(...read.findings);
    if (read.text === null) continue;
    const parsed = parseYaml(read.text, file);
    workspace.findings.push(...parsed.findings);
    if (parsed.findings.length > 0) continue;
    const kind = kindOf(absolute, parsed.value);
    loaded.kind = kind;
    if (kind === null) {
      workspace.findings.push({ file, path: ['kind'], rule: 'schema', messageId: 'unknownKind', data: {} });
      continue;
    }
    const schemaFindings = checkSchema(kind, parsed.value ?? {}, file);
    workspace.findings.push(...schemaFindings);
    if (schemaFindings.length > 0) continue;
    loaded.value = parsed.value;
    if (kind === 'plan') rawPlans.push({ raw: parsed.value as RawPlan, file });
    else if (kind === 'roster') workspace.rosters.push(buildRoster(parsed.value as RawRoster, file));
    else if (kind === 'domains') workspace.domains.push(...(parsed.value as RawDomains).domains);
    else if (kind === 'config') {
      workspace.config = (parsed.value ?? {}) as RawConfig;
      workspace.configFile = file;
    }
  }
  for (const { raw, file } of rawPlans) {
    const roster = workspace.rosters.find((r) => r.id === raw.roster) ?? null;
    workspace.plans.push(normalisePlan(raw, file, roster));
  }
  return workspace;
}
