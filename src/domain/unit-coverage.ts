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
  /** Clauses whose wording binds all units without a bracket naming it (全体(无括注)), not reaching it otherwise. */
  everyone: Clause[];
  /** Clauses reaching it only through a vague group such as 区直相关单位. */
  possibly: Clause[];
  /** Names of the groups through which it is reached (members stated), and of the vague ones (members not stated). */
  groups: string[];
  vagueGroups: string[];
  /**
   * Of `direct` and `viaGroup`, the clauses where the list naming the unit (or its group) is a lead list (牵头单位) or a
   * support list (配合单位; 责任单位 beside a 牵头单位); a unit in both kinds of list of one clause counts as lead.
   */
  lead: Clause[];
  support: Clause[];
}

/** The role a clause gives through these names: lead when any is in a lead list, else support when any is, else none. */
export function strongestRole(refs: Pick<UnitRef, 'role'>[]): 'lead' | 'support' | null {
  if (refs.some((r) => r.role === 'lead')) return 'lead';
  return refs.some((r) => r.role === 'support') ? 'support' : null;
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
      {
        plan,
        direct: [],
        viaGroup: [],
        everyone: [],
        possibly: [],
        groups: [],
        vagueGroups: [],
        lead: [],
        support: [],
      } as PlanCoverage,
    ]),
  );
  for (const clause of unitClauses(plan)) {
    const named = new Map<RosterEntry, UnitRef[]>();
    for (const unit of clause.units) {
      const entry = entryOf(unit.resolution);
      if (entry) named.set(entry, [...(named.get(entry) ?? []), unit]);
    }
    for (const [entry, refs] of named) {
      const result = byEntry.get(entry);
      result?.direct.push(clause);
      const role = strongestRole(refs);
      if (result && role) result[role].push(clause);
    }
    // Entries not named in the clause but members of a group it names, with those groups in the order written.
    const reached = new Map<RosterEntry, GroupResolution[]>();
    const groupRefs = new Map<RosterEntry, UnitRef[]>();
    for (const unit of clause.units) {
      const r = unit.resolution;
      if (r.kind !== 'group' && r.kind !== 'vague-group') continue;
      for (const member of r.group.members) {
        if (named.has(member)) continue;
        const groups = reached.get(member);
        if (groups) groups.push(r);
        else reached.set(member, [r]);
        if (r.kind === 'group') groupRefs.set(member, [...(groupRefs.get(member) ?? []), unit]);
      }
    }
    // The text binds a whole group though no bracket names it: every member not named and not in a named group.
    const implied = clause.implied?.resolution;
    const bound = new Set(implied && 'group' in implied ? implied.group.members : []);
    for (const entry of bound) {
      if (named.has(entry) || reached.get(entry)?.some((g) => g.kind === 'group')) continue;
      byEntry.get(entry)?.everyone.push(clause);
    }
    for (const [entry, groups] of reached) {
      const result = byEntry.get(entry);
      if (!result) continue;
      const firm = groups.some((g) => g.kind === 'group');
      if (!firm && bound.has(entry)) continue; // counted under everyone, which outranks 可能
      (firm ? result.viaGroup : result.possibly).push(clause);
      const role = firm ? strongestRole(groupRefs.get(entry) ?? []) : null;
      if (role) result[role].push(clause);
      for (const g of groups) {
        const names = g.kind === 'group' ? result.groups : result.vagueGroups;
        if (!names.includes(g.group.name)) names.push(g.group.name);
      }
    }
  }
  return byEntry;
}

/** The clauses a unit may hold in a plan, in order: each item's own text when it binds all units, then its clauses. */
export function unitClauses(plan: Plan): Clause[] {
  if (!plan.items.some((item) => item.textClause)) return plan.clauses;
  return plan.items.flatMap((item) => (item.textClause ? [item.textClause, ...item.clauses] : item.clauses));
}

/** Every entry of the roster, in roster order, with its coverage in each plan that uses the roster. */
export function rosterCoverage(roster: Roster, plans: Plan[]): EntryCoverage[] {
  const using = plans.filter((p) => p.rosterId === roster.id).map((plan) => coverageIn(plan, roster.entries));
  return roster.entries.map((entry) => ({ entry, plans: using.map((byEntry) => byEntry.get(entry) as PlanCoverage) }));
}
