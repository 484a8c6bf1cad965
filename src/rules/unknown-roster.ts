// A plan's `roster` must name a roster file that is loaded alongside it.
import { unloadedMaybe } from '../load/load-workspace.js';
import type { Rule } from './rule.js';

export const unknownRoster: Rule = {
  meta: {
    id: 'unknown-roster',
    phase: 'validate',
    scope: 'file',
    severity: 'error',
    description: { zh: '计划引用的名单必须存在', en: "A plan's roster must exist" },
    help: {
      zh: '计划的 roster 字段必须指向数据目录中某个名单文件的 id。请把名单文件放进同一目录,或改正 roster 字段。',
      en: "A plan's roster field must be the id of a roster file in the data folder. Put the roster file there, or fix the field.",
    },
    messages: {
      missing: {
        zh: '找不到 id 为“{{roster}}”的名单文件(已加载:{{known}})。请把名单文件放在同一数据目录,或改正 roster 字段',
        en: 'No roster with id "{{roster}}" (loaded: {{known}}). Put the roster file in the data folder or fix the roster field',
      },
      maybeNotLoaded: {
        zh: '找不到 id 为“{{roster}}”的名单:{{files}} 未能载入(见该文件的问题),名单可能就在其中。请先改正该文件',
        en: 'No roster with id "{{roster}}" is loaded: {{files}} did not load (see its findings) and may hold it. Fix that file first',
      },
      notLoaded: {
        zh: '名单“{{roster}}”在文件 {{rosterFile}} 中,但该文件有错误,未能载入,本计划的单位因此无法核对。请先改正 {{rosterFile}} 中的问题',
        en: 'Roster "{{roster}}" is in {{rosterFile}}, but that file has errors and was not loaded, so this plan\'s units cannot be checked. Fix the problems in {{rosterFile}} first',
      },
    },
  },
  check({ workspace, report }) {
    const known = workspace.rosters.map((r) => r.id);
    for (const plan of workspace.plans) {
      if (known.includes(plan.rosterId)) continue;
      const broken = workspace.unloaded.find((u) => u.kind === 'roster' && u.id === plan.rosterId);
      if (broken)
        report({
          file: plan.file,
          path: ['roster'],
          messageId: 'notLoaded',
          data: { roster: plan.rosterId, rosterFile: broken.file },
        });
      else if (unloadedMaybe(workspace, 'roster').length > 0)
        // A roster that did not parse has no id to go by: name the files it could be, not "no such roster".
        report({
          file: plan.file,
          path: ['roster'],
          messageId: 'maybeNotLoaded',
          data: { roster: plan.rosterId, files: unloadedMaybe(workspace, 'roster') },
        });
      else report({ file: plan.file, path: ['roster'], messageId: 'missing', data: { roster: plan.rosterId, known } });
    }
  },
};
