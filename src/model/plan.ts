// The normalised model the queries reason about: flat, cross-linked, with every inference carrying its provenance.

import type { DataPath } from './finding.js';
import type { RawTarget } from './raw.js';
import type { RosterEntry, UnitResolution } from './roster.js';

export interface Domain {
  id: string;
  name: string;
}

export interface UnitRef {
  /** The name exactly as written in the clause. */
  written: string;
  resolution: UnitResolution;
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
  /** 1-based position of the clause within its item. */
  index: number;
  text: string;
  units: UnitRef[];
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
  title: string;
  partNumber: string;
  partHeading: string;
  sectionNumber: string | null;
  sectionHeading: string | null;
  /** Cooperation area id, or null when the section belongs to none. */
  domain: string | null;
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
  rosterId: string;
  basis: { title: string; number: string | null; path: DataPath }[];
  statement: { heading: string; text: string } | null;
  items: Item[];
  clauses: Clause[];
  sections: {
    number: string;
    heading: string;
    partNumber: string;
    domain: string | null;
    items: Item[];
    path: DataPath;
  }[];
}

export type { RosterEntry };
