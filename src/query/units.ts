// How many clauses each roster entry (and each name off the roster) holds per plan: directly, through a group, possibly.

import type { Plan } from '../model/plan.js';
import type { Roster } from '../model/roster.js';
import { namesOffRoster, type UnitTarget } from './find-unit.js';
import { matchClause } from './tasks.js';

export interface Holding {
  /** Named directly, by a second name or by an alias. */
  direct: number;
  /** Through a group it belongs to (区绩效考评单位, 各街道(镇)). */
  group: number;
  /** Through a vague group (区直相关单位): possibly. */
  possibly: number;
}

export interface UnitHoldings {
  target: UnitTarget;
  name: string;
  byPlan: Map<Plan, Holding>;
  total: Holding;
}

export function unitName(target: UnitTarget): string {
  return target.kind === 'entry' ? target.entry.name : target.name;
}

export function holdingsOf(target: UnitTarget, plans: Plan[]): UnitHoldings {
  const byPlan = new Map<Plan, Holding>();
  const total: Holding = { direct: 0, group: 0, possibly: 0 };
  for (const plan of plans) {
    const holding: Holding = { direct: 0, group: 0, possibly: 0 };
    for (const clause of plan.clauses) {
      const m = matchClause(clause, target)?.match;
      if (m === 'direct' || m === 'alias') holding.direct++;
      else if (m === 'group' || m === 'possibly') holding[m]++;
    }
    byPlan.set(plan, holding);
    total.direct += holding.direct;
    total.group += holding.group;
    total.possibly += holding.possibly;
  }
  return { target, name: unitName(target), byPlan, total };
}

/** Every roster entry in roster order, then the names the plans use that are on no roster (e.g. 区对口办). */
export function unitHoldings(rosters: Roster[], plans: Plan[]): UnitHoldings[] {
  const targets: UnitTarget[] = [...rosters.flatMap((roster) => roster.entries.map((entry): UnitTarget => ({ kind: 'entry', entry, roster }))), ...namesOffRoster(plans).map((name): UnitTarget => ({ kind: 'written', name }))];
  return targets.map((t) => holdingsOf(t, plans));
}
