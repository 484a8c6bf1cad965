// The one way rules run over files, whatever their number: the context files (rosters, domains, config) once, then the
// plan files one at a time for the `file`-scope rules, then the cross-file rules once over what every plan left behind:
// its header for `plans`-scope rules, or the whole plan when a `workspace`-scope rule is asked for (`plan check`).

import fs from 'node:fs';
import path from 'node:path';
import { appendAll } from '../domain/append-all.js';
import { CONFIG_FILE, type LoadedFile, loadFiles, type Workspace } from '../load/load-workspace.js';
import type { Finding } from '../model/finding.js';
import type { Plan } from '../model/plan.js';
import type { ProgressReport } from '../model/progress.js';
import { rules } from './index.js';
import type { RuleScope } from './rule.js';
import { type RunOptions, runRules, sortFindings } from './run-rules.js';

export interface FolderJob {
  /** Absolute paths of every file found, in discovery order. */
  files: string[];
  /** Absolute paths of the files to report on (the others are context). */
  targets: string[];
  cwd: string;
  options: RunOptions;
}

/** What `plans`-scope rules see of a plan: everything but its body. A field added to Plan lands here unless omitted. */
export type PlanHeader = Omit<Plan, 'statement' | 'items' | 'clauses' | 'sections'>;

/** Every field of T, optional ones too: an object literal of this type that forgets a field does not compile. */
export type EveryField<T> = { [K in keyof Required<T>]: T[K] };

/**
 * A string that holds its own characters. A string read from a file may be a slice that keeps the whole file's text
 * alive (V8 copies slices shorter than 13 characters anyway); JSON makes a flat copy.
 */
const own = (text: string): string => (text.length < 13 ? text : JSON.parse(JSON.stringify(text)));
const ownOrNull = (text: string | null): string | null => (text === null ? null : own(text));

/**
 * A plan without its body, with its strings copied so the source text of the file can be freed: a thousand plans'
 * texts kept alive by their titles took ~23 MiB more at the peak.
 */
export function planHeader(plan: Plan): Plan {
  const { partner } = plan;
  // Object literals without spreads: a spread takes V8's slow path, and made this copy take longer than the copying.
  const header: EveryField<PlanHeader> & Pick<Plan, 'statement' | 'items' | 'clauses' | 'sections'> = {
    id: own(plan.id),
    short: own(plan.short),
    title: own(plan.title),
    file: plan.file,
    year: plan.year,
    annex: plan.annex,
    partner:
      partner &&
      (partner.baseArea === undefined
        ? { district: own(partner.district) }
        : { district: own(partner.district), baseArea: own(partner.baseArea) }),
    issuer: ownOrNull(plan.issuer),
    date: ownOrNull(plan.date),
    notice: ownOrNull(plan.notice),
    rosterId: own(plan.rosterId),
    // Enum values, and rule ids with 'off' | 'warn' | 'error': short words, which V8 copies when they are read.
    numbering: plan.numbering,
    rules: plan.rules,
    basis: plan.basis.map((b) => ({ title: own(b.title), number: ownOrNull(b.number), path: b.path })),
    statement: null,
    items: [],
    clauses: [],
    sections: [],
  };
  return header;
}

/** How far into a file its top-level `kind:` is looked for before it is loaded (it is near the top of every file). */
const PEEK_BYTES = 4096;

/**
 * The kind a file declares in a top-level `kind:` line near its start, without parsing it: only to load rosters and
 * domains before the plans. The loader has the last word: a file it finds to be of another kind moves (see lintFolder).
 */
function declaredKind(file: string, buffer: Buffer): string | null {
  let fd: number | null = null;
  try {
    fd = fs.openSync(file, 'r');
    const length = fs.readSync(fd, buffer, 0, PEEK_BYTES, 0);
    // Read as latin1, not decoded as UTF-8: the line looked for is ASCII, and no byte of a multi-byte UTF-8 character
    // is, so the match is the same, without making a two-byte string of every file's first 4 KB.
    return /^kind:[ \t]*["']?([A-Za-z]+)/m.exec(buffer.toString('latin1', 0, length))?.[1] ?? null;
  } catch {
    return null; // loading it says why it cannot be read
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

const isContext = (file: string, kind: string | null) =>
  CONFIG_FILE.test(path.basename(file)) || ['roster', 'domains'].includes(kind ?? '');

const shownTargets = (loaded: LoadedFile[], targets: Set<string>) =>
  new Set(loaded.filter((f) => targets.has(f.absolute)).map((f) => f.file));

/**
 * A run stops linting plan files once this many findings are in hand (#22.11): each takes ~2.6 KB, so 1,000 plans
 * naming 1,000 unknown units each (a million findings) took 2.6 GB and 175 s, and ten times that ran out of heap.
 */
export const MAX_FINDINGS = 100_000;

export interface FolderResult {
  /** Sorted; at most about MAX_FINDINGS (the last file linted may add a few more). */
  findings: Finding[];
  /** Plan files left unlinted (absolute) because MAX_FINDINGS was reached; empty when every file was checked. */
  unchecked: string[];
}

interface PlanPass {
  findings: Finding[];
  unchecked: string[];
  plans: Plan[];
  /** Progress reports met among the files, for the `progress`-scope rules. */
  progress: ProgressReport[];
  entries: LoadedFile[];
  /** Files that turned out to be rosters or domains: context for the others. */
  context: string[];
}

/** The `file`-scope findings of each plan file, one at a time, and what the cross-file rules need of it. */
async function lintPlanFiles(job: FolderJob, files: string[], context: Workspace, whole: boolean): Promise<PlanPass> {
  const targets = new Set(job.targets);
  const pass: PlanPass = { findings: [], unchecked: [], plans: [], progress: [], entries: [], context: [] };
  for (const [i, file] of files.entries()) {
    if (pass.findings.length >= MAX_FINDINGS) {
      pass.unchecked = files.slice(i);
      break;
    }
    const batch = loadFiles([file], job.cwd, context);
    if (batch.files.some((f) => f.kind === 'roster' || f.kind === 'domains')) {
      pass.context.push(file);
      continue;
    }
    const onlyFiles = shownTargets(batch.files, targets);
    appendAll(pass.findings, await runRules(batch, { ...job.options, scopes: ['file'], onlyFiles }));
    for (const plan of batch.plans) pass.plans.push(whole ? plan : planHeader(plan));
    appendAll(pass.progress, batch.progress);
    for (const entry of batch.files) pass.entries.push({ ...entry, value: null });
  }
  return pass;
}

/**
 * Findings on the job's targets, sorted: exactly what loading every file at once and running every rule would find
 * (up to MAX_FINDINGS; the plan files after that are listed as unchecked).
 */
export async function lintFolder(job: FolderJob): Promise<FolderResult> {
  const scopes: RuleScope[] = ['plans', 'workspace', 'progress'];
  const asked = (scope: RuleScope) =>
    rules.some((r) => job.options.phases.includes(r.meta.phase) && r.meta.scope === scope);
  // A rule that compares whole plans (unused-roster-unit, in `plan check`) keeps every plan, as do progress reports
  // (checked against every plan's clauses); otherwise headers suffice.
  const peek = Buffer.allocUnsafe(PEEK_BYTES);
  const declared = new Map(job.files.map((f) => [f, declaredKind(f, peek)]));
  let whole = asked('workspace') || (asked('progress') && [...declared.values()].includes('progress'));
  let contextFiles = new Set(job.files.filter((f) => isContext(f, declared.get(f) ?? null)));
  for (;;) {
    const context = loadFiles(
      job.files.filter((f) => contextFiles.has(f)),
      job.cwd,
    );
    // A file that declared itself a roster near its top but is a plan after all: back with the plans, and again.
    const plansInContext = context.files.filter((f) => f.kind === 'plan').map((f) => f.absolute);
    if (plansInContext.length > 0) {
      for (const file of plansInContext) contextFiles.delete(file);
      continue;
    }
    const pass = await lintPlanFiles(
      job,
      job.files.filter((f) => !contextFiles.has(f)),
      context,
      whole,
    );
    // Rosters or domains found among the plan files (a `kind:` past the first bytes): context for every plan, again.
    if (pass.context.length > 0) {
      contextFiles = new Set([...contextFiles, ...pass.context]);
      continue;
    }
    // A progress report whose `kind:` is past the first bytes: its checks need the plans whole, so again with them.
    if (!whole && pass.progress.length > 0 && asked('progress')) {
      whole = true;
      continue;
    }
    const targets = new Set(job.targets);
    const findings = await runRules(context, {
      ...job.options,
      scopes: ['file'],
      onlyFiles: shownTargets(context.files, targets),
    });
    appendAll(findings, pass.findings);
    const summary: Workspace = {
      ...context,
      files: [...context.files, ...pass.entries],
      plans: pass.plans,
      progress: [...context.progress, ...pass.progress],
      findings: [],
    };
    const onlyFiles = shownTargets(summary.files, targets);
    appendAll(findings, await runRules(summary, { ...job.options, scopes, onlyFiles }));
    return { findings: sortFindings(findings), unchecked: pass.unchecked };
  }
}
