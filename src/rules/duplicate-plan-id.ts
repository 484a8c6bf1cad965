// Plan ids and short names must be unique across the data folder, or `--plan 黄州` would be ambiguous.
import type { Rule } from './rule.js';

export const duplicatePlanId: Rule = {
  meta: {
    id: 'duplicate-plan-id',
    phase: 'validate',
    scope: 'plans',
    severity: 'error',
    description: { zh: '计划的 id 和简称不能重复', en: 'Plan ids and short names must be unique' },
    help: {
      zh: '计划的 id 和简称(short)用于命令行和比对,必须在数据目录中唯一。请为新计划取不同的 id 和简称。',
      en: 'Plan ids and short names are what commands and diffs refer to, so they must be unique in the data folder. Give the new plan its own id and short name.',
    },
    messages: {
      id: {
        zh: '计划 id“{{value}}”与 {{other}} 重复。请改为唯一的 id',
        en: 'Plan id "{{value}}" duplicates {{other}}. Make it unique',
      },
      short: {
        zh: '计划简称“{{value}}”与 {{other}} 重复。请改为唯一的简称',
        en: 'Plan short name "{{value}}" duplicates {{other}}. Make it unique',
      },
    },
  },
  check({ workspace, report }) {
    for (const field of ['id', 'short'] as const) {
      const first = new Map<string, string>();
      for (const plan of workspace.plans) {
        const other = first.get(plan[field]);
        if (other) report({ file: plan.file, path: [field], messageId: field, data: { value: plan[field], other } });
        else first.set(plan[field], plan.file);
      }
    }
  },
};
