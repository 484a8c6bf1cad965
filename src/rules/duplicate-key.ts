// A key may appear only once in a mapping; YAML tools disagree on which copy wins, so we refuse both.
import type { Rule } from './rule.js';

export const duplicateKey: Rule = {
  meta: {
    id: 'duplicate-key',
    phase: 'load',
    scope: 'file',
    severity: 'error',
    description: { zh: '同一层级不能有重复的键', en: 'Keys must be unique within a mapping' },
    help: {
      zh: '同一层级写了两次相同的键时,后一个会悄悄覆盖前一个。请删除多余的一个,或把两处内容合并。',
      en: 'A key written twice in one mapping would silently override the first. Delete the extra one or merge the two.',
    },
    messages: {
      // `yaml`'s DUPLICATE_KEY (its words kept in data.reason); the position points at the second copy.
      duplicate: {
        zh: '重复的键:这个键在同一层级中已经出现过。请删除或合并重复的字段',
        en: 'Duplicate key: this key already appears at the same level. Remove or merge the repeated field',
      },
    },
  },
};
