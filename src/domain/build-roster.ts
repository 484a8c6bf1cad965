// Turns a roster file as written into the normalised roster with a name resolver (exact, second name, alias, group…).

import type { RawRoster } from '../model/raw.js';
import type { Group, Roster, RosterEntry, UnitResolution } from '../model/roster.js';
import { nearestNames } from './nearest-names.js';
import { nameKey } from './normalise-name.js';

export function buildRoster(raw: RawRoster, file: string): Roster {
  const entries: RosterEntry[] = [];
  const lists = raw.lists.map((list) => {
    const listEntries = list.entries.map((e) => {
      const entry: RosterEntry = {
        name: e.name,
        written: e.written ?? e.name,
        otherNames: e.otherNames ?? [],
        list: list.id,
        order: entries.length,
        note: e.note ?? null,
      };
      entries.push(entry);
      return entry;
    });
    return { id: list.id, heading: list.heading ?? null, entries: listEntries };
  });
  const byName = new Map<string, RosterEntry>();
  for (const entry of entries) byName.set(nameKey(entry.name), entry);

  const groups: Group[] = (raw.groups ?? []).map((g) => {
    const members = new Set<RosterEntry>();
    for (const listId of g.includes ?? [])
      for (const e of lists.find((l) => l.id === listId)?.entries ?? []) members.add(e);
    for (const name of g.members ?? []) {
      const e = byName.get(nameKey(name));
      if (e) members.add(e);
    }
    return {
      name: g.name,
      vague: g.vague === true,
      members: [...members].sort((a, b) => a.order - b.order),
      note: g.note,
    };
  });

  const table = new Map<string, UnitResolution>();
  const add = (name: string, resolution: UnitResolution) => {
    const key = nameKey(name);
    if (!table.has(key)) table.set(key, resolution);
  };
  for (const entry of entries) add(entry.name, { kind: 'exact', entry });
  for (const entry of entries) if (entry.written !== entry.name) add(entry.written, { kind: 'written-form', entry });
  for (const entry of entries)
    for (const other of entry.otherNames) add(other, { kind: 'other-name', entry, note: entry.note });
  for (const alias of raw.aliases ?? []) {
    const entry = byName.get(nameKey(alias.means));
    // An alias pointing at no roster entry is reported by the alias-target rule; it must not resolve to a guess.
    if (entry) add(alias.name, { kind: 'alias', entry, note: alias.note });
  }
  for (const group of groups) add(group.name, group.vague ? { kind: 'vague-group', group } : { kind: 'group', group });
  for (const ack of raw.notOnRoster ?? []) add(ack.name, { kind: 'acknowledged', note: ack.note });
  for (const u of raw.unconfirmed ?? []) add(u.name, { kind: 'unconfirmed', note: u.note });

  // Plans name the same units over and over: resolve each spelling once.
  const resolved = new Map<string, UnitResolution>();
  const knownNames = [
    ...entries.flatMap((e) => [e.name, ...e.otherNames]),
    ...(raw.aliases ?? []).map((a) => a.name),
    ...groups.map((g) => g.name),
  ];
  return {
    id: raw.id,
    title: raw.title ?? raw.id,
    file,
    entries,
    lists,
    groups,
    aliases: raw.aliases ?? [],
    acknowledged: raw.notOnRoster ?? [],
    unconfirmed: raw.unconfirmed ?? [],
    district: raw.district ? districtOf(raw.district) : null,
    resolve(written: string): UnitResolution {
      let resolution = resolved.get(written);
      if (!resolution) {
        resolution = table.get(nameKey(written)) ?? { kind: 'unknown', suggestions: nearestNames(written, knownNames) };
        resolved.set(written, resolution);
      }
      return resolution;
    },
  };
}

/** The roster entry a resolution points at, if it points at exactly one. */
export function entryOf(resolution: UnitResolution): RosterEntry | null {
  return 'entry' in resolution ? resolution.entry : null;
}

/** 江北区 within 宁波市: prefixes 宁波市江北区 and 江北区 (longest first), and 区, the roster's own word for the district. */
function districtOf(raw: NonNullable<RawRoster['district']>): NonNullable<Roster['district']> {
  const prefixes = [...(raw.within ? [raw.within + raw.name] : []), raw.name];
  return { name: raw.name, prefixes, short: [...raw.name].at(-1) ?? '', note: raw.note };
}
