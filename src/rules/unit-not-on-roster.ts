// Names the data acknowledges as not on the roster (notOnRoster): once per plan file, with every clause naming them.
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
      zh: '责任单位不在名单中(已在 notOnRoster 中登记)',
      en: 'A responsible unit is not on the roster (acknowledged under notOnRoster)',
    },
    help: {
      zh: '责任单位不在附件3名单中,但已在名单文件 notOnRoster 中登记并说明。检查报告中列出每一处,供核对是否应列入名单或改为名单内单位。',
      en: 'A responsible unit is not on the annex 3 roster but is recorded under notOnRoster with a note. Every occurrence is listed so the office can decide whether it belongs on the roster or should be a roster unit.',
    },
    listItems: { places: { zh: '条目 {{item}} 第 {{clause}} 条', en: 'item {{item}} clause {{clause}}' } },
    messages: {
      acknowledged: {
        zh: '“{{name}}”不在名单“{{roster}}”中,{{plan}} 有 {{count}} 处:{{places}};登记说明:{{note}} 名单中相近的名称:{{nearest}}。请确认该单位是否应列入名单,或在计划中改为名单内的单位',
        en: '"{{name}}" is not on roster "{{roster}}", {{count}} place(s) in {{plan}}: {{places}}; recorded note: {{note}} Nearest roster names: {{nearest}}. Confirm whether it belongs on the roster, or name a roster unit instead',
      },
    },
  },
  // One finding per name and plan file, at its first place, listing every place: the note once, not once per clause.
  check({ workspace, report }) {
    for (const plan of workspace.plans) {
      const roster = workspace.rosters.find((r) => r.id === plan.rosterId);
      if (!roster) continue; // reported by unknown-roster
      const rosterNames = roster.entries.map((e) => e.name);
      const byName = new Map<string, { first: UnitRef; note: string; places: { item: string; clause: number }[] }>();
      for (const clause of plan.clauses) {
        for (const unit of clause.units) {
          if (unit.resolution.kind !== 'acknowledged') continue;
          const seen = byName.get(unit.written) ?? { first: unit, note: unit.resolution.note, places: [] };
          seen.places.push({ item: clause.item.ref, clause: clause.index });
          byName.set(unit.written, seen);
        }
      }
      for (const [name, { first, note, places }] of byName) {
        report({
          file: plan.file,
          path: first.path,
          messageId: 'acknowledged',
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
