// A target's quote must appear verbatim in the text it was taken from, so targets cannot drift from the source.
import type { Rule } from './rule.js';

export const targetQuote: Rule = {
  meta: {
    id: 'target-quote',
    phase: 'validate',
    scope: 'file',
    severity: 'error',
    description: {
      zh: '量化指标的 quote 必须逐字出现在所属条文中',
      en: "A target's quote must appear verbatim in its text",
    },
    help: {
      zh: '量化指标的 quote 必须逐字出现在所属条文中,这样每个指标都能回溯到原文。请从条文中复制原话。',
      en: "A target's quote must appear verbatim in its clause, so every target can be traced to the source. Copy the words from the clause.",
    },
    messages: {
      missing: {
        zh: '指标原文“{{quote}}”不在本条文字中。请从条文中逐字复制 quote',
        en: 'Target quote "{{quote}}" is not in the text. Copy it verbatim from the clause',
      },
    },
  },
  check({ workspace, report }) {
    for (const plan of workspace.plans) {
      for (const item of plan.items) {
        const owners = [{ text: item.text ?? '', targets: item.targets }, ...item.clauses];
        for (const owner of owners) {
          for (const target of owner.targets) {
            if (!owner.text.includes(target.quote))
              report({
                file: plan.file,
                path: [...target.path, 'quote'],
                messageId: 'missing',
                data: { quote: target.quote },
              });
          }
        }
      }
    }
  },
};
