// Clause ids are what progress reports point at: two clauses of one plan with the same id would be one address for two tasks.
import type { Rule } from './rule.js';

export const duplicateClauseId: Rule = {
  meta: {
    id: 'duplicate-clause-id',
    phase: 'validate',
    scope: 'file',
    severity: 'error',
    description: { zh: '同一计划中条文编号不能重复', en: 'Clause ids must be unique within a plan' },
    help: {
      zh: '条文编号(写在 id 中的,或按“部分.节.条目.第几条”自动编出的)在同一计划中必须唯一,进度报告靠它指向条文。请给其中一条写一个不重复的 id。',
      en: 'Clause ids (written as id, or derived as part.section.item.clause) must be unique within a plan: progress reports point at them. Write a distinct id for one of the clauses.',
    },
    messages: {
      duplicate: {
        zh: '条文编号“{{id}}”与条目 {{other}} 的条文重复。请为本条写一个不重复的 id',
        en: 'Clause id "{{id}}" is also the id of a clause of item {{other}}. Write a distinct id for this clause',
      },
    },
  },
  check({ workspace, report }) {
    for (const plan of workspace.plans) {
      // Only written ids can clash without a numbering fault (see below): most plans write none.
      if (!plan.clauses.some((c) => c.idWritten)) continue;
      const seen = new Map<string, { ref: string; written: boolean }>();
      for (const clause of plan.clauses) {
        const other = seen.get(clause.localId);
        if (other === undefined) {
          seen.set(clause.localId, { ref: clause.item.ref, written: clause.idWritten });
          continue;
        }
        // Two derived ids clash only where two items share a number, which item-numbering already reports.
        if (!clause.idWritten && !other.written) continue;
        report({
          file: plan.file,
          path: clause.idWritten ? [...clause.path, 'id'] : clause.path,
          messageId: 'duplicate',
          data: { id: clause.localId, other: other.ref },
        });
      }
    }
  },
};
