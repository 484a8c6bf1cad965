// Turns a plan file as written into the flat, cross-linked model; unit names are resolved against its roster.

import type { DataPath } from '../model/finding.js';
import type { Clause, Implied, Item, Leader, Plan, Role, Target, UnitList, UnitRef } from '../model/plan.js';
import type { RawClause, RawImpliedUnits, RawItem, RawLeader, RawPlan, RawSection, RawTarget } from '../model/raw.js';
import type { Roster, UnitResolution } from '../model/roster.js';
import { numeralValue } from './numerals.js';
import { listRoles } from './unit-roles.js';

const noRoster: UnitResolution = { kind: 'unknown', suggestions: [] };

/** How many characters of a task stand in for the title of an item that has none. */
const CAPTION_LENGTH = 16;

/**
 * A unit as written in a clause. Its data path is worked out when a finding asks for it: a thousand plans name some
 * 350,000 units, and building a path array for each cost ~13% of the garbage collection of validating them.
 */
class WrittenUnit implements UnitRef {
  constructor(
    readonly written: string,
    readonly resolution: UnitResolution,
    readonly role: Role,
    readonly roleLabel: string,
    readonly roleNote: string | null,
    private readonly listPath: DataPath,
    private readonly position: number,
  ) {}

  get path(): DataPath {
    return [...this.listPath, 'units', this.position];
  }
}

/** The place an item sits in: its part, the numbered section and the headings below it, inherited leaders and area. */
interface Place {
  part: { number: string; heading: string };
  section: { number: string | null; heading: string } | null;
  topics: string[];
  leaders: Leader[];
  domain: string | null;
  domainPath: DataPath | null;
  /** Numbers of the part and numbered sections, as values: the start of the item's pathId. */
  numbers: number[];
}

/** Shared by every clause and section without leaders (most of them): one empty list, never mutated. */
const NO_LEADERS: Leader[] = [];

const leadersOf = (list: RawLeader[] | undefined, path: DataPath): Leader[] =>
  list ? list.map((l, i) => ({ ...l, path: [...path, 'leaders', i] })) : NO_LEADERS;

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
    notice: raw.notice ?? null,
    rosterId: raw.roster,
    numbering: raw.numbering ?? null,
    rules: raw.rules ?? {},
    basis: (raw.basis ?? []).map((b, i) => ({ title: b.title, number: b.number ?? null, path: ['basis', i] })),
    statement: null,
    items: [],
    clauses: [],
    sections: [],
  };
  const targets = (list: RawTarget[] | undefined, path: DataPath): Target[] =>
    (list ?? []).map((t, i) => ({ ...t, path: [...path, 'targets', i] }));
  const resolve = (written: string) => (roster ? roster.resolve(written) : noRoster);
  const implied = (raw: RawImpliedUnits | undefined, path: DataPath): Implied | null =>
    raw ? { ...raw, resolution: resolve(raw.means), path: [...path, 'impliedUnits'] } : null;

  const unitListsOf = (c: RawClause, clausePath: DataPath): UnitList[] => {
    // Genre A: one bracket 〔责任单位:…〕, written as plain `units`; its label is the bracket's, its role unspecified.
    if (c.units)
      return [
        {
          label: '责任单位',
          role: 'unspecified',
          units: c.units.map((w, u) => new WrittenUnit(w, resolve(w), 'unspecified', '责任单位', null, clausePath, u)),
          remark: null,
          path: clausePath,
        },
      ];
    const lists = c.unitLists ?? [];
    const roles = listRoles(lists);
    return lists.map((list, l) => {
      const path = [...clausePath, 'unitLists', l];
      const role = roles[l] ?? 'unspecified';
      const units = list.units.map((w, u) => {
        // "列第一位者为牵头单位": the first unit leads, the others support; an inference, so it keeps its note.
        if (list.firstIsLead !== undefined)
          return new WrittenUnit(w, resolve(w), u === 0 ? 'lead' : 'support', list.label, list.firstIsLead, path, u);
        return new WrittenUnit(w, resolve(w), role, list.label, null, path, u);
      });
      return { label: list.label, role, units, remark: list.remark ?? null, path };
    });
  };

  const addItem = (rawItem: RawItem, path: DataPath, place: Place): Item => {
    const first = rawItem.clauses?.[0]?.text ?? rawItem.text ?? '';
    const caption =
      rawItem.title ??
      (first.length > CAPTION_LENGTH ? `${first.slice(0, CAPTION_LENGTH)}…` : first.replace(/。$/, ''));
    const item: Item = {
      plan,
      ref: rawItem.number,
      number: rawItem.number,
      label: /^\d+$/.test(rawItem.number) ? `${rawItem.number}.` : `(${rawItem.number})`,
      title: rawItem.title ?? null,
      caption,
      pathId: [...place.numbers, numeralValue(rawItem.number)].join('.'),
      partNumber: place.part.number,
      partHeading: place.part.heading,
      sectionNumber: place.section?.number ?? null,
      sectionHeading: place.section?.heading ?? null,
      topics: place.topics,
      sectionLeaders: place.leaders,
      domain: place.domain,
      domainPath: place.domainPath,
      text: rawItem.text ?? null,
      targets: targets(rawItem.targets, path),
      clauses: [],
      textClause: null,
      path,
    };
    if (rawItem.text !== undefined && rawItem.impliedUnits)
      // The item's own text listed for the units it binds: clause 0 of the item, id part.section.item.0.
      item.textClause = {
        plan,
        item,
        localId: `${item.pathId}.0`,
        id: `${plan.id}:${item.pathId}.0`,
        idWritten: false,
        index: 0,
        text: rawItem.text,
        units: [],
        unitLists: [],
        leaders: NO_LEADERS,
        deadline: null,
        targets: item.targets,
        implied: implied(rawItem.impliedUnits, path),
        path,
      };
    (rawItem.clauses ?? []).forEach((c, i) => {
      const clausePath = [...path, 'clauses', i];
      const unitLists = unitListsOf(c, clausePath);
      const localId = c.id ?? `${item.pathId}.${i + 1}`;
      const clause: Clause = {
        plan,
        item,
        localId,
        id: `${plan.id}:${localId}`,
        idWritten: c.id !== undefined,
        index: i + 1,
        text: c.text,
        // One list (genre A, most clauses): its array as it is, no copy.
        units: unitLists.length === 1 ? (unitLists[0]?.units ?? []) : unitLists.flatMap((l) => l.units),
        unitLists,
        leaders: leadersOf(c.leaders, clausePath),
        deadline: c.deadline ?? null,
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

  /** A section's items and those of the sections inside it, in source order. */
  const addSection = (section: RawSection, path: DataPath, outer: Place): Item[] => {
    const numbered = section.number !== undefined;
    const place: Place = {
      part: outer.part,
      // The outermost section is "the section" (items are referred to by it); deeper headings are topics.
      section: outer.section ?? { number: section.number ?? null, heading: section.heading },
      topics: outer.section ? [...outer.topics, section.heading] : outer.topics,
      leaders: section.leaders ? [...outer.leaders, ...leadersOf(section.leaders, path)] : outer.leaders,
      domain: section.domain === undefined ? outer.domain : section.domain,
      domainPath: section.domain === undefined ? outer.domainPath : [...path, 'domain'],
      numbers: numbered ? [...outer.numbers, numeralValue(section.number ?? '')] : outer.numbers,
    };
    return [
      ...(section.items ?? []).map((it, i) => addItem(it, [...path, 'items', i], place)),
      ...(section.sections ?? []).flatMap((sub, i) => addSection(sub, [...path, 'sections', i], place)),
    ];
  };

  raw.parts.forEach((part, p) => {
    if (part.text !== undefined && plan.statement === null) plan.statement = { heading: part.heading, text: part.text };
    const partPath: DataPath = ['parts', p];
    const place: Place = {
      part,
      section: null,
      topics: [],
      leaders: leadersOf(part.leaders, partPath),
      domain: null,
      domainPath: null,
      numbers: [numeralValue(part.number)],
    };
    (part.sections ?? []).forEach((section, s) => {
      const path: DataPath = ['parts', p, 'sections', s];
      const items = addSection(section, path, place);
      plan.sections.push({
        number: section.number ?? null,
        heading: section.heading,
        leaders: leadersOf(section.leaders, path),
        partNumber: part.number,
        domain: section.domain ?? null,
        items,
        path,
      });
    });
    (part.items ?? []).forEach((it, i) => {
      addItem(it, ['parts', p, 'items', i], place);
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
