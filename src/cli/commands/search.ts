// `plan search WORDS…`: clauses and items whose title or text contains every word, matches marked in the table.

import type { Command } from 'commander';
import type { Plan } from '../../model/plan.js';
import { searchPlans } from '../../query/search.js';
import { leadersOf } from '../../query/tasks.js';
import type { Report } from '../../render/report.js';
import type { Context, GlobalOptions } from '../context.js';
import { addFormatOption, addRosterOption, itemCell, leadersText } from '../describe.js';
import { loadData, selectPlan } from '../load-data.js';
import { UsageError } from '../usage-error.js';

export function registerSearch(program: Command, ctx: Context): void {
  const command = program
    .command('search')
    .description(
      ctx.t(
        '在条目标题、条文和领导姓名中查找文字(按字符匹配,多个词须同时出现)',
        "Find text in item titles, clauses and leaders' names (characters, not words; every word must occur)",
      ),
    )
    .argument('<words...>', ctx.t('要找的文字,如 消费 农产品', 'text to find, e.g. 消费 农产品'))
    .option('-p, --plan <plan>', ctx.t('只在这个计划中查找', 'search this plan only'));
  addRosterOption(addFormatOption(command), ctx).action(
    (words: string[], options: { plan?: string; format?: string; roster?: string }, cmd: Command) => {
      const wanted = words.map((w) => w.trim()).filter((w) => w.length > 0);
      if (wanted.length === 0) throw new UsageError(ctx.t('请给出要查找的文字', 'Give some text to search for'));
      const workspace = loadData(ctx, cmd.optsWithGlobals<GlobalOptions>(), options.roster);
      const plans: Plan[] = options.plan ? [selectPlan(ctx, workspace.plans, options.plan)] : workspace.plans;
      const hits = searchPlans(plans, wanted);
      // Every word is text to find, a plan's name too (黄州 occurs in clauses): say so, and how to pick a plan instead.
      for (const word of wanted) {
        const plan = options.plan ? undefined : workspace.plans.find((p) => p.short === word || p.id === word);
        if (plan)
          ctx.note(
            ctx.t(
              `注意:“${word}”按文字查找(只列出含“${word}”的条目和条文);只在${plan.short}计划中查找请用 --plan ${plan.short}`,
              `Note: "${word}" is searched for as text (only items and clauses containing it); to search plan ${plan.short} only, use --plan ${plan.short}`,
            ),
          );
      }
      const leadersOfHit = (h: (typeof hits)[number]) => (h.clause ? leadersOf(h.clause) : h.item.sectionLeaders);
      const withLeaders = hits.some((h) => leadersOfHit(h).length > 0);
      const report: Report = {
        title: ctx.t(`查找:${wanted.join(' ')}`, `Search: ${wanted.join(' ')}`),
        columns: [
          { key: 'plan', header: ctx.t('计划', 'Plan') },
          { key: 'item', header: ctx.t('条目', 'Item') },
          { key: 'text', header: ctx.t('内容', 'Text'), wide: true },
          { key: 'units', header: ctx.t('责任单位', 'Responsible units'), list: true },
          ...(withLeaders ? [{ key: 'leaders', header: ctx.t('领导', 'Leaders') }] : []),
        ],
        rows: hits.map((h) => ({
          plan: h.item.plan.short,
          item: itemCell(h.item),
          text: h.text,
          units: (h.clause?.units ?? []).map((u) => u.written).join('、'),
          leaders: leadersText(leadersOfHit(h)),
        })),
        highlight: wanted,
        footer: ctx.t(`共 ${hits.length} 处`, `${hits.length} hit${hits.length === 1 ? '' : 's'}`),
        json: {
          words: wanted,
          count: hits.length,
          hits: hits.map((h) => ({
            roster: h.item.plan.rosterId,
            plan: h.item.plan.id,
            planShort: h.item.plan.short,
            item: h.item.ref,
            itemTitle: h.item.title,
            clause: h.clause?.index ?? null,
            id: h.clause?.id ?? null,
            text: h.text,
            units: (h.clause?.units ?? []).map((u) => u.written),
            inTitle: h.inTitle,
            inText: h.inText,
            inLeaders: h.inLeaders,
          })),
        },
      };
      ctx.print(report, options.format);
    },
  );
}
