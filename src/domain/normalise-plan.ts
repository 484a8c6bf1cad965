// Turns a plan file as written into the flat, cross-linked model; unit names are resolved against its roster.

import type { DataPath } from '../model/finding.js';
import type { Clause, Implied, Item, Plan, Target, UnitRef } from '../model/plan.js';
import type { RawImpliedUnits, RawItem, RawPlan, RawTarget } from '../model/raw.js';
import type { Roster, UnitResolution } from '../model/roster.js';

const noRoster: UnitResolution = { kind: 'unknown', suggestions: [] };

/**
 * A unit as written in a clause. Its data path is worked out when a finding asks for it: a thousand plans name some
 * 350,000 units, and building a path array for each cost ~13% of the garbage collection of validating them.
 */
class WrittenUnit implements UnitRef {
  constructor(
    readonly written: string,
    readonly resolution: UnitResolution,
    private readonly clausePath: DataPath,
    private readonly position: number,
  ) {}

  get path(): DataPath {
    return [...this.clausePath, 'units', this.position];
  }
}

export function normalisePlan(raw: RawPlan, file: string, roster: Roster | null): Plan {
  const plan: Plan = {
    id: raw.id,
    short: raw.short,
    title: raw.title,
    file,
    year: raw.year,
    annex: raw.annex ?? null,
    partner: raw.partner ?? null,
    issuer: raw.issuer ?? null,
    date: raw.date ?? null,
    rosterId: raw.roster,
    basis: (raw.basis ?? []).map((b, i) => ({ title: b.title, number: b.number ?? null, path: ['basis', i] })),
    statement: null,
    items: [],
    clauses: [],
    sections: [],
  };
  const targets = (list: RawTarget[] | undefined, path: DataPath): Target[] =>
    (list ?? []).map((t, i) => ({ ...t, path: [...path, 'targets', i] }));
  const implied = (raw: RawImpliedUnits | undefined, path: DataPath): Implied | null =>
    raw ? { ...raw, resolution: roster ? roster.resolve(raw.means) : noRoster, path: [...path, 'impliedUnits'] } : null;

  const addItem = (
    rawItem: RawItem,
    path: DataPath,
    part: { number: string; heading: string },
    section: { number: string; heading: string; domain: string | null } | null,
  ): Item => {
    const item: Item = {
      plan,
      ref: rawItem.number,
      number: rawItem.number,
      label: /^\d+$/.test(rawItem.number) ? `${rawItem.number}.` : `(${rawItem.number})`,
      title: rawItem.title,
      partNumber: part.number,
      partHeading: part.heading,
      sectionNumber: section?.number ?? null,
      sectionHeading: section?.heading ?? null,
      domain: section?.domain ?? null,
      text: rawItem.text ?? null,
      targets: targets(rawItem.targets, path),
      clauses: [],
      textClause: null,
      path,
    };
    if (rawItem.text !== undefined && rawItem.impliedUnits)
      item.textClause = {
        plan,
        item,
        index: 0,
        text: rawItem.text,
        units: [],
        targets: item.targets,
        implied: implied(rawItem.impliedUnits, path),
        path,
      };
    (rawItem.clauses ?? []).forEach((c, i) => {
      const clausePath = [...path, 'clauses', i];
      const clause: Clause = {
        plan,
        item,
        index: i + 1,
        text: c.text,
        units: c.units.map(
          (written, u) => new WrittenUnit(written, roster ? roster.resolve(written) : noRoster, clausePath, u),
        ),
        targets: targets(c.targets, clausePath),
        implied: implied(c.impliedUnits, clausePath),
        path: clausePath,
      };
      item.clauses.push(clause);
      plan.clauses.push(clause);
    });
    plan.items.push(item);
    return item;
  };

  raw.parts.forEach((part, p) => {
    if (part.text !== undefined && plan.statement === null) plan.statement = { heading: part.heading, text: part.text };
    (part.sections ?? []).forEach((section, s) => {
      const path: DataPath = ['parts', p, 'sections', s];
      const items = section.items.map((it, i) => addItem(it, [...path, 'items', i], part, section));
      plan.sections.push({
        number: section.number,
        heading: section.heading,
        partNumber: part.number,
        domain: section.domain,
        items,
        path,
      });
    });
    (part.items ?? []).forEach((it, i) => {
      addItem(it, ['parts', p, 'items', i], part, null);
    });
  });
  assignRefs(plan.items);
  return plan;
}

/** The shortest reference that is unique in the plan: "12" or "(一)", then "(二)1", then "二(二)1" / "三、1" / "三(一)". */
function assignRefs(items: Item[]): void {
  // An item numbered (一) keeps its brackets, as the source prints it; 三(一) then reads like 二(二)1.
  const own = (it: Item) => (/^\d+$/.test(it.number) ? it.number : `(${it.number})`);
  const inPart = (it: Item) =>
    /^\d+$/.test(it.number) ? `${it.partNumber}、${it.number}` : `${it.partNumber}${own(it)}`;
  const candidates = [
    own,
    (it: Item) => (it.sectionNumber ? `(${it.sectionNumber})${it.number}` : inPart(it)),
    (it: Item) => (it.sectionNumber ? `${it.partNumber}(${it.sectionNumber})${it.number}` : inPart(it)),
  ];
  // Counted once per candidate form, and only for the forms some item needs, so a plan with tens of thousands of items stays linear.
  const counts: Map<string, number>[] = [];
  const countOf = (form: number, ref: string): number => {
    let count = counts[form];
    if (!count) {
      count = new Map<string, number>();
      for (const item of items) {
        const key = candidates[form]?.(item) ?? '';
        count.set(key, (count.get(key) ?? 0) + 1);
      }
      counts[form] = count;
    }
    return count.get(ref) ?? 0;
  };
  for (const item of items) {
    for (let form = 0; form < candidates.length; form++) {
      item.ref = candidates[form]?.(item) ?? item.number;
      if (countOf(form, item.ref) === 1) break;
    }
  }
}
