// Pure facts behind progress reports: the clause each id names, who the reporting unit is, what it holds, the year of
// a period, and whether an actual value meets its target. Shared by the progress checks and the 督办 overview.

import type { Clause, Plan, Target } from '../model/plan.js';
import type { ProgressReport } from '../model/progress.js';
import type { Roster, RosterEntry } from '../model/roster.js';
import { entryOf } from './build-roster.js';
import { type ClauseMatch, matchClause } from './clause-match.js';
import { unitClauses } from './unit-coverage.js';

/** Every clause a unit can hold (an item's own text binding all units included), by its id. */
export function clausesById(plans: Plan[]): Map<string, Clause> {
  const byId = new Map<string, Clause>();
  for (const plan of plans) for (const clause of unitClauses(plan)) byId.set(clause.id, clause);
  return byId;
}

/** The plans a report is about: those it lists (by id or short name), else those its clause ids point into, else all. */
export function reportPlans(report: ProgressReport, plans: Plan[], byId: Map<string, Clause>): Plan[] {
  if (report.plans?.length) return plans.filter((p) => report.plans?.some((x) => x === p.id || x === p.short));
  const named = new Set(report.clauses.map((c) => byId.get(c.id)?.plan).filter((p) => p !== undefined));
  return named.size > 0 ? plans.filter((p) => named.has(p)) : plans;
}

/** The roster entry the report's unit names, in the rosters of the plans it is about; null when none has it. */
export function reportEntry(
  report: ProgressReport,
  plans: Plan[],
  rosters: Roster[],
): { entry: RosterEntry; roster: Roster } | null {
  const ids = new Set(plans.map((p) => p.rosterId));
  for (const roster of rosters) {
    if (!ids.has(roster.id)) continue;
    const entry = entryOf(roster.resolve(report.unit));
    if (entry) return { entry, roster };
  }
  return null;
}

/** Who filed the report, for telling one unit's reports apart: its roster entry when the roster knows it, else its name. */
export function reportUnitKey(
  report: ProgressReport,
  plans: Plan[],
  rosters: Roster[],
  byId: Map<string, Clause>,
): string {
  const found = reportEntry(report, reportPlans(report, plans, byId), rosters);
  return found ? `${found.roster.id}\u0000${found.entry.name}` : report.unit;
}

/** How the entry holds the clause; null when it does not (a "possibly" match counts as held only possibly). */
export function holding(clause: Clause, entry: RosterEntry): ClauseMatch | null {
  return matchClause(clause, { kind: 'entry', entry });
}

/** 2023-H1 → 2023. */
export function periodYear(period: string): number {
  return Number(period.slice(0, 4));
}

/** Months from the start of the year to the end of a period: 2023-Q1 → 3, 2023-H1 → 6, 2023 → 12. */
export function periodEnd(period: string): number {
  const m = /-(H|Q)(\d)$/.exec(period);
  if (!m) return periodYear(period) * 12 + 12;
  return periodYear(period) * 12 + Number(m[2]) * (m[1] === 'H' ? 6 : 3);
}

export type TargetOutcome = 'met' | 'not-yet' | 'missed' | 'unknown';

/**
 * An actual value against a target: met when the bound holds; otherwise "not yet" while the year runs, "missed" once
 * the report covers the whole year (period 2023 or 2023-H2 / -Q4). Targets without a value (↑) cannot be judged.
 */
export function targetOutcome(target: Target, actual: number | null | undefined, period: string): TargetOutcome {
  if (actual === null || actual === undefined || target.value === undefined) return 'unknown';
  let met: boolean;
  if (target.bound === 'atLeast' || target.bound === 'exactly') met = actual >= target.value;
  else if (target.bound === 'atMost') met = actual <= target.value;
  else return 'unknown';
  if (met) return 'met';
  return /^\d{4}(-H2|-Q4)?$/.test(period) ? 'missed' : 'not-yet';
}
