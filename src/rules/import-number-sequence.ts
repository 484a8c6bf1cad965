// plan import: a task number that does not follow the one before under the notice's numbering.
import type { Rule } from './rule.js';

export const importNumberSequence: Rule = {
  meta: {
    id: 'import-number-sequence',
    phase: 'load',
    scope: 'file',
    severity: 'error',
    description: { zh: '通知中的任务编号不连续', en: 'A task number out of sequence in the notice' },
    help: {
      zh: '按通知所用的编号方式(全文连续、各部分或各节重新编号),这一项的编号与上一项不连续。草稿照录原编号并标“待核对”。',
      en: 'A task number does not follow the one before under the numbering the notice uses (across the plan, per part or per section). The draft keeps the number as written and marks it 待核对.',
    },
    messages: {
      sequence: {
        zh: '编号 {{number}} 不连续:按上一项应为 {{expected}}',
        en: 'number {{number}} is out of sequence: {{expected}} was expected after the one before',
      },
    },
  },
};
