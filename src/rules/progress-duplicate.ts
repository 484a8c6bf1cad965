// One report per unit and period: two would give the overview two answers for the same clause.
import { clausesById, reportUnitKey } from '../domain/progress-facts.js';
import type { Rule } from './rule.js';

export const progressDuplicate: Rule = {
  meta: {
    id: 'progress-duplicate',
    phase: 'validate',
    scope: 'progress',
    severity: 'error',
    description: { zh: '同一单位同一期间只能有一份报告', en: 'One report per unit and period' },
    help: {
      zh: '同一单位同一期间有两份进展报告时,汇总无法判断以哪份为准。请合并为一份,或改正其中一份的单位或期间。',
      en: 'With two reports of one unit for one period the overview cannot tell which holds. Merge them, or fix the unit or period of one.',
    },
    messages: {
      duplicate: {
        zh: '“{{unit}}”{{period}} 的报告已有 {{other}}。请合并为一份',
        en: '"{{unit}}" already has a report for {{period}}: {{other}}. Merge them',
      },
    },
  },
  check({ workspace, report }) {
    const byId = clausesById(workspace.plans);
    const first = new Map<string, string>();
    for (const progress of workspace.progress) {
      // The same unit however it is written (区商务局 or an alias).
      const key = `${reportUnitKey(progress, workspace.plans, workspace.rosters, byId)}\u0000${progress.period}`;
      const other = first.get(key);
      if (other === undefined) first.set(key, progress.file);
      else
        report({
          file: progress.file,
          path: ['unit'],
          messageId: 'duplicate',
          data: { unit: progress.unit, period: progress.period, other },
        });
    }
  },
};
