// The groups a roster annex itself defines: its title (区绩效考评单位名单 → 区绩效考评单位) and, for a name the plans use
// like 各街道(镇), the paragraph whose every entry is of that kind. Inferences to check; no member is ever invented.

import type { DraftRoster } from './draft-types.js';

export interface DraftGroup {
  name: string;
  /** Indexes into the roster's lists (paragraphs of the annex). */
  lists: number[];
  /** 相关…/有关…: the text does not say which of them, so queries show them as "possible". */
  vague: boolean;
  note: string;
  /** What the 待核对 comment says was guessed. */
  check: string;
}

/** A name the plans use, with the clause it first appears in (quoted in the note). */
export interface UsedName {
  name: string;
  clause: string;
}

const TITLE_GROUP = /^(.+?)(名单|名录)$/;
/** 各街道(镇), 相关乡镇(街道), 有关街道: a quantifier and the kinds of unit, the bracket giving another kind. */
const KIND_GROUP = /^(各|相关|有关)([^()\uFF08\uFF09、]+)(?:[(\uFF08]([^()\uFF08\uFF09]+)[)\uFF09])?$/;
const PARAGRAPH = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The name endings a kind stands for: 乡镇 is a 乡 or a 镇. */
const endings = (kind: string) => (kind === '乡镇' ? ['乡', '镇'] : [kind]);
const excerpt = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}……` : text);

export function draftGroups(roster: DraftRoster, used: UsedName[]): DraftGroup[] {
  const annex = roster.annex === null ? '名单' : `附件${roster.annex}`;
  const groups: DraftGroup[] = [];
  const title = TITLE_GROUP.exec(roster.title);
  if (title?.[1])
    groups.push({
      name: title[1],
      lists: roster.lists.map((_, i) => i),
      vague: false,
      note: `${annex}标题为“${roster.title}”,故“${title[1]}”指名单上全部 ${roster.lists.length} 段共 ${roster.lists.reduce((n, l) => n + l.entries.length, 0)} 个单位。`,
      check: `分组由${annex}的标题推断,请确认计划中的“${title[1]}”就是指这份名单上的全部单位`,
    });
  for (const { name, clause } of used) {
    const m = KIND_GROUP.exec(name);
    if (!m || groups.some((g) => g.name === name)) continue;
    const kinds = [m[2] ?? '', m[3] ?? ''].filter((k) => k !== '');
    const ends = kinds.flatMap(endings);
    const lists = roster.lists.flatMap((list, i) =>
      list.entries.every((e) => ends.some((end) => e.name.endsWith(end))) ? [i] : [],
    );
    if (lists.length === 0) continue;
    const where = lists.map((i) => `第${PARAGRAPH[i] ?? i + 1}段`).join('、');
    const count = lists.reduce((n, i) => n + (roster.lists[i]?.entries.length ?? 0), 0);
    const vague = m[1] !== '各';
    const these = count === 1 ? '这个' : `这 ${count} 个`;
    const unsaid = vague ? `;原文“${m[1]}”没有说是哪些,查询时标为“可能”` : '';
    groups.push({
      name,
      lists,
      vague,
      note: `计划中写作“${name}”(见“${excerpt(clause)}”);${annex}${where}的 ${count} 个名称都以“${ends.join('”或“')}”结尾,故${vague ? '可能' : ''}指${these}单位。`,
      check: `分组按名称的写法推断:${annex}${where}全是${kinds.join('、')}${unsaid}`,
    });
  }
  return groups;
}
