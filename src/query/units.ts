// How many clauses each roster entry (and each name off the roster) holds per plan: directly, through a group, possibly.

import { entryOf } from '../domain/build-roster.js';
import { rosterCoverage, strongestRole, unitClauses } from '../domain/unit-coverage.js';
import type { Clause, Plan, UnitRef } from '../model/plan.js';
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
  /** Of direct and group: in a lead list (牵头单位), or in a support list (配合单位; 责任单位 beside a 牵头单位). */
  lead: number;
  support: number;
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
  const total = zero();
  for (const holding of byPlan.values())
    for (const key of Object.keys(total) as (keyof Holding)[]) total[key] += holding[key];
  return { target, name: targetName(target), byPlan, total };
}

/** The names in a clause through which the unit holds it: those naming it, or (held through groups) its groups. */
function refsHolding(clause: Clause, target: UnitTarget, match: 'direct' | 'alias' | 'group'): UnitRef[] {
  if (target.kind === 'written') return clause.units.filter((u) => u.written === target.name);
  return clause.units.filter((u) => {
    const r = u.resolution;
    return match === 'group'
      ? r.kind === 'group' && r.group.members.includes(target.entry)
      : entryOf(r) === target.entry;
  });
}

export function holdingsOf(target: UnitTarget, plans: Plan[]): UnitHoldings {
  const byPlan = new Map<Plan, Holding>();
  for (const plan of plans) {
    const holding = zero();
    for (const clause of unitClauses(plan)) {
      const found = matchClause(clause, target);
      const m = found?.match;
      if (m === 'direct' || m === 'alias') holding.direct++;
      else if (m) holding[m]++;
      // The role of the names that make the clause the unit's: lead over support, as unit-coverage.ts counts it.
      const role =
        m === 'direct' || m === 'alias' || m === 'group' ? strongestRole(refsHolding(clause, target, m)) : null;
      if (role) holding[role]++;
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
      const byPlan = new Map(plans.map((plan): [Plan, Holding] => [plan, zero()]));
      for (const c of coverage)
        byPlan.set(c.plan, {
          direct: c.direct.length,
          group: c.viaGroup.length,
          everyone: c.everyone.length,
          possibly: c.possibly.length,
          lead: c.lead.length,
          support: c.support.length,
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
      const seen = new Map<string, UnitRef[]>();
      for (const unit of clause.units) {
        const k = key(plan.rosterId, unit.written);
        if (counts.has(k)) seen.set(k, [...(seen.get(k) ?? []), unit]);
      }
      for (const [k, refs] of seen) {
        const holding = counts.get(k)?.get(plan);
        if (!holding) continue;
        holding.direct++;
        const role = strongestRole(refs);
        if (role) holding[role]++;
      }
    }
  return names.map(({ rosterId, name }) =>
    withTotal({ kind: 'written', name, rosterId }, counts.get(key(rosterId, name)) ?? new Map()),
  );
}

const zero = (): Holding => ({ direct: 0, group: 0, everyone: 0, possibly: 0, lead: 0, support: 0 });
