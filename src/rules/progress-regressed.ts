// A clause a unit reported 已完成 should not read otherwise in a later report of the same unit: say so, or explain it.
import { clausesById, periodEnd, reportUnitKey } from '../domain/progress-facts.js';
import type { ProgressReport } from '../model/progress.js';
import type { Rule } from './rule.js';

export const progressRegressed: Rule = {
  meta: {
    id: 'progress-regressed',
    phase: 'validate',
    scope: 'progress',
    severity: 'warning',
    description: {
      zh: '已报“已完成”的条文在之后的报告中不应退回',
      en: 'A clause reported done should stay done in later reports',
    },
    help: {
      zh: '同一单位较早的报告已把条文报为“已完成”,较晚的报告却报为其他状态。若确有反复(如任务追加),请在 summary 中说明;否则请改正状态。',
      en: 'An earlier report of the same unit gave the clause as done (已完成) and a later one does not. If the work did reopen, explain it in the summary; otherwise fix the status.',
    },
    messages: {
      regressed: {
        zh: '条文 {{id}} 在 {{earlier}}({{file}})中已报“已完成”,本期({{period}})却报“{{status}}”。请核对,或在 summary 中说明原因',
        en: 'Clause {{id}} was reported done in {{earlier}} ({{file}}) but "{{status}}" now ({{period}}). Check it, or explain in the summary',
      },
    },
  },
  check({ workspace, report }) {
    const byId = clausesById(workspace.plans);
    // Reports grouped by unit (its roster entry when the roster knows it, else the name as written).
    const byUnit = new Map<string, ProgressReport[]>();
    for (const progress of workspace.progress) {
      const key = reportUnitKey(progress, workspace.plans, workspace.rosters, byId);
      byUnit.set(key, [...(byUnit.get(key) ?? []), progress]);
    }
    for (const reports of byUnit.values()) {
      if (reports.length < 2) continue;
      for (const later of reports)
        later.clauses.forEach((clause, i) => {
          if (!clause.status || clause.status === '已完成') return;
          const earlier = reports.find(
            (r) =>
              periodEnd(r.period) < periodEnd(later.period) &&
              r.clauses.some((c) => c.id === clause.id && c.status === '已完成'),
          );
          if (!earlier) return;
          report({
            file: later.file,
            path: ['clauses', i, 'status'],
            messageId: 'regressed',
            data: {
              id: clause.id,
              earlier: earlier.period,
              file: earlier.file,
              period: later.period,
              status: clause.status,
            },
          });
        });
    }
  },
};
