// People are not units: a 责任领导/责任人 column written as a unit list would be counted and checked as units, and a
// unit written among the leaders would drop out of every unit answer.
import { PERSON_LABEL, UNIT_LABEL } from '../domain/unit-roles.js';
import type { Leader } from '../model/plan.js';
import type { Rule } from './rule.js';

export const peopleNotUnits: Rule = {
  meta: {
    id: 'people-not-units',
    phase: 'validate',
    scope: 'file',
    severity: 'error',
    description: {
      zh: '人员(责任领导、责任人)与单位分开记录:人员栏不能写成单位栏,单位不能写在 leaders 中',
      en: 'People (leaders) and units are kept apart: no person column as a unit list, no unit among the leaders',
    },
    help: {
      zh: '责任领导、牵头领导、责任人是人,写在 leaders 中(label 照录原文栏目名,names 照录姓名);牵头单位、责任单位、配合单位等写在 unitLists 中。人名混入单位栏会被当作单位统计和核对,单位写进 leaders 则不会出现在任何单位的任务中。',
      en: 'Leaders (责任领导, 牵头领导, 责任人) are people: write them under leaders (label as written, names as written); 牵头单位, 责任单位, 配合单位 and the like go under unitLists. A person in a unit list is counted and checked as a unit; a unit among the leaders drops out of every unit answer.',
    },
    messages: {
      personList: {
        zh: '“{{label}}”一栏是人员,不是单位。请把 {{names|and}} 写在 leaders 中(label: {{label}})',
        en: '"{{label}}" lists people, not units. Write {{names|and}} under leaders (label: {{label}})',
      },
      unitLeaders: {
        zh: '“{{label}}”一栏是单位,不是人员。请把 {{names|and}} 写在 unitLists 中(label: {{label}})',
        en: '"{{label}}" lists units, not people. Write {{names|and}} under unitLists (label: {{label}})',
      },
      unitAsLeader: {
        zh: '“{{name}}”是名单“{{roster}}”上的单位,不是人名。单位请写在 unitLists 中',
        en: '"{{name}}" is a unit on roster "{{roster}}", not a person. Write units under unitLists',
      },
    },
  },
  check({ workspace, report }) {
    // A folder uses a handful of labels over and over (责任单位 on every clause of the 2023 notice): test each once.
    const personLabels = new Map<string, boolean>();
    const isPersonLabel = (label: string): boolean => {
      let person = personLabels.get(label);
      if (person === undefined) {
        person = PERSON_LABEL.test(label);
        personLabels.set(label, person);
      }
      return person;
    };
    for (const plan of workspace.plans) {
      const roster = workspace.rosters.find((r) => r.id === plan.rosterId);
      const checkLeaders = (leaders: Leader[]) => {
        for (const leader of leaders) {
          if (UNIT_LABEL.test(leader.label)) {
            report({
              file: plan.file,
              path: [...leader.path, 'label'],
              messageId: 'unitLeaders',
              data: { label: leader.label, names: leader.names },
            });
            continue;
          }
          leader.names.forEach((name, n) => {
            const kind = roster?.resolve(name).kind ?? 'unknown';
            if (kind !== 'unknown')
              report({
                file: plan.file,
                path: [...leader.path, 'names', n],
                messageId: 'unitAsLeader',
                data: { name, roster: plan.rosterId },
              });
          });
        }
      };
      // Part and section leaders are shared by the items below them: each written list once.
      const sectionLeaders = new Set<Leader>();
      for (const item of plan.items) for (const leader of item.sectionLeaders) sectionLeaders.add(leader);
      checkLeaders([...sectionLeaders]);
      for (const clause of plan.clauses) {
        checkLeaders(clause.leaders);
        for (const list of clause.unitLists) {
          if (!isPersonLabel(list.label)) continue;
          report({
            file: plan.file,
            path: [...list.path, 'label'],
            messageId: 'personList',
            data: { label: list.label, names: list.units.map((u) => u.written) },
          });
        }
      }
    }
  },
};
