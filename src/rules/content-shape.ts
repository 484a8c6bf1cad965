// A part holds exactly one of text/sections/items, an item exactly one of text/clauses: otherwise text would be lost.
import type { RawPlan } from '../model/raw.js';
import type { Rule } from './rule.js';

export const contentShape: Rule = {
  meta: {
    id: 'content-shape',
    phase: 'validate',
    scope: 'file',
    severity: 'error',
    description: {
      zh: '部分只能有 text、sections、items 之一;条目只能有 text、clauses 之一',
      en: 'A part has exactly one of text/sections/items; an item exactly one of text/clauses',
    },
    help: {
      zh: '部分(part)要么是一段 text,要么分 sections,要么直接列 items;条目要么是 text,要么是 clauses。请按原文结构保留其中一项。',
      en: 'A part is either text, sections or items; an item is either text or clauses. Keep the one that matches the source structure.',
    },
    messages: {
      part: {
        zh: '第“{{number}}”部分应当且只能有 text、sections、items 中的一项(现有:{{present}})',
        en: 'Part "{{number}}" must have exactly one of text, sections, items (has: {{present}})',
      },
      item: {
        zh: '条目“{{number}}”应当且只能有 text 或 clauses 中的一项(现有:{{present}})',
        en: 'Item "{{number}}" must have exactly one of text, clauses (has: {{present}})',
      },
    },
  },
  check({ workspace, report }) {
    for (const file of workspace.files) {
      if (file.kind !== 'plan' || !file.value) continue;
      const raw = file.value as RawPlan;
      raw.parts.forEach((part, p) => {
        const present = (['text', 'sections', 'items'] as const).filter((k) => part[k] !== undefined);
        if (present.length !== 1)
          report({ file: file.file, path: ['parts', p], messageId: 'part', data: { number: part.number, present } });
        const sections = (part.sections ?? []).map((s, i) => ({ items: s.items, path: ['parts', p, 'sections', i] }));
        for (const { items, path } of [...sections, { items: part.items ?? [], path: ['parts', p] }]) {
          items.forEach((item, i) => {
            const has = (['text', 'clauses'] as const).filter((k) => item[k] !== undefined);
            if (has.length !== 1)
              report({
                file: file.file,
                path: [...path, 'items', i],
                messageId: 'item',
                data: { number: item.number, present: has },
              });
          });
        }
      });
    }
  },
};
