// Who holds what, per cooperation area: every unit the plans can name, and per plan a unit × area count of clauses.

import type { Domain, Plan } from '../model/plan.js';
import type { Roster } from '../model/roster.js';
import { namesOffRoster, type UnitTarget } from './find-unit.js';
import type { TaskRow } from './tasks.js';

/** A column of the matrix: a cooperation area, or (id null) the clauses outside every area. */
export interface Area {
  id: string | null;
  name: string | null;
}

/** Clauses held directly (by name or alias) and through a group; "possibly" (vague groups) and "everyone" are not counted. */
export interface AreaCount {
  direct: number;
  group: number;
}

/** Every name a reader may type for the unit: roster name, as written, second names, aliases. */
export function unitNames(unit: UnitTarget): string[] {
  if (unit.kind === 'written') return [unit.name];
  const aliases = unit.roster.aliases.filter((a) => a.means === unit.entry.name).map((a) => a.name);
  return [...new Set([unit.entry.name, unit.entry.written, ...unit.entry.otherNames, ...aliases])];
}

/** Roster entries of the rosters the plans use, in roster order, then names written in clauses that are on no roster. */
export function allUnits(rosters: Roster[], plans: Plan[]): UnitTarget[] {
  const used = rosters.filter((r) => plans.some((p) => p.rosterId === r.id));
  const units: UnitTarget[] = used.flatMap((roster) =>
    roster.entries.map((entry) => ({ kind: 'entry' as const, entry, roster })),
  );
  for (const { rosterId, name } of namesOffRoster(plans)) units.push({ kind: 'written', name, rosterId });
  return units;
}

/**
 * The areas of the domains file, then areas a plan names that the file lacks (reported by unknown-domain; shown under
 * their id so that no clause drops out), plus a column for clauses outside every area when some plan has them.
 */
export function areasOf(domains: Domain[], plans: Plan[]): Area[] {
  const areas: Area[] = domains.map((d) => ({ id: d.id, name: d.name }));
  for (const item of plans.flatMap((p) => p.items))
    if (item.domain !== null && !areas.some((a) => a.id === item.domain))
      areas.push({ id: item.domain, name: item.domain });
  if (plans.some((p) => p.clauses.some((c) => c.item.domain === null))) areas.push({ id: null, name: null });
  return areas;
}

/**
 * A unit's clauses of one plan (from listTasks for the unit), counted per area; null when it holds none for certain.
 * "everyone" (text binding all units without a bracket, the same for every unit) is not counted either.
 */
export function areaCounts(plan: Plan, rows: TaskRow[], areas: Area[]): AreaCount[] | null {
  const counts = areas.map(() => ({ direct: 0, group: 0 }));
  let any = false;
  for (const row of rows) {
    if (row.clause.plan !== plan || row.match === 'possibly' || row.match === 'everyone' || row.match === null)
      continue;
    const cell = counts[areas.findIndex((a) => a.id === row.clause.item.domain)];
    if (!cell) continue;
    if (row.match === 'group') cell.group++;
    else cell.direct++;
    any = true;
  }
  return any ? counts : null;
}
