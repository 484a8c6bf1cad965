// Which clauses reach each roster entry: named directly (or by a second name or alias), through a group, or only possibly.

import type { Clause, Plan, UnitRef } from '../model/plan.js';
import type { Roster, RosterEntry, UnitResolution } from '../model/roster.js';

type GroupResolution = Extract<UnitResolution, { kind: 'group' | 'vague-group' }>;

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

/** Every entry's coverage in one plan, from one pass over its clauses (a pass per entry was the cost of plan check). */
function coverageIn(plan: Plan, entries: RosterEntry[]): Map<RosterEntry, PlanCoverage> {
  const byEntry = new Map(
    entries.map((entry) => [
      entry,
      { plan, direct: [], viaGroup: [], possibly: [], groups: [], vagueGroups: [] } as PlanCoverage,
    ]),
  );
  for (const clause of plan.clauses) {
    const named = new Set<RosterEntry>();
    for (const unit of clause.units) {
      const entry = entryOf(unit.resolution);
      if (entry) named.add(entry);
    }
    for (const entry of named) byEntry.get(entry)?.direct.push(clause);
    // Entries not named in the clause but members of a group it names, with those groups in the order written.
    const reached = new Map<RosterEntry, GroupResolution[]>();
    for (const { resolution: r } of clause.units) {
      if (r.kind !== 'group' && r.kind !== 'vague-group') continue;
      for (const member of r.group.members) {
        if (named.has(member)) continue;
        const groups = reached.get(member);
        if (groups) groups.push(r);
        else reached.set(member, [r]);
      }
    }
    for (const [entry, groups] of reached) {
      const result = byEntry.get(entry);
      if (!result) continue;
      (groups.some((g) => g.kind === 'group') ? result.viaGroup : result.possibly).push(clause);
      for (const g of groups) {
        const names = g.kind === 'group' ? result.groups : result.vagueGroups;
        if (!names.includes(g.group.name)) names.push(g.group.name);
      }
    }
  }
  return byEntry;
}

/** Every entry of the roster, in roster order, with its coverage in each plan that uses the roster. */
export function rosterCoverage(roster: Roster, plans: Plan[]): EntryCoverage[] {
  const using = plans.filter((p) => p.rosterId === roster.id).map((plan) => coverageIn(plan, roster.entries));
  return roster.entries.map((entry) => ({ entry, plans: using.map((byEntry) => byEntry.get(entry) as PlanCoverage) }));
}
