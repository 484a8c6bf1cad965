// How a unit holds a clause: named directly, by another name, through a group, through wording binding all units
// (全体(无括注)), or "possibly" through a vague group. Shared by the queries and the progress-report checks.

import type { Clause, UnitRef } from '../model/plan.js';
import type { Group, RosterEntry } from '../model/roster.js';
import { entryOf } from './build-roster.js';

/** everyone: the text binds all units without a bracket naming them (各部门各单位要…), shown as "全体(无括注)". */
export type MatchKind = 'direct' | 'alias' | 'group' | 'everyone' | 'possibly';

/** What to match: a roster entry, or a name as written in one roster's plans (a group's own name, a name off the roster). */
export type MatchTarget =
  | { kind: 'entry'; entry: RosterEntry }
  | { kind: 'written'; name: string; rosterId: string; group?: Group };

export interface ClauseMatch {
  /** How the unit is responsible. */
  match: MatchKind | null;
  /** The name in the clause that made it match (a unit, an alias, a group). */
  matchedAs: string | null;
  /** The note justifying an alias or group match. */
  note: string | null;
  /** The unit of the clause that made it match: its role and role label as written. */
  unit: UnitRef | null;
}

const strength: Record<MatchKind, number> = { direct: 4, alias: 3, group: 2, everyone: 1, possibly: 0 };

/** Stronger kinds first; between two groups, the smaller (more specific) one, e.g. 各街道(镇) before 区绩效考评单位. */
function rank(clause: Clause, m: ClauseMatch): number {
  const group = clause.units.find((u) => u.written === m.matchedAs)?.resolution;
  const size = group && 'group' in group ? group.group.members.length : 0;
  return (m.match ? strength[m.match] : -1) * 100_000 - size;
}

export function matchClause(clause: Clause, target: MatchTarget): ClauseMatch | null {
  let best: ClauseMatch | null = null;
  for (const unit of clause.units) {
    const r = unit.resolution;
    let found: ClauseMatch | null = null;
    if (target.kind === 'written') {
      // A group's own name finds the clauses naming the group, however it is written (look-alike punctuation).
      const named = target.group
        ? 'group' in r && r.group === target.group
        : unit.written === target.name && clause.plan.rosterId === target.rosterId;
      if (named)
        found = {
          match: 'direct',
          matchedAs: unit.written,
          note: r.kind === 'acknowledged' || r.kind === 'unconfirmed' ? r.note : null,
          unit,
        };
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

/**
 * The roster entries matchClause can find in the clause (named, by another name, through a group, vague group or the
 * wording binding all units): a superset of those it holds, so a pass over many entries asks matchClause only of these.
 */
export function entriesReached(clause: Clause): Set<RosterEntry> {
  const reached = new Set<RosterEntry>();
  for (const unit of clause.units) {
    const r = unit.resolution;
    const entry = entryOf(r);
    if (entry) reached.add(entry);
    if (r.kind === 'group' || r.kind === 'vague-group') for (const member of r.group.members) reached.add(member);
  }
  const implied = clause.implied?.resolution;
  if (implied && 'group' in implied) for (const member of implied.group.members) reached.add(member);
  return reached;
}
