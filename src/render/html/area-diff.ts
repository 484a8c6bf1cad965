// A stand-in for diffPlans (src/diff/diff-plans.ts, on another branch): which units each plan names, per area.
// Same field names as PlanDiff so the report can switch to the real diff without touching the renderer.

import { entryOf } from '../../load/build-roster.js';
import type { Clause, Domain, Plan } from '../../model/plan.js';

export interface UnitSplit {
  onlyA: string[];
  onlyB: string[];
  both: string[];
}

export interface AreaUnitDiff extends UnitSplit {
  id: string;
  name: string;
  /** The section headings each plan uses for the area (null when the plan has no such section). */
  nameA: string | null;
  nameB: string | null;
}

export interface AreaUnitsDiff {
  a: Plan;
  b: Plan;
  units: UnitSplit;
  domains: AreaUnitDiff[];
}

/** Unit names as the roster knows them (an alias counts as its entry); groups and unlisted names as written. */
function unitNamesOf(clauses: Clause[]): string[] {
  return [...new Set(clauses.flatMap((c) => c.units.map((u) => entryOf(u.resolution)?.name ?? u.written)))];
}

function split(a: string[], b: string[]): UnitSplit {
  return { onlyA: a.filter((n) => !b.includes(n)), onlyB: b.filter((n) => !a.includes(n)), both: a.filter((n) => b.includes(n)) };
}

function headingFor(plan: Plan, domain: string): string | null {
  return plan.sections.find((s) => s.domain === domain)?.heading ?? null;
}

export function compareUnitsByArea(a: Plan, b: Plan, domains: Domain[]): AreaUnitsDiff {
  const inArea = (plan: Plan, id: string) => plan.clauses.filter((c) => c.item.domain === id);
  return {
    a,
    b,
    units: split(unitNamesOf(a.clauses), unitNamesOf(b.clauses)),
    domains: domains.map((d) => ({
      id: d.id,
      name: d.name,
      nameA: headingFor(a, d.id),
      nameB: headingFor(b, d.id),
      ...split(unitNamesOf(inArea(a, d.id)), unitNamesOf(inArea(b, d.id))),
    })),
  };
}
