// Which clauses reach each roster entry: named directly (or by a second name or alias), through a group, or only possibly.

import type { Clause, Plan, UnitRef } from '../model/plan.js';
import type { Roster, RosterEntry } from '../model/roster.js';
import { entryOf } from './build-roster.js';

/** The name a unit counts under across plans: its roster entry, else its group, else the name as written. */
export function unitKey(unit: UnitRef): string {
  const r = unit.resolution;
  if (r.kind === 'group' || r.kind === 'vague-group') return r.group.name;
  return entryOf(r)?.name ?? unit.written;
}

export interface PlanCoverage {
  plan: Plan;
  /** Clauses naming the entry itself, by its written form, a second name or an alias. */
  direct: Clause[];
  /** Clauses reaching it only through a group such as 区绩效考评单位. */
  viaGroup: Clause[];
  /** Clauses reaching it only through a vague group such as 区直相关单位. */
  possibly: Clause[];
  /** Names of the groups through which it is reached (members stated), and of the vague ones (members not stated). */
  groups: string[];
  vagueGroups: string[];
}

export interface EntryCoverage {
  entry: RosterEntry;
  plans: PlanCoverage[];
}

function coverageIn(entry: RosterEntry, plan: Plan): PlanCoverage {
  const result: PlanCoverage = { plan, direct: [], viaGroup: [], possibly: [], groups: [], vagueGroups: [] };
  for (const clause of plan.clauses) {
    const resolutions = clause.units.map((u) => u.resolution);
    if (resolutions.some((r) => entryOf(r) === entry)) {
      result.direct.push(clause);
      continue;
    }
    const groups = resolutions.flatMap((r) => ((r.kind === 'group' || r.kind === 'vague-group') && r.group.members.includes(entry) ? [r] : []));
    if (groups.length === 0) continue;
    (groups.some((g) => g.kind === 'group') ? result.viaGroup : result.possibly).push(clause);
    for (const g of groups) {
      const names = g.kind === 'group' ? result.groups : result.vagueGroups;
      if (!names.includes(g.group.name)) names.push(g.group.name);
    }
  }
  return result;
}

/** Every entry of the roster, in roster order, with its coverage in each plan that uses the roster. */
export function rosterCoverage(roster: Roster, plans: Plan[]): EntryCoverage[] {
  const using = plans.filter((p) => p.rosterId === roster.id);
  return roster.entries.map((entry) => ({ entry, plans: using.map((plan) => coverageIn(entry, plan)) }));
}
