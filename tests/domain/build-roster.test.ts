// The roster resolver on the shipped annex 3: every kind of name resolves to what the data says, with its note.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { buildRoster } from '../../src/domain/build-roster.js';
import type { RawRoster } from '../../src/model/raw.js';

const file = path.resolve(import.meta.dirname, '../../data/roster-2023.roster.yaml');
const raw = YAML.parse(fs.readFileSync(file, 'utf8')) as RawRoster;
const roster = buildRoster(raw, 'roster.yaml');

describe('buildRoster on annex 3', () => {
  it('keeps annex order and both lists (59 units, 8 streets and towns)', () => {
    expect(roster.lists.map((l) => [l.id, l.entries.length])).toEqual([
      ['units', 59],
      ['streets', 8],
    ]);
    expect(roster.entries[0]?.name).toBe('区纪委区监委');
    expect(roster.entries.at(-1)?.name).toBe('慈城镇');
    expect(roster.entries.map((e) => e.order)).toEqual(roster.entries.map((_, i) => i));
  });

  it('resolves each kind of name', () => {
    expect(roster.resolve('区商务局')).toMatchObject({ kind: 'exact', entry: { name: '区商务局' } });
    expect(roster.resolve('区财政局(区国资中心)')).toMatchObject({ kind: 'written-form', entry: { name: '区财政局' } });
    expect(roster.resolve('区民宗局')).toMatchObject({ kind: 'other-name', entry: { name: '区委统战部' } });
    expect(roster.resolve('区机关事务局')).toMatchObject({ kind: 'alias', entry: { name: '区机关事务管理局' } });
    expect(roster.resolve('区对口办')).toMatchObject({ kind: 'acknowledged' });
    expect(roster.resolve('区直相关单位')).toMatchObject({ kind: 'vague-group' });
  });

  it('expands groups from the lists they include', () => {
    const all = roster.resolve('区绩效考评单位');
    const streets = roster.resolve('各街道(镇)');
    expect(all.kind === 'group' && all.group.members.length).toBe(67);
    expect(streets.kind === 'group' && streets.group.members.map((m) => m.name)).toEqual(
      raw.lists[1]?.entries.map((e) => e.name),
    );
  });

  it('folds full-width parentheses but never guesses an unknown name', () => {
    expect(roster.resolve('区财政局（区国资中心）')).toMatchObject({ kind: 'written-form' });
    const unknown = roster.resolve('区商务厅');
    expect(unknown.kind).toBe('unknown');
    expect(unknown.kind === 'unknown' && unknown.suggestions[0]).toBe('区商务局');
  });

  it('does not resolve an alias whose target is not on the roster', () => {
    const broken = buildRoster({ ...raw, aliases: [{ name: '某局', means: '不存在的单位', note: 'x' }] }, 'r.yaml');
    expect(broken.resolve('某局').kind).toBe('unknown');
  });
});
