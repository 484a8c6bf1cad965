// `plan units`: the roster in annex order, with per plan the clauses each unit holds directly and through groups.

import type { Command } from 'commander';
import { labelsRoles } from '../../domain/unit-roles.js';
import type { Plan } from '../../model/plan.js';
import type { Roster } from '../../model/roster.js';
import { rosterIdOf } from '../../query/find-unit.js';
import { type Holding, type UnitHoldings, unitHoldings } from '../../query/units.js';
import type { Column, Report } from '../../render/report.js';
import type { Context, GlobalOptions } from '../context.js';
import { addFormatOption, addRosterOption } from '../describe.js';
import { loadData, selectPlan, severalRosters } from '../load-data.js';
import { UsageError } from '../usage-error.js';

interface UnitsOptions {
  plan?: string;
  unused?: boolean;
  sort?: string;
  format?: string;
  roster?: string;
}

/** 合计: the clauses a unit holds for certain in the plans shown, named or through its groups (可能 stays apart). */
const held = (h: UnitHoldings) => h.total.direct + h.total.group;

/** --sort: roster order (the annex's), or most clauses first; ties keep roster order (Array.prototype.sort is stable). */
const SORTS: Record<string, ((a: UnitHoldings, b: UnitHoldings) => number) | null> = {
  roster: null,
  total: (a, b) => held(b) - held(a) || b.total.direct - a.total.direct,
  direct: (a, b) => b.total.direct - a.total.direct || held(b) - held(a),
};

const holdingJson = (h: Holding | undefined) => ({
  direct: h?.direct ?? 0,
  group: h?.group ?? 0,
  everyone: h?.everyone ?? 0,
  possibly: h?.possibly ?? 0,
  lead: h?.lead ?? 0,
  support: h?.support ?? 0,
});

export function registerUnits(program: Command, ctx: Context): void {
  const command = program
    .command('units')
    .description(
      ctx.t(
        '按名单顺序列出单位,及其在各计划中直接承担和通过所属组承担的条文数',
        'The roster in order, with the clauses each unit holds per plan, directly and through groups',
      ),
    )
    .option('-p, --plan <plan>', ctx.t('只统计这个计划', 'count this plan only'))
    .option(
      '--unused',
      ctx.t(
        '只列出没有被任何条文直接点名的单位(通过所属组承担的不算)',
        'only units that no clause names directly (group clauses do not count)',
      ),
    )
    .option(
      '--sort <order>',
      ctx.t(
        '排序:roster(名单顺序,默认)、total(合计条数从多到少)、direct(直接点名条数从多到少)',
        'order: roster (annex order, default), total (most clauses first), direct (most direct clauses first)',
      ),
      'roster',
    );
  addRosterOption(addFormatOption(command), ctx).action((options: UnitsOptions, cmd: Command) => {
    const workspace = loadData(ctx, cmd.optsWithGlobals<GlobalOptions>(), options.roster);
    const plans: Plan[] = options.plan ? [selectPlan(ctx, workspace.plans, options.plan)] : workspace.plans;
    // --plan implies its roster: the other districts' units hold nothing in it.
    const rosters = options.plan
      ? workspace.rosters.filter((r) => plans.some((p) => p.rosterId === r.id))
      : workspace.rosters;
    const all = unitHoldings(rosters, plans);
    // Two districts' 区发改局 are two rows: each says its roster when the folder holds several.
    const labelled = severalRosters({ ...workspace, rosters, plans });
    const order = SORTS[options.sort ?? 'roster'];
    if (order === undefined)
      throw new UsageError(
        ctx.t(
          `--sort 只能是 ${Object.keys(SORTS).join('、')}(收到 “${options.sort}”)`,
          `--sort must be one of ${Object.keys(SORTS).join(', ')} (got "${options.sort}")`,
        ),
      );
    const kept = options.unused ? all.filter((h) => h.total.direct === 0) : all;
    const rows = order ? [...kept].sort(order) : kept;
    const listHeading = ({ target }: UnitHoldings) =>
      target.kind === 'entry'
        ? (target.roster.lists.find((l) => l.id === target.entry.list)?.heading ?? target.entry.list)
        : ctx.t('不在名单', 'not on roster');
    const withRoles = plans.some(labelsRoles);
    const columns: Column[] = [
      ...(labelled ? [{ key: 'roster', header: ctx.t('名单', 'Roster') }] : []),
      { key: 'no', header: ctx.t('序号', 'No.') },
      { key: 'name', header: ctx.t('单位', 'Unit'), wide: true },
      { key: 'list', header: ctx.t('名单分类', 'List') },
      ...plans.flatMap((p) => [
        { key: `${p.id}:direct`, header: ctx.t(`${p.short}·直接`, `${p.short} direct`) },
        { key: `${p.id}:group`, header: ctx.t(`${p.short}·所属组`, `${p.short} group`) },
      ]),
      { key: 'total', header: ctx.t('合计', 'Total') },
      // Only plans that label roles (牵头单位, 配合单位…) have lead and support holdings; the 2023 plans do not.
      ...(withRoles
        ? [
            { key: 'lead', header: ctx.t('其中牵头', 'of which lead') },
            { key: 'support', header: ctx.t('其中配合', 'of which support') },
          ]
        : []),
      { key: 'everyone', header: ctx.t('全体(无括注)', 'Everyone (no bracket)') },
      { key: 'possibly', header: ctx.t('可能', 'Possibly') },
    ];
    const report: Report = {
      title: options.unused ? ctx.t('没有被直接点名的单位', 'Units no clause names directly') : undefined,
      columns,
      rows: rows.map((h) => {
        const row: Record<string, string> = {
          roster: rosterIdOf(h.target),
          no: h.target.kind === 'entry' ? String(h.target.entry.order + 1) : '',
          name: h.target.kind === 'entry' ? h.target.entry.written : h.name,
          list: listHeading(h),
          total: String(held(h)),
          lead: String(h.total.lead),
          support: String(h.total.support),
          everyone: String(h.total.everyone),
          possibly: String(h.total.possibly),
        };
        for (const p of plans) {
          row[`${p.id}:direct`] = String(h.byPlan.get(p)?.direct ?? 0);
          row[`${p.id}:group`] = String(h.byPlan.get(p)?.group ?? 0);
        }
        return row;
      }),
      footer: unitsFooter(ctx, rosters, rows, withRoles),
      json: {
        plans: plans.map((p) => ({ id: p.id, short: p.short, roster: p.rosterId })),
        count: rows.length,
        units: rows.map((h) => ({
          name: h.name,
          roster: rosterIdOf(h.target),
          written: h.target.kind === 'entry' ? h.target.entry.written : h.name,
          otherNames: h.target.kind === 'entry' ? h.target.entry.otherNames : [],
          onRoster: h.target.kind === 'entry',
          list: h.target.kind === 'entry' ? h.target.entry.list : null,
          order: h.target.kind === 'entry' ? h.target.entry.order + 1 : null,
          byPlan: Object.fromEntries(plans.map((p) => [p.id, holdingJson(h.byPlan.get(p))])),
          total: holdingJson(h.total),
        })),
      },
    };
    ctx.print(report, options.format);
  });
}

/** The count (roster entries and names off the roster apart) and what the columns mean, with this data's own group names. */
function unitsFooter(ctx: Context, rosters: Roster[], rows: UnitHoldings[], withRoles: boolean): string {
  const off = rows.filter((h) => h.target.kind !== 'entry').length;
  const groups = (vague: boolean) => [
    ...new Set(rosters.flatMap((r) => r.groups.filter((g) => g.vague === vague).map((g) => g.name))),
  ];
  const [listed, vague] = [groups(false), groups(true)];
  const zh = [
    `共 ${rows.length} 个单位${off ? `(其中名单外 ${off} 个)` : ''}。直接:点名(含另一名称、简称)`,
    '合计:直接与所属组之和',
    withRoles
      ? '其中牵头、其中配合:合计中本单位(或其所属组)列在牵头单位、配合单位(与牵头单位并列的责任单位)名单中的条数'
      : '',
    listed.length ? `所属组:${listed.join('、')}` : '',
    '全体(无括注):原文没有括注、正文写明全体单位承担的要求(如“各部门各单位要……”)',
    vague.length ? `可能:${vague.join('、')} 等泛指` : '',
  ];
  const en = [
    `${rows.length} units${off ? ` (${off} not on the roster)` : ''}. direct: named (incl. second names, aliases)`,
    'total: direct plus group',
    withRoles
      ? 'of which lead / support: of the total, clauses listing the unit (or its group) as lead or as support'
      : '',
    listed.length ? `group: ${listed.join(', ')}` : '',
    'everyone: text binding all units with no bracket naming them',
    vague.length ? `possibly: vague groups ${vague.join(', ')}` : '',
  ];
  return ctx.t(zh.filter(Boolean).join(';'), en.filter(Boolean).join('; '));
}
