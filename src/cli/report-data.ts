// Computes everything `plan report` shows (units and their clauses, matrices, targets, the diff) as plain data for render/html.

import { diffPlans } from '../diff/diff-plans.js';
import { roleShown } from '../domain/unit-roles.js';
import type { Workspace } from '../load/load-workspace.js';
import type { Finding } from '../model/finding.js';
import type { Lang } from '../model/lang.js';
import type { Plan } from '../model/plan.js';
import type { ClauseStatus, ClauseTally, ProgressOverview } from '../model/progress.js';
import { TALLY_ORDER } from '../model/progress.js';
import { rosterIdOf } from '../query/find-unit.js';
import { latestPeriod, progressOverview } from '../query/progress-overview.js';
import { listTargets } from '../query/targets.js';
import { listTasks } from '../query/tasks.js';
import { allUnits, areaCounts, areasOf, unitNames } from '../query/unit-matrix.js';
import { unitName } from '../query/units.js';
import type {
  Area,
  HtmlReportInput,
  MatrixRow,
  ReportProgress,
  ReportUnit,
  TaskProgress,
} from '../render/html/context.js';
import type { Context } from './context.js';
import { unitLabel } from './describe.js';
import { severalRosters } from './load-data.js';
import { UsageError } from './usage-error.js';

export interface ReportChoice {
  /** The plans to compare, when there are two. */
  a: Plan | undefined;
  b: Plan | undefined;
  findings: Finding[];
  generated: string;
  lang: Lang;
  /** The progress period to show (`--period`); by default the latest the data's progress reports cover. */
  period?: string | null;
}

export function reportData(workspace: Workspace, choice: ReportChoice): HtmlReportInput {
  const { plans, domains } = workspace;
  const areas = areasOf(domains, plans);
  const matrices = plans.map((plan) => ({ plan, rows: [] as MatrixRow[] }));
  // Two districts' 区发改局 are two units: with several rosters each unit is shown with its roster's id, as in `plan tasks`.
  const labelled = severalRosters(workspace);
  const units = allUnits(workspace.rosters, plans).map((target): ReportUnit => {
    const rows = listTasks(plans, { unit: target });
    const unit: ReportUnit = {
      name: unitName(target),
      rosterId: rosterIdOf(target),
      label: unitLabel(target, labelled),
      names: unitNames(target),
      entry: target.kind === 'entry' ? target.entry : null,
      tasks: rows.map((r) => ({
        clause: r.clause,
        holding: r.match ?? 'direct',
        matchedAs: r.matchedAs ?? '',
        note: r.note,
        role: r.unit && roleShown(r.unit) ? r.unit : null,
      })),
    };
    for (const matrix of matrices) {
      const cells = areaCounts(matrix.plan, rows, areas);
      if (!cells) continue;
      const sum = (key: 'direct' | 'group') => cells.reduce((n, c) => n + c[key], 0);
      matrix.rows.push({ unit, cells, direct: sum('direct'), group: sum('group') });
    }
    return unit;
  });
  const period = choice.period ?? latestPeriod(workspace.progress);
  // The statuses are those of `plan progress` (one computation), only arranged for the page and the handouts.
  const overview =
    period === null
      ? null
      : progressOverview({
          plans,
          rosters: workspace.rosters,
          domains,
          reports: workspace.progress,
          period,
          lang: choice.lang,
        });
  if (overview) attachProgress(units, overview);
  const { a, b } = choice;
  return {
    plans,
    domains,
    findings: choice.findings,
    diff: a && b ? { ...diffPlans(a, b, domains), a, b } : null,
    units,
    areas,
    matrices,
    targets: listTargets(plans).map((r) => ({ item: r.item, clause: r.clause, target: r.target })),
    progress: overview && period !== null ? progressView(overview, period, units, areas) : null,
    generated: choice.generated,
    lang: choice.lang,
  };
}

const key = (roster: string, unit: string) => `${roster}\u0000${unit}`;

/** Gives each task a unit holds in the period what its report says, the targets' actual values included. */
function attachProgress(units: ReportUnit[], overview: ProgressOverview): void {
  const statuses = new Map<string, Map<string, ClauseStatus>>();
  for (const clause of overview.clauses)
    for (const s of clause.statuses) {
      const byClause = statuses.get(key(s.roster, s.unit)) ?? new Map<string, ClauseStatus>();
      byClause.set(clause.id, s);
      statuses.set(key(s.roster, s.unit), byClause);
    }
  for (const unit of units) {
    const byClause = statuses.get(key(unit.rosterId, unit.name));
    if (!byClause) continue;
    for (const task of unit.tasks) {
      const s = byClause.get(task.clause.id);
      if (!s) continue;
      const progress: TaskProgress = {
        status: s.status,
        reason: s.reason,
        summary: s.summary,
        evidence: s.evidence,
        targets: overview.targets
          .filter((t) => t.clause === task.clause.id)
          .map((t) => {
            const actual = t.actual.find((x) => x.unit === unit.name);
            return {
              counts: t.counts,
              goal: t.goal,
              value: actual?.value ?? null,
              outcome: actual?.outcome ?? 'unknown',
            };
          }),
      };
      task.progress = progress;
    }
  }
}

/** The unit × area view: per unit holding clauses, how many of its clauses in each area stand at each status. */
function progressView(overview: ProgressOverview, period: string, units: ReportUnit[], areas: Area[]): ReportProgress {
  const byKey = new Map(units.map((u) => [key(u.rosterId, u.name), u]));
  const rows = overview.units.map((u) => {
    const cells = areas.map(() => Object.fromEntries(TALLY_ORDER.map((s) => [s, 0])) as Record<ClauseTally, number>);
    for (const clause of overview.clauses) {
      const s = clause.statuses.find((x) => x.unit === u.unit && x.roster === u.roster);
      const cell = cells[areas.findIndex((a) => a.id === clause.domain)];
      if (s && cell) cell[s.status ?? '未报告']++;
    }
    const unit = byKey.get(key(u.roster, u.unit)) ?? null;
    return { unit, label: unit?.label ?? u.unit, held: u.held, reported: u.reported, filed: u.file !== null, cells };
  });
  // The units that filed come first (in roster order), so that what was reported is seen before the long tail.
  const filed = rows.filter((r) => r.filed);
  const unfiled = rows.filter((r) => !r.filed);
  return { period, rows: [...filed, ...unfiled], unreported: unfiled.map((r) => r.label) };
}

/**
 * The day the report is made: SOURCE_DATE_EPOCH (seconds, read in UTC, as reproducible builds do) when set, so that
 * the same data gives the same file; otherwise today on this machine's clock.
 */
export function reportDate(ctx: Context): string {
  const epoch = ctx.io.env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') {
    const now = new Date();
    return ymd(now.getFullYear(), now.getMonth() + 1, now.getDate());
  }
  const seconds = Number(epoch);
  const day = /^\d+$/.test(epoch) ? new Date(seconds * 1000) : null;
  if (!day || Number.isNaN(day.getTime()))
    throw new UsageError(
      ctx.t(
        `环境变量 SOURCE_DATE_EPOCH 应是自 1970-01-01 起的秒数(收到 “${epoch}”)`,
        `SOURCE_DATE_EPOCH must be seconds since 1970-01-01 (got "${epoch}")`,
      ),
    );
  return ymd(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
}

const ymd = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * A file name per unit name: characters no file system takes (and a leading dot) become _, long names are cut, and
 * two names that end up the same get -2, -3.
 */
export function handoutFileNames(names: string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const base =
      [...name.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_').replace(/^\./, '_')].slice(0, 60).join('') || '_';
    let file = base;
    // Case-blind, as the file systems of Windows and macOS are.
    for (let n = 2; taken.has(file.toLowerCase()); n++) file = `${base}-${n}`;
    taken.add(file.toLowerCase());
    return file;
  });
}
