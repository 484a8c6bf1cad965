// Loads the data folder for a query command; data errors are summarised on stderr and in the output, not hidden: an
// answer from data that did not all load exits 1, unless --partial asks for what loaded.

import type { Workspace } from '../load/load-workspace.js';
import type { Plan } from '../model/plan.js';
import { findPlan } from '../query/find-plan.js';
import type { Context, GlobalOptions } from './context.js';
import { nameList } from './name-list.js';
import { UsageError } from './usage-error.js';

/** `rosterId` (a command's --roster) keeps that roster and the plans using it: one district of a folder holding several. */
export function loadData(ctx: Context, globals: GlobalOptions, rosterId?: string): Workspace {
  const workspace = scopeToRoster(ctx, ctx.load([ctx.dataDir(globals)]), rosterId);
  // Each note goes to stderr now and into the answer itself (ctx.print), so a saved CSV or JSON says it too.
  const note = (line: string) => {
    ctx.note(line);
    ctx.incomplete.push(line);
  };
  const broken = new Set(workspace.findings.map((f) => f.file));
  if (broken.size > 0) {
    note(
      ctx.t(
        `注意:${broken.size} 个数据文件有错误,未计入结果(${nameList(ctx, [...broken])})。请运行 plan validate 查看。`,
        `Note: ${broken.size} data file(s) have errors and were left out (${nameList(ctx, [...broken])}). Run plan validate.`,
      ),
    );
  }
  // Without its roster no name in a plan resolves: say that once, instead of listing every name as unknown.
  const loadedRosters = new Set(workspace.rosters.map((r) => r.id));
  const orphans = workspace.plans.filter((p) => !loadedRosters.has(p.rosterId));
  if (orphans.length > 0) {
    const which = orphans.map((p) => `${p.short}(${p.rosterId})`);
    note(
      ctx.t(
        `注意:计划 ${nameList(ctx, which)} 的名单未能载入,其责任单位无法与名单对应,结果不完整。请运行 plan validate 查看。`,
        `Note: the roster of plan(s) ${nameList(ctx, which)} is not loaded, so their units cannot be matched to roster units and the results are incomplete. Run plan validate.`,
      ),
    );
  }
  // Validate-phase problems are not in workspace.findings; an unknown name (a typo such as 区商务厅) silently drops its
  // clause from every roster unit's answer, so say so.
  const withRoster = workspace.plans.filter((p) => loadedRosters.has(p.rosterId));
  const unknown = [
    ...new Set(
      withRoster.flatMap((p) =>
        p.clauses.flatMap((c) => c.units.filter((u) => u.resolution.kind === 'unknown').map((u) => u.written)),
      ),
    ),
  ];
  if (unknown.length > 0) {
    note(
      ctx.t(
        `注意:计划中有 ${unknown.length} 个责任单位名称既不在名单上也未登记(${nameList(ctx, unknown)}),其条文不会计入任何名单单位。请运行 plan validate 查看。`,
        `Note: ${unknown.length} unit name(s) in the plans are neither on the roster nor recorded (${nameList(ctx, unknown)}); their clauses count for no roster unit. Run plan validate.`,
      ),
    );
  }
  if (ctx.incomplete.length > 0 && !globals.partial) {
    ctx.io.stderr(
      ctx.t(
        '结果不完整,以退出码 1 结束;只要已载入部分的结果,请加 --partial。\n',
        'The answer is incomplete, so plan exits 1; add --partial to accept what loaded.\n',
      ),
    );
    ctx.exitCode = 1;
  }
  if (workspace.plans.length === 0)
    throw new UsageError(
      ctx.t(`数据目录 ${ctx.dataDir(globals)} 中没有可用的计划文件`, `No usable plan files in ${ctx.dataDir(globals)}`),
    );
  return workspace;
}

/** True when the folder (after --roster) holds more than one roster: answers then say which roster each unit is on. */
export function severalRosters(workspace: Workspace): boolean {
  return new Set([...workspace.rosters.map((r) => r.id), ...workspace.plans.map((p) => p.rosterId)]).size > 1;
}

/** The workspace narrowed to one roster and the plans using it; an unknown id is a usage error naming the known ones. */
export function scopeToRoster(ctx: Context, workspace: Workspace, rosterId: string | undefined): Workspace {
  if (rosterId === undefined) return workspace;
  const known = [...new Set([...workspace.rosters.map((r) => r.id), ...workspace.plans.map((p) => p.rosterId)])];
  if (!known.includes(rosterId))
    throw new UsageError(
      ctx.t(
        `没有名单“${rosterId}”。可用:${known.join('、') || '(无)'}`,
        `No roster "${rosterId}". Known: ${known.join(', ') || '(none)'}`,
      ),
    );
  return {
    ...workspace,
    rosters: workspace.rosters.filter((r) => r.id === rosterId),
    plans: workspace.plans.filter((p) => p.rosterId === rosterId),
  };
}

export function selectPlan(ctx: Context, plans: Plan[], query: string): Plan {
  const found = findPlan(plans, query);
  if ('plan' in found) return found.plan;
  throw new UsageError(
    ctx.t(
      `找不到计划“${query}”。可用:${found.known.join('、')}`,
      `No plan "${query}". Known: ${found.known.join(', ')}`,
    ),
  );
}
