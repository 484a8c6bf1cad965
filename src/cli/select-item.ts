// Resolves an item reference (12, (二)2, 2.2, 三、1) in the chosen plans; nothing found or several items is exit 2.

import type { Item, Plan } from '../model/plan.js';
import { lookupItems } from '../query/item-ref.js';
import type { Context } from './context.js';
import { UsageError } from './usage-error.js';

const itemLabel = (item: Item) => `${item.ref} ${item.caption}`;

function ambiguity(ctx: Context, plan: Plan, query: string, candidates: Item[], severalPlans: boolean): string {
  const list = candidates.map(itemLabel).join(ctx.t('、', ', '));
  const example = candidates[1]?.ref ?? candidates[0]?.ref ?? '';
  const orPlan = severalPlans ? ctx.t(',或用 --plan 选定计划', ', or choose a plan with --plan') : '';
  return ctx.t(
    `在“${plan.short}”中“${query}”可指多个条目:${list}。请写出带章节的编号(如 ${example})${orPlan}`,
    `"${query}" fits several items of ${plan.short}: ${list}. Give the section too (e.g. ${example})${orPlan}`,
  );
}

export function selectItems(ctx: Context, plans: Plan[], query: string): Item[] {
  const { items, ambiguous } = lookupItems(plans, query);
  const first = ambiguous[0];
  if (first) throw new UsageError(ambiguity(ctx, first.plan, query, first.candidates, plans.length > 1));
  if (items.length === 0) {
    const where = plans.map((p) => p.short).join(ctx.t('、', ', '));
    const planArg = plans.length === 1 ? (plans[0]?.short ?? '') : ctx.t('计划', 'PLAN');
    throw new UsageError(
      ctx.t(
        `在 ${where} 中找不到条目“${query}”。条目可写作 12、(二)1、2.1、三、1 或 (一);plan tasks --plan ${planArg} 可列出有任务条文的条目`,
        `No item "${query}" in ${where}. Write items as 12, (二)1, 2.1, 三、1 or (一); plan tasks --plan ${planArg} lists the items with clauses`,
      ),
    );
  }
  return items;
}
