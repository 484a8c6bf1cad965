// `plan check --roster`: every roster entry with the clauses naming it in each plan, and those reached only through groups.

import { type EntryCoverage, rosterCoverage } from '../domain/unit-coverage.js';
import type { Workspace } from '../load/load-workspace.js';
import type { Report } from '../render/report.js';
import type { Context } from './context.js';
import { severalRosters } from './load-data.js';

type Status = 'all' | 'some' | 'groupsOnly' | 'none';

function statusOf(coverage: EntryCoverage): Status {
  const named = coverage.plans.filter((p) => p.direct.length > 0).length;
  if (named === coverage.plans.length) return 'all';
  if (named > 0) return 'some';
  return coverage.plans.some((p) => p.groups.length > 0) ? 'groupsOnly' : 'none';
}

export function rosterReport(ctx: Context, workspace: Workspace): Report {
  const rows = workspace.rosters.flatMap((roster) =>
    rosterCoverage(roster, workspace.plans)
      .filter((c) => c.plans.length > 0)
      .map((c) => ({ ...c, roster: roster.id })),
  );
  const plans = workspace.plans;
  const labelled = severalRosters(workspace);
  const label = (coverage: EntryCoverage): string => {
    const status = statusOf(coverage);
    if (status === 'all') return '';
    if (status === 'some') {
      const missing = coverage.plans.filter((p) => p.direct.length === 0).map((p) => p.plan.short);
      return ctx.t(`${missing.join('、')}计划未点名`, `not named in ${missing.join(', ')}`);
    }
    if (status === 'none') return ctx.t('均无任务', 'no task anywhere');
    const groups = [...new Set(coverage.plans.flatMap((p) => p.groups))];
    const vague = [...new Set(coverage.plans.flatMap((p) => p.vagueGroups))];
    // Vague groups (members never stated) only possibly reach a unit: named apart, as tasks and units do.
    const firmly =
      groups.length > 0 ? ctx.t(`仅经“${groups.join('、')}”涉及`, `only through ${groups.join(', ')}`) : '';
    const possibly =
      vague.length > 0
        ? ctx.t(
            `${firmly ? ',另' : '仅'}可能经“${vague.join('、')}”涉及`,
            `${firmly ? '; ' : 'only '}possibly through ${vague.join(', ')}`,
          )
        : '';
    return ctx.t(`均未点名,${firmly}${possibly}`, `named nowhere; ${firmly}${possibly}`);
  };
  const cell = (coverage: EntryCoverage, planId: string): string => {
    const p = coverage.plans.find((x) => x.plan.id === planId);
    if (!p) return '';
    const extra = [
      p.viaGroup.length > 0 ? ctx.t(`经组 ${p.viaGroup.length}`, `+${p.viaGroup.length} via groups`) : '',
      p.everyone.length > 0 ? ctx.t(`全体(无括注) ${p.everyone.length}`, `+${p.everyone.length} everyone`) : '',
      p.possibly.length > 0 ? ctx.t(`可能 ${p.possibly.length}`, `+${p.possibly.length} possibly`) : '',
    ].filter(Boolean);
    return extra.length > 0
      ? `${p.direct.length}${ctx.t(`(${extra.join(',')})`, ` (${extra.join(', ')})`)}`
      : String(p.direct.length);
  };
  const count = (status: Status) => rows.filter((c) => statusOf(c) === status).length;
  return {
    title: ctx.t('名单单位的任务覆盖(点名条数)', 'Roster units: clauses naming each one'),
    columns: [
      ...(labelled ? [{ key: 'roster', header: ctx.t('名单', 'Roster') }] : []),
      { key: 'name', header: ctx.t('名单单位', 'Roster unit') },
      ...plans.map((p) => ({ key: `plan:${p.id}`, header: p.short })),
      { key: 'status', header: ctx.t('情况', 'Status'), wide: true },
    ],
    rows: rows.map((c) => ({
      roster: c.roster,
      name: c.entry.written,
      ...Object.fromEntries(plans.map((p) => [`plan:${p.id}`, cell(c, p.id)])),
      status: label(c),
    })),
    footer: ctx.t(
      `共 ${rows.length} 个单位:各计划均点名 ${count('all')},部分计划未点名 ${count('some')},均未点名但经组涉及 ${count('groupsOnly')},均无任务 ${count('none')}`,
      `${rows.length} units: named in every plan ${count('all')}, missing from some plans ${count('some')}, only through groups ${count('groupsOnly')}, no task ${count('none')}`,
    ),
    json: {
      entries: rows.map((c) => ({
        roster: c.roster,
        name: c.entry.name,
        written: c.entry.written,
        list: c.entry.list,
        status: statusOf(c),
        plans: c.plans.map((p) => ({
          plan: p.plan.id,
          short: p.plan.short,
          direct: p.direct.length,
          viaGroup: p.viaGroup.length,
          everyone: p.everyone.length,
          possibly: p.possibly.length,
          groups: p.groups,
          vagueGroups: p.vagueGroups,
        })),
      })),
    },
  };
}
