// Lists clauses, filtered by unit (directly, by alias, through a group, or "possibly" through a vague group), plan, area,
// item, the unit's role (lead / support) and how it is named, or a leader.

import { entryOf } from '../domain/build-roster.js';
import { unitClauses } from '../domain/unit-coverage.js';
import type { Clause, Item, Leader, Plan, Role, UnitRef } from '../model/plan.js';
import type { UnitTarget } from './find-unit.js';

/** everyone: the text binds all units without a bracket naming them (各部门各单位要…), shown as "全体(无括注)". */
export type MatchKind = 'direct' | 'alias' | 'group' | 'everyone' | 'possibly';

export interface TaskRow {
  clause: Clause;
  /** How the unit is responsible, when filtering by unit. */
  match: MatchKind | null;
  /** The name in the clause that made it match (a unit, an alias, a group). */
  matchedAs: string | null;
  /** The note justifying an alias or group match. */
  note: string | null;
  /** The unit of the clause that made it match: its role and role label as written. */
  unit: UnitRef | null;
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

const strength: Record<MatchKind, number> = { direct: 4, alias: 3, group: 2, everyone: 1, possibly: 0 };

/** Stronger kinds first; between two groups, the smaller (more specific) one, e.g. 各街道(镇) before 区绩效考评单位. */
function rank(clause: Clause, m: Omit<TaskRow, 'clause'>): number {
  const group = clause.units.find((u) => u.written === m.matchedAs)?.resolution;
  const size = group && 'group' in group ? group.group.members.length : 0;
  return (m.match ? strength[m.match] : -1) * 100_000 - size;
}

export function matchClause(clause: Clause, target: UnitTarget): Omit<TaskRow, 'clause'> | null {
  let best: Omit<TaskRow, 'clause'> | null = null;
  for (const unit of clause.units) {
    const r = unit.resolution;
    let found: Omit<TaskRow, 'clause'> | null = null;
    if (target.kind === 'written') {
      // A group's own name finds the clauses naming the group, however it is written (look-alike punctuation).
      const named = target.group
        ? 'group' in r && r.group === target.group
        : unit.written === target.name && clause.plan.rosterId === target.rosterId;
      if (named)
        found = { match: 'direct', matchedAs: unit.written, note: r.kind === 'acknowledged' ? r.note : null, unit };
    } else if (entryOf(r) === target.entry) {
      const direct = r.kind === 'exact' || r.kind === 'written-form';
      found = {
        match: direct ? 'direct' : 'alias',
        matchedAs: unit.written,
        note: r.kind === 'alias' || r.kind === 'other-name' ? r.note : null,
        unit,
      };
    } else if ((r.kind === 'group' || r.kind === 'vague-group') && r.group.members.includes(target.entry)) {
      found = { match: r.kind === 'group' ? 'group' : 'possibly', matchedAs: unit.written, note: r.group.note, unit };
    }
    if (found && (!best || rank(clause, found) > rank(clause, best))) best = found;
  }
  // The wording binds every unit of a group though no bracket names it: weaker than being named, stronger than 可能.
  const implied = clause.implied?.resolution;
  if (
    clause.implied &&
    target.kind === 'entry' &&
    implied &&
    'group' in implied &&
    implied.group.members.includes(target.entry)
  ) {
    const found = {
      match: 'everyone' as const,
      matchedAs: clause.implied.quote,
      note: clause.implied.note,
      unit: null,
    };
    if (!best || rank(clause, found) > rank(clause, best)) best = found;
  }
  return best;
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
