// Validates a large folder in constant memory: rosters, domains and config once, then plan files a batch at a time.
// Each batch is a small Workspace (context + its plans) for the `file`-scope rules; the `plans`-scope rules then run
// once over every plan's header. A run can be split across threads: each part is a lintPlanFiles call.

import path from 'node:path';
import { discoverFiles } from '../load/discover-files.js';
import { type LoadedFile, loadFiles, MAX_CACHED_FILES, type Workspace } from '../load/load-workspace.js';
import type { Finding } from '../model/finding.js';
import type { Plan } from '../model/plan.js';
import { rules } from './index.js';
import type { RulePhase } from './rule.js';
import { type RunOptions, runRules, sortFindings } from './run-rules.js';

const PLAN_FILE = /\.plan\.ya?ml$/i;
// Small batches keep what is alive between collections small: with the capped young generation, little is promoted.
const BATCH_SIZE = 2;

export interface BatchJob {
  /** Absolute paths: the non-plan files every batch needs, and this part's plan files. */
  contextFiles: string[];
  planFiles: string[];
  /** Absolute paths of the files to report on. */
  targets: string[];
  cwd: string;
  options: RunOptions;
  /** Parse cache folder (small folders only; see load/parse-cache.ts). */
  cacheDir?: string | null;
}

export interface BatchResult {
  /** null: this folder needs everything loaded at once (a *.plan.yaml file that is not a plan). */
  findings: Finding[] | null;
  headers: Plan[];
  planEntries: LoadedFile[];
}

export interface SplitFiles {
  /** Every file found, in discovery order; then the non-plan files and the plan files. */
  files: string[];
  contextFiles: string[];
  planFiles: string[];
}

/** The plan files and the context files of a folder, or null when some rule needs the whole workspace at once. */
export function splitFiles(absolutePaths: string[], phases: RulePhase[]): SplitFiles | null {
  if (rules.some((r) => phases.includes(r.meta.phase) && r.meta.scope === undefined)) return null;
  const files = discoverFiles(absolutePaths);
  return { files, contextFiles: files.filter((f) => !PLAN_FILE.test(path.basename(f))), planFiles: files.filter((f) => PLAN_FILE.test(path.basename(f))) };
}

/** A plan without its items (header fields and basis citations), with its strings copied so the source text of the file can be freed. */
function header(plan: Plan): Plan {
  const { id, short, title, file, year, annex, partner, issuer, date, rosterId, basis } = plan;
  return { ...JSON.parse(JSON.stringify({ id, short, title, file, year, annex, partner, issuer, date, rosterId, basis })), statement: null, items: [], clauses: [], sections: [] };
}

const shownTargets = (loaded: LoadedFile[], targets: Set<string>) => new Set(loaded.filter((f) => targets.has(f.absolute)).map((f) => f.file));

/** The `file`-scope findings of some plan files, and their headers for the `plans`-scope rules. */
export async function lintPlanFiles(job: BatchJob, context = loadContext(job)): Promise<BatchResult> {
  const targets = new Set(job.targets);
  const cacheDir = job.planFiles.length <= MAX_CACHED_FILES ? job.cacheDir : null;
  const result: BatchResult = { findings: [], headers: [], planEntries: [] };
  for (let start = 0; start < job.planFiles.length; start += BATCH_SIZE) {
    const batch = loadFiles(job.planFiles.slice(start, start + BATCH_SIZE), job.cwd, context, { cacheDir });
    // A *.plan.yaml that holds a roster or domains would be context for the other batches: load it all at once instead.
    if (batch.files.some((f) => f.kind !== null && f.kind !== 'plan')) return { ...result, findings: null };
    result.findings?.push(...(await runRules(batch, { ...job.options, scope: 'file', onlyFiles: shownTargets(batch.files, targets) })));
    result.headers.push(...batch.plans.map(header));
    result.planEntries.push(...batch.files.map((f) => ({ ...f, value: null })));
  }
  return result;
}

/** Context findings, then the parts' findings, then the `plans`-scope rules over all headers; null means load it all. */
export const loadContext = (job: BatchJob): Workspace => loadFiles(job.contextFiles, job.cwd, undefined, { cacheDir: job.cacheDir });

export async function lintInBatches(job: BatchJob, parts: Promise<BatchResult>[], context = loadContext(job)): Promise<Finding[] | null> {
  const results = await Promise.all(parts);
  if (results.some((r) => r.findings === null)) return null;
  const targets = new Set(job.targets);
  if (context.plans.length > 0) return null;
  const findings = await runRules(context, { ...job.options, scope: 'file', onlyFiles: shownTargets(context.files, targets) });
  for (const r of results) findings.push(...(r.findings ?? []));
  const summary: Workspace = { ...context, files: [...context.files, ...results.flatMap((r) => r.planEntries)], plans: results.flatMap((r) => r.headers), findings: [] };
  findings.push(...(await runRules(summary, { ...job.options, scope: 'plans', onlyFiles: shownTargets(summary.files, targets) })));
  return sortFindings(findings);
}
