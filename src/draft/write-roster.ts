// Writes a roster as YAML: from a roster annex verbatim, or drafted from the unit names the plans use (and says so).

import type { DraftGroup } from './draft-groups.js';
import type { DraftRoster } from './draft-types.js';
import { checkComment, flowList, scalar } from './yaml-text.js';

export interface RosterHeader {
  id: string;
  source: string;
  encoding: string;
}

/**
 * `unlisted`: names the plans use that match no entry and no drafted group. They go under `unconfirmed` (not
 * notOnRoster, which says "confirmed off the roster"): validate passes, and check lists every one of them as a
 * warning that asks for a decision until someone moves it to aliases, groups or notOnRoster.
 */
export function writeRoster(roster: DraftRoster, h: RosterHeader, groups: DraftGroup[], unlisted: string[]): string {
  const out = [
    `# 草稿:plan import 从 ${h.source}(${h.encoding})第 ${roster.titlePos.line}–${roster.lastLine} 行起草。`,
    '# 名单逐字取自原文;标“待核对”的是推测(含按附件标题和名称写法推断的分组),核对后删去该注释。别名和其他分组请另行补充并写 note。',
    '',
    'kind: roster',
    checkComment('', 'id 只能用小写字母、数字和连字符,请改成好记的,如 jiangbei-2023(计划文件的 roster 字段随之改)'),
    `id: ${h.id}`,
    `title: ${scalar(roster.title)}`,
  ];
  if (roster.annex !== null) out.push(`source: 附件${roster.annex}`);
  out.push('lists:');
  roster.lists.forEach((list, i) => {
    out.push(`  - id: list-${i + 1}`, '    entries:');
    for (const e of list.entries) {
      if (e.inside !== null)
        out.push(
          checkComment(
            '      ',
            `原文写作“${e.written}”,括号内“${e.inside}”可能是同一单位的另一名称(otherNames,并写 note)`,
          ),
        );
      out.push(`      - name: ${scalar(e.name)}`);
      if (e.written !== e.name) out.push(`        written: ${scalar(e.written)}`);
    }
  });
  if (groups.length > 0) out.push('groups:');
  for (const g of groups) {
    out.push(checkComment('  ', g.check), `  - name: ${scalar(g.name)}`);
    if (g.vague) out.push('    vague: true');
    out.push(`    includes: ${flowList(g.lists.map((i) => `list-${i + 1}`))}`, `    note: ${scalar(g.note)}`);
  }
  if (unlisted.length > 0) {
    out.push(
      checkComment(
        '',
        '以下名称出现在计划的责任括注中,但名单里没有;请逐个判断是别名(aliases)、分组(groups),还是确不在名单上(notOnRoster),移过去并写明依据',
      ),
      'unconfirmed:',
    );
    for (const name of unlisted)
      out.push(
        `  - name: ${scalar(name)}`,
        `    note: ${scalar('plan import:计划中出现、名单附件中没有的名称,尚未核对。')}`,
      );
  }
  return `${out.join('\n')}\n`;
}

/** A roster of the unit names the plans use, in order of first use, for a notice that has no roster annex. */
export function writeDraftedRoster(names: string[], h: RosterHeader): string {
  const out = [
    `# 草稿:${h.source} 没有名单附件;以下是 plan import 从各计划的责任括注中汇总的单位名称,按首次出现的顺序。`,
    '# 它不是原文的名单:请对照正式名单核对、补全,并补充别名和分组。',
    '',
    'kind: roster',
    checkComment('', 'id 只能用小写字母、数字和连字符,请改成好记的(计划文件的 roster 字段随之改)'),
    `id: ${h.id}`,
    'lists:',
    '  - id: drafted',
    `    note: ${scalar('由 plan import 从计划的责任括注汇总起草,不是原文的名单,待核对。')}`,
    '    entries:',
    ...names.map((n) => `      - name: ${scalar(n)}`),
  ];
  return `${out.join('\n')}\n`;
}
