// What the report renders (computed by the command, handed over as plain data) and what every section renderer gets.

import type { Finding } from '../../model/finding.js';
import type { Lang } from '../../model/lang.js';
import type { Clause, Domain, Item, Plan, Target, UnitRef } from '../../model/plan.js';
import type { ClauseStatus, ClauseTally, ProgressOverview } from '../../model/progress.js';
import type { RosterEntry } from '../../model/roster.js';

/** Units named only in A, only in B, or in both. */
export interface UnitSplit {
  onlyA: string[];
  onlyB: string[];
  both: string[];
}

/**
 * What the page shows of a comparison (diffPlans in src/diff gives it): the two plans for their labels, and the units
 * split overall and per cooperation area, with the section headings each plan uses for the area (null: none).
 */
export interface ReportDiff {
  a: Plan;
  b: Plan;
  units: UnitSplit;
  domains: (UnitSplit & { id: string; name: string; nameA: string | null; nameB: string | null })[];
}

/**
 * How a unit holds a clause: named directly, by an alias, through a group, "everyone" (text binding all units without
 * a bracket, 全体(无括注)), or "possibly" through a vague group.
 */
export type Holding = 'direct' | 'alias' | 'group' | 'everyone' | 'possibly';

export interface UnitTask {
  clause: Clause;
  holding: Holding;
  /** The name in the clause that made it the unit's (a unit, an alias, a group). */
  matchedAs: string;
  /** The note justifying an alias or group match. */
  note: string | null;
  /** The unit's role in the clause as its list is labelled (牵头单位, 配合单位…); null where the plan labels no roles. */
  role: Pick<UnitRef, 'role' | 'roleLabel' | 'roleNote'> | null;
  /** What the unit's progress report for the period says of the clause (status null: not reported); absent without reports. */
  progress?: TaskProgress;
}

/** A unit's reported status of one clause, with the actual value of each of its targets (from the 督办 overview). */
export interface TaskProgress extends Pick<ClauseStatus, 'status' | 'reason' | 'summary' | 'evidence'> {
  targets: {
    counts: string;
    goal: string;
    value: number | null;
    outcome: ProgressOverview['targets'][number]['actual'][number]['outcome'];
  }[];
}

/** One unit holding clauses in the period: per area (the report's columns), how many of its clauses stand at each status. */
export interface ProgressRow {
  unit: ReportUnit | null;
  label: string;
  held: number;
  reported: number;
  /** Whether the unit filed a report for the period at all. */
  filed: boolean;
  cells: Record<ClauseTally, number>[];
}

/** The progress part of the report: the period, the unit × area view, and the units that filed nothing. */
export interface ReportProgress {
  period: string;
  rows: ProgressRow[];
  unreported: string[];
}

/** A roster entry, or a name written in the plans that is on no roster, with the clauses it holds in plan order. */
export interface ReportUnit {
  name: string;
  /** The roster the unit is on (a name on no roster: the roster of the plans writing it); two districts' 区发改局 are two units. */
  rosterId: string;
  /** The name as `plan tasks` heads its answer: `qingxi-2023:区发改局` when the report covers several rosters, else the name. */
  label: string;
  /** Every name a reader may type for the unit: roster name, as written, second names, aliases. */
  names: string[];
  /** The roster entry, so that a clause's name resolving to it links here; null for a name on no roster. */
  entry: RosterEntry | null;
  tasks: UnitTask[];
}

/** A column of the matrix: a cooperation area, or (id null) the clauses outside every area. */
export interface Area {
  id: string | null;
  name: string | null;
}

/** Clauses per area a unit holds directly (by name or alias) and through a group; "possibly" is not counted. */
export interface MatrixRow {
  unit: ReportUnit;
  cells: { direct: number; group: number }[];
  direct: number;
  group: number;
}

/** A quantitative target with where it stands: in a clause (with its units) or in an item's own text. */
export interface ReportTarget {
  item: Item;
  clause: Clause | null;
  target: Target;
}

export interface HtmlReportInput {
  plans: Plan[];
  domains: Domain[];
  findings: Finding[];
  /** The two plans compared, or null when there are fewer than two. */
  diff: ReportDiff | null;
  units: ReportUnit[];
  areas: Area[];
  /** Per plan, one row per unit holding at least one of its clauses for certain. */
  matrices: { plan: Plan; rows: MatrixRow[] }[];
  targets: ReportTarget[];
  /** Progress for one period when the data holds progress reports (or a period was asked for); null otherwise. */
  progress: ReportProgress | null;
  /** The day the report was made, YYYY-MM-DD. */
  generated: string;
  lang: Lang;
}

export interface HtmlContext extends HtmlReportInput {
  t(zh: string, en: string): string;
  planAnchor(plan: Plan): string;
  clauseAnchor(clause: Clause): string;
  unitAnchor(unit: ReportUnit): string;
  /** Where the unit index lists the unit's clauses of one plan in one area. */
  unitAreaAnchor(unit: ReportUnit, plan: Plan, area: Area): string;
  /** The unit a clause of a plan on this roster names, when it names one unit (not a group). */
  unitFor(name: string, rosterId: string): ReportUnit | null;
  areaName(area: Area): string;
}

export function createHtmlContext(input: HtmlReportInput): HtmlContext {
  const planIndex = new Map(input.plans.map((p, i) => [p, i]));
  const unitIndex = new Map(input.units.map((u, i) => [u, i]));
  const key = (rosterId: string, name: string) => `${rosterId}\u0000${name}`;
  const byRoster = new Map(input.units.map((u) => [key(u.rosterId, u.name), u]));
  const unitFor = (name: string, rosterId: string) => byRoster.get(key(rosterId, name)) ?? null;
  const t = (zh: string, en: string) => (input.lang === 'zh' ? zh : en);
  return {
    ...input,
    t,
    planAnchor: (plan) => `p${planIndex.get(plan)}`,
    // An item's own text (index 0, 全体(无括注)) is no clause of the plan: it links to the plan.
    clauseAnchor: (clause) =>
      clause.index === 0
        ? `p${planIndex.get(clause.plan)}`
        : `p${planIndex.get(clause.plan)}-c${clause.plan.clauses.indexOf(clause)}`,
    unitAnchor: (unit) => `u${unitIndex.get(unit)}`,
    unitAreaAnchor: (unit, plan, area) =>
      `u${unitIndex.get(unit)}-p${planIndex.get(plan)}-a${input.areas.indexOf(area)}`,
    unitFor,
    areaName: (area) => area.name ?? t('不属于合作领域', 'Outside the areas'),
  };
}
