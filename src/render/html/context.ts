// What every section renderer gets: the data, the wording in the reader's language, and stable anchors.

import type { Finding } from '../../model/finding.js';
import type { Lang } from '../../model/lang.js';
import type { Clause, Domain, Plan } from '../../model/plan.js';
import type { Roster } from '../../model/roster.js';
import type { UnitTarget } from '../../query/find-unit.js';
import { type Area, allUnits, areasOf } from '../../query/unit-matrix.js';

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

export interface HtmlReportInput {
  plans: Plan[];
  rosters: Roster[];
  domains: Domain[];
  findings: Finding[];
  /** The two plans compared, or null when there are fewer than two. */
  diff: ReportDiff | null;
  lang: Lang;
}

export interface HtmlContext extends HtmlReportInput {
  t(zh: string, en: string): string;
  units: UnitTarget[];
  areas: Area[];
  planAnchor(plan: Plan): string;
  clauseAnchor(clause: Clause): string;
  unitAnchor(unit: UnitTarget): string;
  /** Where the unit index lists the unit's clauses of one plan in one area. */
  unitAreaAnchor(unit: UnitTarget, plan: Plan, area: Area): string;
  /** The unit a clause names, when it names one unit (not a group). */
  unitFor(name: string): UnitTarget | null;
  areaName(area: Area): string;
}

export function createHtmlContext(input: HtmlReportInput): HtmlContext {
  const units = allUnits(input.rosters, input.plans);
  const areas = areasOf(input.domains, input.plans);
  const planIndex = new Map(input.plans.map((p, i) => [p, i]));
  const unitIndex = new Map(units.map((u, i) => [u.kind === 'entry' ? u.entry : u.name, i]));
  const indexOfUnit = (unit: UnitTarget) => unitIndex.get(unit.kind === 'entry' ? unit.entry : unit.name) ?? -1;
  const t = (zh: string, en: string) => (input.lang === 'zh' ? zh : en);
  return {
    ...input,
    t,
    units,
    areas,
    planAnchor: (plan) => `p${planIndex.get(plan)}`,
    clauseAnchor: (clause) => `p${planIndex.get(clause.plan)}-c${clause.plan.clauses.indexOf(clause)}`,
    unitAnchor: (unit) => `u${indexOfUnit(unit)}`,
    unitAreaAnchor: (unit, plan, area) => `u${indexOfUnit(unit)}-p${planIndex.get(plan)}-a${areas.indexOf(area)}`,
    unitFor(name) {
      for (const unit of units) {
        if (unit.kind === 'written' ? unit.name === name : unit.entry.name === name) return unit;
      }
      return null;
    },
    areaName: (area) => area.name ?? t('不属于合作领域', 'Outside the areas'),
  };
}
