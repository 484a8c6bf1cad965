// A report's period must fall in the year of the plans it reports on (a 2023 plan has no 2024-H1).
import { clausesById, periodYear } from '../domain/progress-facts.js';
import type { Rule } from './rule.js';

export const progressPeriod: Rule = {
  meta: {
    id: 'progress-period',
    phase: 'validate',
    scope: 'progress',
    severity: 'error',
    description: { zh: '报告期间须在计划年度内', en: "The period must fall in the plan's year" },
    help: {
      zh: '进展报告的 period(如 2023-H1)须在所报计划的年度内。年份写错时请改正;新年度的计划请另建报告。',
      en: "A progress report's period (e.g. 2023-H1) must fall in the year of the plans it reports on. Fix the year, or report on that year's plan.",
    },
    messages: {
      outside: {
        zh: '报告期间 {{period}} 不在计划“{{plan}}”的年度({{year}}年)内。请改正年份',
        en: 'Period {{period}} is outside the year of plan "{{plan}}" ({{year}}). Fix the year',
      },
    },
  },
  check({ workspace, report }) {
    const byId = clausesById(workspace.plans);
    for (const progress of workspace.progress) {
      const plans = new Set(progress.clauses.map((c) => byId.get(c.id)?.plan).filter((p) => p !== undefined));
      for (const plan of plans) {
        if (plan.year === periodYear(progress.period)) continue;
        report({
          file: progress.file,
          path: ['period'],
          messageId: 'outside',
          data: { period: progress.period, plan: plan.short, year: plan.year },
        });
      }
    }
  },
};
