// A progress report should report only on clauses its unit holds (named, by another name, through a group, 全体).
import { clausesById, holding, reportEntry, reportPlans } from '../domain/progress-facts.js';
import type { Rule } from './rule.js';

export const progressNotHeld: Rule = {
  meta: {
    id: 'progress-not-held',
    phase: 'validate',
    scope: 'progress',
    severity: 'warning',
    description: { zh: '报告的条文应由报告单位承担', en: 'Reported clauses should be held by the reporting unit' },
    help: {
      zh: '进展报告只报本单位承担的条文(plan tasks --unit 单位 列出的)。报了不承担的条文多半是编号抄错;若确是协助其他单位的工作,可写在该牵头单位报告的 supporting 中。',
      en: 'A progress report covers the clauses its unit holds (as plan tasks --unit lists them). Another clause is usually a mistyped id; help given to a lead unit belongs in its report under supporting.',
    },
    messages: {
      notHeld: {
        zh: '条文 {{id}} 的责任单位({{units}})不含“{{unit}}”。请核对编号',
        en: 'Clause {{id}} is not held by "{{unit}}" (units: {{units}}). Check the id',
      },
      possibly: {
        zh: '条文 {{id}} 只是可能由“{{unit}}”承担(通过泛指的“{{group}}”)。如确由本单位承担,请保留;否则删去',
        en: 'Clause {{id}} is only possibly held by "{{unit}}" (through the vague "{{group}}"). Keep it if the unit does hold it',
      },
    },
  },
  check({ workspace, report }) {
    const byId = clausesById(workspace.plans);
    for (const progress of workspace.progress) {
      const found = reportEntry(progress, reportPlans(progress, workspace.plans, byId), workspace.rosters);
      if (!found) continue; // progress-unknown-unit
      progress.clauses.forEach((written, i) => {
        const clause = byId.get(written.id);
        if (!clause) return; // progress-unknown-clause
        const m = holding(clause, found.entry);
        if (m && m.match !== 'possibly') return;
        report({
          file: progress.file,
          path: ['clauses', i, 'id'],
          messageId: m ? 'possibly' : 'notHeld',
          data: {
            id: written.id,
            unit: progress.unit,
            units: clause.units.map((u) => u.written).join('、') || '—',
            group: m?.matchedAs ?? '',
          },
        });
      });
    }
  },
};
