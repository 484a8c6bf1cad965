// The normalised model the queries reason about: flat, cross-linked, with every inference carrying its provenance.

import type { DataPath } from './finding.js';
import type { RawLeader, RawRole, RawTarget } from './raw.js';
import type { RosterEntry, UnitResolution } from './roster.js';

export interface Domain {
  id: string;
  name: string;
}

export type Role = RawRole;

export interface UnitRef {
  /** The name exactly as written in the clause. */
  written: string;
  resolution: UnitResolution;
  /** lead / support / unspecified: from the list's label, its written role, or "列第一位者为牵头单位". */
  role: Role;
  /** The label of the list it is in, as written (责任单位, 牵头单位, 配合单位…). */
  roleLabel: string;
  /** Set when the role is an inference ("列第一位者为牵头单位"): where the text says so. */
  roleNote: string | null;
  path: DataPath;
}

/** One labelled list of units in a clause, in source order. */
export interface UnitList {
  label: string;
  role: Role;
  units: UnitRef[];
  remark: string | null;
  path: DataPath;
}

/** Leaders (责任领导, 牵头领导, 责任人) as written: people, never units. */
export interface Leader extends RawLeader {
  path: DataPath;
}

export interface Target extends RawTarget {
  path: DataPath;
}

/**
 * Text binding all units without a bracket naming them (黄州 三(一) “各部门各单位要…”): the group it is read as, the
 * words that say so and the note. Queries show it as "全体(无括注)", never as a named unit.
 */
export interface Implied {
  means: string;
  /** What `means` is on the plan's roster (a group, when the data is right). */
  resolution: UnitResolution;
  quote: string;
  note: string;
  path: DataPath;
}

export interface Clause {
  plan: Plan;
  item: Item;
  /** Stable id within the plan: written in the file, else derived "part.section.item.clause" (see docs/json.md). */
  localId: string;
  /** `<plan id>:<local id>`, unique across plans; what progress reports and cross-references point at. */
  id: string;
  /** True when the id is written in the file (pinned), false when derived from the position. */
  idWritten: boolean;
  /** 1-based position of the clause within its item. */
  index: number;
  text: string;
  /** Every unit of every list, in source order. */
  units: UnitRef[];
  unitLists: UnitList[];
  leaders: Leader[];
  deadline: string | null;
  targets: Target[];
  /** All units bound by the clause's own wording beyond its bracket, or null. */
  implied: Implied | null;
  path: DataPath;
}

export interface Item {
  plan: Plan;
  /** Reference users type: the number alone when unique in the plan, otherwise qualified, e.g. "(二)1" or "三、1". */
  ref: string;
  number: string;
  /** Number as printed in the source: "1." or "(一)". */
  label: string;
  /** The title as written, or null for a one-sentence task with no separate title. */
  title: string | null;
  /** What to show after the reference: the title, else the opening words of the task. */
  caption: string;
  /** Numeric position path "part.section.item" (headings without a number are skipped); clause ids extend it. */
  pathId: string;
  partNumber: string;
  partHeading: string;
  sectionNumber: string | null;
  sectionHeading: string | null;
  /** Headings below the section (sub-sections, unnumbered topical headings such as 加强基础设施建设), outermost first. */
  topics: string[];
  /** Leaders of the part and sections the item sits in (牵头领导 of a section covers all its items). */
  sectionLeaders: Leader[];
  /** Cooperation area id, or null when the section belongs to none. */
  domain: string | null;
  /** Where that area is written: the `domain` of the innermost section that states one (null when none does). */
  domainPath: DataPath | null;
  text: string | null;
  targets: Target[];
  clauses: Clause[];
  /**
   * An item with only its own text (no bracket) whose wording binds all units (`impliedUnits`): that text as a clause
   * with no units and index 0, for unit queries to list. Not in `clauses` nor in the plan's `clauses`.
   */
  textClause: Clause | null;
  path: DataPath;
}

export interface Plan {
  id: string;
  short: string;
  title: string;
  file: string;
  year: number;
  annex: number | null;
  partner: { district: string; baseArea?: string } | null;
  issuer: string | null;
  date: string | null;
  /** The title of the notice the plan was issued with (关于印发…的通知), verbatim; null when not recorded. */
  notice: string | null;
  rosterId: string;
  numbering: 'global' | 'per-part' | 'per-section' | null;
  /** Rule levels for this plan's findings, over the folder's config. */
  rules: Partial<Record<string, 'off' | 'warn' | 'error'>>;
  basis: { title: string; number: string | null; path: DataPath }[];
  statement: { heading: string; text: string } | null;
  items: Item[];
  clauses: Clause[];
  sections: {
    number: string | null;
    heading: string;
    leaders: Leader[];
    partNumber: string;
    domain: string | null;
    items: Item[];
    path: DataPath;
  }[];
}

export type { RosterEntry };
