// Every rule named in plan.config.yaml must exist: a misspelt id would otherwise silently configure nothing.
import { nearestNames } from '../domain/nearest-names.js';
// A cycle (index imports this file), but `rules` is only read when the check runs, after every module has loaded.
import { rules } from './index.js';
import type { Rule } from './rule.js';

export const configRule: Rule = {
  meta: {
    id: 'config-rule',
    phase: 'validate',
    scope: 'file',
    severity: 'error',
    description: {
      zh: '配置文件 plan.config.yaml 中的规则 id 必须存在',
      en: 'Rule ids in plan.config.yaml must exist',
    },
    help: {
      zh: 'plan.config.yaml 的 rules 下只能写已有的规则 id。请按提示改正拼写;全部规则见 docs/rules.md。',
      en: 'Only existing rule ids may appear under rules in plan.config.yaml. Fix the spelling as suggested; docs/rules.md lists every rule.',
    },
    messages: {
      unknown: {
        zh: '没有名为“{{id}}”的规则。规则列表见 docs/rules.md',
        en: 'There is no rule "{{id}}". See docs/rules.md for the list of rules',
      },
      unknownNear: {
        zh: '没有名为“{{id}}”的规则,是否应为“{{near}}”?规则列表见 docs/rules.md',
        en: 'There is no rule "{{id}}"; did you mean "{{near}}"? See docs/rules.md for the list of rules',
      },
    },
  },
  check({ workspace, report }) {
    const file = workspace.configFile;
    if (!file) return;
    const known = rules.map((r) => r.meta.id);
    for (const id of Object.keys(workspace.config?.rules ?? {})) {
      if (known.includes(id)) continue;
      const [near] = nearestNames(id, known, 1);
      report({
        file,
        path: ['rules', id],
        atKey: true,
        messageId: near ? 'unknownNear' : 'unknown',
        data: near ? { id, near } : { id },
      });
    }
  },
};
