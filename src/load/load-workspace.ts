// Loads every YAML file under the given paths, checks each against its schema and builds the normalised model.

import path from 'node:path';
import { appendAll } from '../domain/append-all.js';
import { buildRoster } from '../domain/build-roster.js';
import { INVISIBLE_CHARS, INVISIBLE_OR_ESCAPE } from '../domain/normalise-name.js';
import { normalisePlan } from '../domain/normalise-plan.js';
import type { PendingFinding } from '../model/finding.js';
import type { Domain, Plan } from '../model/plan.js';
import type { ProgressReport } from '../model/progress.js';
import type { RawConfig, RawDomains, RawPlan, RawProgress, RawRoster } from '../model/raw.js';
import type { Roster } from '../model/roster.js';
import { checkSchema, type FileKind } from './check-schema.js';
import { discoverFiles } from './discover-files.js';
import { parseYaml } from './parse-yaml.js';
import { OUTSIDE_CHARS } from './plain-yaml.js';
import { readText } from './read-text.js';

/**
 * The characters that send a text to `yaml` (plain-yaml.ts), the invisible ones and a backslash, as one class: a text
 * holding none (nearly every file) is scanned once, where a scan for each set took twice as long.
 */
const UNUSUAL = new RegExp(`[${OUTSIDE_CHARS}${INVISIBLE_CHARS}\\\\]`);

export interface LoadedFile {
  /** Path as shown to the user. */
  file: string;
  absolute: string;
  kind: FileKind | null;
  /** Parsed value when the file parsed and matched its schema; null otherwise. */
  value: unknown;
  /** The `id` a file gives when it parsed but failed its schema (its value is then null). */
  unloadedId?: string;
  /**
   * True when the source text holds no invisible character and no backslash (so no escape such as "\u200b" either):
   * then no string in the value can hold one, and the invisible-character rule need not walk it.
   */
  invisibleFree?: boolean;
}

/**
 * A file whose content is not used: unreadable, not YAML, or failing its schema; what it claims to be when it parsed
 * (kind and id are null when it did not), so findings that follow from its absence can name it as the cause.
 */
export interface UnloadedFile {
  file: string;
  kind: FileKind | null;
  id: string | null;
}

export interface Workspace {
  files: LoadedFile[];
  plans: Plan[];
  rosters: Roster[];
  /** Files left out (unreadable, not parsed, schema errors), so that a plan naming one is told why it is missing. */
  unloaded: UnloadedFile[];
  domains: Domain[];
  /** Every plan.config.yaml loaded: each sets rule levels for the files of its own folder (see rules/rule-levels.ts). */
  configs: { file: string; config: RawConfig }[];
  /** Progress reports (`kind: progress`), as written, each with its file. */
  progress: ProgressReport[];
  findings: PendingFinding[];
}

/**
 * Files left out that could have held a `kind` file: those of that kind without an id, and those never parsed (a
 * config file is known by its name, so only config files can have held the config).
 */
export function unloadedMaybe(workspace: Workspace, kind: FileKind): string[] {
  return workspace.unloaded
    .filter((u) => (u.kind === null && kind !== 'config') || (u.kind === kind && u.id === null))
    .map((u) => u.file);
}

export interface LoadOptions {
  /** Told the escaped path of each file or folder left out because its name is not UTF-8 (see discover-files.ts). */
  skipName?: (escaped: string) => void;
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
    if (kind === 'plan' || kind === 'roster' || kind === 'domains' || kind === 'progress') return kind;
  }
  return null;
}

/** Reads, parses and schema-checks one file; `value` stays null unless all of that succeeded. */
export function loadFile(absolute: string, cwd: string): { loaded: LoadedFile; findings: PendingFinding[] } {
  const file = shown(absolute, cwd);
  // A config file is known by its name: one that cannot be read or parsed is still the config that did not load.
  const loaded: LoadedFile = {
    file,
    absolute,
    kind: CONFIG_FILE.test(path.basename(absolute)) ? 'config' : null,
    value: null,
  };
  const read = readText(absolute, file);
  if (read.text === null) return { loaded, findings: read.findings };
  const ordinary = !UNUSUAL.test(read.text);
  loaded.invisibleFree = ordinary || !INVISIBLE_OR_ESCAPE.test(read.text);
  const parsed = parseYaml(read.text, file, ordinary);
  if (parsed.findings.length > 0) return { loaded, findings: [...read.findings, ...parsed.findings] };
  loaded.kind = kindOf(absolute, parsed.value);
  if (loaded.kind === null)
    return { loaded, findings: [{ file, path: ['kind'], rule: 'schema', messageId: 'unknownKind', data: {} }] };
  const schemaFindings = checkSchema(loaded.kind, parsed.value ?? {}, file);
  if (schemaFindings.length === 0) loaded.value = parsed.value;
  else {
    const id = (parsed.value as { id?: unknown }).id;
    if (typeof id === 'string') loaded.unloadedId = id;
  }
  return { loaded, findings: schemaFindings };
}

/**
 * Builds a workspace from loaded files. With a `context` (loaded earlier), its rosters, domains and config are used
 * but its files are not listed again: batched validation loads those once and then the plan files a batch at a time.
 */
export function assembleWorkspace(files: LoadedFile[], findings: PendingFinding[], context?: Workspace): Workspace {
  const workspace: Workspace = {
    files,
    plans: [],
    rosters: [...(context?.rosters ?? [])],
    unloaded: [...(context?.unloaded ?? [])],
    domains: [...(context?.domains ?? [])],
    configs: [...(context?.configs ?? [])],
    progress: [...(context?.progress ?? [])],
    findings,
  };
  for (const { kind, value, file, unloadedId } of files) {
    if (value === null) {
      workspace.unloaded.push({ file, kind, id: unloadedId ?? null });
      continue;
    }
    if (kind === 'roster') workspace.rosters.push(buildRoster(value as RawRoster, file));
    else if (kind === 'domains') appendAll(workspace.domains, (value as RawDomains).domains);
    else if (kind === 'progress') workspace.progress.push({ ...(value as RawProgress), file });
    else if (kind === 'config') workspace.configs.push({ file, config: (value ?? {}) as RawConfig });
  }
  for (const { kind, value, file } of files) {
    if (kind !== 'plan' || value === null) continue;
    const raw = value as RawPlan;
    workspace.plans.push(normalisePlan(raw, file, workspace.rosters.find((r) => r.id === raw.roster) ?? null));
  }
  return workspace;
}

/** Loads the given files (already discovered, absolute) into one workspace. */
export function loadFiles(absoluteFiles: string[], cwd: string, context?: Workspace): Workspace {
  const files: LoadedFile[] = [];
  const findings: PendingFinding[] = [];
  for (const absolute of absoluteFiles) {
    const one = loadFile(absolute, cwd);
    files.push(one.loaded);
    appendAll(findings, one.findings);
  }
  return assembleWorkspace(files, findings, context);
}

export function loadWorkspace(paths: string[], cwd = process.cwd(), options: LoadOptions = {}): Workspace {
  const files = discoverFiles(
    paths.map((p) => path.resolve(cwd, p)),
    { skipName: options.skipName },
  );
  return loadFiles(files, cwd);
}
