// `plan tasks`: the clauses a unit is responsible for (directly, by alias, through groups), filterable by plan, area,
// item, role, kind of match and leader.

import type { Command } from 'commander';
import { nearestNames } from '../../domain/nearest-names.js';
import type { Plan } from '../../model/plan.js';
import type { UnitTarget } from '../../query/find-unit.js';
import { listLeaders } from '../../query/leaders.js';
import { leadersOf, listTasks, type MatchKind, type TaskFilter, type TaskRow } from '../../query/tasks.js';
import type { Report } from '../../render/report.js';
import type { Context, GlobalOptions } from '../context.js';
import {
  addFormatOption,
  addRosterOption,
  itemCell,
  leaderJson,
  leadersText,
  roleAndMatch,
  targetJson,
  targetText,
  unitJson,
  unitLabel,
  unitListsJson,
  unitListsText,
} from '../describe.js';
import { loadData, selectPlan, severalRosters } from '../load-data.js';
import { printPerUnit } from '../print-per-unit.js';
import { selectDomain } from '../select-domain.js';
import { selectItems } from '../select-item.js';
import { selectUnits } from '../select-unit.js';
import { UsageError } from '../usage-error.js';

interface TasksOptions {
  unit?: string;
  plan?: string;
  domain?: string;
  item?: string;
  role?: string;
  match?: string;
  leader?: string;
  format?: string;
  roster?: string;
}

const ROLES = ['lead', 'support'] as const;
/** What --match takes, and the kind each means (possible = "可能", through a vague group; everyone = 全体(无括注)). */
const MATCHES: Record<string, MatchKind> = {
  direct: 'direct',
  alias: 'alias',
  group: 'group',
  everyone: 'everyone',
  possible: 'possibly',
};

function roleFilter(ctx: Context, role: string): (typeof ROLES)[number] {
  const found = ROLES.find((r) => r === role);
  if (!found)
    throw new UsageError(
      ctx.t(
        `--role 只能是 lead(牵头)或 support(配合)(收到 “${role}”)`,
        `--role must be lead or support (got "${role}")`,
      ),
    );
  return found;
}

function matchFilter(ctx: Context, value: string): MatchKind[] {
  return value.split(',').map((m) => {
    const kind = MATCHES[m.trim()];
    if (!kind)
      throw new UsageError(
        ctx.t(
          `--match 只能是 direct(直接)、alias(别名)、group(所属组)、everyone(全体)、possible(可能),可用逗号连写(收到 “${m}”)`,
          `--match takes direct, alias, group, everyone, possible, comma-separated (got "${m}")`,
        ),
      );
    return kind;
  });
}

/** A group's name lists the clauses naming the group: say what the group is, and how to see one member's tasks. */
function groupNote(ctx: Context, target: UnitTarget | undefined): string {
  const group = target?.kind === 'written' ? target.group : undefined;
  if (!group) return '';
  // A vague group (区直相关单位) has no member list in the source: its size is only who it might mean, not a count to print.
  const what = group.vague
    ? ctx.t(
        `“${group.name}”是泛指的一组单位,原文未列明具体单位`,
        `"${group.name}" is a vague group the source does not list`,
      )
    : ctx.t(
        `“${group.name}”是一组单位(${group.members.length} 个)`,
        `"${group.name}" is a group of ${group.members.length} units`,
      );
  return ctx.t(
    `\n${what};下列为点名该组的条文,某个单位的全部任务请用 --unit 指定该单位`,
    `\n${what}; these are the clauses naming the group. For one unit's tasks, give --unit that unit`,
  );
}

/** A leader's name as written in some plan, else exit 2 with the nearest names (or saying the plans name no leaders). */
function selectLeader(ctx: Context, plans: Plan[], name: string): string {
  const names = new Set(listLeaders(plans).map((l) => l.name));
  if (names.has(name)) return name;
  if (names.size === 0)
    throw new UsageError(
      ctx.t(
        `计划中没有写明任何责任领导、牵头领导或责任人,找不到“${name}”`,
        `The plans name no 责任领导, 牵头领导 or 责任人, so not "${name}"`,
      ),
    );
  const near = nearestNames(name, names);
  const hint = near.length ? ctx.t(`。是否要找:${near.join('、')}?`, `. Did you mean: ${near.join(', ')}?`) : '';
  throw new UsageError(ctx.t(`计划中没有领导或责任人“${name}”${hint}`, `No leader "${name}" in the plans${hint}`));
}

export function registerTasks(program: Command, ctx: Context): void {
  const command = program
    .command('tasks')
    .description(
      ctx.t(
        '列出任务条文,可按单位、计划、合作领域、条目、角色、领导筛选',
        'List task clauses, by unit, plan, cooperation area, item, role, leader',
      ),
    )
    .option(
      '-u, --unit <name>',
      ctx.t(
        '单位名称(名单名称、计划中的写法、括号内的另一名称或唯一片段);单位组名称列出点名该组的条文',
        "unit name (roster name, as written, second name, or a unique fragment); a group's name lists the clauses naming the group",
      ),
    )
    .option('-p, --plan <plan>', ctx.t('计划 id 或简称,如 黄州', 'plan id or short name, e.g. 黄州'))
    .option(
      '-d, --domain <domain>',
      ctx.t('合作领域 id 或名称;none 表示不属于任何领域', 'cooperation area id or name; none for no area'),
    )
    .option('-i, --item <n>', ctx.t('条目编号,如 12、(二)1、2.1', 'item number, e.g. 12, (二)1, 2.1'))
    .option(
      '-r, --role <role>',
      ctx.t('与 --unit 同用:lead 只列牵头的,support 只列配合的', 'with --unit: lead or support only'),
    )
    .option(
      '-m, --match <kinds>',
      ctx.t(
        '与 --unit 同用:direct 直接点名、alias 别名、group 所属组、everyone 全体(无括注)、possible 可能(泛指),可逗号连写',
        'with --unit: direct, alias, group, everyone (no bracket), possible (vague group), comma-separated',
      ),
    )
    .option(
      '-l, --leader <name>',
      ctx.t(
        '领导或责任人姓名:列出其负责的条文(节的领导负责全节)',
        "a leader's name: their clauses (a section's leader covers it)",
      ),
    );
  addRosterOption(addFormatOption(command), ctx).action((options: TasksOptions, cmd: Command) => {
    const workspace = loadData(ctx, cmd.optsWithGlobals<GlobalOptions>(), options.roster);
    const filter: TaskFilter = {};
    if ((options.role || options.match) && !options.unit)
      throw new UsageError(ctx.t('--role 和 --match 要与 --unit 一起使用', '--role and --match need --unit'));
    if (options.role) filter.role = roleFilter(ctx, options.role);
    if (options.match) filter.match = matchFilter(ctx, options.match);
    if (options.plan) filter.plans = [selectPlan(ctx, workspace.plans, options.plan)];
    if (options.leader) filter.leader = selectLeader(ctx, filter.plans ?? workspace.plans, options.leader);
    // --plan implies its roster: the unit is looked up there only.
    const units = options.unit ? selectUnits(ctx, workspace, options.unit, filter.plans) : [];
    if (options.domain) filter.domain = selectDomain(ctx, workspace, options.domain);
    if (options.item) filter.items = selectItems(ctx, filter.plans ?? workspace.plans, options.item);
    // Items with only their own text (黄州's 保障机制) hold no clause: say so rather than print an unexplained 0.
    const textOnly = (filter.items ?? [])
      .filter((item) => item.clauses.length === 0 && !(units.length > 0 && item.textClause))
      .map((item) => `${item.plan.short} ${item.ref} ${item.caption}`);
    if (textOnly.length > 0)
      ctx.note(
        ctx.t(
          `注意:条目 ${textOnly.join('、')} 原文没有〔责任单位〕括注,不含任务条文;全文请用 plan show 查看。`,
          `Note: item ${textOnly.join(', ')} names no responsible units in the source, so it holds no clauses; see plan show for its text.`,
        ),
      );
    // A plan whose brackets say only 责任单位 (the 2023 notice) has no lead or support: its 0 rows are no answer.
    if (filter.role) {
      const unlabelled = (filter.plans ?? workspace.plans).filter((p) =>
        p.clauses.every((c) => c.units.every((u) => u.role === 'unspecified')),
      );
      if (unlabelled.length > 0) {
        const names = unlabelled.map((p) => p.short).join('、');
        ctx.note(
          ctx.t(
            `注意:计划 ${names} 的责任单位没有分牵头、配合(只有“责任单位”一栏),--role 在其中找不到任何条文;去掉 --role 可看全部。`,
            `Note: plan ${names} does not tell lead from support units (one 责任单位 list only), so --role finds nothing there; drop --role to see all.`,
          ),
        );
      }
    }
    const labelled = severalRosters(workspace);
    // One answer per unit: each district whose roster has the name gets its own, labelled with the roster id.
    const answers = (units.length > 0 ? units : [undefined]).map((unit) => ({
      unit,
      rows: listTasks(workspace.plans, { ...filter, unit }),
    }));
    const all = answers.flatMap((a) => a.rows.map((row) => ({ unit: a.unit, row })));
    const withLeaders = all.some(({ row }) => leadersOf(row.clause).length > 0);
    const withDeadlines = all.some(({ row }) => row.clause.deadline !== null);
    const columns = (withRoster: boolean) => [
      ...(withRoster ? [{ key: 'roster', header: ctx.t('名单', 'Roster') }] : []),
      { key: 'plan', header: ctx.t('计划', 'Plan') },
      { key: 'item', header: ctx.t('条目', 'Item') },
      { key: 'id', header: ctx.t('编号', 'Id') },
      { key: 'text', header: ctx.t('任务内容', 'Clause'), wide: true },
      { key: 'units', header: ctx.t('责任单位', 'Responsible units'), list: true },
      ...(withLeaders ? [{ key: 'leaders', header: ctx.t('领导', 'Leaders') }] : []),
      ...(withDeadlines ? [{ key: 'deadline', header: ctx.t('完成时限', 'Deadline') }] : []),
      ...(units.length > 0 ? [{ key: 'match', header: ctx.t('关系', 'Match') }] : []),
      { key: 'targets', header: ctx.t('量化指标', 'Targets') },
    ];
    const cells = (r: TaskRow) => ({
      roster: r.clause.plan.rosterId,
      plan: r.clause.plan.short,
      item: itemCell(r.clause.item),
      id: r.clause.localId,
      text: r.clause.text,
      units: unitListsText(r.clause),
      leaders: leadersText(leadersOf(r.clause)),
      deadline: r.clause.deadline ?? '',
      match: roleAndMatch(ctx, r),
      targets: targetText(ctx, r.clause.targets),
    });
    const footer = (n: number) => ctx.t(`共 ${n} 条`, `${n} clause${n === 1 ? '' : 's'}`);
    const title = (unit: UnitTarget | undefined) => {
      if (!unit)
        return filter.leader ? ctx.t(`${filter.leader} 负责的任务`, `Tasks led by ${filter.leader}`) : undefined;
      const name = unitLabel(unit, labelled);
      return `${ctx.t(`${name} 的任务`, `Tasks of ${name}`)}${groupNote(ctx, unit)}`;
    };
    const whole: Report = {
      title: answers.length === 1 ? title(answers[0]?.unit) : undefined,
      // In a folder with several rosters every row says whose it is (csv and json cannot group by heading).
      columns: columns(labelled),
      rows: all.map(({ row }) => cells(row)),
      footer: footer(all.length),
      json: {
        unit: units.length === 1 ? unitJson(units[0]) : null,
        units: units.map(unitJson),
        leader: filter.leader ?? null,
        count: all.length,
        tasks: all.map(({ row: r }) => ({
          id: r.clause.id,
          roster: r.clause.plan.rosterId,
          plan: r.clause.plan.id,
          planShort: r.clause.plan.short,
          item: r.clause.item.ref,
          itemTitle: r.clause.item.title,
          section: r.clause.item.sectionHeading,
          topics: r.clause.item.topics,
          domain: r.clause.item.domain,
          // 0 is an item's own text (全体(无括注)): no clause of it.
          clause: r.clause.index === 0 ? null : r.clause.index,
          text: r.clause.text,
          units: r.clause.units.map((u) => u.written),
          unitLists: unitListsJson(r.clause),
          leaders: r.clause.leaders.map(leaderJson),
          sectionLeaders: r.clause.item.sectionLeaders.map(leaderJson),
          deadline: r.clause.deadline,
          match: r.match,
          matchedAs: r.matchedAs,
          role: r.unit?.role ?? null,
          roleLabel: r.unit?.roleLabel ?? null,
          roleNote: r.unit?.roleNote ?? null,
          note: r.note,
          targets: r.clause.targets.map(targetJson),
        })),
      },
    };
    printPerUnit(ctx, options.format, whole, answers, {
      title,
      columns: (unit) => columns(labelled && !unit),
      cells,
      footer,
    });
  });
}
