// Resolves --unit for a command, turning "ambiguous" and "unknown" into exit-2 messages with candidates.

import type { Workspace } from '../load/load-workspace.js';
import type { Plan } from '../model/plan.js';
import { findUnitAsTyped, type UnitTarget } from '../query/find-unit.js';
import type { Context } from './context.js';
import { UsageError } from './usage-error.js';

/** Enough candidates to pick from without flooding the terminal. */
const SHOWN_CANDIDATES = 10;

/**
 * The unit(s) the name means in the rosters of the plans in scope (`--plan` given: that plan's roster only). A name
 * several rosters have (each district's 区发改局) gives one target per roster, for the command to label.
 */
export function selectUnits(
  ctx: Context,
  workspace: Workspace,
  query: string,
  plans: Plan[] = workspace.plans,
): UnitTarget[] {
  const rosterIds = new Set(plans.map((p) => p.rosterId));
  const rosters = plans === workspace.plans ? workspace.rosters : workspace.rosters.filter((r) => rosterIds.has(r.id));
  const found = findUnitAsTyped(query, rosters, plans);
  if ('targets' in found) return found.targets;
  if (found.error === 'ambiguous') {
    const shown = found.candidates.slice(0, SHOWN_CANDIDATES);
    const more = found.candidates.length - shown.length;
    const zh = `“${query}”可指 ${found.candidates.length} 个单位,请写得更具体:${shown.join('、')}${more > 0 ? ` 等(另有 ${more} 个)` : ''}`;
    const en = `"${query}" matches ${found.candidates.length} units; be more specific: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
    throw new UsageError(ctx.t(zh, en));
  }
  // A vague group (区直相关单位) has no member list in the source: its size is only who it might mean, not a count to print.
  if (found.error === 'group' && found.vague)
    throw new UsageError(
      ctx.t(
        `“${found.group}”是泛指的一组单位,原文未列明具体单位,请指定一个具体单位`,
        `"${found.group}" is a vague group the source does not list; name one unit`,
      ),
    );
  if (found.error === 'group')
    throw new UsageError(
      ctx.t(
        `“${found.group}”是一组单位(${found.members} 个),请指定其中一个具体单位`,
        `"${found.group}" is a group of ${found.members} units; name one unit`,
      ),
    );
  const hint = found.suggestions.length
    ? ctx.t(`。是否要找:${found.suggestions.join('、')}?`, `. Did you mean: ${found.suggestions.join(', ')}?`)
    : '';
  throw new UsageError(
    ctx.t(`名单和计划中都没有单位“${query}”${hint}`, `No unit "${query}" in the roster or the plans${hint}`),
  );
}
