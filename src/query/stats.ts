// The half-year overview: per plan how many items, clauses, targets and units; clauses per cooperation area.

import type { Domain, Plan } from '../model/plan.js';
import { listTargets } from './targets.js';
import type { UnitHoldings } from './units.js';

export interface PlanStats {
  plan: Plan;
  items: number;
  clauses: number;
  targets: number;
  /** Distinct units (roster entries or names off the roster) the plan names directly. */
  units: number;
}

export interface DomainStats {
  /** Null: sections that belong to no cooperation area (organisation, safeguards). */
  domain: Domain | null;
  clauses: Map<Plan, number>;
  total: number;
}

export function planStats(plans: Plan[], holdings: UnitHoldings[]): PlanStats[] {
  return plans.map((plan) => ({
    plan,
    items: plan.items.length,
    clauses: plan.clauses.length,
    targets: listTargets([plan]).length,
    units: holdings.filter((h) => (h.byPlan.get(plan)?.direct ?? 0) > 0).length,
  }));
}

export function domainStats(plans: Plan[], domains: Domain[]): DomainStats[] {
  const rows: DomainStats[] = [...domains, null].map((domain) => {
    const clauses = new Map(
      plans.map((p) => [p, p.clauses.filter((c) => c.item.domain === (domain?.id ?? null)).length]),
    );
    return { domain, clauses, total: [...clauses.values()].reduce((a, b) => a + b, 0) };
  });
  return rows;
}
