// Every quantitative target (至少1次, 700万元 …) with the clause or item it belongs to, optionally only a unit's.

import type { Clause, Item, Plan, Target } from '../model/plan.js';
import type { UnitTarget } from './find-unit.js';
import { type MatchKind, matchClause } from './tasks.js';

export interface TargetRow {
  item: Item;
  /** Null for targets stated in an item's own text (no responsible units). */
  clause: Clause | null;
  target: Target;
  match: MatchKind | null;
  matchedAs: string | null;
}

export function listTargets(plans: Plan[], unit?: UnitTarget): TargetRow[] {
  const rows: TargetRow[] = [];
  for (const plan of plans) {
    for (const item of plan.items) {
      if (!unit)
        for (const target of item.targets) rows.push({ item, clause: null, target, match: null, matchedAs: null });
      for (const clause of item.clauses) {
        const m = unit ? matchClause(clause, unit) : null;
        if (unit && !m) continue;
        for (const target of clause.targets)
          rows.push({ item, clause, target, match: m?.match ?? null, matchedAs: m?.matchedAs ?? null });
      }
    }
  }
  return rows;
}
