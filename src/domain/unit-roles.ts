// The normalised role of a labelled unit list (牵头单位 → lead, 配合单位 → support …): the label is kept as written.

import type { Plan, Role, UnitList } from '../model/plan.js';
import type { RawUnitList } from '../model/raw.js';

/** Labels whose meaning is plain from the word itself. Anything else is `unspecified` unless the file writes `role`. */
const LEAD_LABELS = ['牵头单位', '牵头部门', '主办单位', '主责单位', '牵头'];
const SUPPORT_LABELS = ['配合单位', '配合部门', '协办单位', '协同单位', '参与单位', '会办单位', '配合'];
/** 责任单位 beside a 牵头单位 list names the units that carry the work under the lead; alone, it says nothing of roles. */
const RESPONSIBLE_LABELS = ['责任单位', '责任部门'];

/** Labels that name people (责任领导, 牵头领导, 分管领导, 责任人, 负责人, 联系人), not units: see rule people-not-units. */
export const PERSON_LABEL = /(领导|责任人|负责人|联系人)$/;
/** Labels that name units (…单位, …部门). */
export const UNIT_LABEL = /(单位|部门)$/;

const bare = (label: string) => label.replace(/[\s::]/g, '');

/** The role of each list of one clause, in order. */
export function listRoles(lists: Pick<RawUnitList, 'label' | 'role'>[]): Role[] {
  const guessed = lists.map((list): Role | 'responsible' => {
    if (list.role) return list.role;
    const label = bare(list.label);
    if (LEAD_LABELS.includes(label)) return 'lead';
    if (SUPPORT_LABELS.includes(label)) return 'support';
    if (RESPONSIBLE_LABELS.includes(label)) return 'responsible';
    return 'unspecified';
  });
  const hasLead = guessed.includes('lead');
  return guessed.map((r) => (r === 'responsible' ? (hasLead ? 'support' : 'unspecified') : r));
}

/**
 * Whether a unit's role is worth saying: a plain 责任单位 bracket (genre A, role unspecified, nothing inferred) says
 * nothing about roles, so outputs show only how the unit is named.
 */
export function roleShown(unit: { role: Role; roleLabel: string; roleNote: string | null }): boolean {
  return !(unit.role === 'unspecified' && unit.roleLabel === '责任单位' && unit.roleNote === null);
}

/** Whether a plan labels roles anywhere (a 牵头单位 or 配合单位 list, or “列第一位者为牵头单位”): the 2023 plans do not. */
export function labelsRoles(plan: Pick<Plan, 'clauses'>): boolean {
  return plan.clauses.some((c) => c.units.some((u) => u.role !== 'unspecified'));
}

/** One list with no roles and no remark (a plain 〔责任单位:…〕 bracket, genre A): shown as bare names, without its label. */
export function plainUnitLists(lists: Pick<UnitList, 'role' | 'remark'>[]): boolean {
  const [only, ...more] = lists;
  return only !== undefined && more.length === 0 && only.role === 'unspecified' && only.remark === null;
}

/** A role as a table cell: the label as written, short (牵头单位 → 牵头, 责任单位 → 责任); English names the role. */
export function roleText(unit: { role: Role; roleLabel: string; roleNote: string | null }, lang: 'zh' | 'en'): string {
  if (lang === 'en')
    return `${unit.role === 'unspecified' ? 'responsible' : unit.role}${unit.roleNote ? ' (inferred)' : ''}`;
  const short = unit.roleLabel.replace(/(单位|部门)$/, '') || unit.roleLabel;
  return unit.roleNote ? `${unit.role === 'lead' ? '牵头' : '配合'}(推断)` : short;
}
