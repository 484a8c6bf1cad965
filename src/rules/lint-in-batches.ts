// Validates a large folder in constant memory: rosters, domains and config once, then plan files a batch at a time.
// Each batch is a small Workspace (context + its plans) for the `file`-scope rules; the `plans`-scope rules then run
// once over every plan's header. A run can be split across threads: each part is a lintPlanFiles call.

import fs from 'node:fs';
import path from 'node:path';
import { appendAll } from '../domain/append-all.js';
import { type LoadedFile, loadFiles, type Workspace } from '../load/load-workspace.js';
import type { Finding } from '../model/finding.js';
import type { Plan } from '../model/plan.js';
import { rules } from './index.js';
import type { RulePhase } from './rule.js';
import { type RunOptions, runRules, sortFindings } from './run-rules.js';

const PLAN_FILE = /\.plan\.ya?ml$/i;
// Plan files are linted one at a time: what is alive between collections stays small, and with the capped young
// generation little is promoted (measured on 1,000 plans: 2 per batch ~10% slower, 8 per batch ~25% slower and 30 MiB more).

export interface BatchJob {
  /** Absolute paths: the non-plan files every batch needs, and this part's plan files. */
  contextFiles: string[];
  planFiles: string[];
  /** Absolute paths of the files to report on. */
  targets: string[];
  cwd: string;
  options: RunOptions;
  /**
   * Shared by the threads of one run: the index of the next plan file nobody has taken. Without it, one call lints all
   * of `planFiles`; with it, each thread takes files until none is left, so a slow thread never holds the others up.
   */
  claim?: Int32Array;
  /** Plan files larger than this many bytes are not linted here but listed in `deferred` (for an uncapped thread). */
  deferAbove?: number;
  /** Lint only these indices of `planFiles`. */
  only?: number[];
}

export interface BatchResult {
  /** null: this folder needs everything loaded at once (a *.plan.yaml file that is not a plan). */
  findings: Finding[] | null;
  /** Plan headers and file entries, each with the index of its file in `planFiles` (to put them back in folder order). */
  headers: { index: number; plan: Plan }[];
  planEntries: { index: number; entry: LoadedFile }[];
  /** Indices of the plan files left for another thread (see `deferAbove`). */
  deferred: number[];
}

export interface SplitFiles {
  /** Every file found, in discovery order; then the non-plan files and the plan files. */
  files: string[];
  contextFiles: string[];
  planFiles: string[];
}

/** The plan files and the context files among a folder's files, or null when some rule needs the whole workspace at once. */
export function splitFiles(files: string[], phases: RulePhase[]): SplitFiles | null {
  if (rules.some((r) => phases.includes(r.meta.phase) && r.meta.scope === undefined)) return null;
  return {
    files,
    contextFiles: files.filter((f) => !PLAN_FILE.test(path.basename(f))),
    planFiles: files.filter((f) => PLAN_FILE.test(path.basename(f))),
  };
}

/** A plan without its items (header fields and basis citations), with its strings copied so the source text of the file can be freed. */
function header(plan: Plan): Plan {
  const { id, short, title, file, year, annex, partner, issuer, date, rosterId, numbering, rules, basis } = plan;
  return {
    ...JSON.parse(
      JSON.stringify({ id, short, title, file, year, annex, partner, issuer, date, rosterId, numbering, rules, basis }),
    ),
    statement: null,
    items: [],
    clauses: [],
    sections: [],
  };
}

const shownTargets = (loaded: LoadedFile[], targets: Set<string>) =>
  new Set(loaded.filter((f) => targets.has(f.absolute)).map((f) => f.file));

/** The `file`-scope findings of some plan files, and their headers for the `plans`-scope rules. */
export async function lintPlanFiles(job: BatchJob, context = loadContext(job)): Promise<BatchResult> {
  const targets = new Set(job.targets);
  const result: BatchResult = { findings: [], headers: [], planEntries: [], deferred: [] };
  const order = job.only ?? job.planFiles.map((_, i) => i);
  let next = 0;
  // With a shared counter, threads take turns at the list; alone, a call goes through it in order.
  const take = (): number => (job.claim ? Atomics.add(job.claim, 0, 1) : next++);
  for (let step = take(); step < order.length; step = take()) {
    const index = order[step] as number;
    const file = job.planFiles[index] as string;
    if (job.deferAbove !== undefined && sizeOf(file) > job.deferAbove) {
      result.deferred.push(index);
      continue;
    }
    const batch = loadFiles([file], job.cwd, context);
    // A *.plan.yaml that holds a roster or domains would be context for the other batches: load it all at once instead.
    if (batch.files.some((f) => f.kind !== null && f.kind !== 'plan')) return { ...result, findings: null };
    const found = await runRules(batch, {
      ...job.options,
      scope: 'file',
      onlyFiles: shownTargets(batch.files, targets),
    });
    if (result.findings) appendAll(result.findings, found);
    for (const plan of batch.plans) result.headers.push({ index, plan: header(plan) });
    for (const entry of batch.files) result.planEntries.push({ index, entry: { ...entry, value: null } });
  }
  return result;
}

function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0; // loading it reports why it cannot be read
  }
}

/** The parts' items back in folder order (the order a full load sees them in, e.g. which of two equal ids is the repeat). */
const inFolderOrder = <T extends { index: number }>(parts: T[][]): T[] =>
  parts.flat().sort((a, b) => a.index - b.index);

/** Context findings, then the parts' findings, then the `plans`-scope rules over all headers; null means load it all. */
export const loadContext = (job: BatchJob): Workspace => loadFiles(job.contextFiles, job.cwd);

export async function lintInBatches(
  job: BatchJob,
  parts: Promise<BatchResult>[],
  context = loadContext(job),
): Promise<Finding[] | null> {
  const results = await Promise.all(parts);
  if (results.some((r) => r.findings === null)) return null;
  const targets = new Set(job.targets);
  if (context.plans.length > 0) return null;
  const findings = await runRules(context, {
    ...job.options,
    scope: 'file',
    onlyFiles: shownTargets(context.files, targets),
  });
  for (const r of results) appendAll(findings, r.findings ?? []);
  const entries = inFolderOrder(results.map((r) => r.planEntries)).map((x) => x.entry);
  const headers = inFolderOrder(results.map((r) => r.headers)).map((x) => x.plan);
  const summary: Workspace = { ...context, files: [...context.files, ...entries], plans: headers, findings: [] };
  appendAll(
    findings,
    await runRules(summary, { ...job.options, scope: 'plans', onlyFiles: shownTargets(summary.files, targets) }),
  );
  return sortFindings(findings);
}
