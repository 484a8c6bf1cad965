// Prints an answer that spans several districts' rosters: one labelled table per roster (table, md), or one table or
// JSON value whose every row carries its roster (csv, json).

import type { Report } from '../render/report.js';
import { type Context, checkFormat } from './context.js';

/** `groups` are what table and md print, one after another; `whole` is what csv and json print. */
export function printGrouped(ctx: Context, whole: Report, groups: Report[], format: string | undefined): void {
  const f = checkFormat(format, ctx.t);
  if (f === 'json' || f === 'csv') {
    ctx.print(whole, f);
    return;
  }
  groups.forEach((group, i) => {
    if (i > 0) ctx.io.stdout('\n');
    ctx.print(group, f);
  });
}
