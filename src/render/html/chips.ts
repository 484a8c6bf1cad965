// Small shared pieces: a unit name as a chip linking to its entry in the unit index, a clause's unit lists, a target as a line.

import { entryOf } from '../../domain/build-roster.js';
import { boundText } from '../../domain/target-bound.js';
import { plainUnitLists } from '../../domain/unit-roles.js';
import type { Lang } from '../../model/lang.js';
import type { Clause, Target, UnitRef } from '../../model/plan.js';
import type { HtmlContext } from './context.js';
import { esc } from './escape.js';

/** A name the unit index knows (on the roster given: two districts' 区发改局 are two units) links there; a group or unresolved name is a plain chip. */
export function nameChip(ctx: HtmlContext, name: string, rosterId: string, title = ''): string {
  const unit = ctx.unitFor(name, rosterId);
  const tip = title ? ` title="${esc(title)}"` : '';
  return unit
    ? `<a class="chip" href="#${ctx.unitAnchor(unit)}"${tip}>${esc(name)}</a>`
    : `<span class="chip group"${tip}>${esc(name)}</span>`;
}

/** A unit as written in a clause; the tooltip says what the name was taken to mean. */
export function unitRefChip(ctx: HtmlContext, ref: UnitRef, rosterId: string): string {
  const r = ref.resolution;
  const entry = entryOf(r);
  if (entry) {
    const chip = ctx.unitFor(entry.name, rosterId);
    const tip = entry.name === ref.written ? '' : ` title="${esc(ctx.t(`即 ${entry.name}`, `means ${entry.name}`))}"`;
    return chip
      ? `<a class="chip" href="#${ctx.unitAnchor(chip)}"${tip}>${esc(ref.written)}</a>`
      : `<span class="chip">${esc(ref.written)}</span>`;
  }
  if (r.kind === 'group' || r.kind === 'vague-group') {
    const tip = ctx.t(
      `${r.kind === 'vague-group' ? '泛指' : '单位组'},${r.group.members.length} 个单位:${r.group.note}`,
      `${r.kind === 'vague-group' ? 'vague group' : 'group'} of ${r.group.members.length}: ${r.group.note}`,
    );
    return `<span class="chip group" title="${esc(tip)}">${esc(ref.written)}</span>`;
  }
  return nameChip(ctx, ref.written, rosterId, r.kind === 'acknowledged' || r.kind === 'unconfirmed' ? r.note : '');
}

/** A plain 〔责任单位:…〕 bracket as chips; labelled lists (牵头单位, 责任单位, 配合单位…) each with its label as written. */
export function unitListsHtml(ctx: HtmlContext, clause: Clause): string {
  const chip = (u: UnitRef) => {
    // "列第一位者为牵头单位": the role is an inference, said beside the name (as `plan show` does), the note as its tooltip.
    const inferred = u.roleNote
      ? `<small class="role" title="${esc(u.roleNote)}">${esc(
          ctx.t(`(${u.role === 'lead' ? '牵头' : '配合'},推断)`, ` (${u.role}, inferred)`),
        )}</small>`
      : '';
    return `${unitRefChip(ctx, u, clause.plan.rosterId)}${inferred}`;
  };
  if (clause.unitLists.length === 0 || plainUnitLists(clause.unitLists))
    return `<div class="units">${clause.units.map(chip).join('')}</div>`;
  const lists = clause.unitLists.map((list) => {
    const remark = list.remark ? `<small>(${esc(list.remark)})</small>` : '';
    return `<div class="units ${list.role}"><span class="list-label">${esc(list.label)}:</span>${list.units.map(chip).join('')}${remark}</div>`;
  });
  return lists.join('');
}

export function targetLine(target: Target, lang: Lang): string {
  return `<li>${esc(target.counts)}:${esc(boundText(target, lang))}</li>`;
}

export function targetList(ctx: HtmlContext, targets: Target[]): string {
  return targets.length === 0
    ? ''
    : `<ul class="targets" aria-label="${esc(ctx.t('量化指标', 'Targets'))}">${targets.map((t) => targetLine(t, ctx.lang)).join('')}</ul>`;
}
