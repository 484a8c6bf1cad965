// The shapes a notice is read into before it is written out as YAML: verbatim slices with their place in the source.

/** 1-based line and column in the source text (columns count UTF-16 units, as editors do for Chinese text). */
export interface SourcePos {
  line: number;
  column: number;
}

/** What the importer could not place: a rule id of src/rules/ (import-…), its message id and the data it quotes. */
export interface ImportFinding extends SourcePos {
  rule: string;
  messageId: string;
  data?: Record<string, unknown>;
}

export interface SourceLine extends SourcePos {
  text: string;
}

export interface DraftUnitList {
  /** The field name as written: 责任单位, 牵头单位, 配合单位… */
  label: string;
  units: string[];
  /** The separator after each unit but the last, as written (、 , ,). */
  separators: string[];
  /** A remark in brackets after the last name (genre D: 列第一位者为牵头单位,下同). */
  remark?: string;
  /** The inference that the first unit leads, with where the text says so (a remark here, or an earlier one's 下同). */
  firstIsLead?: string;
}

export interface DraftLeaders {
  label: string;
  names: string[];
}

export interface DraftClause {
  text: string;
  pos: SourcePos;
  lists: DraftUnitList[];
  leaders: DraftLeaders[];
  /** Punctuation written right after the bracket (;), kept so the clauses give back the source text. */
  trailing: string;
  /** Why this clause needs a look (a bracket-less tail, an unreadable bracket), written as a 待核对 comment. */
  check: string | null;
  /** A table's deadline cell (genre C), as written. */
  deadline?: string | null;
}

export interface DraftItem {
  number: string | null;
  title: string | null;
  /** An item with no responsibility bracket keeps its text whole. */
  text: string | null;
  clauses: DraftClause[];
  pos: SourcePos;
  check: string | null;
}

export interface DraftSection {
  number: string | null;
  heading: string;
  items: DraftItem[];
  sections: DraftSection[];
  pos: SourcePos;
}

export interface DraftPart {
  number: string;
  heading: string;
  /** A labelled bracket after the heading: 一、…(牵头领导:甲、乙). */
  leaders: DraftLeaders[];
  text: string | null;
  sections: DraftSection[];
  items: DraftItem[];
  pos: SourcePos;
}

export type Numbering = 'global' | 'per-part' | 'per-section';

export interface DraftPlan {
  annex: number | null;
  title: string;
  titlePos: SourcePos;
  lastLine: number;
  preamble: string | null;
  basis: { title: string; number: string | null }[];
  numbering: Numbering;
  parts: DraftPart[];
}

export interface DraftRosterList {
  entries: { written: string; name: string; inside: string | null }[];
  pos: SourcePos;
}

export interface DraftRoster {
  annex: number | null;
  title: string;
  titlePos: SourcePos;
  lastLine: number;
  lists: DraftRosterList[];
}
