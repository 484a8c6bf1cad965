// 未能完成 and 不适用 must say why: the counterpart office cannot accept either without a reason.
import { NEEDS_REASON } from '../model/progress.js';
import type { Rule } from './rule.js';

export const progressReason: Rule = {
  meta: {
    id: 'progress-reason',
    phase: 'validate',
    scope: 'progress',
    severity: 'error',
    description: { zh: '“未能完成”“不适用”须写明原因', en: '未能完成 and 不适用 need a reason' },
    help: {
      zh: '状态为“未能完成”或“不适用”的条文,须在 reason 中写明原因,供督查和考评时核实。',
      en: 'A clause reported 未能完成 (not achieved) or 不适用 (not applicable) must give its reason, for supervision and the annual assessment.',
    },
    messages: {
      missing: {
        zh: '条文 {{id}} 的状态为“{{status}}”,但没有写原因。请在 reason 中写明',
        en: 'Clause {{id}} is reported "{{status}}" without a reason. Add one under reason',
      },
    },
  },
  check({ workspace, report }) {
    for (const progress of workspace.progress)
      progress.clauses.forEach((clause, i) => {
        if (!clause.status || !NEEDS_REASON.includes(clause.status) || clause.reason?.trim()) return;
        report({
          file: progress.file,
          path: ['clauses', i, 'status'],
          messageId: 'missing',
          data: { id: clause.id, status: clause.status },
        });
      });
  },
};
