// The unit filing a progress report must be a unit on the roster of the plans it reports on.
import { nearestNames } from '../domain/nearest-names.js';
import { clausesById, reportEntry, reportPlans } from '../domain/progress-facts.js';
import type { Rule } from './rule.js';

export const progressUnknownUnit: Rule = {
  meta: {
    id: 'progress-unknown-unit',
    phase: 'validate',
    scope: 'progress',
    severity: 'error',
    description: { zh: '报告单位必须在名单上', en: 'The reporting unit must be on the roster' },
    help: {
      zh: '进展报告的 unit 写报告单位在名单上的名称(或名单登记的别名),这样才能核对它承担哪些条文。',
      en: "A progress report's unit is the reporting unit's roster name (or a recorded alias), so its clauses can be checked.",
    },
    messages: {
      unknown: {
        zh: '报告单位“{{unit}}”不在名单上。请写名单上的单位名称',
        en: 'Reporting unit "{{unit}}" is not on the roster. Give its roster name',
      },
      unknownNear: {
        zh: '报告单位“{{unit}}”不在名单上,是否应为:{{suggestions|or}}',
        en: 'Reporting unit "{{unit}}" is not on the roster; did you mean {{suggestions|or}}?',
      },
    },
  },
  check({ workspace, report }) {
    if (workspace.plans.length === 0) return;
    const byId = clausesById(workspace.plans);
    for (const progress of workspace.progress) {
      const plans = reportPlans(progress, workspace.plans, byId);
      if (reportEntry(progress, plans, workspace.rosters)) continue;
      const ids = new Set(plans.map((p) => p.rosterId));
      const rosters = workspace.rosters.filter((r) => ids.has(r.id));
      if (rosters.length === 0) continue; // no roster loaded: reported on the plan
      const names = rosters.flatMap((r) => r.entries.flatMap((e) => [e.name, ...e.otherNames]));
      const suggestions = nearestNames(progress.unit, new Set(names));
      report({
        file: progress.file,
        path: ['unit'],
        messageId: suggestions.length ? 'unknownNear' : 'unknown',
        data: { unit: progress.unit, suggestions },
      });
    }
  },
};
