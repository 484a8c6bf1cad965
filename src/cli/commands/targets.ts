// `plan targets`: every quantitative target by plan and unit — what is counted, how much, and who holds it.

import type { Command } from 'commander';
import type { Plan } from '../../model/plan.js';
import { listTargets } from '../../query/targets.js';
import { unitName } from '../../query/units.js';
import type { Report } from '../../render/report.js';
import type { Context, GlobalOptions } from '../context.js';
import { addFormatOption, matchLabel, targetJson, unitJson } from '../describe.js';
import { loadData, selectPlan } from '../load-data.js';
import { selectUnit } from '../select-unit.js';

export function registerTargets(program: Command, ctx: Context): void {
  const command = program
    .command('targets')
    .description(
      ctx.t(
        '列出全部量化指标(如 700万元、至少1次)及其责任单位',
        'Every quantitative target (e.g. 700万元, 至少1次) and who holds it',
      ),
    )
    .option(
      '-u, --unit <name>',
      ctx.t('只列这个单位承担的指标(含通过所属组)', 'only the targets of this unit (including through groups)'),
    )
    .option('-p, --plan <plan>', ctx.t('只列这个计划', 'this plan only'));
  addFormatOption(command).action((options: { unit?: string; plan?: string; format?: string }, cmd: Command) => {
    const workspace = loadData(ctx, cmd.optsWithGlobals<GlobalOptions>());
    const unit = options.unit ? selectUnit(ctx, workspace, options.unit) : undefined;
    const plans: Plan[] = options.plan ? [selectPlan(ctx, workspace.plans, options.plan)] : workspace.plans;
    const rows = listTargets(plans, unit);
    const report: Report = {
      title: unit ? ctx.t(`${unitName(unit)} 的量化指标`, `Targets of ${unitName(unit)}`) : undefined,
      columns: [
        { key: 'plan', header: ctx.t('计划', 'Plan') },
        { key: 'item', header: ctx.t('条目', 'Item') },
        { key: 'counts', header: ctx.t('指标内容', 'What is counted'), wide: true },
        { key: 'value', header: ctx.t('目标值', 'Target') },
        { key: 'quote', header: ctx.t('原文', 'As written') },
        { key: 'units', header: ctx.t('责任单位', 'Responsible units'), wide: true, list: true },
        ...(unit ? [{ key: 'match', header: ctx.t('关系', 'Match') }] : []),
      ],
      rows: rows.map((r) => ({
        plan: r.item.plan.short,
        item: `${r.item.ref} ${r.item.title}`,
        counts: r.target.counts,
        value: `${r.target.atLeast ? '≥' : ''}${r.target.value}${r.target.unit}`,
        quote: r.target.quote,
        units: (r.clause?.units ?? []).map((u) => u.written).join('、'),
        match: matchLabel(ctx, r.match, r.matchedAs, r.clause),
      })),
      footer: ctx.t(`共 ${rows.length} 项指标`, `${rows.length} target${rows.length === 1 ? '' : 's'}`),
      json: {
        unit: unitJson(unit),
        count: rows.length,
        targets: rows.map((r) => ({
          plan: r.item.plan.id,
          planShort: r.item.plan.short,
          item: r.item.ref,
          itemTitle: r.item.title,
          clause: r.clause?.index ?? null,
          ...targetJson(r.target),
          units: (r.clause?.units ?? []).map((u) => u.written),
          match: r.match,
          matchedAs: r.matchedAs,
        })),
      },
    };
    ctx.print(report, options.format);
  });
}
