// A part holds one of text/sections/items, a section one of sections/items, an item one of text/clauses, a clause one of units/unitLists.
import type { DataPath } from '../model/finding.js';
import type { RawItem, RawPlan, RawSection } from '../model/raw.js';
import type { Rule } from './rule.js';

export const contentShape: Rule = {
  meta: {
    id: 'content-shape',
    phase: 'validate',
    scope: 'file',
    severity: 'error',
    description: {
      zh: '部分只能有 text、sections、items 之一;节只能有 sections、items 之一;条目只能有 text、clauses 之一;条文只能有 units、unitLists 之一',
      en: 'A part has exactly one of text/sections/items, a section of sections/items, an item of text/clauses, a clause of units/unitLists',
    },
    help: {
      zh: '部分(part)要么是一段 text,要么分 sections,要么直接列 items;节要么分小节 sections,要么列 items;条目要么是 text,要么是 clauses;条文的单位要么是一个 units 列表(原文只有“责任单位”一栏),要么是分栏的 unitLists。请按原文结构保留其中一项。',
      en: 'A part is either text, sections or items; a section either sections or items; an item either text or clauses; a clause has either one units list (the source has one 责任单位 field) or labelled unitLists. Keep the one that matches the source structure.',
    },
    messages: {
      part: {
        zh: '第“{{number}}”部分应当且只能有 text、sections、items 中的一项(现有:{{present}})',
        en: 'Part "{{number}}" must have exactly one of text, sections, items (has: {{present}})',
      },
      section: {
        zh: '节“{{heading}}”应当且只能有 sections 或 items 中的一项(现有:{{present}})',
        en: 'Section "{{heading}}" must have exactly one of sections, items (has: {{present}})',
      },
      item: {
        zh: '条目“{{number}}”应当且只能有 text 或 clauses 中的一项(现有:{{present}})',
        en: 'Item "{{number}}" must have exactly one of text, clauses (has: {{present}})',
      },
      clause: {
        zh: '条目“{{number}}”的第 {{index}} 条条文应当且只能有 units 或 unitLists 中的一项(现有:{{present}})',
        en: 'Clause {{index}} of item "{{number}}" must have exactly one of units, unitLists (has: {{present}})',
      },
    },
  },
  check({ workspace, report }) {
    for (const file of workspace.files) {
      if (file.kind !== 'plan' || !file.value) continue;
      const raw = file.value as RawPlan;
      const checkItems = (items: RawItem[], path: DataPath) =>
        items.forEach((item, i) => {
          const has = (['text', 'clauses'] as const).filter((k) => item[k] !== undefined);
          if (has.length !== 1)
            report({
              file: file.file,
              path: [...path, 'items', i],
              messageId: 'item',
              data: { number: item.number, present: has },
            });
          (item.clauses ?? []).forEach((clause, c) => {
            const lists = (['units', 'unitLists'] as const).filter((k) => clause[k] !== undefined);
            if (lists.length !== 1)
              report({
                file: file.file,
                path: [...path, 'items', i, 'clauses', c],
                messageId: 'clause',
                data: { number: item.number, index: c + 1, present: lists },
              });
          });
        });
      const checkSection = (section: RawSection, path: DataPath): void => {
        const present = (['sections', 'items'] as const).filter((k) => section[k] !== undefined);
        if (present.length !== 1)
          report({ file: file.file, path, messageId: 'section', data: { heading: section.heading, present } });
        checkItems(section.items ?? [], path);
        (section.sections ?? []).forEach((sub, s) => {
          checkSection(sub, [...path, 'sections', s]);
        });
      };
      raw.parts.forEach((part, p) => {
        const present = (['text', 'sections', 'items'] as const).filter((k) => part[k] !== undefined);
        if (present.length !== 1)
          report({ file: file.file, path: ['parts', p], messageId: 'part', data: { number: part.number, present } });
        (part.sections ?? []).forEach((section, s) => {
          checkSection(section, ['parts', p, 'sections', s]);
        });
        checkItems(part.items ?? [], ['parts', p]);
      });
    }
  },
};
