// Turns what a person types for a unit (roster name, name as written, second name, fragment) into what to look for.

import { entryOf } from '../domain/build-roster.js';
import { nearestNames } from '../domain/nearest-names.js';
import { nameKey } from '../domain/normalise-name.js';
import type { Plan } from '../model/plan.js';
import type { Roster, RosterEntry, UnitResolution } from '../model/roster.js';

/** A roster entry, or a name that is not on any roster but is written in the plans (e.g. 区对口办). */
export type UnitTarget = { kind: 'entry'; entry: RosterEntry; roster: Roster } | { kind: 'written'; name: string };

export type UnitLookup =
  | { target: UnitTarget }
  | { error: 'ambiguous'; candidates: string[] }
  | { error: 'unknown'; suggestions: string[] }
  | { error: 'group'; group: string; members: number; vague: boolean };

/** Names written in the plans that are neither a roster entry nor a group (区对口办, typos), in order of first use. */
export function namesOffRoster(plans: Plan[]): string[] {
  const isOff = (r: UnitResolution) => entryOf(r) === null && r.kind !== 'group' && r.kind !== 'vague-group';
  return [
    ...new Set(
      plans.flatMap((p) => p.clauses.flatMap((c) => c.units.filter((u) => isOff(u.resolution)).map((u) => u.written))),
    ),
  ];
}

export function findUnit(query: string, rosters: Roster[], plans: Plan[]): UnitLookup {
  const key = nameKey(query);
  for (const roster of rosters) {
    const resolution = roster.resolve(query);
    const entry = entryOf(resolution);
    if (entry) return { target: { kind: 'entry', entry, roster } };
    if (resolution.kind === 'group' || resolution.kind === 'vague-group')
      return {
        error: 'group',
        group: resolution.group.name,
        members: resolution.group.members.length,
        vague: resolution.kind === 'vague-group',
      };
  }
  const written = namesOffRoster(plans);
  const exactWritten = written.find((w) => nameKey(w) === key);
  if (exactWritten) return { target: { kind: 'written', name: exactWritten } };

  // A fragment: every entry with some name containing it, plus unresolved written names containing it.
  const matches = new Map<string, UnitTarget>();
  for (const roster of rosters) {
    for (const entry of roster.entries) {
      const names = [
        entry.name,
        entry.written,
        ...entry.otherNames,
        ...roster.aliases.filter((a) => a.means === entry.name).map((a) => a.name),
      ];
      if (names.some((n) => nameKey(n).includes(key))) matches.set(entry.name, { kind: 'entry', entry, roster });
    }
  }
  for (const w of written)
    if (nameKey(w).includes(key) && !matches.has(w)) matches.set(w, { kind: 'written', name: w });
  if (matches.size === 1) return { target: [...matches.values()][0] as UnitTarget };
  if (matches.size > 1) return { error: 'ambiguous', candidates: [...matches.keys()] };
  const known = [...rosters.flatMap((r) => r.entries.flatMap((e) => [e.name, ...e.otherNames])), ...written];
  return { error: 'unknown', suggestions: nearestNames(query, known) };
}

/**
 * findUnit, and when nothing has the name as typed, the same name without a roster's district prefix: 江北区商务局 and
 * 宁波市江北区商务局 are looked up as 区商务局 (then as 商务局: 江北区外滩街道) in that district's roster only. Suggestions
 * for a name still unknown come from the name without its prefix first, so the part that differs ranks them.
 */
export function findUnitAsTyped(query: string, rosters: Roster[], plans: Plan[]): UnitLookup {
  const found = findUnit(query, rosters, plans);
  if (!('error' in found) || found.error !== 'unknown') return found;
  const key = nameKey(query);
  const suggestions: string[] = [];
  for (const roster of rosters) {
    const prefix = roster.district?.prefixes.find((p) => key.startsWith(nameKey(p)) && key.length > nameKey(p).length);
    if (!roster.district || !prefix) continue;
    const rest = key.slice(nameKey(prefix).length);
    const ownPlans = plans.filter((p) => p.rosterId === roster.id);
    for (const name of [roster.district.short + rest, rest]) {
      const stripped = findUnit(name, [roster], ownPlans);
      if (!('error' in stripped) || stripped.error !== 'unknown') return stripped;
      suggestions.push(...stripped.suggestions);
    }
  }
  return { error: 'unknown', suggestions: [...new Set([...suggestions, ...found.suggestions])].slice(0, 3) };
}
