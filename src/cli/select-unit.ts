// Resolves --unit for a command, turning "ambiguous" and "unknown" into exit-2 messages with candidates.

import { MAX_UNIT_NAME_CHARS, tooLongName } from '../domain/nearest-names.js';
import type { Workspace } from '../load/load-workspace.js';
import type { Plan } from '../model/plan.js';
import { findUnitAsTyped, type UnitTarget } from '../query/find-unit.js';
import type { Context } from './context.js';
import { nameList } from './name-list.js';
import { UsageError } from './usage-error.js';

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
  // No unit name is that long (rule unit-name-too-long); comparing one with every name would take minutes.
  if (tooLongName(query))
    throw new UsageError(
      ctx.t(
        `--unit 的单位名称最长 ${MAX_UNIT_NAME_CHARS} 个字符,收到的有 ${[...query].length} 个字符。请写单位名称或其中几个字`,
        `--unit takes a unit name of at most ${MAX_UNIT_NAME_CHARS} characters; this one has ${[...query].length}. Give the unit's name or part of it`,
      ),
    );
  const rosterIds = new Set(plans.map((p) => p.rosterId));
  const rosters = plans === workspace.plans ? workspace.rosters : workspace.rosters.filter((r) => rosterIds.has(r.id));
  const found = findUnitAsTyped(query, rosters, plans);
  if ('targets' in found) return found.targets;
  if (found.error === 'ambiguous') {
    const list = nameList(ctx, found.candidates);
    throw new UsageError(
      ctx.t(
        `“${query}”可指 ${found.candidates.length} 个单位,请写得更具体:${list}`,
        `"${query}" matches ${found.candidates.length} units; be more specific: ${list}`,
      ),
    );
  }
  const hint = found.suggestions.length
    ? ctx.t(`。是否要找:${found.suggestions.join('、')}?`, `. Did you mean: ${found.suggestions.join(', ')}?`)
    : '';
  throw new UsageError(
    ctx.t(`名单和计划中都没有单位“${query}”${hint}`, `No unit "${query}" in the roster or the plans${hint}`),
  );
}
