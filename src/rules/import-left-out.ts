// plan import: a line of a roster annex that is not a list of names (a page footer), left out as a note.
import type { Rule } from './rule.js';

export const importLeftOut: Rule = {
  meta: {
    id: 'import-left-out',
    phase: 'load',
    scope: 'file',
    severity: 'info',
    description: { zh: '名单附件中不是名单的行', en: 'A line of a roster annex that is not a list' },
    help: {
      zh: '名单附件中没有顿号或句号的行不按名单读取,未写入草稿;常见于页脚(发布单位、日期)。',
      en: 'A line in a roster annex with no 、 or 。 is not read as a list of names and is left out of the draft; often a page footer (the publishing office, a date).',
    },
    messages: {
      notList: {
        zh: '名单附件里的“{{text}}”不像名单(没有顿号或句号),未写入草稿(常见于页脚的发布单位)',
        en: '"{{text}}" in the roster annex is not a list (no "、" or "。") and is not in the draft (often a page footer)',
      },
    },
  },
};
