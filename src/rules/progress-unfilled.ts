// A clause left without a status (as plan progress init writes it) is not reported yet.
import { PROGRESS_STATUSES } from '../model/progress.js';
import type { Rule } from './rule.js';

/** In the order a unit meets them. */
const STATUS_LIST = ['未启动', '推进中', '已完成', '未能完成', '不适用'].filter((s) =>
  PROGRESS_STATUSES.includes(s as never),
);

export const progressUnfilled: Rule = {
  meta: {
    id: 'progress-unfilled',
    phase: 'validate',
    scope: 'progress',
    severity: 'warning',
    description: { zh: '每条都应填写落实状态', en: 'Every clause should have a status' },
    help: {
      zh: 'plan progress init 生成的报告中 status 留空,待单位填写:未启动、推进中、已完成、未能完成(写原因)、不适用(写原因)。',
      en: 'The report plan progress init writes leaves each status empty for the unit to fill: 未启动, 推进中, 已完成, 未能完成 (with a reason), 不适用 (with a reason).',
    },
    messages: {
      unfilled: {
        zh: '条文 {{id}} 还没有填写状态。请填写:{{statuses|or}}',
        en: 'Clause {{id}} has no status yet. Fill in {{statuses|or}}',
      },
    },
  },
  check({ workspace, report }) {
    for (const progress of workspace.progress)
      progress.clauses.forEach((clause, i) => {
        if (clause.status) return;
        report({
          file: progress.file,
          path: clause.status === undefined ? ['clauses', i, 'id'] : ['clauses', i, 'status'],
          messageId: 'unfilled',
          data: { id: clause.id, statuses: STATUS_LIST },
        });
      });
  },
};
