// Names the data acknowledges as not on the roster (notOnRoster) are listed wherever a clause names them.
import { nearestNames } from '../domain/nearest-names.js';
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
    messages: {
      acknowledged: {
        zh: '“{{name}}”不在名单“{{roster}}”中({{plan}} 条目 {{item}});登记说明:{{note}} 名单中相近的名称:{{nearest}}。请确认该单位是否应列入名单,或在计划中改为名单内的单位',
        en: '"{{name}}" is not on roster "{{roster}}" ({{plan}} item {{item}}); recorded note: {{note}} Nearest roster names: {{nearest}}. Confirm whether it belongs on the roster, or name a roster unit instead',
      },
    },
  },
  check({ workspace, report }) {
    for (const plan of workspace.plans) {
      const roster = workspace.rosters.find((r) => r.id === plan.rosterId);
      if (!roster) continue; // reported by unknown-roster
      const rosterNames = roster.entries.map((e) => e.name);
      for (const clause of plan.clauses) {
        for (const unit of clause.units) {
          if (unit.resolution.kind !== 'acknowledged') continue;
          const nearest = nearestNames(unit.written, rosterNames);
          report({
            file: plan.file,
            path: unit.path,
            messageId: 'acknowledged',
            data: {
              name: unit.written,
              roster: roster.id,
              note: unit.resolution.note,
              nearest,
              plan: plan.short,
              item: clause.item.ref,
              clause: clause.index,
            },
          });
        }
      }
    }
  },
};
