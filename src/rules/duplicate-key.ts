// A key may appear only once in a mapping; YAML tools disagree on which copy wins, so we refuse both.
import type { Rule } from './rule.js';

export const duplicateKey: Rule = {
  meta: {
    id: 'duplicate-key',
    phase: 'load',
    scope: 'file',
    severity: 'error',
    description: { zh: '同一层级不能有重复的键', en: 'Keys must be unique within a mapping' },
    messages: {
      // js-yaml's reason is always "duplicated mapping key" (kept in data.reason); the position points at the second copy.
      duplicate: { zh: '重复的键:这个键在同一层级中已经出现过。请删除或合并重复的字段', en: 'Duplicate key: this key already appears at the same level. Remove or merge the repeated field' },
    },
  },
};
