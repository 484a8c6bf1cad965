// "As written" shapes: exactly what the YAML files say, after schema validation. Nothing inferred here.

export interface RawTarget {
  quote: string;
  counts: string;
  value: number;
  unit: string;
  atLeast: boolean;
}

/** Text that says all units must act (各部门各单位要…) without a bracket naming them: an inference with its note. */
export interface RawImpliedUnits {
  /** The roster group the wording is taken to mean. */
  means: string;
  /** The words naming who must act, verbatim in the text. */
  quote: string;
  note: string;
}

export interface RawClause {
  text: string;
  units: string[];
  /** The separator after each unit but the last, where the bracket mixes 、 and ,. */
  separators?: ('、' | ',')[];
  trailing?: string;
  targets?: RawTarget[];
  impliedUnits?: RawImpliedUnits;
}

export interface RawItem {
  number: string;
  title: string;
  text?: string;
  impliedUnits?: RawImpliedUnits;
  targets?: RawTarget[];
  clauses?: RawClause[];
}

export interface RawSection {
  number: string;
  heading: string;
  domain: string | null;
  items: RawItem[];
}

export interface RawPart {
  number: string;
  heading: string;
  text?: string;
  sections?: RawSection[];
  items?: RawItem[];
}

export interface RawBasis {
  title: string;
  number?: string;
}

export interface RawPlan {
  kind: 'plan';
  id: string;
  short: string;
  annex?: number;
  title: string;
  partner?: { district: string; baseArea?: string };
  year: number;
  issuer?: string;
  date?: string;
  roster: string;
  preamble?: string;
  basis?: RawBasis[];
  parts: RawPart[];
}

export interface RawRosterEntry {
  name: string;
  written?: string;
  otherNames?: string[];
  note?: string;
}

export interface RawRoster {
  kind: 'roster';
  id: string;
  title?: string;
  source?: string;
  district?: { name: string; within?: string; note: string };
  lists: { id: string; heading?: string; note?: string; entries: RawRosterEntry[] }[];
  groups?: { name: string; vague?: boolean; includes?: string[]; members?: string[]; note: string }[];
  aliases?: { name: string; means: string; note: string }[];
  notOnRoster?: { name: string; note: string }[];
}

export interface RawDomains {
  kind: 'domains';
  id: string;
  note?: string;
  domains: { id: string; name: string; note?: string }[];
}

export interface RawConfig {
  /** Rule id → level; ids that name no rule are kept so config-rule can report them. */
  rules?: Partial<Record<string, 'off' | 'warn' | 'error'>>;
}
