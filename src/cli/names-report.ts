// `plan check --names`: every unit name written in the plans, classified against the roster, as a Report.

import type { Workspace } from '../load/load-workspace.js';
import type { Plan } from '../model/plan.js';
import { classifyNames, NAME_KINDS, type NameKind, type NameUse } from '../query/unit-names.js';
import type { Report } from '../render/report.js';
import type { Context } from './context.js';
import { severalRosters } from './load-data.js';

export function kindLabel(ctx: Context, kind: NameKind): string {
  const labels: Record<NameKind, [string, string]> = {
    exact: ['名单名称', 'roster name'],
    'written-form': ['名单原写法', 'as printed on roster'],
    'other-name': ['括号内另一名称', 'second name'],
    alias: ['别名', 'alias'],
    group: ['组', 'group'],
    'vague-group': ['泛指组', 'vague group'],
    acknowledged: ['名单外(已登记)', 'not on roster (acknowledged)'],
    unconfirmed: ['待核对(未确认)', 'unconfirmed (not yet checked)'],
    unknown: ['名单外(未登记)', 'not on roster (unknown)'],
  };
  return ctx.t(...labels[kind]);
}

const offRoster = (use: NameUse) => use.kind === 'acknowledged' || use.kind === 'unconfirmed' || use.kind === 'unknown';

function usesIn(use: NameUse, plan: Plan) {
  const clauses = use.uses.find((u) => u.plan === plan)?.clauses ?? [];
  return { clauses: clauses.length, items: [...new Set(clauses.map((c) => c.item.ref))] };
}

export function namesReport(ctx: Context, workspace: Workspace): Report {
  const names = classifyNames(workspace.plans, workspace.rosters);
  const plans = workspace.plans;
  // The same spelling in two districts' plans is two rows (each resolves against its own roster): say whose.
  const labelled = severalRosters(workspace);
  const cell = (use: NameUse, plan: Plan) => {
    const { clauses, items } = usesIn(use, plan);
    if (clauses === 0) return '';
    return offRoster(use) ? `${clauses}\n${ctx.t('条目', 'items')} ${items.join('、')}` : String(clauses);
  };
  const explain = (use: NameUse) =>
    [
      use.note ?? '',
      use.nearest.length
        ? ctx.t(`名单中相近:${use.nearest.join('、')}`, `nearest on roster: ${use.nearest.join(', ')}`)
        : '',
    ]
      .filter(Boolean)
      .join('\n');
  const counts = NAME_KINDS.map((kind) => ({ kind, count: names.filter((n) => n.kind === kind).length })).filter(
    (c) => c.count > 0,
  );
  return {
    title: ctx.t('计划中出现的责任单位名称', 'Unit names written in the plans'),
    columns: [
      ...(labelled ? [{ key: 'roster', header: ctx.t('名单', 'Roster') }] : []),
      { key: 'written', header: ctx.t('写法', 'As written') },
      { key: 'kind', header: ctx.t('类别', 'Kind') },
      { key: 'means', header: ctx.t('对应名单单位或组', 'Roster unit or group') },
      ...plans.map((p) => ({ key: `plan:${p.id}`, header: ctx.t(`${p.short}条数`, `${p.short} clauses`) })),
      { key: 'note', header: ctx.t('依据与说明', 'Note'), wide: true },
    ],
    rows: names.map((use) => ({
      roster: use.roster,
      written: use.written,
      kind: kindLabel(ctx, use.kind),
      means: use.means ?? '',
      ...Object.fromEntries(plans.map((p) => [`plan:${p.id}`, cell(use, p)])),
      note: explain(use),
    })),
    footer: ctx.t(
      `共 ${names.length} 个写法:${counts.map((c) => `${kindLabel(ctx, c.kind)} ${c.count}`).join(',')}`,
      `${names.length} names: ${counts.map((c) => `${kindLabel(ctx, c.kind)} ${c.count}`).join(', ')}`,
    ),
    json: {
      counts: Object.fromEntries(counts.map((c) => [c.kind, c.count])),
      names: names.map((use) => ({
        written: use.written,
        roster: use.roster,
        kind: use.kind,
        onRoster: !offRoster(use),
        means: use.means,
        note: use.note,
        nearest: use.nearest,
        plans: use.uses.map((u) => ({
          plan: u.plan.id,
          short: u.plan.short,
          file: u.plan.file,
          ...usesIn(use, u.plan),
        })),
      })),
    },
  };
}
