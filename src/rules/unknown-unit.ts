// Every responsible unit must resolve to the roster: a name, second name, alias, group or acknowledged name.
import { tooLongName } from '../domain/nearest-names.js';
import { PERSON_LABEL } from '../domain/unit-roles.js';
import type { Rule } from './rule.js';

export const unknownUnit: Rule = {
  meta: {
    id: 'unknown-unit',
    phase: 'validate',
    scope: 'file',
    severity: 'error',
    description: {
      zh: '责任单位必须能在名单中找到(名称、别名、组或已确认的名单外单位)',
      en: 'Responsible units must resolve to the roster',
    },
    help: {
      zh: '每个责任单位都必须能在名单中找到:名单名称、别名、第二名称、组,或已登记的名单外单位。找不到时多半是笔误,请按提示改正;确是别名或名单外单位的,在名单文件中登记并写明依据。',
      en: 'Every responsible unit must resolve to the roster: a roster name, alias, second name, group or a recorded name off the roster. Usually it is a typo; fix it as suggested, or record the name in the roster file with a note.',
    },
    messages: {
      unknown: {
        zh: '责任单位“{{name}}”不在名单“{{roster}}”中。如果是笔误请改正;如果确是别名或名单外单位,请在名单文件的 aliases 或 notOnRoster 中登记并写明依据',
        en: 'Unit "{{name}}" is not on roster "{{roster}}". Fix the typo, or record it under aliases or notOnRoster in the roster file with a note',
      },
      unknownNear: {
        zh: '责任单位“{{name}}”不在名单“{{roster}}”中,是否应为:{{suggestions|or}}。如果是笔误请改正;如果确是别名或名单外单位,请在名单文件的 aliases 或 notOnRoster 中登记并写明依据',
        en: 'Unit "{{name}}" is not on roster "{{roster}}"; did you mean {{suggestions|or}}? Fix the typo, or record it under aliases or notOnRoster in the roster file with a note',
      },
    },
  },
  check({ workspace, report }) {
    for (const plan of workspace.plans) {
      const roster = workspace.rosters.find((r) => r.id === plan.rosterId);
      if (!roster) continue; // reported by unknown-roster
      for (const clause of plan.clauses) {
        for (const unit of clause.units) {
          // A name of megabytes is reported once, cut short, by unit-name-too-long; not here in full.
          if (unit.resolution.kind !== 'unknown' || tooLongName(unit.written)) continue;
          // A 责任领导 column written as a unit list: people-not-units reports the list once, not each name here.
          if (PERSON_LABEL.test(unit.roleLabel)) continue;
          const suggestions = unit.resolution.suggestions;
          report({
            file: plan.file,
            path: unit.path,
            messageId: suggestions.length ? 'unknownNear' : 'unknown',
            data: { name: unit.written, roster: roster.id, suggestions, plan: plan.id, item: clause.item.ref },
          });
        }
      }
    }
  },
};
