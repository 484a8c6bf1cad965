// Every clause id in a progress report must name a clause of the loaded plans (the id `plan tasks --format json` shows).
import { nearestNames } from '../domain/nearest-names.js';
import { clausesById } from '../domain/progress-facts.js';
import type { Rule } from './rule.js';

export const progressUnknownClause: Rule = {
  meta: {
    id: 'progress-unknown-clause',
    phase: 'validate',
    scope: 'progress',
    severity: 'error',
    description: { zh: '进展报告中的条文编号必须存在', en: 'Clause ids in progress reports must exist' },
    help: {
      zh: '进展报告逐条引用计划条文的编号(plan tasks --format json 中的 id,如 huangzhou-2023:2.1.1.1)。编号找不到时多半是笔误;请照提示改正,或用 plan progress init 重新生成报告。',
      en: 'A progress report refers to clauses by the id `plan tasks --format json` shows (e.g. huangzhou-2023:2.1.1.1). An unknown id is usually a typo: fix it as suggested, or regenerate the report with plan progress init.',
    },
    messages: {
      unknown: {
        zh: '没有编号为“{{id}}”的条文。请用 plan tasks --unit 单位 --format json 查看正确的编号',
        en: 'No clause has id "{{id}}". See the ids with plan tasks --unit UNIT --format json',
      },
      unknownNear: {
        zh: '没有编号为“{{id}}”的条文,是否应为:{{suggestions|or}}',
        en: 'No clause has id "{{id}}"; did you mean {{suggestions|or}}?',
      },
    },
  },
  check({ workspace, report }) {
    if (workspace.plans.length === 0) return; // nothing to compare with: the command loading no plan says so
    const byId = clausesById(workspace.plans);
    for (const progress of workspace.progress)
      progress.clauses.forEach((clause, i) => {
        if (byId.has(clause.id)) return;
        const suggestions = nearestNames(clause.id, byId.keys());
        report({
          file: progress.file,
          path: ['clauses', i, 'id'],
          messageId: suggestions.length ? 'unknownNear' : 'unknown',
          data: { id: clause.id, suggestions },
        });
      });
  },
};
