// "As written" shapes: exactly what the YAML files say, after schema validation. Nothing inferred here.

export type RawBound = 'atLeast' | 'atMost' | 'exactly' | 'about' | 'increase';

export interface RawTarget {
  quote: string;
  counts: string;
  bound: RawBound;
  value?: number;
  unit?: string;
  base?: string;
  deadline?: string;
}

export type RawSeparator = '、' | ',' | ',' | ' ' | '\n';

export interface RawLeader {
  /** The field name as written: 责任领导, 牵头领导, 责任人. */
  label: string;
  names: string[];
}

export type RawRole = 'lead' | 'support' | 'unspecified';

export interface RawUnitList {
  /** The field name as written: 牵头单位, 责任单位, 配合单位, 协办单位… */
  label: string;
  role?: RawRole;
  units: string[];
  separators?: RawSeparator[];
  remark?: string;
  /** Where the text says the first-listed unit leads ("列第一位者为牵头单位"): an inference, so it carries its note. */
  firstIsLead?: string;
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
  id?: string;
  text: string;
  /** One unlabelled-by-role list, as in 〔责任单位:…〕 (genre A). */
  units?: string[];
  /** The separator after each unit but the last, where the bracket mixes 、 and ,. */
  separators?: RawSeparator[];
  trailing?: string;
  unitLists?: RawUnitList[];
  leaders?: RawLeader[];
  deadline?: string;
  targets?: RawTarget[];
  impliedUnits?: RawImpliedUnits;
}

export interface RawItem {
  number: string;
  title?: string;
  text?: string;
  impliedUnits?: RawImpliedUnits;
  targets?: RawTarget[];
  clauses?: RawClause[];
}

export interface RawSection {
  number?: string;
  heading: string;
  leaders?: RawLeader[];
  domain?: string | null;
  items?: RawItem[];
  sections?: RawSection[];
}

export interface RawPart {
  number: string;
  heading: string;
  leaders?: RawLeader[];
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
  /** The title of the notice the plan was issued with, verbatim. */
  notice?: string;
  /** The source text this plan transcribes, relative to the plan file; plan check proves the plan against it. */
  source?: string;
  roster: string;
  preamble?: string;
  basis?: RawBasis[];
  numbering?: 'global' | 'per-part' | 'per-section';
  /** Rule id → level for this plan's findings; over the folder's plan.config.yaml. */
  rules?: Partial<Record<string, 'off' | 'warn' | 'error'>>;
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
  /** Names not yet decided (drafted by plan import): neither on the roster nor confirmed off it. */
  unconfirmed?: { name: string; note: string }[];
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

/** The closed list of statuses a progress report may give a clause (未能完成 and 不适用 need a reason). */
export type RawProgressStatus = '未启动' | '推进中' | '已完成' | '未能完成' | '不适用';

export interface RawProgressClause {
  /** A clause id as `plan tasks --format json` shows it, e.g. huangzhou-2023:2.1.1.1. */
  id: string;
  /** null: not filled in yet (as `plan progress init` leaves it). */
  status?: RawProgressStatus | null;
  reason?: string | null;
  summary?: string | null;
  evidence?: string[] | null;
  actual?: { counts: string; value?: number | null; note?: string }[] | null;
  /** A lead unit's account of its supporting units. */
  supporting?: { unit: string; status?: RawProgressStatus | null; summary?: string | null }[];
}

export interface RawProgress {
  kind: 'progress';
  unit: string;
  plans?: string[];
  /** 2023, 2023-H1, 2023-Q3. */
  period: string;
  date?: string;
  contact?: string;
  clauses: RawProgressClause[];
}
