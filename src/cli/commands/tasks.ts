// `plan tasks`: the clauses a unit is responsible for (directly, by alias, through groups), filterable by plan, area, item.

import type { Command } from 'commander';
import type { UnitTarget } from '../../query/find-unit.js';
import { listTasks, type TaskFilter, type TaskRow } from '../../query/tasks.js';
import type { Report } from '../../render/report.js';
import type { Context, GlobalOptions } from '../context.js';
import {
  addFormatOption,
  addRosterOption,
  matchLabel,
  targetJson,
  targetText,
  unitJson,
  unitLabel,
} from '../describe.js';
import { loadData, selectPlan, severalRosters } from '../load-data.js';
import { printPerUnit } from '../print-per-unit.js';
import { selectDomain } from '../select-domain.js';
import { selectItems } from '../select-item.js';
import { selectUnits } from '../select-unit.js';

interface TasksOptions {
  unit?: string;
  plan?: string;
  domain?: string;
  item?: string;
  format?: string;
  roster?: string;
}

export function registerTasks(program: Command, ctx: Context): void {
  const command = program
    .command('tasks')
    .description(
      ctx.t(
        '列出任务条文,可按单位、计划、合作领域、条目筛选',
        'List task clauses, by unit, plan, cooperation area, item',
      ),
    )
    .option(
      '-u, --unit <name>',
      ctx.t(
        '单位名称(名单名称、计划中的写法、括号内的另一名称或唯一片段)',
        'unit name (roster name, as written, second name, or a unique fragment)',
      ),
    )
    .option('-p, --plan <plan>', ctx.t('计划 id 或简称,如 黄州', 'plan id or short name, e.g. 黄州'))
    .option(
      '-d, --domain <domain>',
      ctx.t('合作领域 id 或名称;none 表示不属于任何领域', 'cooperation area id or name; none for no area'),
    )
    .option('-i, --item <n>', ctx.t('条目编号,如 12、(二)1、2.1', 'item number, e.g. 12, (二)1, 2.1'));
  addRosterOption(addFormatOption(command), ctx).action((options: TasksOptions, cmd: Command) => {
    const workspace = loadData(ctx, cmd.optsWithGlobals<GlobalOptions>(), options.roster);
    const filter: TaskFilter = {};
    if (options.plan) filter.plans = [selectPlan(ctx, workspace.plans, options.plan)];
    // --plan implies its roster: the unit is looked up there only.
    const units = options.unit ? selectUnits(ctx, workspace, options.unit, filter.plans) : [];
    if (options.domain) filter.domain = selectDomain(ctx, workspace, options.domain);
    if (options.item) filter.items = selectItems(ctx, filter.plans ?? workspace.plans, options.item);
    // Items with only their own text (黄州's 保障机制) hold no clause: say so rather than print an unexplained 0.
    const textOnly = (filter.items ?? [])
      .filter((item) => item.clauses.length === 0 && !(units.length > 0 && item.textClause))
      .map((item) => `${item.plan.short} ${item.ref} ${item.title}`);
    if (textOnly.length > 0)
      ctx.note(
        ctx.t(
          `注意:条目 ${textOnly.join('、')} 原文没有〔责任单位〕括注,不含任务条文;全文请用 plan show 查看。`,
          `Note: item ${textOnly.join(', ')} names no responsible units in the source, so it holds no clauses; see plan show for its text.`,
        ),
      );
    const labelled = severalRosters(workspace);
    // One answer per unit: each district whose roster has the name gets its own, labelled with the roster id.
    const answers = (units.length > 0 ? units : [undefined]).map((unit) => ({
      unit,
      rows: listTasks(workspace.plans, { ...filter, unit }),
    }));
    const all = answers.flatMap((a) => a.rows.map((row) => ({ unit: a.unit, row })));
    const columns = (withRoster: boolean) => [
      ...(withRoster ? [{ key: 'roster', header: ctx.t('名单', 'Roster') }] : []),
      { key: 'plan', header: ctx.t('计划', 'Plan') },
      { key: 'item', header: ctx.t('条目', 'Item') },
      { key: 'text', header: ctx.t('任务内容', 'Clause'), wide: true },
      { key: 'units', header: ctx.t('责任单位', 'Responsible units'), list: true },
      ...(units.length > 0 ? [{ key: 'match', header: ctx.t('关系', 'Match') }] : []),
      { key: 'targets', header: ctx.t('量化指标', 'Targets') },
    ];
    const cells = (r: TaskRow) => ({
      roster: r.clause.plan.rosterId,
      plan: r.clause.plan.short,
      item: `${r.clause.item.ref} ${r.clause.item.title}`,
      text: r.clause.text,
      units: r.clause.units.map((u) => u.written).join('、'),
      match: matchLabel(ctx, r.match, r.matchedAs, r.clause),
      targets: targetText(r.clause.targets),
    });
    const footer = (n: number) => ctx.t(`共 ${n} 条`, `${n} clause${n === 1 ? '' : 's'}`);
    const title = (unit: UnitTarget | undefined) => {
      if (!unit) return undefined;
      const name = unitLabel(unit, labelled);
      return ctx.t(`${name} 的任务`, `Tasks of ${name}`);
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
        count: all.length,
        tasks: all.map(({ row: r }) => ({
          roster: r.clause.plan.rosterId,
          plan: r.clause.plan.id,
          planShort: r.clause.plan.short,
          item: r.clause.item.ref,
          itemTitle: r.clause.item.title,
          section: r.clause.item.sectionHeading,
          domain: r.clause.item.domain,
          // 0 is an item's own text (全体(无括注)): no clause of it.
          clause: r.clause.index === 0 ? null : r.clause.index,
          text: r.clause.text,
          units: r.clause.units.map((u) => u.written),
          match: r.match,
          matchedAs: r.matchedAs,
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
