// Matches what users type for an item: "12", "(二)1", "（二）1", "二(二)1", "三、1", or "2.1" for section 2 item 1.

import { nameKey } from '../load/normalise-name.js';
import { toNumeral } from '../load/numerals.js';
import type { Item, Plan } from '../model/plan.js';

function forms(item: Item): string[] {
  const all = [item.ref, item.number, `${item.partNumber}、${item.number}`];
  if (item.sectionNumber) all.push(`(${item.sectionNumber})${item.number}`, `${item.partNumber}(${item.sectionNumber})${item.number}`);
  return all.map(nameKey);
}

function normaliseQuery(query: string): string {
  // "2.1" → "(二)1": section number in Arabic, as people write it in e-mail.
  const dotted = /^(\d+)[.．-](\d+)$/.exec(query.trim());
  if (dotted) return nameKey(`(${toNumeral(Number(dotted[1]))})${dotted[2]}`);
  return nameKey(query).replace(/[.、]$/, '');
}

export function itemMatches(item: Item, query: string): boolean {
  return forms(item).includes(normaliseQuery(query));
}

/** The one item a reference means in a plan: its unique ref first, then any form that matches exactly one item. */
export function findItems(plan: Plan, query: string): Item[] {
  const q = normaliseQuery(query);
  const byRef = plan.items.filter((i) => nameKey(i.ref) === q);
  if (byRef.length > 0) return byRef;
  return plan.items.filter((i) => itemMatches(i, query));
}
