// Names off the roster, acknowledged (notOnRoster) or not yet checked (unconfirmed): once per plan file, every place.
import { nearestToNote } from '../domain/nearest-to-note.js';
import type { UnitRef } from '../model/plan.js';
import type { Rule } from './rule.js';

export const unitNotOnRoster: Rule = {
  meta: {
    id: 'unit-not-on-roster',
    phase: 'check',
    scope: 'file',
    severity: 'warning',
    description: {
      zh: '责任单位不在名单中(已在 notOnRoster 中登记,或在 unconfirmed 中待核对)',
      en: 'A responsible unit is not on the roster (acknowledged under notOnRoster, or unconfirmed)',
    },
    help: {
      zh: '责任单位不在附件3名单中,但已在名单文件 notOnRoster 中登记并说明,或在 unconfirmed 中列为待核对(plan import 起草的名单把找不到的名称放在这里)。检查报告中列出每一处,供核对是否应列入名单或改为名单内单位。',
      en: 'A responsible unit is not on the annex 3 roster but is recorded under notOnRoster with a note, or listed under unconfirmed as not yet checked (where a roster drafted by plan import puts the names it could not match). Every occurrence is listed so the office can decide whether it belongs on the roster or should be a roster unit.',
    },
    listItems: { places: { zh: '条目 {{item}} 第 {{clause}} 条', en: 'item {{item}} clause {{clause}}' } },
    messages: {
      acknowledged: {
        zh: '“{{name}}”不在名单“{{roster}}”中,{{plan}} 有 {{count}} 处:{{places}};登记说明:{{note}} 名单中相近的名称:{{nearest}}。请确认该单位是否应列入名单,或在计划中改为名单内的单位',
        en: '"{{name}}" is not on roster "{{roster}}", {{count}} place(s) in {{plan}}: {{places}}; recorded note: {{note}} Nearest roster names: {{nearest}}. Confirm whether it belongs on the roster, or name a roster unit instead',
      },
      unconfirmed: {
        zh: '“{{name}}”尚未核对:名单“{{roster}}”中找不到,也没有确认是名单外单位;{{plan}} 有 {{count}} 处:{{places}}。名单中相近的名称:{{nearest}}。请判断它是别名(aliases)、分组(groups)还是确不在名单上(notOnRoster),登记并写明依据后从 unconfirmed 中删去',
        en: '"{{name}}" is unconfirmed: not on roster "{{roster}}" and not confirmed off it; {{count}} place(s) in {{plan}}: {{places}}. Nearest roster names: {{nearest}}. Decide whether it is an alias, a group or off the roster (notOnRoster), record it with a note and remove it from unconfirmed',
      },
    },
  },
  // One finding per name and plan file, at its first place, listing every place: the note once, not once per clause.
  check({ workspace, report }) {
    for (const plan of workspace.plans) {
      const roster = workspace.rosters.find((r) => r.id === plan.rosterId);
      if (!roster) continue; // reported by unknown-roster
      const rosterNames = roster.entries.map((e) => e.name);
      type Seen = { first: UnitRef; note: string; unconfirmed: boolean; places: { item: string; clause: number }[] };
      const byName = new Map<string, Seen>();
      for (const clause of plan.clauses) {
        for (const unit of clause.units) {
          const r = unit.resolution;
          if (r.kind !== 'acknowledged' && r.kind !== 'unconfirmed') continue;
          const seen = byName.get(unit.written) ?? {
            first: unit,
            note: r.note,
            unconfirmed: r.kind === 'unconfirmed',
            places: [],
          };
          seen.places.push({ item: clause.item.ref, clause: clause.index });
          byName.set(unit.written, seen);
        }
      }
      for (const [name, { first, note, unconfirmed, places }] of byName) {
        report({
          file: plan.file,
          path: first.path,
          messageId: unconfirmed ? 'unconfirmed' : 'acknowledged',
          data: {
            name,
            roster: roster.id,
            note,
            nearest: nearestToNote(name, note, rosterNames),
            plan: plan.short,
            item: places[0]?.item,
            clause: places[0]?.clause,
            count: places.length,
            places,
          },
        });
      }
    }
  },
};
