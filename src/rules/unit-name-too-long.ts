// A responsible unit written as hundreds of characters is no unit name (a pasted paragraph, a damaged file): refused
// here, so that no later step spends minutes comparing it with every roster name.
import { MAX_UNIT_NAME_CHARS, tooLongName } from '../domain/nearest-names.js';
import type { Rule } from './rule.js';

/** How much of the name the message quotes: enough to find it in the file. */
const QUOTED_CHARS = 20;

export const unitNameTooLong: Rule = {
  meta: {
    id: 'unit-name-too-long',
    phase: 'validate',
    scope: 'file',
    severity: 'error',
    description: {
      zh: `责任单位名称不能超过 ${MAX_UNIT_NAME_CHARS} 个字符`,
      en: `A responsible unit's name must not be longer than ${MAX_UNIT_NAME_CHARS} characters`,
    },
    help: {
      zh: `单位名称最长 ${MAX_UNIT_NAME_CHARS} 个字符(实际名称不过几十个字)。更长的多半是把一段正文、整行或别的字段误写进了 units,请改成单位名称;这样的名称不与名单比对,也不给出相近名称。`,
      en: `Unit names are at most ${MAX_UNIT_NAME_CHARS} characters (real ones are a few dozen at most). A longer one is usually a paragraph, a whole line or another field written into units; write the unit's name instead. Such a name is not matched against the roster and gets no suggestions.`,
    },
    messages: {
      tooLong: {
        zh: `责任单位名称“{{start}}…”有 {{length}} 个字符,超过上限 {{limit}} 个,不像单位名称(多半误写进了正文或整行)。请改成单位名称`,
        en: 'The unit name "{{start}}…" is {{length}} characters long, over the limit of {{limit}}: not a unit name (likely a paragraph or line written into units). Write the unit\'s name',
      },
    },
  },
  check({ workspace, report }) {
    for (const plan of workspace.plans)
      for (const clause of plan.clauses)
        for (const unit of clause.units) {
          if (!tooLongName(unit.written)) continue;
          const start = [...unit.written.slice(0, 2 * QUOTED_CHARS)].slice(0, QUOTED_CHARS).join('');
          report({
            file: plan.file,
            path: unit.path,
            messageId: 'tooLong',
            data: { start, length: [...unit.written].length, limit: MAX_UNIT_NAME_CHARS },
          });
        }
  },
};
