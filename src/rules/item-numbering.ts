// Item numbers must run 1, 2, 3…: either continuing across a part's sections (黄州) or restarting in each (莲都).
import { numeralValue } from '../domain/numerals.js';
import type { Rule } from './rule.js';

export const itemNumbering: Rule = {
  meta: {
    id: 'item-numbering',
    phase: 'validate',
    scope: 'file',
    severity: 'error',
    description: {
      zh: '条目编号必须连续(可跨节连续,也可每节从1开始)',
      en: 'Item numbers must be consecutive (across sections, or restarting in each)',
    },
    help: {
      zh: '条目编号必须连续:可以全计划连续编号(黄州 1–43),也可以每节从 1 开始(莲都)。断号通常是漏录或重录了条目,请对照原文检查。',
      en: 'Item numbers must run on, either across the whole plan (黄州 1–43) or restarting in each section (莲都). A gap usually means an item was missed or entered twice; check against the source.',
    },
    messages: {
      gap: {
        zh: '条目编号“{{number}}”不连续,应为 {{expected|or}}。请检查是否漏录或重录了条目',
        en: 'Item number "{{number}}" breaks the sequence; expected {{expected|or}}. Check for a missing or repeated item',
      },
    },
  },
  check({ workspace, report }) {
    for (const plan of workspace.plans) {
      let previous: { part: string; section: string | null; value: number } | null = null;
      for (const item of plan.items) {
        const value = numeralValue(item.number);
        const samePart: boolean = previous !== null && previous.part === item.partNumber;
        const sameSection: boolean = samePart && previous?.section === item.sectionNumber;
        const allowed: number[] = !samePart
          ? [1]
          : sameSection
            ? [(previous?.value ?? 0) + 1]
            : [1, (previous?.value ?? 0) + 1];
        if (!allowed.includes(value))
          report({
            file: plan.file,
            path: [...item.path, 'number'],
            messageId: 'gap',
            data: { number: item.number, expected: allowed },
          });
        previous = { part: item.partNumber, section: item.sectionNumber, value };
      }
    }
  },
};
