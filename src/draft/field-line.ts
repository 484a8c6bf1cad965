// Genre D: a `责任单位:…` line under a task gives the task its units; a remark in brackets after the last name is kept.

import type { DraftItem, DraftUnitList, SourceLine } from './draft-types.js';
import { readFields } from './read-brackets.js';

/** (列第一位者为牵头单位,下同) after the last name: a remark on the list, not part of a unit's name. */
const REMARK = /[(\uFF08]([^()\uFF08\uFF09]*(列第一位|牵头|下同)[^()\uFF08\uFF09]*)[)\uFF09]$/;

export interface FieldRemark {
  list: DraftUnitList;
  remark: string;
}

/**
 * Turns an item drafted as text (no bracket) into one clause with the units of the field line under it. Returns the
 * remarks found, which the writer keeps as `remark` and flags: a remark like 列第一位者为牵头单位 is a rule of reading.
 */
export function attachFieldLine(item: DraftItem, line: SourceLine): { unreadable: string[]; remarks: FieldRemark[] } {
  const fields = readFields(line.text, true);
  const remarks: FieldRemark[] = [];
  for (const list of fields.lists) {
    const last = list.units.at(-1);
    const m = last ? REMARK.exec(last) : null;
    if (last && m) {
      list.units[list.units.length - 1] = last.slice(0, m.index).trim();
      list.remark = m[1] ?? '';
      remarks.push({ list, remark: list.remark });
    }
  }
  item.clauses = [
    {
      text: item.text ?? '',
      pos: item.pos,
      lists: fields.lists,
      leaders: fields.leaders,
      trailing: '',
      check: null,
    },
  ];
  item.text = null;
  return { unreadable: fields.unreadable, remarks };
}
