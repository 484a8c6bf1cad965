// Small shared wordings for rows and JSON: match kinds, targets, units, the --format option.

import type { Command } from 'commander';
import { BOUND_SIGNS, boundText } from '../domain/target-bound.js';
import { plainUnitLists, roleShown, roleText } from '../domain/unit-roles.js';
import type { Clause, Item, Leader, Target, UnitRef } from '../model/plan.js';
import { qualifiedName, targetName, type UnitTarget } from '../query/find-unit.js';
import type { MatchKind } from '../query/tasks.js';
import { OUTPUT_FORMATS } from '../render/render-report.js';
import type { Context } from './context.js';
import { kindLabel } from './names-report.js';

/**
 * 直接, 别名(区机关事务局), 所属组(各街道(镇)) …; a second name in brackets on the roster (区民宗局 for 区委统战部) reads
 * 括号内另一名称(区民宗局), as `plan check --names` calls it, so that the clause in `clause` tells the two apart.
 */
export function matchLabel(
  ctx: Context,
  match: MatchKind | null,
  matchedAs: string | null,
  clause: Clause | null = null,
): string {
  if (!match) return '';
  const secondName = clause?.units.find((u) => u.written === matchedAs)?.resolution.kind === 'other-name';
  const label = {
    direct: ctx.t('直接', 'direct'),
    alias: kindLabel(ctx, secondName ? 'other-name' : 'alias'),
    group: ctx.t('所属组', 'group'),
    everyone: ctx.t('全体(无括注)', 'everyone (no bracket)'),
    possibly: ctx.t('可能', 'possibly'),
  }[match];
  // 全体(无括注) stands alone: what binds the unit is a phrase of the text, given as matchedAs in JSON.
  return match === 'direct' || match === 'everyone'
    ? label
    : ctx.t(`${label}(${matchedAs})`, `${label} (${matchedAs})`);
}

export function targetText(ctx: Context, targets: Target[]): string {
  return targets.map((t) => `${t.counts}:${boundText(t, ctx.lang)}`).join('\n');
}

/** A target in JSON: every field as written, absent ones null, plus `sign` (≥ ≤ = ≈ ↑) for readers that show it. */
export function targetJson(t: Target) {
  return {
    quote: t.quote,
    counts: t.counts,
    bound: t.bound,
    sign: BOUND_SIGNS[t.bound],
    value: t.value ?? null,
    unit: t.unit ?? null,
    base: t.base ?? null,
    deadline: t.deadline ?? null,
    // Kept from before `bound` existed (docs/json.md: fields are not removed): true exactly when bound is atLeast.
    atLeast: t.bound === 'atLeast',
  };
}

/** The unit a query was about, as JSON: roster entry names, or a name written in the plans that is on no roster. */
export function unitJson(target: UnitTarget | undefined) {
  if (!target) return null;
  if (target.kind === 'written')
    return target.group
      ? { name: target.name, roster: target.rosterId, onRoster: false, group: true }
      : { name: target.name, roster: target.rosterId, onRoster: false };
  return {
    name: target.entry.name,
    roster: target.roster.id,
    written: target.entry.written,
    otherNames: target.entry.otherNames,
    onRoster: true,
  };
}

/**
 * A unit's name for a heading or cell: `qingxi-2023:区发改局` when the answer spans several rosters (two districts'
 * 区发改局 are two units), the bare name otherwise.
 */
export function unitLabel(target: UnitTarget, severalRosters: boolean): string {
  return severalRosters ? qualifiedName(target) : targetName(target);
}

/** The --roster option of the query commands: one district's roster and the plans using it. */
export function addRosterOption(command: Command, ctx: Context): Command {
  return command.option(
    '--roster <id>',
    ctx.t(
      '只看这份名单及使用它的计划(一个文件夹里有几个区的名单时)',
      'only this roster and the plans using it (when the folder holds several districts)',
    ),
  );
}

/** How a written unit name is read: "区机关事务局 → 区机关事务管理局", "区绩效考评单位(组,67个)". */
export function unitRefText(ctx: Context, unit: UnitRef): string {
  const r = unit.resolution;
  switch (r.kind) {
    case 'exact':
    case 'written-form':
      return unit.written;
    case 'other-name':
    case 'alias':
      return `${unit.written} → ${r.entry.name}`;
    case 'group':
      return `${unit.written}${ctx.t(`(组,${r.group.members.length} 个)`, ` (group of ${r.group.members.length})`)}`;
    case 'vague-group':
      return `${unit.written}${ctx.t('(泛指,未列明)', ' (vague, not listed)')}`;
    case 'acknowledged':
      return `${unit.written}${ctx.t('(不在名单)', ' (not on roster)')}`;
    case 'unconfirmed':
      return `${unit.written}${ctx.t('(待核对)', ' (unconfirmed)')}`;
    default:
      return `${unit.written}${ctx.t('(未知)', ' (unknown)')}`;
  }
}

export function unitRefJson(unit: UnitRef) {
  const r = unit.resolution;
  return {
    written: unit.written,
    kind: r.kind,
    name: 'entry' in r ? r.entry.name : null,
    group: 'group' in r ? r.group.name : null,
  };
}

/**
 * "牵头·直接", "责任·所属组(各街道(镇))": the unit's role as its list is labelled, then how it is named. A plain 责任单位
 * bracket (genre A, role unspecified) says nothing about roles, so only the match is shown.
 */
export function roleAndMatch(
  ctx: Context,
  row: { match: MatchKind | null; matchedAs: string | null; unit: UnitRef | null; clause: Clause | null },
): string {
  const match = matchLabel(ctx, row.match, row.matchedAs, row.clause);
  const unit = row.unit;
  if (!unit || !roleShown(unit)) return match;
  return `${roleText(unit, ctx.lang)}·${match}`;
}

/** A clause's units: plain names for one 责任单位 list (genre A), else each list as "牵头单位:…;责任单位:…". */
export function unitListsText(clause: Clause): string {
  if (plainUnitLists(clause.unitLists)) return clause.units.map((u) => u.written).join('、');
  return clause.unitLists
    .map((l) => `${l.label}:${l.units.map((u) => u.written).join('、')}${l.remark ? `(${l.remark})` : ''}`)
    .join(';');
}

/** Leaders as written: "责任领导:张三、李四". */
export function leadersText(leaders: Leader[]): string {
  return leaders.map((l) => `${l.label}:${l.names.join('、')}`).join(';');
}

export const leaderJson = (l: Leader) => ({ label: l.label, names: l.names });

/** A clause's unit lists in JSON: label as written, normalised role, each unit with its role (inferred ones with a note). */
export function unitListsJson(clause: Clause) {
  return clause.unitLists.map((l) => ({
    label: l.label,
    role: l.role,
    remark: l.remark,
    units: l.units.map((u) => ({ written: u.written, role: u.role, roleNote: u.roleNote })),
  }));
}

/** An item in a row that also shows the clause text: its title as written, or its reference alone (no text twice). */
export const itemCell = (item: Item): string => (item.title === null ? item.ref : `${item.ref} ${item.title}`);

/** The --format option every query command takes, its help listing the formats render-report.ts knows. */
export function addFormatOption(command: Command): Command {
  return command.option('-f, --format <format>', OUTPUT_FORMATS.join(' | '), 'table');
}
