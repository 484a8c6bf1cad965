// An item whose clauses all have an empty unit list assigns its work to nobody.
import type { Rule } from './rule.js';

export const itemWithoutUnits: Rule = {
  meta: {
    id: 'item-without-units',
    phase: 'check',
    scope: 'file',
    severity: 'warning',
    description: { zh: '条目的所有条文都没有责任单位', en: 'No clause of an item names a responsible unit' },
    help: {
      zh: '条目下每条条文都没有责任单位,多半是漏录了原文的〔责任单位:…〕。请补录;原文确实没有括注的,改用 text 记录。',
      en: "None of an item's clauses names a unit, usually because the source bracket 〔责任单位:…〕 was not transcribed. Add it; if the source has none, record the item as text.",
    },
    messages: {
      none: {
        zh: '条目 {{item}}“{{title}}”的 {{count}} 条条文都没有责任单位。请按原文的〔责任单位:…〕补录;如原文确无责任单位,请改用 text 记录',
        en: 'None of the {{count}} clauses of item {{item}} ("{{title}}") names a unit. Add the units from the source bracket; if the source has none, record the item as text',
      },
    },
  },
  check({ workspace, report }) {
    for (const plan of workspace.plans) {
      for (const item of plan.items) {
        if (item.clauses.length === 0 || item.clauses.some((c) => c.units.length > 0)) continue;
        report({
          file: plan.file,
          path: item.path,
          messageId: 'none',
          data: { item: item.ref, title: item.caption, count: item.clauses.length, plan: plan.id },
        });
      }
    }
  },
};
