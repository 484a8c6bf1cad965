// `plan leaders`: the people named as 责任领导 / 牵头领导 / 责任人, with how many clauses each answers for.

import type { Command } from 'commander';
import type { Plan } from '../../model/plan.js';
import { listLeaders } from '../../query/leaders.js';
import type { Report } from '../../render/report.js';
import type { Context, GlobalOptions } from '../context.js';
import { addFormatOption } from '../describe.js';
import { loadData, selectPlan } from '../load-data.js';

export function registerLeaders(program: Command, ctx: Context): void {
  const command = program
    .command('leaders')
    .description(
      ctx.t(
        '列出计划中的责任领导、牵头领导和责任人,及其负责的条文数(节的领导负责全节)',
        'List leaders (责任领导, 牵头领导, 责任人) and how many clauses each answers for (a section leader covers it)',
      ),
    )
    .option('-p, --plan <plan>', ctx.t('只看这个计划', 'this plan only'));
  addFormatOption(command).action((options: { plan?: string; format?: string }, cmd: Command) => {
    const workspace = loadData(ctx, cmd.optsWithGlobals<GlobalOptions>());
    const plans: Plan[] = options.plan ? [selectPlan(ctx, workspace.plans, options.plan)] : workspace.plans;
    const rows = listLeaders(plans);
    const report: Report = {
      columns: [
        { key: 'name', header: ctx.t('姓名', 'Name') },
        { key: 'labels', header: ctx.t('职责', 'As') },
        { key: 'plans', header: ctx.t('计划', 'Plans') },
        { key: 'clauses', header: ctx.t('本人条文', 'Own clauses') },
        { key: 'viaSection', header: ctx.t('所领节内条文', 'Via sections') },
        { key: 'total', header: ctx.t('合计', 'Total') },
        { key: 'sections', header: ctx.t('牵头的节', 'Sections led'), wide: true },
      ],
      rows: rows.map((r) => ({
        name: r.name,
        labels: r.labels.join('、'),
        plans: r.plans.map((p) => p.short).join('、'),
        clauses: String(r.clauses),
        viaSection: String(r.viaSection),
        total: String(r.clauses + r.viaSection),
        sections: r.sections.join('、'),
      })),
      footer:
        rows.length === 0
          ? ctx.t(
              '共 0 人:计划中没有写明责任领导、牵头领导或责任人',
              '0 people: the plans name no 责任领导, 牵头领导 or 责任人',
            )
          : ctx.t(`共 ${rows.length} 人`, `${rows.length} ${rows.length === 1 ? 'person' : 'people'}`),
      json: {
        count: rows.length,
        leaders: rows.map((r) => ({
          name: r.name,
          labels: r.labels,
          plans: r.plans.map((p) => p.id),
          clauses: r.clauses,
          viaSection: r.viaSection,
          total: r.clauses + r.viaSection,
          sections: r.sections,
        })),
      },
    };
    ctx.print(report, options.format);
  });
}
