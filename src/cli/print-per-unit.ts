// Prints an answer that spans several districts' rosters: one labelled table per unit answered (table, md), or one
// table or JSON value whose every row carries its roster (csv, json).

import type { UnitTarget } from '../query/find-unit.js';
import type { Column, Report, Row } from '../render/report.js';
import { type Context, checkFormat } from './context.js';

/** The rows answered for one unit (undefined: no --unit). */
export interface Answer<R> {
  unit: UnitTarget | undefined;
  rows: R[];
}

/** How one answer reads as a table. */
export interface Layout<R> {
  title(unit: UnitTarget | undefined): string | undefined;
  columns(unit: UnitTarget | undefined): Column[];
  cells(row: R): Row;
  footer(count: number): string;
}

/** `whole` is what csv and json print; table and md print each answer as its own table, one after another. */
export function printPerUnit<R>(
  ctx: Context,
  format: string | undefined,
  whole: Report,
  answers: Answer<R>[],
  layout: Layout<R>,
): void {
  const f = checkFormat(format, ctx.t);
  if (f === 'json' || f === 'csv') {
    ctx.print(whole, f);
    return;
  }
  answers.forEach((answer, i) => {
    if (i > 0) ctx.io.stdout('\n');
    const report: Report = {
      title: layout.title(answer.unit),
      columns: layout.columns(answer.unit),
      rows: answer.rows.map(layout.cells),
      footer: layout.footer(answer.rows.length),
      json: null,
    };
    ctx.print(report, f);
  });
}
