// Basis documents cited across plans, keyed so that look-alike punctuation in titles (<> vs 〈〉, （ vs () matches.

import type { Plan } from '../model/plan.js';
import { nameKey } from './normalise-name.js';

const OPENING = /[<‹〈《＜]/g;
const CLOSING = /[>›〉》＞]/g;
const DASHES = /[‐‑‒–—―－]/g;

/** Matching key for a document title: book-title marks, brackets and dashes folded; the title as written is kept elsewhere. */
export function titleKey(title: string): string {
  return nameKey(title).replace(OPENING, '<').replace(CLOSING, '>').replace(DASHES, '-');
}

/** Matching key for a document number (文号): full-width digits and spaces folded and bracket look-alikes folded to 〔〕. */
export function numberKey(number: string): string {
  return nameKey(number)
    .replace(/[[［【]/g, '〔')
    .replace(/[\]］】]/g, '〕');
}

export interface Citation {
  plan: Plan;
  index: number;
  title: string;
  number: string;
}

/** Citations that carry a 文号, grouped by the given key; only groups cited more than once are returned. */
export function citationsBy(plans: Plan[], key: (c: Citation) => string): Citation[][] {
  const groups = new Map<string, Citation[]>();
  for (const plan of plans) {
    plan.basis.forEach((b, index) => {
      if (b.number === null) return;
      const citation = { plan, index, title: b.title, number: b.number };
      groups.set(key(citation), [...(groups.get(key(citation)) ?? []), citation]);
    });
  }
  return [...groups.values()].filter((g) => g.length > 1);
}
