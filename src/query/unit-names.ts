// Every distinct unit name written in the plans, classified against its roster, with where it is used.

import { entryOf } from '../domain/build-roster.js';
import { nearestToNote } from '../domain/nearest-to-note.js';
import type { Clause, Plan } from '../model/plan.js';
import type { Roster, UnitResolution } from '../model/roster.js';

export type NameKind = UnitResolution['kind'];

/** Report order: names on the roster first, then groups, then names off the roster. */
export const NAME_KINDS: NameKind[] = [
  'exact',
  'written-form',
  'other-name',
  'alias',
  'group',
  'vague-group',
  'acknowledged',
  'unconfirmed',
  'unknown',
];

export interface NameUse {
  written: string;
  roster: string;
  kind: NameKind;
  /** The roster entry or group the name stands for. */
  means: string | null;
  /** Why a non-exact name means what it does (alias note, second-name note, group note, notOnRoster note). */
  note: string | null;
  /** For names off the roster: the nearest roster entry names. */
  nearest: string[];
  /** Clauses naming it, per plan, in plan order. */
  uses: { plan: Plan; clauses: Clause[] }[];
}

function describe(
  resolution: UnitResolution,
  written: string,
  roster: Roster | undefined,
): Pick<NameUse, 'means' | 'note' | 'nearest'> {
  switch (resolution.kind) {
    case 'group':
    case 'vague-group':
      return { means: resolution.group.name, note: resolution.group.note, nearest: [] };
    case 'acknowledged':
    case 'unconfirmed':
      return {
        means: null,
        note: resolution.note,
        nearest: nearestToNote(written, resolution.note, roster?.entries.map((e) => e.name) ?? []),
      };
    case 'unknown':
      return { means: null, note: null, nearest: resolution.suggestions };
    default:
      return {
        means: entryOf(resolution)?.name ?? null,
        note: 'note' in resolution ? resolution.note : null,
        nearest: [],
      };
  }
}

export function classifyNames(plans: Plan[], rosters: Roster[]): NameUse[] {
  const byName = new Map<string, NameUse>();
  for (const plan of plans) {
    for (const clause of plan.clauses) {
      for (const unit of clause.units) {
        const key = `${plan.rosterId}\u0000${unit.written}`;
        let use = byName.get(key);
        if (!use) {
          const roster = rosters.find((r) => r.id === plan.rosterId);
          use = {
            written: unit.written,
            roster: plan.rosterId,
            kind: unit.resolution.kind,
            ...describe(unit.resolution, unit.written, roster),
            uses: [],
          };
          byName.set(key, use);
        }
        let perPlan = use.uses.find((u) => u.plan === plan);
        if (!perPlan) {
          perPlan = { plan, clauses: [] };
          use.uses.push(perPlan);
        }
        if (!perPlan.clauses.includes(clause)) perPlan.clauses.push(clause);
      }
    }
  }
  const order = (u: NameUse) => {
    const first = u.uses[0]?.clauses[0]?.units.find((x) => x.written === u.written);
    return first ? (entryOf(first.resolution)?.order ?? Number.MAX_SAFE_INTEGER) : Number.MAX_SAFE_INTEGER;
  };
  // Stable sort: within a kind, roster order, then first appearance.
  return [...byName.values()].sort(
    (a, b) => NAME_KINDS.indexOf(a.kind) - NAME_KINDS.indexOf(b.kind) || order(a) - order(b),
  );
}
