// The reports `plan diff` prints: areas side by side, unit clause counts, sections in no area, targets; csv as one long table.

import type { DiffTarget, PlanDiff, UnitCount } from '../diff/diff-plans.js';
import { boundText } from '../domain/target-bound.js';
import type { Plan } from '../model/plan.js';
import type { Report } from '../render/report.js';
import type { Context } from './context.js';

const list = (names: string[]) => names.join('、');
const targetLine = (ctx: Context, t: DiffTarget) => `${t.item} ${t.counts}:${boundText(t, ctx.lang)}`;

export function areasReport(ctx: Context, diff: PlanDiff, a: Plan, b: Plan): Report {
  // The plan's own heading is shown only where it words the area differently (e.g. 推进乡村振兴… for 衔接推进乡村振兴…).
  const side = (area: string, heading: string | null, items: number, clauses: number, targets: number) => {
    if (heading === null) return ctx.t('(无此领域)', '(no section)');
    const counts = ctx.t(
      `条目 ${items},条文 ${clauses},指标 ${targets}`,
      `${items} items, ${clauses} clauses, ${targets} targets`,
    );
    return heading === area ? counts : `${heading}\n${counts}`;
  };
  const rows = diff.domains.map((d) => ({
    area: d.name,
    onlyA: list(d.onlyA),
    both: list(d.both),
    onlyB: list(d.onlyB),
    a: side(d.name, d.nameA, d.itemsA.length, d.clausesA, d.targetsA.length),
    b: side(d.name, d.nameB, d.itemsB.length, d.clausesB, d.targetsB.length),
  }));
  rows.push({
    area: ctx.t('全部(含不属于任何领域的条文)', 'All (including clauses in no area)'),
    ...diff.units,
    onlyA: list(diff.units.onlyA),
    both: list(diff.units.both),
    onlyB: list(diff.units.onlyB),
    a: ctx.t(`条文 ${diff.clauseCounts.a}`, `${diff.clauseCounts.a} clauses`),
    b: ctx.t(`条文 ${diff.clauseCounts.b}`, `${diff.clauseCounts.b} clauses`),
  });
  const oneSided = [
    ...diff.unassigned.areasOnlyA.map((id) => `${id}(${ctx.t('仅', 'only ')}${a.short})`),
    ...diff.unassigned.areasOnlyB.map((id) => `${id}(${ctx.t('仅', 'only ')}${b.short})`),
  ];
  return {
    title: ctx.t(
      `${a.short} 与 ${b.short}:按合作领域对比责任单位`,
      `${a.short} vs ${b.short}: responsible units by cooperation area`,
    ),
    columns: [
      { key: 'area', header: ctx.t('合作领域', 'Area') },
      { key: 'onlyA', header: ctx.t(`仅${a.short}`, `Only ${a.short}`), wide: true, list: true },
      { key: 'both', header: ctx.t('两者都有', 'Both'), wide: true, list: true },
      { key: 'onlyB', header: ctx.t(`仅${b.short}`, `Only ${b.short}`), wide: true, list: true },
      { key: 'a', header: a.short },
      { key: 'b', header: b.short },
    ],
    rows,
    footer:
      [
        oneSided.length
          ? ctx.t(`只有一个计划涉及的领域:${oneSided.join('、')}`, `Areas in one plan only: ${oneSided.join(', ')}`)
          : '',
        // Said in the output too (not only on stderr): a table pasted into a report must not read as one district.
        diff.sameRoster
          ? ''
          : ctx.t(
              `两个计划使用不同的名单(${a.short}:${diff.rosters.a},${b.short}:${diff.rosters.b}),单位只按名称比较`,
              `The plans use different rosters (${a.short}: ${diff.rosters.a}, ${b.short}: ${diff.rosters.b}); units are compared by name only`,
            ),
      ]
        .filter(Boolean)
        .join('\n') || undefined,
    json: diff,
  };
}

function whereLabel(ctx: Context, c: UnitCount, a: Plan, b: Plan): string {
  if (c.a && c.b) return ctx.t('两者都有', 'both');
  return c.a ? ctx.t(`仅${a.short}`, `only ${a.short}`) : ctx.t(`仅${b.short}`, `only ${b.short}`);
}

export function unitCountsReport(ctx: Context, diff: PlanDiff, a: Plan, b: Plan): Report {
  return {
    title: ctx.t('各单位的条文数', 'Clauses per unit'),
    columns: [
      {
        key: 'unit',
        header: ctx.t(
          '单位(名单名称;组和名单外名称按原写法)',
          'Unit (roster name; groups and names off the roster as written)',
        ),
      },
      { key: 'a', header: a.short },
      { key: 'b', header: b.short },
      { key: 'where', header: ctx.t('情况', 'Where') },
    ],
    rows: diff.unitCounts.map((c) => ({
      unit: c.unit,
      a: String(c.a),
      b: String(c.b),
      where: whereLabel(ctx, c, a, b),
    })),
    json: diff.unitCounts,
  };
}

export function unassignedReport(ctx: Context, diff: PlanDiff, a: Plan, b: Plan): Report {
  const rows = [
    ...diff.unassigned.noAreaA.map((s) => ({ plan: a.short, ...s })),
    ...diff.unassigned.noAreaB.map((s) => ({ plan: b.short, ...s })),
  ].map((s) => ({
    plan: s.plan,
    section: s.heading === s.part ? s.heading : `${s.part} / ${s.heading}`,
    items: s.items.map((i) => `${i.ref} ${i.title}`).join('\n'),
    clauses: String(s.clauses),
    units: list(s.units),
  }));
  return {
    title: ctx.t('不属于任何合作领域的章节', 'Sections in no cooperation area'),
    columns: [
      { key: 'plan', header: ctx.t('计划', 'Plan') },
      { key: 'section', header: ctx.t('章节', 'Section') },
      { key: 'items', header: ctx.t('条目', 'Items') },
      { key: 'clauses', header: ctx.t('条文数', 'Clauses') },
      { key: 'units', header: ctx.t('责任单位', 'Units'), wide: true, list: true },
    ],
    rows,
    json: diff.unassigned,
  };
}

/** Every target of both plans: a row per area, then one per section outside the areas (id null in JSON). */
export function targetsReport(ctx: Context, diff: PlanDiff, a: Plan, b: Plan): Report {
  const outside = ctx.t('不属于合作领域', 'Outside the areas');
  const sections = [
    ...diff.unassigned.noAreaA.map((s) => ({ ...s, targetsA: s.targets, targetsB: [] as DiffTarget[] })),
    ...diff.unassigned.noAreaB.map((s) => ({ ...s, targetsA: [] as DiffTarget[], targetsB: s.targets })),
  ].filter((s) => s.targets.length > 0);
  const rows = [
    ...diff.domains.map((d) => ({
      id: d.id as string | null,
      area: d.name,
      section: null as string | null,
      targetsA: d.targetsA,
      targetsB: d.targetsB,
    })),
    ...sections.map((s) => ({
      id: null,
      area: outside,
      section: s.heading === s.part ? s.heading : `${s.part} / ${s.heading}`,
      targetsA: s.targetsA,
      targetsB: s.targetsB,
    })),
  ];
  return {
    title: ctx.t('各合作领域的量化指标(含不属于合作领域的章节)', 'Targets by cooperation area (and sections in none)'),
    columns: [
      { key: 'area', header: ctx.t('合作领域', 'Area') },
      { key: 'a', header: a.short, wide: true },
      { key: 'b', header: b.short, wide: true },
    ],
    rows: rows.map((r) => ({
      area: r.section === null ? r.area : `${r.area}\n${r.section}`,
      a: r.targetsA.map((t) => targetLine(ctx, t)).join('\n'),
      b: r.targetsB.map((t) => targetLine(ctx, t)).join('\n'),
    })),
    json: rows.map(({ id, section, targetsA, targetsB }) => ({ id, section, targetsA, targetsB })),
  };
}

/** CSV is one table: a row per area (and "all") per unit, with clause counts in each plan; its JSON is the whole diff. */
export function diffCsvReport(ctx: Context, diff: PlanDiff, a: Plan, b: Plan): Report {
  const scopes = [
    ...diff.domains.map((d) => ({ id: d.id, name: d.name, counts: d.unitCounts })),
    { id: '*', name: ctx.t('全部', 'all'), counts: diff.unitCounts },
  ];
  return {
    columns: [
      { key: 'areaId', header: ctx.t('领域id', 'area id') },
      { key: 'area', header: ctx.t('合作领域', 'area') },
      { key: 'unit', header: ctx.t('单位', 'unit') },
      { key: 'a', header: ctx.t(`${a.short}条文数`, `${a.short} clauses`) },
      { key: 'b', header: ctx.t(`${b.short}条文数`, `${b.short} clauses`) },
      { key: 'where', header: ctx.t('情况', 'where') },
    ],
    rows: scopes.flatMap((s) =>
      s.counts.map((c) => ({
        areaId: s.id,
        area: s.name,
        unit: c.unit,
        a: String(c.a),
        b: String(c.b),
        where: whereLabel(ctx, c, a, b),
      })),
    ),
    json: diff,
  };
}
