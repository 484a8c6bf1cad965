// Every rule named in plan.config.yaml or a plan's `rules` must exist: a misspelt id would silently configure nothing.
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
      zh: '配置文件 plan.config.yaml 和计划文件 rules 中的规则 id 必须存在',
      en: "Rule ids in plan.config.yaml and in a plan's rules must exist",
    },
    help: {
      zh: 'plan.config.yaml 或计划文件的 rules 下只能写已有的规则 id。请按提示改正拼写;全部规则见 docs/rules.md。',
      en: 'Only existing rule ids may appear under rules in plan.config.yaml or a plan file. Fix the spelling as suggested; docs/rules.md lists every rule.',
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
    const known = rules.map((r) => r.meta.id);
    const settings = [
      ...workspace.configs.map((c) => ({ file: c.file, rules: c.config.rules ?? {} })),
      ...workspace.plans.map((plan) => ({ file: plan.file, rules: plan.rules })),
    ];
    for (const { file, rules: levels } of settings) {
      for (const id of Object.keys(levels)) {
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
    }
  },
};
