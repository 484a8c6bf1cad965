// `plan targets`: every quantitative target by plan and unit — what is counted, how much, and who holds it.

import type { Command } from 'commander';
import { boundText } from '../../domain/target-bound.js';
import type { Plan } from '../../model/plan.js';
import type { UnitTarget } from '../../query/find-unit.js';
import { listTargets, type TargetRow } from '../../query/targets.js';
import type { Report } from '../../render/report.js';
import type { Context, GlobalOptions } from '../context.js';
import { addFormatOption, addRosterOption, roleAndMatch, targetJson, unitJson, unitLabel } from '../describe.js';
import { loadData, selectPlan, severalRosters } from '../load-data.js';
import { printPerUnit } from '../print-per-unit.js';
import { selectUnits } from '../select-unit.js';

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
  addRosterOption(addFormatOption(command), ctx).action(
    (options: { unit?: string; plan?: string; format?: string; roster?: string }, cmd: Command) => {
      const workspace = loadData(ctx, cmd.optsWithGlobals<GlobalOptions>(), options.roster);
      const plans: Plan[] = options.plan ? [selectPlan(ctx, workspace.plans, options.plan)] : workspace.plans;
      // --plan implies its roster; a name several rosters have gives one labelled answer per roster.
      const units = options.unit ? selectUnits(ctx, workspace, options.unit, options.plan ? plans : undefined) : [];
      const labelled = severalRosters(workspace);
      const answers = (units.length > 0 ? units : [undefined]).map((unit) => ({
        unit,
        rows: listTargets(plans, unit),
      }));
      const all = answers.flatMap((a) => a.rows);
      const columns = (withRoster: boolean) => [
        ...(withRoster ? [{ key: 'roster', header: ctx.t('名单', 'Roster') }] : []),
        { key: 'plan', header: ctx.t('计划', 'Plan') },
        { key: 'item', header: ctx.t('条目', 'Item') },
        { key: 'counts', header: ctx.t('指标内容', 'What is counted'), wide: true },
        { key: 'value', header: ctx.t('目标值', 'Target'), bound: true },
        { key: 'quote', header: ctx.t('原文', 'As written') },
        { key: 'units', header: ctx.t('责任单位', 'Responsible units'), wide: true, list: true },
        ...(units.length > 0 ? [{ key: 'match', header: ctx.t('关系', 'Match') }] : []),
      ];
      const cells = (r: TargetRow) => ({
        roster: r.item.plan.rosterId,
        plan: r.item.plan.short,
        item: `${r.item.ref} ${r.item.caption}`,
        counts: r.target.counts,
        value: boundText(r.target, ctx.lang),
        quote: r.target.quote,
        units: (r.clause?.units ?? []).map((u) => u.written).join('、'),
        match: roleAndMatch(ctx, r),
      });
      const footer = (n: number) => ctx.t(`共 ${n} 项指标`, `${n} target${n === 1 ? '' : 's'}`);
      const title = (unit: UnitTarget | undefined) => {
        if (!unit) return undefined;
        const name = unitLabel(unit, labelled);
        return ctx.t(`${name} 的量化指标`, `Targets of ${name}`);
      };
      const whole: Report = {
        title: answers.length === 1 ? title(answers[0]?.unit) : undefined,
        columns: columns(labelled),
        rows: all.map(cells),
        footer: footer(all.length),
        json: {
          unit: units.length === 1 ? unitJson(units[0]) : null,
          units: units.map(unitJson),
          count: all.length,
          targets: all.map((r) => ({
            roster: r.item.plan.rosterId,
            plan: r.item.plan.id,
            planShort: r.item.plan.short,
            item: r.item.ref,
            itemTitle: r.item.title,
            clause: r.clause?.index ?? null,
            ...targetJson(r.target),
            units: (r.clause?.units ?? []).map((u) => u.written),
            match: r.match,
            matchedAs: r.matchedAs,
            role: r.unit?.role ?? null,
            roleLabel: r.unit?.roleLabel ?? null,
          })),
        },
      };
      printPerUnit(ctx, options.format, whole, answers, {
        title,
        columns: (unit) => columns(labelled && !unit),
        cells,
        footer,
      });
    },
  );
}
