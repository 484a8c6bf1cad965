// Roster names to offer for a name recorded as off the roster: the ones its own note names come first, then spelling.

import { nearestNames } from './nearest-names.js';

/**
 * 区金融监管局's note says the roster's nearest unit is 区金融发展服务中心: that pointer, made by whoever recorded the
 * name, outranks 区市场监管局, which is only spelt alike. Names the note mentions keep the note's order.
 */
export function nearestToNote(name: string, note: string, rosterNames: string[], limit = 3): string[] {
  const named = rosterNames
    .filter((n) => note.includes(n))
    .sort((a, b) => note.indexOf(a) - note.indexOf(b))
    // 区发改局 inside 区发改局局长 is one mention, not two names: keep the longest name found at a place.
    .filter((n, _, all) => !all.some((other) => other !== n && other.includes(n) && note.includes(other)));
  return [...new Set([...named, ...nearestNames(name, rosterNames, limit)])].slice(0, limit);
}
