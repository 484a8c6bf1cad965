// The query functions on the shipped data, each checked against a count made independently from the YAML files.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import type { Plan } from '../../src/model/plan.js';
import { findUnit, type UnitTarget } from '../../src/query/find-unit.js';
import { lookupItems } from '../../src/query/item-ref.js';
import { searchPlans } from '../../src/query/search.js';
import { domainStats, planStats } from '../../src/query/stats.js';
import { listTargets } from '../../src/query/targets.js';
import { listTasks } from '../../src/query/tasks.js';
import { holdingsOf, unitHoldings } from '../../src/query/units.js';
import { repoRoot } from '../helpers/run-cli.js';

const dataDir = path.join(repoRoot, 'data');
const workspace = loadWorkspace([dataDir]);
const { plans, rosters } = workspace;

interface YamlClause {
  text: string;
  units: string[];
  targets?: unknown[];
  impliedUnits?: { means: string };
}
interface YamlItem {
  title: string;
  text?: string;
  targets?: unknown[];
  clauses?: YamlClause[];
  impliedUnits?: { means: string };
}
interface YamlPlan {
  short: string;
  parts: { sections?: { items: YamlItem[] }[]; items?: YamlItem[] }[];
}

/** Items straight from the YAML with the `yaml` package, not through the loader under test. */
const rawPlans: YamlPlan[] = fs
  .readdirSync(dataDir)
  .filter((f) => f.endsWith('.plan.yaml'))
  .map((f) => parse(fs.readFileSync(path.join(dataDir, f), 'utf8')) as YamlPlan);
const rawItems = rawPlans.flatMap((p) =>
  p.parts.flatMap((part) => [...(part.sections ?? []).flatMap((s) => s.items), ...(part.items ?? [])]),
);
const rawClauses = rawItems.flatMap((i) => i.clauses ?? []);
const naming = (...names: string[]) => rawClauses.filter((c) => c.units.some((u) => names.includes(u)));

function unit(name: string): UnitTarget {
  const found = findUnit(name, rosters, plans);
  if (!('targets' in found) || found.targets.length !== 1) throw new Error(`${name} did not resolve to one unit`);
  return found.targets[0] as UnitTarget;
}
const nameOf = (t: UnitTarget) => (t.kind === 'entry' ? t.entry.name : t.name);
const plan = (short: string) => plans.find((p) => p.short === short) as Plan;

describe('finding a unit', () => {
  it.each([
    ['江北区气象局', '江北区气象局'],
    ['区气象局', '江北区气象局'],
    ['区台办', '区委办'],
    ['区民宗局', '区委统战部'],
    ['商务', '区商务局'],
    ['区机关事务管理局', '区机关事务管理局'],
    ['外滩街道', '外滩街道'],
    ['区对口办', '区对口办'],
  ])('%s means %s', (typed, expected) => {
    expect(nameOf(unit(typed))).toBe(expected);
  });

  it('an ambiguous fragment lists every candidate, an unknown name suggests the nearest', () => {
    const ambiguous = findUnit('区委', rosters, plans);
    expect(ambiguous).toMatchObject({ error: 'ambiguous' });
    expect('candidates' in ambiguous && ambiguous.candidates).toEqual(
      expect.arrayContaining(['区委办', '区委宣传部', '区委统战部']),
    );
    expect(findUnit('区商务厅', rosters, plans)).toMatchObject({
      error: 'unknown',
      suggestions: expect.arrayContaining(['区商务局']),
    });
  });
});

describe('tasks and holdings of a unit', () => {
  it('区商务局: direct clauses, group clauses and possibly-clauses match an independent count', () => {
    const h = holdingsOf(unit('区商务局'), plans);
    const direct = naming('区商务局');
    const group = naming('区绩效考评单位').filter((c) => !direct.includes(c));
    // Text binding all units (impliedUnits: 区绩效考评单位), in items without a bracket and in clauses beyond theirs.
    const bound = [
      ...rawItems.filter((i) => i.impliedUnits && !i.clauses),
      ...rawClauses.filter((c) => c.impliedUnits),
    ];
    const everyone = bound.filter((c) => !direct.includes(c as YamlClause) && !group.includes(c as YamlClause));
    // 其他区领导所在单位办公室 reaches only its listed members (区委办, 区政府办), so not 区商务局.
    const possibly = naming('区直相关单位').filter(
      (c) => !direct.includes(c) && !group.includes(c) && !everyone.includes(c),
    );
    expect(h.total).toEqual({
      direct: direct.length,
      group: group.length,
      everyone: everyone.length,
      possibly: possibly.length,
      // The 2023 brackets are plain 责任单位 lists: no lead or support role.
      lead: 0,
      support: 0,
    });
    expect(everyone.length).toBe(3);
    expect(direct.length).toBeGreaterThan(0);
  });

  it('区机关事务管理局 holds the clauses written as 区机关事务局, marked as alias', () => {
    const rows = listTasks(plans, { unit: unit('区机关事务管理局') });
    const alias = rows.filter((r) => r.match === 'alias');
    expect(alias.length).toBe(naming('区机关事务局').length);
    expect(alias.every((r) => r.matchedAs === '区机关事务局')).toBe(true);
  });

  it('区民宗局 finds the clauses of 区委统战部 too', () => {
    const texts = listTasks(plans, { unit: unit('区民宗局') }).map((r) => r.clause.text);
    for (const c of naming('区委统战部', '区民宗局')) expect(texts).toContain(c.text);
  });

  it('外滩街道 finds every clause given to 各街道(镇), through that group', () => {
    const rows = listTasks(plans, { unit: unit('外滩街道') });
    for (const c of naming('各街道(镇)')) {
      const row = rows.find((r) => r.clause.text === c.text);
      expect(row?.match).toBe('group');
      expect(row?.matchedAs).toBe('各街道(镇)');
    }
  });

  it('filters combine: plan, area and item narrow the same list', () => {
    const all = listTasks(plans, { unit: unit('区商务局') });
    const huangzhou = listTasks(plans, { unit: unit('区商务局'), plans: [plan('黄州')] });
    const area = listTasks(plans, { unit: unit('区商务局'), plans: [plan('黄州')], domain: 'industry-platforms' });
    expect(huangzhou.length).toBeLessThan(all.length);
    expect(huangzhou.every((r) => r.clause.plan.short === '黄州')).toBe(true);
    expect(area.length).toBeLessThan(huangzhou.length);
    expect(area.every((r) => r.clause.item.domain === 'industry-platforms')).toBe(true);
    const item = listTasks(plans, { unit: unit('区商务局'), items: lookupItems([plan('黄州')], '10').items });
    expect(item.map((r) => r.clause.item.title)).toEqual(Array(item.length).fill('推动消费协作'));
  });

  it('units counts every unit as holdingsOf counts it alone (two ways to the same numbers)', () => {
    const list = unitHoldings(rosters, plans);
    expect(list.length).toBeGreaterThan(60);
    for (const h of list) expect(h).toEqual(holdingsOf(h.target, plans));
  });

  it('the same two ways count lead and support apart on the made-up genres that label roles', () => {
    let roles = 0;
    for (const name of ['b', 'c', 'd']) {
      const genre = loadWorkspace([path.join(repoRoot, 'tests', 'fixtures', 'genres', name)]);
      for (const h of unitHoldings(genre.rosters, genre.plans)) {
        expect(h, `${name}: ${h.name}`).toEqual(holdingsOf(h.target, genre.plans));
        roles += h.total.lead + h.total.support;
      }
    }
    expect(roles).toBeGreaterThan(20);
  });

  it('units lists the roster in order, then names off the roster', () => {
    const list = unitHoldings(rosters, plans);
    const roster = rosters[0]?.entries.map((e) => e.name) ?? [];
    expect(list.slice(0, roster.length).map((h) => h.name)).toEqual(roster);
    expect(list.slice(roster.length).map((h) => h.name)).toContain('区对口办');
  });
});

describe('items, search, targets, stats', () => {
  it('item references: 2.2 means (二)2, a bare 2 is ambiguous in 莲都', () => {
    expect(lookupItems([plan('莲都')], '2.2').items.map((i) => i.title)).toEqual(['持续创新消费帮扶']);
    expect(lookupItems([plan('莲都')], '(二)2').items.map((i) => i.title)).toEqual(['持续创新消费帮扶']);
    expect(lookupItems([plan('莲都')], '2').ambiguous[0]?.candidates.length).toBeGreaterThan(1);
    expect(lookupItems([plan('黄州')], '12').items.map((i) => i.title)).toEqual(['加强项目共建']);
  });

  it('search hits every clause whose title or text holds all the words', () => {
    const hits = searchPlans(plans, ['消费', '黄州']);
    const expected = rawItems.flatMap((i) =>
      (i.clauses ?? []).filter((c) => ['消费', '黄州'].every((w) => i.title.includes(w) || c.text.includes(w))),
    );
    expect(hits.length).toBe(expected.length);
    expect(hits.length).toBeGreaterThan(0);
    expect(searchPlans(plans, ['消费', '不存在的词'])).toEqual([]);
  });

  it('targets: all of them, and the 700万元 sales target held by 区商务局', () => {
    const count = rawItems.reduce(
      (n, i) => n + (i.targets?.length ?? 0) + (i.clauses ?? []).reduce((m, c) => m + (c.targets?.length ?? 0), 0),
      0,
    );
    expect(listTargets(plans).length).toBe(count);
    const sales = listTargets(plans, unit('区商务局')).find((r) => r.target.value === 700);
    expect(sales).toMatchObject({ match: 'direct', target: { unit: '万元' } });
  });

  it('stats: per plan counts match the YAML, areas add up to all clauses', () => {
    const stats = planStats(plans, unitHoldings(rosters, plans));
    for (const raw of rawPlans) {
      const items = raw.parts.flatMap((part) => [
        ...(part.sections ?? []).flatMap((s) => s.items),
        ...(part.items ?? []),
      ]);
      const s = stats.find((x) => x.plan.short === raw.short);
      expect(s).toMatchObject({
        items: items.length,
        clauses: items.reduce((n, i) => n + (i.clauses?.length ?? 0), 0),
      });
    }
    const areas = domainStats(plans, workspace.domains);
    expect(areas.reduce((n, d) => n + d.total, 0)).toBe(rawClauses.length);
  });
});
