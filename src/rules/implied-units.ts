// Text read as binding all units (impliedUnits) must quote its own words verbatim and mean a group of the roster.
import type { Implied } from '../model/plan.js';
import type { Rule } from './rule.js';

export const impliedUnits: Rule = {
  meta: {
    id: 'implied-units',
    phase: 'validate',
    scope: 'file',
    severity: 'error',
    description: {
      zh: 'impliedUnits 的 quote 必须逐字出现在本条文字中,means 必须是名单中的组',
      en: 'impliedUnits must quote its text verbatim and mean a group of the roster',
    },
    help: {
      zh: 'impliedUnits 记录“原文没有括注、正文写明全体单位承担”的推断(如“各部门各单位要……”):quote 是正文中写明由谁承担的原话,means 是名单中对应的组(如“区绩效考评单位”),note 写明依据。',
      en: 'The impliedUnits field records text that binds all units without a bracket (e.g. 各部门各单位要…): quote is the words saying who must act, means the roster group they stand for (e.g. 区绩效考评单位), note why.',
    },
    messages: {
      quoteMissing: {
        zh: '“{{quote}}”不在本条文字中。请从正文中逐字复制写明由谁承担的原话',
        en: '"{{quote}}" is not in the text. Copy the words saying who must act verbatim',
      },
      notGroup: {
        zh: '“{{means}}”不是名单中的组。请写名单 groups 中的组名,如“区绩效考评单位”',
        en: '"{{means}}" is not a group of the roster. Give the name of one of its groups',
      },
    },
  },
  check({ workspace, report }) {
    const loaded = new Set(workspace.rosters.map((r) => r.id));
    for (const plan of workspace.plans) {
      const owners: { text: string; implied: Implied | null }[] = plan.items.flatMap((item) => [
        ...(item.textClause ? [item.textClause] : []),
        ...item.clauses,
      ]);
      for (const { text, implied } of owners) {
        if (!implied) continue;
        if (!text.includes(implied.quote))
          report({
            file: plan.file,
            path: [...implied.path, 'quote'],
            messageId: 'quoteMissing',
            data: { quote: implied.quote },
          });
        // Without its roster nothing resolves; unknown-roster says why once.
        if (loaded.has(plan.rosterId) && implied.resolution.kind !== 'group')
          report({
            file: plan.file,
            path: [...implied.path, 'means'],
            messageId: 'notGroup',
            data: { means: implied.means },
          });
      }
    }
  },
};
