// `plan stats`: counts per plan, per cooperation area and per unit, one row each, one column per plan.

import type { Command } from 'commander';
import { labelsRoles } from '../../domain/unit-roles.js';
import type { Plan } from '../../model/plan.js';
import { rosterIdOf } from '../../query/find-unit.js';
import { domainStats, planStats } from '../../query/stats.js';
import { unitHoldings } from '../../query/units.js';
import type { Report, Row } from '../../render/report.js';
import type { Context, GlobalOptions } from '../context.js';
import { addFormatOption, addRosterOption, unitLabel } from '../describe.js';
import { loadData, severalRosters } from '../load-data.js';

/** One row with a count per plan; the total is their sum unless given (distinct units are not additive). */
function row(plans: Plan[], category: string, name: string, value: (p: Plan) => number, distinctTotal?: number): Row {
  const cells: Row = { category, name };
  let total = 0;
  for (const p of plans) {
    cells[p.id] = String(value(p));
    total += value(p);
  }
  cells.total = String(distinctTotal ?? total);
  return cells;
}

export function registerStats(program: Command, ctx: Context): void {
  const command = program
    .command('stats')
    .description(
      ctx.t(
        '统计:各计划的条目、条文、指标、单位数;各合作领域和各单位的条文数',
        'Counts per plan, per cooperation area and per unit',
      ),
    );
  addRosterOption(addFormatOption(command), ctx).action(
    (options: { format?: string; roster?: string }, cmd: Command) => {
      const workspace = loadData(ctx, cmd.optsWithGlobals<GlobalOptions>(), options.roster);
      const labelled = severalRosters(workspace);
      const plans = workspace.plans;
      const holdings = unitHoldings(workspace.rosters, plans);
      const perPlan = new Map(planStats(plans, holdings).map((s) => [s.plan, s]));
      const perDomain = domainStats(plans, workspace.domains);
      const named = holdings.filter((h) => h.total.direct > 0);
      const planCategory = ctx.t('计划', 'Plan');
      const metric = (key: 'items' | 'clauses' | 'targets' | 'units', zh: string, en: string, total?: number) =>
        row(plans, planCategory, ctx.t(zh, en), (p) => perPlan.get(p)?.[key] ?? 0, total);
      const rows: Row[] = [
        metric('items', '条目', 'items'),
        metric('clauses', '任务条文', 'clauses'),
        metric('targets', '量化指标', 'targets'),
        metric('units', '直接点名的单位', 'units named directly', named.length),
        ...perDomain.map((d) =>
          row(
            plans,
            ctx.t('合作领域·条文', 'Area: clauses'),
            d.domain?.name ?? ctx.t('(不属于合作领域)', '(no area)'),
            (p) => d.clauses.get(p) ?? 0,
          ),
        ),
        ...named.map((h) =>
          row(
            plans,
            ctx.t('单位·直接条文', 'Unit: direct clauses'),
            unitLabel(h.target, labelled),
            (p) => h.byPlan.get(p)?.direct ?? 0,
          ),
        ),
        // Plans that label roles (牵头单位, 配合单位…): each unit's lead and support clauses apart; the 2023 plans have none.
        ...(plans.some(labelsRoles)
          ? (['lead', 'support'] as const).flatMap((role) =>
              holdings
                .filter((h) => h.total[role] > 0)
                .map((h) =>
                  row(
                    plans,
                    role === 'lead'
                      ? ctx.t('单位·牵头条文', 'Unit: lead clauses')
                      : ctx.t('单位·配合条文', 'Unit: support clauses'),
                    unitLabel(h.target, labelled),
                    (p) => h.byPlan.get(p)?.[role] ?? 0,
                  ),
                ),
            )
          : []),
      ];
      const byPlan = (values: (p: Plan) => number) => Object.fromEntries(plans.map((p) => [p.id, values(p)]));
      const report: Report = {
        columns: [
          { key: 'category', header: ctx.t('类别', 'Category') },
          { key: 'name', header: ctx.t('项目', 'Name'), wide: true },
          ...plans.map((p) => ({ key: p.id, header: p.short })),
          { key: 'total', header: ctx.t('合计', 'Total') },
        ],
        rows,
        footer: ctx.t(
          '单位只列出被直接点名(含另一名称、简称)的;全部单位见 plan units',
          'Only units named directly (incl. second names, aliases) are listed; see plan units for all',
        ),
        json: {
          unitsNamed: named.length,
          plans: plans.map((p) => {
            const s = perPlan.get(p);
            return {
              id: p.id,
              short: p.short,
              roster: p.rosterId,
              items: s?.items ?? 0,
              clauses: s?.clauses ?? 0,
              targets: s?.targets ?? 0,
              units: s?.units ?? 0,
            };
          }),
          domains: perDomain.map((d) => ({
            id: d.domain?.id ?? null,
            name: d.domain?.name ?? null,
            clauses: byPlan((p) => d.clauses.get(p) ?? 0),
            total: d.total,
          })),
          units: named.map((h) => ({
            name: h.name,
            roster: rosterIdOf(h.target),
            onRoster: h.target.kind === 'entry',
            direct: byPlan((p) => h.byPlan.get(p)?.direct ?? 0),
            total: h.total.direct,
            lead: byPlan((p) => h.byPlan.get(p)?.lead ?? 0),
            support: byPlan((p) => h.byPlan.get(p)?.support ?? 0),
          })),
        },
      };
      ctx.print(report, options.format);
    },
  );
}
