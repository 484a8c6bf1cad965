// plan import: a line with a responsibility bracket but no task number.
import type { Rule } from './rule.js';

export const importUnnumberedTask: Rule = {
  meta: {
    id: 'import-unnumbered-task',
    phase: 'load',
    scope: 'file',
    severity: 'error',
    description: { zh: '通知中有责任括注但没有编号的任务', en: 'A task with a responsibility bracket but no number' },
    help: {
      zh: '一行有责任括注但没有任务编号。草稿把它写成 number 为 null 的条目(plan validate 会报告):请按原文补上编号。',
      en: 'A line with a responsibility bracket but no task number. The draft writes it as an item with number null, which plan validate reports: give it its number from the source.',
    },
    messages: {
      unnumbered: {
        zh: '有责任括注但没有编号的任务',
        en: 'a task with a responsibility bracket but no number',
      },
    },
  },
};
