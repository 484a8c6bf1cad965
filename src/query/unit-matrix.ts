// Who holds what, per cooperation area: every unit the plans can name, and a unit × area grid of clauses per plan.

import { entryOf } from '../domain/build-roster.js';
import type { Domain, Plan } from '../model/plan.js';
import type { Roster } from '../model/roster.js';
import type { UnitTarget } from './find-unit.js';
import { listTasks, type TaskRow } from './tasks.js';

/** A column of the matrix: a cooperation area, or (id null) the clauses outside every area. */
export interface Area {
  id: string | null;
  name: string | null;
}

export interface MatrixRow {
  unit: UnitTarget;
  /** Clauses the unit holds for certain (directly, by alias, through a group), one list per area. */
  cells: TaskRow[][];
  total: number;
}

export function unitName(unit: UnitTarget): string {
  return unit.kind === 'entry' ? unit.entry.name : unit.name;
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
  const written = new Set<string>();
  for (const clause of plans.flatMap((p) => p.clauses)) {
    for (const u of clause.units) {
      const r = u.resolution;
      if (entryOf(r) === null && r.kind !== 'group' && r.kind !== 'vague-group') written.add(u.written);
    }
  }
  for (const name of written) units.push({ kind: 'written', name });
  return units;
}

/** The areas of the domains file, plus a column for clauses outside every area when some plan has them. */
export function areasOf(domains: Domain[], plans: Plan[]): Area[] {
  const areas: Area[] = domains.map((d) => ({ id: d.id, name: d.name }));
  if (plans.some((p) => p.clauses.some((c) => c.item.domain === null))) areas.push({ id: null, name: null });
  return areas;
}

/** One row per unit that holds at least one clause of the plan for certain; "possibly" (vague groups) is not counted. */
export function unitAreaMatrix(plan: Plan, units: UnitTarget[], areas: Area[]): MatrixRow[] {
  const rows: MatrixRow[] = [];
  for (const unit of units) {
    const held = listTasks([plan], { unit, plans: [plan] }).filter((r) => r.match !== 'possibly');
    if (held.length === 0) continue;
    const cells = areas.map((area) => held.filter((r) => r.clause.item.domain === area.id));
    rows.push({ unit, cells, total: held.length });
  }
  return rows;
}
