// plan import: a plan title with no year, so the draft cannot fill in year.
import type { Rule } from './rule.js';

export const importNoYear: Rule = {
  meta: {
    id: 'import-no-year',
    phase: 'load',
    scope: 'file',
    severity: 'error',
    description: { zh: '计划标题中没有年份', en: 'A plan title with no year' },
    help: {
      zh: '计划标题中没有年份(如“2023年”),通知也没有落款日期,草稿的 year 为 null:请补上。',
      en: "The plan's title has no year (2023年) and the covering letter no date, so the draft's year is null: fill it in.",
    },
    messages: {
      noYear: {
        zh: '标题里没有年份(如“2023年”),草稿的 year 需补上',
        en: 'the title has no year (such as "2023年"); fill in year',
      },
    },
  },
};
