// A list of names in a message: the first few, each cut to a screenful, and how many more; never a flood.

import { tooLongName } from '../domain/nearest-names.js';
import type { Context } from './context.js';

/** Enough names to recognise the list by without flooding the terminal. */
const SHOWN_NAMES = 10;
/** A name over the unit-name limit is shown by its start (unit-name-too-long reports it in full length). */
const SHOWN_CHARS = 20;

export function nameList(ctx: Context, names: string[]): string {
  const shown = names
    .slice(0, SHOWN_NAMES)
    .map((name) =>
      tooLongName(name) ? `${[...name.slice(0, 2 * SHOWN_CHARS)].slice(0, SHOWN_CHARS).join('')}…` : name,
    );
  const more = names.length - shown.length;
  return ctx.t(
    `${shown.join('、')}${more > 0 ? ` 等(另有 ${more} 个)` : ''}`,
    `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
  );
}
