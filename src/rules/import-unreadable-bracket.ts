// plan import: a 〔…〕 that is neither a responsibility bracket nor a document year, or a field it cannot read.
import type { Rule } from './rule.js';

export const importUnreadableBracket: Rule = {
  meta: {
    id: 'import-unreadable-bracket',
    phase: 'load',
    scope: 'file',
    severity: 'error',
    description: {
      zh: '通知中有 plan import 读不懂的括号',
      en: 'A bracket in the notice that plan import cannot read',
    },
    help: {
      zh: '一个〔…〕既不是责任括注,也不是文号中的年份;或责任括注里的某一栏没有字段名、名称为空。文字已按原文保留,请对照原文改正草稿。',
      en: 'A 〔…〕 that is neither a responsibility bracket nor the year of a document number, or a field in a responsibility bracket with no label or an empty name. The text is kept as written; correct the draft against the source.',
    },
    messages: {
      bracket: {
        zh: '看不懂的括号“{{content}}”:既不是责任括注,也不是文号年份,已留在条文里',
        en: 'a bracket "{{content}}" that is neither a responsibility bracket nor a document year; left in the text',
      },
      field: {
        zh: '括号里的“{{field}}”读不出字段名或单位名称',
        en: 'cannot read a field name or unit name in "{{field}}"',
      },
      empty: {
        zh: '责任括注前没有条文',
        en: 'a responsibility bracket with no text before it',
      },
    },
  },
};
