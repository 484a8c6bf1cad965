// Writes a draft plan as YAML in the shipped plans' layout, with a 待核对 comment on everything guessed.

import type { DraftClause, DraftItem, DraftPart, DraftPlan, DraftSection } from './draft-types.js';
import { checkComment, flowList, scalar } from './yaml-text.js';

export interface PlanHeader {
  id: string;
  short: string;
  year: number | null;
  partner: { district: string; baseArea: string | null } | null;
  issuer: string | null;
  date: string | null;
  notice: string | null;
  rosterId: string;
  rosterDrafted: boolean;
  source: string;
  /** The source file relative to the folder written to, for `source:` (null when not UTF-8: check reads UTF-8 only). */
  sourcePath: string | null;
  encoding: string;
}

const sameSeparators = (seps: string[]) => seps.every((s) => s === '、');

function clauseLines(c: DraftClause, pad: string): string[] {
  const out: string[] = [];
  if (c.check) out.push(checkComment(pad, c.check));
  out.push(`${pad}- text: ${scalar(c.text)}`);
  const inner = `${pad}  `;
  const only =
    c.lists.length === 1 &&
    c.lists[0]?.label === '责任单位' &&
    !c.lists[0].remark &&
    !c.lists[0].firstIsLead &&
    c.leaders.length === 0
      ? c.lists[0]
      : null;
  if (only || c.lists.length === 0) {
    out.push(`${inner}units: ${flowList(only?.units ?? [])}`);
    if (only && !sameSeparators(only.separators)) out.push(`${inner}separators: ${flowList(only.separators)}`);
  } else {
    out.push(`${inner}unitLists:`);
    for (const list of c.lists) {
      out.push(`${inner}  - label: ${scalar(list.label)}`, `${inner}    units: ${flowList(list.units)}`);
      if (!sameSeparators(list.separators)) out.push(`${inner}    separators: ${flowList(list.separators)}`);
      if (list.remark) out.push(`${inner}    remark: ${scalar(list.remark)}`);
      if (list.firstIsLead) out.push(`${inner}    firstIsLead: ${scalar(list.firstIsLead)}`);
    }
  }
  if (c.leaders.length > 0) {
    out.push(`${inner}leaders:`);
    for (const l of c.leaders)
      out.push(`${inner}  - label: ${scalar(l.label)}`, `${inner}    names: ${flowList(l.names)}`);
  }
  if (c.trailing !== '') out.push(`${inner}trailing: ${scalar(c.trailing)}`);
  if (c.deadline) out.push(`${inner}deadline: ${scalar(c.deadline)}`);
  return out;
}

function itemLines(item: DraftItem, pad: string): string[] {
  const out: string[] = [];
  if (item.check) out.push(checkComment(pad, item.check));
  out.push(`${pad}- number: ${item.number === null ? 'null' : scalar(item.number)}`);
  const inner = `${pad}  `;
  if (item.title !== null) out.push(`${inner}title: ${scalar(item.title)}`);
  if (item.text !== null) out.push(`${inner}text: ${scalar(item.text)}`);
  if (item.clauses.length > 0) {
    out.push(`${inner}clauses:`);
    for (const c of item.clauses) out.push(...clauseLines(c, `${inner}  `));
  }
  return out;
}

function sectionLines(s: DraftSection, pad: string): string[] {
  const inner = `${pad}  `;
  const out = [s.number === null ? `${pad}- heading: ${scalar(s.heading)}` : `${pad}- number: ${s.number}`];
  if (s.number !== null) out.push(`${inner}heading: ${scalar(s.heading)}`);
  if (s.items.length > 0) out.push(`${inner}items:`, ...s.items.flatMap((i) => itemLines(i, `${inner}  `)));
  if (s.sections.length > 0)
    out.push(`${inner}sections:`, ...s.sections.flatMap((sub) => sectionLines(sub, `${inner}  `)));
  return out;
}

function partLines(p: DraftPart): string[] {
  const out = [`  - number: ${p.number}`, `    heading: ${scalar(p.heading)}`];
  if (p.leaders.length > 0) {
    out.push('    leaders:');
    for (const l of p.leaders) out.push(`      - label: ${scalar(l.label)}`, `        names: ${flowList(l.names)}`);
  }
  if (p.text !== null) out.push(`    text: ${scalar(p.text)}`);
  if (p.sections.length > 0) out.push('    sections:', ...p.sections.flatMap((s) => sectionLines(s, '      ')));
  if (p.items.length > 0) out.push('    items:', ...p.items.flatMap((i) => itemLines(i, '      ')));
  return out;
}

export function writePlan(plan: DraftPlan, h: PlanHeader): string {
  const out = [
    `# 草稿:plan import 从 ${h.source}(${h.encoding})第 ${plan.titlePos.line}–${plan.lastLine} 行起草。`,
    '# 标题、条文和单位名称逐字取自原文;标“待核对”的是推测,核对后删去该注释。',
    '',
    'kind: plan',
    checkComment('', 'id 只能用小写字母、数字和连字符,无法由中文标题得出,请改成好记的,如 jiangbei-huangzhou-2023'),
    `id: ${h.id}`,
    checkComment('', '简称取自标题中的地区名,去掉“区/县/市”'),
    `short: ${scalar(h.short)}`,
  ];
  if (plan.annex !== null) out.push(`annex: ${plan.annex}`);
  out.push(`title: ${scalar(plan.title)}`);
  if (h.partner) {
    out.push(checkComment('', '合作地区取自标题中“与…”之后的地区名和括号'), 'partner:');
    out.push(`  district: ${scalar(h.partner.district)}`);
    if (h.partner.baseArea) out.push(`  baseArea: ${scalar(h.partner.baseArea)}`);
  }
  out.push(`year: ${h.year ?? 'null'}`);
  if (h.issuer) out.push(`issuer: ${scalar(h.issuer)}`);
  if (h.date) out.push(`date: "${h.date}"`);
  if (h.notice) out.push(`notice: ${scalar(h.notice)}`);
  if (h.sourcePath) out.push(`source: ${scalar(h.sourcePath)}`);
  if (h.rosterDrafted) out.push(checkComment('', '原文没有名单附件,所引名单是按计划中出现的单位起草的'));
  out.push(`roster: ${h.rosterId}`);
  if (plan.preamble !== null) out.push(`preamble: ${scalar(plan.preamble)}`);
  if (plan.basis.length > 0) {
    out.push(checkComment('', 'basis 取自前言里的《…》和其后括号中的文号;不是依据文件的请删去'), 'basis:');
    for (const b of plan.basis) {
      out.push(`  - title: ${scalar(b.title)}`);
      if (b.number) out.push(`    number: ${scalar(b.number)}`);
    }
  }
  out.push(checkComment('', '编号方式按原文各节编号推断'), `numbering: ${plan.numbering}`, 'parts:');
  out.push(...plan.parts.flatMap(partLines));
  return `${out.join('\n')}\n`;
}
