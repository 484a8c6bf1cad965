// Roster entries that no clause names, directly or by another name: in every plan (entries reached only through groups
// are called out) or in some plans only. Info level: a unit without tasks is a question for the office, not a data error.
import { type PlanCoverage, rosterCoverage } from '../domain/unit-coverage.js';
import type { Rule } from './rule.js';

const shorts = (plans: PlanCoverage[]) => plans.map((p) => p.plan.short);

export const unusedRosterUnit: Rule = {
  meta: {
    id: 'unused-roster-unit',
    phase: 'check',
    // It counts every clause of every plan: `plan check` keeps every plan whole while it runs.
    scope: 'workspace',
    severity: 'info',
    description: {
      zh: '名单中的单位在全部或部分计划中没有被点名的任务',
      en: 'A roster unit is named by no clause in some or all plans',
    },
    help: {
      zh: '名单中的单位在全部或部分计划中没有被点名的任务(仅供参考)。请确认是分工如此,还是计划有遗漏。',
      en: 'A roster unit is named by no clause in some or all plans (for information). Check whether that is the intended division of work or an omission.',
    },
    messages: {
      viaGroups: {
        zh: '“{{name}}”在所有计划中都没有被点名(直接或以别名),仅通过组“{{groups}}”涉及 {{count}} 条任务。请确认是否应为其分配具体任务',
        en: '"{{name}}" is named by no clause in any plan (directly or by another name); only through {{groups}} ({{count}} clauses). Check whether it should have tasks of its own',
      },
      possiblyOnly: {
        zh: '“{{name}}”在所有计划中都没有被点名,只可能通过泛指的“{{vague}}”涉及 {{possibly}} 条任务。请确认是否遗漏',
        en: '"{{name}}" is named by no clause in any plan; only possibly through the vague {{vague}} ({{possibly}} clauses). Check for an omission',
      },
      none: {
        zh: '“{{name}}”在所有计划中都没有任务(既未被点名,也不属于任何被点名的组)。请确认是否遗漏',
        en: '"{{name}}" has no task in any plan (not named, not in any group that is named). Check for an omission',
      },
      notInPlans: {
        zh: '“{{name}}”在 {{missing}} 计划中没有被点名(在 {{named}} 计划中有 {{count}} 条)。如属正常分工可忽略',
        en: '"{{name}}" is not named in the {{missing}} plan(s) (named in {{count}} clauses of {{named}}). Ignore if that is the intended division of work',
      },
    },
  },
  check({ workspace, report }) {
    for (const roster of workspace.rosters) {
      for (const { entry, plans } of rosterCoverage(roster, workspace.plans)) {
        const named = plans.filter((p) => p.direct.length > 0);
        if (named.length === plans.length) continue;
        const list = roster.lists.findIndex((l) => l.id === entry.list);
        const firm = plans.flatMap((p) => p.viaGroup);
        const data = {
          name: entry.name,
          groups: [...new Set(plans.flatMap((p) => p.groups))],
          vague: [...new Set(plans.flatMap((p) => p.vagueGroups))],
          count: named.length > 0 ? named.reduce((sum, p) => sum + p.direct.length, 0) : firm.length,
          possibly: plans.reduce((sum, p) => sum + p.possibly.length, 0),
          missing: shorts(plans.filter((p) => p.direct.length === 0)),
          named: shorts(named),
          plans: plans.map((p) => ({
            plan: p.plan.id,
            direct: p.direct.length,
            viaGroup: p.viaGroup.length,
            possibly: p.possibly.length,
            groups: p.groups,
            vagueGroups: p.vagueGroups,
          })),
        };
        const messageId =
          named.length > 0 ? 'notInPlans' : firm.length > 0 ? 'viaGroups' : data.possibly > 0 ? 'possiblyOnly' : 'none';
        report({
          file: roster.file,
          path: ['lists', list, 'entries', roster.lists[list]?.entries.indexOf(entry) ?? 0],
          messageId,
          data,
        });
      }
    }
  },
};
