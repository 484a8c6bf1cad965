// How many clauses each roster entry (and each name off the roster) holds per plan: directly, through a group, possibly.

import { rosterCoverage, unitClauses } from '../domain/unit-coverage.js';
import type { Plan } from '../model/plan.js';
import type { Roster } from '../model/roster.js';
import { namesOffRoster, targetName, type UnitTarget } from './find-unit.js';
import { matchClause } from './tasks.js';

export interface Holding {
  /** Named directly, by a second name or by an alias. */
  direct: number;
  /** Through a group it belongs to (区绩效考评单位, 各街道(镇)). */
  group: number;
  /** The text binds all units without a bracket (各部门各单位要…): 全体(无括注). */
  everyone: number;
  /** Through a vague group (区直相关单位): possibly. */
  possibly: number;
}

export interface UnitHoldings {
  target: UnitTarget;
  name: string;
  byPlan: Map<Plan, Holding>;
  total: Holding;
}

export { targetName as unitName } from './find-unit.js';

/** Per-plan holdings with their total. */
function withTotal(target: UnitTarget, byPlan: Map<Plan, Holding>): UnitHoldings {
  const total: Holding = { direct: 0, group: 0, everyone: 0, possibly: 0 };
  for (const holding of byPlan.values()) {
    total.direct += holding.direct;
    total.group += holding.group;
    total.everyone += holding.everyone;
    total.possibly += holding.possibly;
  }
  return { target, name: targetName(target), byPlan, total };
}

export function holdingsOf(target: UnitTarget, plans: Plan[]): UnitHoldings {
  const byPlan = new Map<Plan, Holding>();
  for (const plan of plans) {
    const holding: Holding = { direct: 0, group: 0, everyone: 0, possibly: 0 };
    for (const clause of unitClauses(plan)) {
      const m = matchClause(clause, target)?.match;
      if (m === 'direct' || m === 'alias') holding.direct++;
      else if (m) holding[m]++;
    }
    byPlan.set(plan, holding);
  }
  return withTotal(target, byPlan);
}

/**
 * Every roster entry in roster order, then the names the plans use that are on no roster (e.g. 区对口办). Roster
 * entries are counted from one pass over each plan (unit-coverage.ts), not a pass per entry as holdingsOf would make.
 */
export function unitHoldings(rosters: Roster[], plans: Plan[]): UnitHoldings[] {
  const onRoster = rosters.flatMap((roster) =>
    rosterCoverage(roster, plans).map(({ entry, plans: coverage }) => {
      // Plans of another roster hold nothing for this entry, but still get their zero column.
      const byPlan = new Map(
        plans.map((plan): [Plan, Holding] => [plan, { direct: 0, group: 0, everyone: 0, possibly: 0 }]),
      );
      for (const c of coverage)
        byPlan.set(c.plan, {
          direct: c.direct.length,
          group: c.viaGroup.length,
          everyone: c.everyone.length,
          possibly: c.possibly.length,
        });
      return withTotal({ kind: 'entry', entry, roster }, byPlan);
    }),
  );
  return [...onRoster, ...offRosterHoldings(plans)];
}

/**
 * The names off the roster, counted in one pass over the clauses as holdingsOf counts each (a clause counts once for a
 * name it writes, in the plans of that name's roster): a pass per name took minutes for 140,000 names.
 */
function offRosterHoldings(plans: Plan[]): UnitHoldings[] {
  const names = namesOffRoster(plans);
  const key = (rosterId: string, name: string) => `${rosterId}\u0000${name}`;
  const counts = new Map(
    names.map(({ rosterId, name }) => [key(rosterId, name), new Map(plans.map((p): [Plan, Holding] => [p, zero()]))]),
  );
  for (const plan of plans)
    for (const clause of unitClauses(plan)) {
      const seen = new Set<string>();
      for (const unit of clause.units) {
        const k = key(plan.rosterId, unit.written);
        const holding = counts.get(k)?.get(plan);
        if (!holding || seen.has(k)) continue;
        seen.add(k);
        holding.direct++;
      }
    }
  return names.map(({ rosterId, name }) =>
    withTotal({ kind: 'written', name, rosterId }, counts.get(key(rosterId, name)) ?? new Map()),
  );
}

const zero = (): Holding => ({ direct: 0, group: 0, everyone: 0, possibly: 0 });
