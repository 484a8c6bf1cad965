// Every quantitative target (至少1次, 700万元 …) with the clause or item it belongs to, optionally only a unit's.

import type { Clause, Item, Plan, Target, UnitRef } from '../model/plan.js';
import type { UnitTarget } from './find-unit.js';
import { type MatchKind, matchClause } from './tasks.js';

export interface TargetRow {
  item: Item;
  /** Null for targets stated in an item's own text (no responsible units). */
  clause: Clause | null;
  target: Target;
  match: MatchKind | null;
  matchedAs: string | null;
  /** With a unit: the unit of the clause that matched, with its role. */
  unit: UnitRef | null;
}

export function listTargets(plans: Plan[], unit?: UnitTarget): TargetRow[] {
  const rows: TargetRow[] = [];
  for (const plan of plans) {
    for (const item of plan.items) {
      // An item's own targets have no bracket: they are a unit's only when the text binds all units (全体(无括注)).
      const own = unit && item.textClause ? matchClause(item.textClause, unit) : null;
      if (!unit || own)
        for (const target of item.targets)
          rows.push({
            item,
            clause: null,
            target,
            match: own?.match ?? null,
            matchedAs: own?.matchedAs ?? null,
            unit: null,
          });
      for (const clause of item.clauses) {
        const m = unit ? matchClause(clause, unit) : null;
        if (unit && !m) continue;
        // A bracketed clause binds all units only in the words its impliedUnits quotes (莲都 三、1: 各单位党委(党组)
        // 年度至少召开1次专题会议), not in the rest (the 领导小组工作会议 is the bracket's units' target).
        const quote = m?.match === 'everyone' ? clause.implied?.quote : undefined;
        for (const target of clause.targets) {
          if (quote !== undefined && !quote.includes(target.quote) && !target.quote.includes(quote)) continue;
          rows.push({
            item,
            clause,
            target,
            match: m?.match ?? null,
            matchedAs: m?.matchedAs ?? null,
            unit: m?.unit ?? null,
          });
        }
      }
    }
  }
  return rows;
}
