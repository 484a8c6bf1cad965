// The shape every query command renders: named columns and rows of text, plus the JSON value it stands for.

export interface Column {
  key: string;
  header: string;
  /** Wide columns take the space left over when the table must fit the terminal. */
  wide?: boolean;
  /** Cells are names joined by 、 (responsible units): the table wraps between names rather than inside one. */
  list?: boolean;
  /**
   * Cells start with a target's bound sign (≥ ≤ = ≈ ↑, see domain/target-bound.ts): CSV writes a leading = as the
   * full-width ＝, which no spreadsheet runs as a formula, so "=700万元" reads as written instead of "'=700万元".
   */
  bound?: boolean;
}

export type Row = Record<string, string>;

export interface Report {
  title?: string;
  columns: Column[];
  rows: Row[];
  /** Printed after the table (counts, hints). */
  footer?: string;
  /** Words to mark in table cells (search); marked only when the table is given a `mark` function (colour on). */
  highlight?: string[];
  /** What --format json prints: the documented shape, not the table. */
  json: unknown;
  /** What --format md prints instead of the table, when the answer reads better as prose (the 半年总结 draft). */
  markdown?: string;
  /**
   * Why the answer may be incomplete (data that did not load): JSON gets an `incomplete` field, CSV closing rows, Markdown
   * a quote above the table; the table goes to a terminal, where the same notes are on stderr.
   */
  incomplete?: string[];
}
