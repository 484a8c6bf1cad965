// Inside a roster file, aliases and groups must point at entries and lists that exist.
import type { RawRoster } from '../model/raw.js';
import type { Rule } from './rule.js';

export const rosterReference: Rule = {
  meta: {
    id: 'roster-reference',
    phase: 'validate',
    scope: 'file',
    severity: 'error',
    description: {
      zh: '名单中的别名和组必须指向存在的单位或段落',
      en: 'Roster aliases and groups must point at existing entries or lists',
    },
    help: {
      zh: '名单文件中的别名(aliases)和组(groups)必须指向名单中存在的单位或段落。请改为名单中的准确名称。',
      en: 'Aliases and groups in a roster file must point at entries or lists that exist in it. Use the exact roster names.',
    },
    messages: {
      alias: {
        zh: '别名“{{name}}”指向的“{{means}}”不是名单中的单位。请改为名单中的名称',
        en: 'Alias "{{name}}" means "{{means}}", which is not a roster entry',
      },
      member: {
        zh: '组“{{group}}”的成员“{{name}}”不是名单中的单位',
        en: 'Member "{{name}}" of group "{{group}}" is not a roster entry',
      },
      include: {
        zh: '组“{{group}}”引用的段落“{{list}}”不存在(可用:{{known}})',
        en: 'Group "{{group}}" includes unknown list "{{list}}" (known: {{known}})',
      },
    },
  },
  check({ workspace, report }) {
    for (const file of workspace.files) {
      if (file.kind !== 'roster' || !file.value) continue;
      const raw = file.value as RawRoster;
      const names = new Set(raw.lists.flatMap((l) => l.entries.map((e) => e.name)));
      const lists = raw.lists.map((l) => l.id);
      (raw.aliases ?? []).forEach((a, i) => {
        if (!names.has(a.means))
          report({
            file: file.file,
            path: ['aliases', i, 'means'],
            messageId: 'alias',
            data: { name: a.name, means: a.means },
          });
      });
      (raw.groups ?? []).forEach((g, i) => {
        (g.members ?? []).forEach((m, j) => {
          if (!names.has(m))
            report({
              file: file.file,
              path: ['groups', i, 'members', j],
              messageId: 'member',
              data: { group: g.name, name: m },
            });
        });
        (g.includes ?? []).forEach((l, j) => {
          if (!lists.includes(l))
            report({
              file: file.file,
              path: ['groups', i, 'includes', j],
              messageId: 'include',
              data: { group: g.name, list: l, known: lists },
            });
        });
      });
    }
  },
};
