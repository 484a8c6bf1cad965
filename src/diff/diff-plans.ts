// Pure comparison of two plans: units (resolved to roster entries; groups kept whole) overall and per cooperation area;
// plans on different rosters are compared by unit name, and the result says so.

import { entryOf } from '../domain/build-roster.js';
import { unitKey } from '../domain/unit-coverage.js';
import type { Clause, Domain, Item, Plan } from '../model/plan.js';
import type { RawTarget } from '../model/raw.js';

export interface UnitSplit {
  onlyA: string[];
  onlyB: string[];
  both: string[];
}

export interface UnitCount {
  unit: string;
  a: number;
  b: number;
}

export interface DiffTarget extends RawTarget {
  item: string;
  /** Kept for JSON readers from before `bound` (docs/json.md): true exactly when bound is atLeast. */
  atLeast: boolean;
}

export interface DomainDiff extends UnitSplit {
  id: string;
  name: string;
  /** Section headings the plan uses for the area, or null when it has no section in it. */
  nameA: string | null;
  nameB: string | null;
  itemsA: { ref: string; title: string }[];
  itemsB: { ref: string; title: string }[];
  targetsA: DiffTarget[];
  targetsB: DiffTarget[];
  clausesA: number;
  clausesB: number;
  unitCounts: UnitCount[];
}

/** Items outside every area: sections with no domain, and items directly under a part (保障机制 and the like). */
export interface UnassignedSection {
  heading: string;
  part: string;
  items: { ref: string; title: string }[];
  clauses: number;
  units: string[];
  /** Targets of the section's items and clauses (保障机制's meetings and the like). */
  targets: DiffTarget[];
}

export interface PlanDiff {
  a: string;
  b: string;
  /** The roster of each plan. When they differ, units are compared by name only: two districts' 区商务局 share a name, not a unit. */
  rosters: { a: string; b: string };
  sameRoster: boolean;
  units: UnitSplit;
  domains: DomainDiff[];
  unassigned: {
    noAreaA: UnassignedSection[];
    noAreaB: UnassignedSection[];
    areasOnlyA: string[];
    areasOnlyB: string[];
  };
  clauseCounts: { a: number; b: number };
  unitCounts: UnitCount[];
}

/** Clauses per unit key; a clause naming one unit twice (区委办公室 and 区台办) counts once. */
function countUnits(clauses: Clause[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const clause of clauses)
    for (const key of new Set(clause.units.map(unitKey))) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** Roster entries in roster order first, then groups and unresolved names in order of first appearance. */
function unitOrder(a: Plan, b: Plan): (x: string, y: string) => number {
  const rank = new Map<string, number>();
  let next = 1_000_000;
  for (const unit of [...a.clauses, ...b.clauses].flatMap((c) => c.units)) {
    const key = unitKey(unit);
    if (!rank.has(key)) rank.set(key, entryOf(unit.resolution)?.order ?? next++);
  }
  return (x, y) => (rank.get(x) ?? 0) - (rank.get(y) ?? 0);
}

function compare(
  a: Clause[],
  b: Clause[],
  order: (x: string, y: string) => number,
): UnitSplit & { unitCounts: UnitCount[] } {
  const countA = countUnits(a);
  const countB = countUnits(b);
  const all = [...new Set([...countA.keys(), ...countB.keys()])].sort(order);
  return {
    onlyA: all.filter((u) => !countB.has(u)),
    onlyB: all.filter((u) => !countA.has(u)),
    both: all.filter((u) => countA.has(u) && countB.has(u)),
    unitCounts: all.map((unit) => ({ unit, a: countA.get(unit) ?? 0, b: countB.get(unit) ?? 0 })),
  };
}

const itemRefs = (items: Item[]) => items.map((i) => ({ ref: i.ref, title: i.caption }));
const targetsOf = (items: Item[]): DiffTarget[] =>
  items.flatMap((i) =>
    [...i.targets, ...i.clauses.flatMap((c) => c.targets)].map(({ path: _path, ...written }) => ({
      item: i.ref,
      ...written,
      atLeast: written.bound === 'atLeast',
    })),
  );

function unassigned(plan: Plan): UnassignedSection[] {
  const groups = new Map<string, { heading: string; part: string; items: Item[] }>();
  for (const item of plan.items.filter((i) => i.domain === null)) {
    const key = `${item.partNumber}\u0000${item.sectionNumber ?? ''}`;
    if (!groups.has(key))
      groups.set(key, { heading: item.sectionHeading ?? item.partHeading, part: item.partHeading, items: [] });
    groups.get(key)?.items.push(item);
  }
  return [...groups.values()].map((g) => {
    const clauses = g.items.flatMap((i) => i.clauses);
    return {
      heading: g.heading,
      part: g.part,
      items: itemRefs(g.items),
      clauses: clauses.length,
      units: [...countUnits(clauses).keys()],
      targets: targetsOf(g.items),
    };
  });
}

export function diffPlans(a: Plan, b: Plan, domains: Domain[]): PlanDiff {
  const order = unitOrder(a, b);
  const used = [...a.sections, ...b.sections].flatMap((s) => (s.domain === null ? [] : [s.domain]));
  // Areas a plan names that the domains file lacks (reported by unknown-domain) still get a row, under their id.
  const areas = [
    ...domains,
    ...[...new Set(used)].filter((id) => !domains.some((d) => d.id === id)).map((id) => ({ id, name: id })),
  ];
  const heading = (plan: Plan, id: string) =>
    plan.sections
      .filter((s) => s.domain === id)
      .map((s) => s.heading)
      .join('、') || null;
  const domainDiffs = areas.map((domain): DomainDiff => {
    const itemsA = a.items.filter((i) => i.domain === domain.id);
    const itemsB = b.items.filter((i) => i.domain === domain.id);
    const clausesA = itemsA.flatMap((i) => i.clauses);
    const clausesB = itemsB.flatMap((i) => i.clauses);
    const { onlyA, onlyB, both, unitCounts } = compare(clausesA, clausesB, order);
    return {
      id: domain.id,
      name: domain.name,
      nameA: heading(a, domain.id),
      nameB: heading(b, domain.id),
      onlyA,
      onlyB,
      both,
      itemsA: itemRefs(itemsA),
      itemsB: itemRefs(itemsB),
      targetsA: targetsOf(itemsA),
      targetsB: targetsOf(itemsB),
      clausesA: clausesA.length,
      clausesB: clausesB.length,
      unitCounts,
    };
  });
  const { unitCounts, ...units } = compare(a.clauses, b.clauses, order);
  return {
    a: a.id,
    b: b.id,
    rosters: { a: a.rosterId, b: b.rosterId },
    sameRoster: a.rosterId === b.rosterId,
    units,
    domains: domainDiffs,
    unassigned: {
      noAreaA: unassigned(a),
      noAreaB: unassigned(b),
      areasOnlyA: domainDiffs.filter((d) => d.nameA !== null && d.nameB === null).map((d) => d.id),
      areasOnlyB: domainDiffs.filter((d) => d.nameB !== null && d.nameA === null).map((d) => d.id),
    },
    clauseCounts: { a: a.clauses.length, b: b.clauses.length },
    unitCounts,
  };
}
