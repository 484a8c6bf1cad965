// Matches what users type for an item: "12", "(二)1", "（二）1", "二(二)1", "三、1", "(一)", "三(一)", or "2.1" for section 2 item 1.

import { nameKey } from '../domain/normalise-name.js';
import { toNumeral } from '../domain/numerals.js';
import type { Item, Plan } from '../model/plan.js';

function forms(item: Item): string[] {
  const all = [item.ref, item.number, `${item.partNumber}、${item.number}`];
  // Items numbered (一) directly under a part: (一), 三(一), 三、(一) as well as 一 and 三、一.
  if (!/^\d+$/.test(item.number))
    all.push(`(${item.number})`, `${item.partNumber}(${item.number})`, `${item.partNumber}、(${item.number})`);
  if (item.sectionNumber)
    all.push(`(${item.sectionNumber})${item.number}`, `${item.partNumber}(${item.sectionNumber})${item.number}`);
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

/** The items a reference means in a plan: its unique ref first, then every item with a matching form (several = ambiguous). */
export function findItems(plan: Plan, query: string): Item[] {
  const q = normaliseQuery(query);
  const byRef = plan.items.filter((i) => nameKey(i.ref) === q);
  if (byRef.length > 0) return byRef;
  return plan.items.filter((i) => itemMatches(i, query));
}

export interface ItemLookup {
  /** Items found, one per plan where the reference is unambiguous. */
  items: Item[];
  /** Plans where the reference fits several items, with those items. */
  ambiguous: { plan: Plan; candidates: Item[] }[];
}

/** Resolves a reference in each plan; plans where it matches nothing are skipped. */
export function lookupItems(plans: Plan[], query: string): ItemLookup {
  const lookup: ItemLookup = { items: [], ambiguous: [] };
  for (const plan of plans) {
    const found = findItems(plan, query);
    if (found.length === 1 && found[0]) lookup.items.push(found[0]);
    else if (found.length > 1) lookup.ambiguous.push({ plan, candidates: found });
  }
  return lookup;
}
