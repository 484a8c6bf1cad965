// Small shared wordings for rows: match kinds, targets, plan labels.

import type { Target } from '../model/plan.js';
import type { MatchKind } from '../query/tasks.js';
import type { Context } from './context.js';

export function matchLabel(ctx: Context, match: MatchKind | null, matchedAs: string | null): string {
  if (!match) return '';
  const label = { direct: ctx.t('直接', 'direct'), alias: ctx.t('别名', 'alias'), group: ctx.t('所属组', 'group'), possibly: ctx.t('可能', 'possibly') }[match];
  return match === 'direct' ? label : `${label}(${matchedAs})`;
}

export function targetText(targets: Target[]): string {
  return targets.map((t) => `${t.counts}:${t.atLeast ? '≥' : ''}${t.value}${t.unit}`).join('\n');
}

export function targetJson(t: Target) {
  return { quote: t.quote, counts: t.counts, value: t.value, unit: t.unit, atLeast: t.atLeast };
}
