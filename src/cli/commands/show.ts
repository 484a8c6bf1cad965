// `plan show PLAN ITEM`: one item in full — title, every clause with its units and targets, section and cooperation area.

import type { Command } from 'commander';
import type { Implied, Item, UnitRef } from '../../model/plan.js';
import type { Report } from '../../render/report.js';
import type { Context, GlobalOptions } from '../context.js';
import {
  addFormatOption,
  addRosterOption,
  leaderJson,
  leadersText,
  targetJson,
  targetText,
  unitListsJson,
  unitRefJson,
  unitRefText,
} from '../describe.js';
import { loadData, selectPlan } from '../load-data.js';
import { selectItems } from '../select-item.js';

function placeLines(ctx: Context, item: Item, areaName: string | null): string[] {
  const lines = [`${item.partNumber}、${item.partHeading}`];
  if (item.sectionHeading !== null)
    lines.push(`${item.sectionNumber ? `(${item.sectionNumber})` : ''}${item.sectionHeading}`);
  lines.push(...item.topics);
  if (item.sectionLeaders.length > 0) lines.push(leadersText(item.sectionLeaders));
  lines.push(ctx.t(`合作领域:${areaName ?? '无'}`, `Cooperation area: ${areaName ?? 'none'}`));
  return lines;
}

/** 全体(无括注) when the text binds all units (the words that do are in JSON's impliedUnits.quote). */
function impliedText(ctx: Context, implied: Implied | null): string[] {
  return implied ? [ctx.t('全体(无括注)', 'everyone (no bracket)')] : [];
}

const impliedJson = (implied: Implied | null) =>
  implied ? { means: implied.means, quote: implied.quote, note: implied.note } : null;

/** "(牵头,推断)" after a unit whose role comes from "列第一位者为牵头单位", not from its label. */
function inferredRole(ctx: Context, unit: UnitRef): string {
  if (!unit.roleNote) return '';
  return unit.role === 'lead'
    ? ctx.t('(牵头,推断)', ' (lead, inferred)')
    : ctx.t('(配合,推断)', ' (support, inferred)');
}

export function registerShow(program: Command, ctx: Context): void {
  const command = program
    .command('show')
    .description(
      ctx.t(
        '显示一个条目的全部内容:标题、各条文及责任单位、量化指标、所属章节和合作领域',
        'One item in full: title, clauses with units, targets, section and cooperation area',
      ),
    )
    .argument('<plan>', ctx.t('计划 id 或简称,如 黄州', 'plan id or short name, e.g. 黄州'))
    .argument('<item>', ctx.t('条目编号,如 12、(二)2、2.2、三、1', 'item number, e.g. 12, (二)2, 2.2, 三、1'));
  addRosterOption(addFormatOption(command), ctx).action(
    (planQuery: string, itemQuery: string, options: { format?: string; roster?: string }, cmd: Command) => {
      const workspace = loadData(ctx, cmd.optsWithGlobals<GlobalOptions>(), options.roster);
      const plan = selectPlan(ctx, workspace.plans, planQuery);
      const [item] = selectItems(ctx, [plan], itemQuery) as [Item];
      const area = item.domain
        ? (workspace.domains.find((d) => d.id === item.domain) ?? { id: item.domain, name: item.domain })
        : null;
      // One 责任单位 list (genre A) shows its units alone; labelled lists show their label above their units.
      const unitsText = (c: Item['clauses'][number]) =>
        c.unitLists.flatMap((l) => [
          ...(c.unitLists.length > 1 || l.role !== 'unspecified' || l.remark ? [`${l.label}:`] : []),
          ...l.units.map((u) => `${unitRefText(ctx, u)}${inferredRole(ctx, u)}`),
          ...(l.remark ? [`(${l.remark})`] : []),
        ]);
      const rows = item.clauses.map((c) => ({
        no: c.localId,
        text: [
          c.text,
          leadersText(c.leaders),
          c.deadline ? ctx.t(`完成时限:${c.deadline}`, `Deadline: ${c.deadline}`) : '',
        ]
          .filter((line) => line !== '')
          .join('\n'),
        units: [...unitsText(c), ...impliedText(ctx, c.implied)].join('\n'),
        targets: targetText(ctx, c.targets),
      }));
      if (item.text !== null)
        rows.unshift({
          no: '',
          text: item.text,
          units: impliedText(ctx, item.textClause?.implied ?? null).join('\n'),
          targets: targetText(ctx, item.targets),
        });
      const report: Report = {
        title: [`${plan.short} ${item.ref} ${item.caption}`, ...placeLines(ctx, item, area?.name ?? null)].join('\n'),
        columns: [
          // An item with only its own text has no clause, so no clause id to show.
          ...(item.clauses.length > 0 ? [{ key: 'no', header: ctx.t('编号', 'Id') }] : []),
          { key: 'text', header: ctx.t('任务内容', 'Clause'), wide: true },
          { key: 'units', header: ctx.t('责任单位', 'Responsible units') },
          { key: 'targets', header: ctx.t('量化指标', 'Targets') },
        ],
        rows,
        // An item that is only a paragraph (黄州 保障机制) has its text shown above and no clause: say that, not "0".
        footer:
          item.clauses.length === 0 && item.text !== null
            ? ctx.t(
                '本条目原文为一段文字,没有〔责任单位〕括注,因此不含任务条文',
                'This item is one paragraph in the source naming no responsible units, so it holds no clauses',
              )
            : ctx.t(
                `共 ${item.clauses.length} 条条文`,
                `${item.clauses.length} clause${item.clauses.length === 1 ? '' : 's'}`,
              ),
        json: {
          plan: { id: plan.id, short: plan.short, title: plan.title, roster: plan.rosterId },
          item: {
            ref: item.ref,
            number: item.number,
            label: item.label,
            title: item.title,
            part: { number: item.partNumber, heading: item.partHeading },
            section: item.sectionHeading !== null ? { number: item.sectionNumber, heading: item.sectionHeading } : null,
            topics: item.topics,
            sectionLeaders: item.sectionLeaders.map(leaderJson),
            domain: area,
            text: item.text,
            impliedUnits: impliedJson(item.textClause?.implied ?? null),
            targets: item.targets.map(targetJson),
            clauses: item.clauses.map((c) => ({
              id: c.id,
              idWritten: c.idWritten,
              index: c.index,
              text: c.text,
              units: c.units.map((u) => ({
                ...unitRefJson(u),
                role: u.role,
                roleLabel: u.roleLabel,
                roleNote: u.roleNote,
              })),
              unitLists: unitListsJson(c),
              leaders: c.leaders.map(leaderJson),
              deadline: c.deadline,
              impliedUnits: impliedJson(c.implied),
              targets: c.targets.map(targetJson),
            })),
          },
        },
      };
      ctx.print(report, options.format);
    },
  );
}
