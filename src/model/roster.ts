// Roster entries and how a written unit name resolves to them.

export interface RosterEntry {
  name: string;
  /** The entry exactly as printed on the roster, e.g. "区委办(区台办)". */
  written: string;
  otherNames: string[];
  /** Which list of the roster it is on (e.g. "units", "streets"). */
  list: string;
  /** 0-based position in roster order (lists concatenated). */
  order: number;
  note: string | null;
}

export interface Group {
  name: string;
  vague: boolean;
  members: RosterEntry[];
  note: string;
}

/** How a written name relates to the roster; every non-exact kind carries the note that justifies it. */
export type UnitResolution =
  | { kind: 'exact'; entry: RosterEntry }
  | { kind: 'written-form'; entry: RosterEntry }
  | { kind: 'other-name'; entry: RosterEntry; note: string | null }
  | { kind: 'alias'; entry: RosterEntry; note: string }
  | { kind: 'group'; group: Group }
  | { kind: 'vague-group'; group: Group }
  | { kind: 'acknowledged'; note: string }
  /** Listed under `unconfirmed`: not on the roster as far as anyone has checked, and not yet confirmed off it. */
  | { kind: 'unconfirmed'; note: string }
  | { kind: 'unknown'; suggestions: string[] };

export interface Roster {
  id: string;
  title: string;
  file: string;
  entries: RosterEntry[];
  lists: { id: string; heading: string | null; entries: RosterEntry[] }[];
  groups: Group[];
  aliases: { name: string; means: string; note: string }[];
  acknowledged: { name: string; note: string }[];
  unconfirmed: { name: string; note: string }[];
  /**
   * The district the roster belongs to, when the roster file says: full names typed with its prefixes (江北区商务局,
   * 宁波市江北区商务局) are looked up as the roster writes them (区商务局), `short` standing for the prefix.
   */
  district: { name: string; prefixes: string[]; short: string; note: string } | null;
  /** Resolve any written name (normalised for look-alike punctuation) to what it means. */
  resolve(written: string): UnitResolution;
}
