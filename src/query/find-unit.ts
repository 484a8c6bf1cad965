// Turns what a person types for a unit (roster name, name as written, second name, fragment) into what to look for,
// in every roster that has it: two districts' 区发改局 are two units, never one picked silently.

import { entryOf } from '../domain/build-roster.js';
import { nearestNames } from '../domain/nearest-names.js';
import { nameKey } from '../domain/normalise-name.js';
import type { Plan } from '../model/plan.js';
import type { Group, Roster, RosterEntry, UnitResolution } from '../model/roster.js';

/**
 * A roster entry, or a name that is not on its roster but is written in the plans using it (e.g. 区对口办), or a
 * group's own name (区绩效考评单位): then the clauses that name the group itself. A written name belongs to one roster
 * too: 区对口办 of one district is not 区对口办 of another.
 */
export type UnitTarget =
  | { kind: 'entry'; entry: RosterEntry; roster: Roster }
  | { kind: 'written'; name: string; rosterId: string; group?: Group };

export type UnitLookup =
  | { targets: UnitTarget[] }
  | { error: 'ambiguous'; candidates: string[] }
  | { error: 'unknown'; suggestions: string[] };

/** Separates a roster id from a unit name in a qualified name such as `jiangbei-2023:区发改局`. */
export const ROSTER_SEPARATOR = ':';

export function rosterIdOf(target: UnitTarget): string {
  return target.kind === 'entry' ? target.roster.id : target.rosterId;
}

export function targetName(target: UnitTarget): string {
  return target.kind === 'entry' ? target.entry.name : target.name;
}

/** `jiangbei-2023:区发改局`: the unit qualified by its roster, as the choices are listed and as they may be typed. */
export function qualifiedName(target: UnitTarget): string {
  return `${rosterIdOf(target)}${ROSTER_SEPARATOR}${targetName(target)}`;
}

/**
 * Names written in the plans that are neither a roster entry nor a group (区对口办, typos), per roster, in order of
 * first use.
 */
export function namesOffRoster(plans: Plan[]): { rosterId: string; name: string }[] {
  const isOff = (r: UnitResolution) => entryOf(r) === null && r.kind !== 'group' && r.kind !== 'vague-group';
  const seen = new Map<string, { rosterId: string; name: string }>();
  for (const plan of plans)
    for (const clause of plan.clauses)
      for (const unit of clause.units) {
        if (!isOff(unit.resolution)) continue;
        const key = `${plan.rosterId}\u0000${unit.written}`;
        if (!seen.has(key)) seen.set(key, { rosterId: plan.rosterId, name: unit.written });
      }
  return [...seen.values()];
}

/** `rosterId:name` when the prefix is one of the rosters' ids; otherwise the query as typed, in every roster. */
function splitQualified(query: string, rosterIds: string[]): { query: string; rosterId: string | null } {
  const at = query.indexOf(ROSTER_SEPARATOR);
  const rosterId = query.slice(0, at).trim();
  if (at > 0 && rosterIds.includes(rosterId)) return { query: query.slice(at + 1).trim(), rosterId };
  return { query, rosterId: null };
}

/**
 * Looks the name up in each roster given and among the names the plans given write off their roster (a plan whose
 * roster did not load has all its names there). Several rosters having it gives several targets; a fragment that fits
 * several different names is ambiguous, its candidates qualified by roster when more than one roster is in scope.
 */
export function findUnit(typed: string, allRosters: Roster[], plans: Plan[]): UnitLookup {
  const allWritten = namesOffRoster(plans);
  const ids = [...new Set([...allRosters.map((r) => r.id), ...allWritten.map((w) => w.rosterId)])];
  const { query, rosterId } = splitQualified(typed, ids);
  const rosters = rosterId === null ? allRosters : allRosters.filter((r) => r.id === rosterId);
  const written = rosterId === null ? allWritten : allWritten.filter((w) => w.rosterId === rosterId);
  const key = nameKey(query);
  const exact: UnitTarget[] = [];
  for (const roster of rosters) {
    const resolution = roster.resolve(query);
    const entry = entryOf(resolution);
    if (entry) exact.push({ kind: 'entry', entry, roster });
    // A group's own name is a target too: the clauses that name the group (#21).
    else if (resolution.kind === 'group' || resolution.kind === 'vague-group')
      exact.push({ kind: 'written', name: resolution.group.name, rosterId: roster.id, group: resolution.group });
    else {
      const off = written.find((w) => w.rosterId === roster.id && nameKey(w.name) === key);
      if (off) exact.push({ kind: 'written', name: off.name, rosterId: roster.id });
    }
  }
  // Plans whose roster did not load still name units: those names are looked up as written.
  for (const w of written)
    if (!rosters.some((r) => r.id === w.rosterId) && nameKey(w.name) === key)
      exact.push({ kind: 'written', name: w.name, rosterId: w.rosterId });
  if (exact.length > 0) return { targets: exact };

  // A fragment: every entry with some name containing it, plus unresolved written names containing it.
  const matches: UnitTarget[] = [];
  for (const roster of rosters) {
    for (const entry of roster.entries) {
      const names = [
        entry.name,
        entry.written,
        ...entry.otherNames,
        ...roster.aliases.filter((a) => a.means === entry.name).map((a) => a.name),
      ];
      if (names.some((n) => nameKey(n).includes(key))) matches.push({ kind: 'entry', entry, roster });
    }
  }
  for (const w of written)
    if (nameKey(w.name).includes(key) && !matches.some((m) => rosterIdOf(m) === w.rosterId && targetName(m) === w.name))
      matches.push({ kind: 'written', name: w.name, rosterId: w.rosterId });
  // The same name in several rosters (商务 → each district's 区商务局) is one answer per roster, not a question.
  const names = new Set(matches.map(targetName));
  if (names.size === 1) return { targets: matches };
  if (names.size > 1) {
    const several = ids.length > 1 && rosterId === null;
    return { error: 'ambiguous', candidates: matches.map((m) => (several ? qualifiedName(m) : targetName(m))) };
  }
  const known = [
    ...rosters.flatMap((r) => r.entries.flatMap((e) => [e.name, ...e.otherNames])),
    ...written.map((w) => w.name),
  ];
  return { error: 'unknown', suggestions: nearestNames(query, [...new Set(known)]) };
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
