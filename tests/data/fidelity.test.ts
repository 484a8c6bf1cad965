// Fidelity: the hand-encoded YAML under data/ must rebuild the source notice's annexes line for line.
// Deliberately independent of src/: the encoding conventions are re-implemented here as the contract.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';

interface Target {
  quote: string;
}
interface Clause {
  text: string;
  units: string[];
  separators?: string[];
  trailing?: string;
  targets?: Target[];
}
interface Item {
  number: string;
  title: string;
  text?: string;
  targets?: Target[];
  clauses?: Clause[];
}
interface Section {
  number: string;
  heading: string;
  domain: string | null;
  items: Item[];
}
interface Part {
  number: string;
  heading: string;
  text?: string;
  sections?: Section[];
  items?: Item[];
}
interface Basis {
  title: string;
  number?: string;
}
interface Plan {
  annex: number;
  title: string;
  preamble: string;
  basis: Basis[];
  parts: Part[];
}
interface Entry {
  name: string;
  written?: string;
}
interface Roster {
  title: string;
  lists: { id: string; entries: Entry[] }[];
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string): string => readFileSync(`${root}${path}`, 'utf8');
const load = <T>(path: string): T => YAML.parse(read(path)) as T;

const sourceLines = read('data/source/jiangbei-2023-cooperation-plans.txt').split(/\r?\n/);
const nonEmpty = (lines: string[]): string[] => lines.filter((l) => l.trim() !== '');

/** Lines from the one equal to `title` up to (not including) the next `附件…` line or end of file. */
function rangeFrom(title: string): string[] {
  const start = sourceLines.indexOf(title);
  if (start < 0) throw new Error(`title line not found in source: ${title}`);
  const rest = sourceLines.slice(start);
  const end = rest.findIndex((line, i) => i > 0 && line.startsWith('附件'));
  return end < 0 ? rest : rest.slice(0, end);
}

/** The nearest non-empty line above the title line, e.g. `附件1`. */
function labelAbove(title: string): string | undefined {
  return nonEmpty(sourceLines.slice(0, sourceLines.indexOf(title))).at(-1);
}

// ---- rebuild, per the encoding conventions ----

function joinUnits(c: Clause): string {
  return c.units
    .map((u, i) => (i === 0 ? u : `${c.separators ? (c.separators[i - 1] ?? '<missing separator>') : '、'}${u}`))
    .join('');
}
const clauseText = (c: Clause): string => `${c.text}〔责任单位:${joinUnits(c)}〕${c.trailing ?? ''}`;

function itemLine(item: Item): string {
  const head = /^\d+$/.test(item.number) ? `${item.number}.${item.title}。` : `(${item.number})${item.title}。`;
  return head + (item.clauses ? item.clauses.map(clauseText).join('') : (item.text ?? ''));
}

function rebuildPlan(plan: Plan): string[] {
  const lines = [plan.title, plan.preamble];
  for (const part of plan.parts) {
    lines.push(`${part.number}、${part.heading}`);
    if (part.text !== undefined) lines.push(part.text);
    for (const section of part.sections ?? []) {
      lines.push(`(${section.number})${section.heading}`, ...section.items.map(itemLine));
    }
    lines.push(...(part.items ?? []).map(itemLine));
  }
  return lines;
}

const itemsOf = (plan: Plan): Item[] =>
  plan.parts.flatMap((part) => [...(part.sections ?? []).flatMap((s) => s.items), ...(part.items ?? [])]);
const clausesOf = (plan: Plan): Clause[] => itemsOf(plan).flatMap((item) => item.clauses ?? []);

/** Unit lists read straight from the source text: each `〔责任单位:…〕`, split on `、` and `,`. */
function sourceUnitLists(lines: string[]): string[][] {
  return [...lines.join('\n').matchAll(/〔责任单位:([^〕]*)〕/g)].map((m) => (m[1] ?? '').split(/[、,]/));
}
const countBrackets = (lines: string[]): number => (lines.join('\n').match(/〔责任单位:/g) ?? []).length;

// ---- tests ----

const planFiles = ['data/huangzhou-2023.plan.yaml', 'data/liandu-2023.plan.yaml'];
const plans = planFiles.map((file) => ({ file, plan: load<Plan>(file) }));

describe.each(plans)('$file', ({ plan }) => {
  const source = nonEmpty(rangeFrom(plan.title));

  it('sits under its annex label', () => {
    expect(labelAbove(plan.title)).toBe(`附件${plan.annex}`);
  });

  it('has exactly one body kind per part and per item, and one separator per unit gap', () => {
    for (const part of plan.parts) {
      expect([part.text, part.sections, part.items].filter((x) => x !== undefined)).toHaveLength(1);
    }
    for (const item of itemsOf(plan)) expect(item.text === undefined).toBe(item.clauses !== undefined);
    for (const c of clausesOf(plan)) {
      if (c.separators) expect(c.separators).toHaveLength(c.units.length - 1);
    }
  });

  it('rebuilds the annex line for line', () => {
    expect(rebuildPlan(plan)).toEqual(source);
  });

  it('has one clause per 〔责任单位:…〕 bracket in the source', () => {
    expect(clausesOf(plan)).toHaveLength(countBrackets(source));
  });

  it('lists the same units, in order, as each source bracket', () => {
    expect(clausesOf(plan).map((c) => c.units)).toEqual(sourceUnitLists(source));
  });

  it('quotes every target verbatim from its clause or item text', () => {
    const misses: string[] = [];
    let checked = 0;
    for (const item of itemsOf(plan)) {
      const owners: { text: string; targets?: Target[] }[] = [...(item.clauses ?? [])];
      if (item.targets) owners.push({ text: item.text ?? '', targets: item.targets });
      for (const owner of owners) {
        for (const t of owner.targets ?? []) {
          checked += 1;
          if (!owner.text.includes(t.quote)) misses.push(`${item.number}.${item.title}: ${t.quote}`);
        }
      }
    }
    expect(misses).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });

  it('cites every basis document in the preamble as 《title》(number)', () => {
    expect(plan.basis.length).toBeGreaterThan(0);
    for (const b of plan.basis) {
      expect(plan.preamble).toContain(b.number ? `《${b.title}》(${b.number})` : `《${b.title}》`);
    }
  });
});

describe('across both plans', () => {
  it('accounts for all 109 responsibility brackets', () => {
    const sourceTotal = plans.reduce((n, { plan }) => n + countBrackets(rangeFrom(plan.title)), 0);
    const yamlTotal = plans.reduce((n, { plan }) => n + clausesOf(plan).length, 0);
    expect(sourceTotal).toBeGreaterThan(100);
    expect(sourceTotal).toBe(109);
    expect(yamlTotal).toBe(sourceTotal);
  });

  it('fails the rebuild when one character of one clause changes (the check can fail)', () => {
    const first = plans[0];
    if (!first) throw new Error('no plans loaded');
    const copy = structuredClone(first.plan);
    const clause = clausesOf(copy)[5];
    if (!clause) throw new Error('plan has too few clauses');
    const last = clause.text.at(-1);
    clause.text = `${clause.text.slice(0, -1)}${last === '。' ? '.' : '。'}`;
    const source = nonEmpty(rangeFrom(first.plan.title));
    expect(rebuildPlan(copy)).not.toEqual(source);
    expect(rebuildPlan(first.plan)).toEqual(source);
  });
});

describe('data/roster-2023.roster.yaml', () => {
  const roster = load<Roster>('data/roster-2023.roster.yaml');
  const source = nonEmpty(rangeFrom(roster.title));

  it('sits under 附件3 with the title line verbatim', () => {
    expect(labelAbove(roster.title)).toBe('附件3');
    expect(source[0]).toBe(roster.title);
  });

  it('rebuilds the unit and street lines', () => {
    expect(roster.lists.map((l) => l.id)).toEqual(['units', 'streets']);
    const rebuilt = roster.lists.map((l) => `${l.entries.map((e) => e.written ?? e.name).join('、')}。`);
    expect([roster.title, ...rebuilt]).toEqual(source.slice(0, 3));
    expect(roster.lists.map((l) => l.entries.length)).toEqual([59, 8]);
  });
});

// ---- inferences quote the notice verbatim ----

/** Every note in a data file: any `note` value at any depth. */
function notesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(notesIn);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, v]) => (key === 'note' && typeof v === 'string' ? [v] : notesIn(v)));
  return [];
}

/** Passages a note quotes from the notice: “…” spans long enough to be text rather than a name, split at 「……」. */
function quotedPassages(note: string): string[] {
  return [...note.matchAll(/“([^”]{15,})”/g)].flatMap((m) => (m[1] ?? '').split('……')).filter((p) => p !== '');
}

describe.each(['data/roster-2023.roster.yaml', ...planFiles])('notes of %s', (file) => {
  const passages = notesIn(load<unknown>(file)).flatMap(quotedPassages);
  const sourceText = sourceLines.join('\n');

  it('quote the notice verbatim', () => {
    expect(passages.filter((p) => !sourceText.includes(p))).toEqual([]);
  });

  it('fails on a changed quotation (the check can fail)', () => {
    const changed = quotedPassages('原文“按区委统一部署,组织好区领导赴莲都区的考察调研活动。”');
    expect(changed.filter((p) => !sourceText.includes(p))).toHaveLength(1);
  });
});
