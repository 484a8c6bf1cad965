// Substring search over item titles, clause text, item text and leaders' names; Chinese has no spaces, so words match
// as characters.

import type { Clause, Item, Plan } from '../model/plan.js';
import { leadersOf } from './tasks.js';

export interface SearchHit {
  item: Item;
  /** The clause that matched, or null for an item without clauses (its own text was searched). */
  clause: Clause | null;
  text: string;
  /** Where the words were found. */
  inTitle: boolean;
  inText: boolean;
  /** Some word is a leader's name (责任领导, 牵头领导, 责任人) on the clause or its sections. */
  inLeaders: boolean;
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase();

/** One hit per clause (or clause-less item) whose title and text together contain every word. */
export function searchPlans(plans: Plan[], words: string[]): SearchHit[] {
  const wanted = words.map(fold).filter((w) => w.length > 0);
  if (wanted.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const plan of plans) {
    for (const item of plan.items) {
      const records =
        item.clauses.length > 0
          ? item.clauses.map((c) => ({ clause: c as Clause | null, text: c.text }))
          : [{ clause: null, text: item.text ?? '' }];
      const title = fold(item.title ?? '');
      for (const { clause, text } of records) {
        const body = fold(text);
        const leaders = (clause ? leadersOf(clause) : item.sectionLeaders).flatMap((l) => l.names.map(fold));
        const inLeaders = (w: string) => leaders.some((name) => name.includes(w));
        if (!wanted.every((w) => title.includes(w) || body.includes(w) || inLeaders(w))) continue;
        hits.push({
          item,
          clause,
          text,
          inTitle: wanted.some((w) => title.includes(w)),
          inText: wanted.some((w) => body.includes(w)),
          inLeaders: wanted.some(inLeaders),
        });
      }
    }
  }
  return hits;
}
