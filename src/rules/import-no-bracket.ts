// plan import: a task without a responsibility bracket among tasks that have one, or text after the last bracket.
import type { Rule } from './rule.js';

export const importNoBracket: Rule = {
  meta: {
    id: 'import-no-bracket',
    phase: 'load',
    scope: 'file',
    severity: 'error',
    description: { zh: '通知中的任务没有责任括注', en: 'A task in the notice with no responsibility bracket' },
    help: {
      zh: 'plan import 发现一项任务没有责任括注(同一节的其他任务都有),或一项任务最后一个括注之后还有文字。草稿保留了这些文字(作为条目正文,或作为没有单位的条文)并标“待核对”:请按原文补上单位,或确认。',
      en: "The import found a task with no responsibility bracket among tasks that have one, or text after the last bracket of a task. The draft keeps the text (as the item's text, or as a clause with no units) and marks it 待核对: add the units from the source, or confirm.",
    },
    messages: {
      task: {
        zh: '看起来是一项任务,但没有责任括注(同一节的其他任务都有)',
        en: 'looks like a task but has no responsibility bracket (the others in its section have one)',
      },
      tail: {
        zh: '最后一个责任括注之后还有文字,没有写明责任单位',
        en: 'text after the last responsibility bracket names no unit',
      },
    },
  },
};
