// Finds a plan by id or short name (黄州), as users type it.

import type { Plan } from '../model/plan.js';

export type PlanLookup = { plan: Plan } | { error: 'unknown'; known: string[] };

export function findPlan(plans: Plan[], query: string): PlanLookup {
  const q = query.trim();
  const plan = plans.find((p) => p.id === q || p.short === q) ?? plans.find((p) => p.title === q);
  if (plan) return { plan };
  const partial = plans.filter(
    (p) => p.id.includes(q) || p.short.includes(q) || (p.partner?.district ?? '').includes(q),
  );
  if (partial.length === 1 && partial[0]) return { plan: partial[0] };
  return { error: 'unknown', known: plans.map((p) => `${p.short}(${p.id})`) };
}
