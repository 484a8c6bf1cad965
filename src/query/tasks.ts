// Lists clauses, filtered by unit (directly, by alias, through a group, or "possibly" through a vague group), plan, area,
// item, the unit's role (lead / support) and how it is named, or a leader.

import { type ClauseMatch, type MatchKind, matchClause } from '../domain/clause-match.js';
import { unitClauses } from '../domain/unit-coverage.js';
import type { Clause, Item, Leader, Plan, Role } from '../model/plan.js';
import type { UnitTarget } from './find-unit.js';

export { type MatchKind, matchClause };

export interface TaskRow extends ClauseMatch {
  clause: Clause;
}

export interface TaskFilter {
  unit?: UnitTarget;
  plans?: Plan[];
  domain?: string | null;
  /** Only clauses of these items (resolve a typed reference with lookupItems). */
  items?: Item[];
  /** With `unit`: only where the unit's role is this (as written, or inferred with a note). */
  role?: Exclude<Role, 'unspecified'>;
  /** With `unit`: only these kinds of match. */
  match?: MatchKind[];
  /** Only clauses this person leads: named on the clause, or on a section the clause sits in. */
  leader?: string;
}

/** The leaders a clause answers to: its own, then those of its sections, with where each was found. */
export function leadersOf(clause: Clause): Leader[] {
  return [...clause.leaders, ...clause.item.sectionLeaders];
}

export function listTasks(plans: Plan[], filter: TaskFilter): TaskRow[] {
  const rows: TaskRow[] = [];
  for (const plan of filter.plans ?? plans) {
    // An item's own text is listed only for a unit it binds (全体(无括注)); it is not a clause with a bracket.
    for (const clause of filter.unit ? unitClauses(plan) : plan.clauses) {
      if (filter.domain !== undefined && clause.item.domain !== filter.domain) continue;
      if (filter.items !== undefined && !filter.items.includes(clause.item)) continue;
      const leader = filter.leader;
      if (leader !== undefined && !leadersOf(clause).some((l) => l.names.includes(leader))) continue;
      if (!filter.unit) {
        rows.push({ clause, match: null, matchedAs: null, note: null, unit: null });
        continue;
      }
      const m = matchClause(clause, filter.unit);
      if (!m) continue;
      if (filter.role && m.unit?.role !== filter.role) continue;
      if (filter.match && (m.match === null || !filter.match.includes(m.match))) continue;
      rows.push({ clause, ...m });
    }
  }
  return rows;
}
