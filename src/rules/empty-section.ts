// A section (or a part meant to hold sections or items) with nothing in it is a transcription gap or a leftover heading.
import type { DataPath } from '../model/finding.js';
import type { RawPlan, RawSection } from '../model/raw.js';
import type { Rule } from './rule.js';

export const emptySection: Rule = {
  meta: {
    id: 'empty-section',
    phase: 'check',
    scope: 'file',
    severity: 'warning',
    description: { zh: '章节或部分没有任何条目', en: 'A section or part has no items' },
    help: {
      zh: '章节或部分里没有录入任何条目,通常是漏录。请从原文补录,或删除空的章节。',
      en: 'A section or part holds no items, usually a transcription gap. Transcribe them from the source or remove the empty section.',
    },
    messages: {
      section: {
        zh: '章节“{{heading}}”没有任何条目。请补录原文中的条目,或删除该章节',
        en: 'Section "{{heading}}" has no items. Transcribe its items from the source, or remove it',
      },
      part: {
        zh: '第“{{number}}”部分“{{heading}}”的 {{field}} 为空。请补录原文内容,或删除该字段',
        en: 'Part "{{number}}" ("{{heading}}") has an empty {{field}}. Transcribe it from the source, or remove the field',
      },
    },
  },
  check({ workspace, report }) {
    for (const file of workspace.files) {
      if (file.kind !== 'plan' || !file.value) continue;
      const checkSection = (section: RawSection, path: DataPath): void => {
        if ((section.items ?? []).length === 0 && (section.sections ?? []).length === 0)
          report({
            file: file.file,
            path,
            messageId: 'section',
            data: { heading: section.heading, number: section.number ?? null },
          });
        (section.sections ?? []).forEach((sub, s) => {
          checkSection(sub, [...path, 'sections', s]);
        });
      };
      (file.value as RawPlan).parts.forEach((part, p) => {
        for (const field of ['sections', 'items'] as const) {
          if (part[field]?.length === 0)
            report({
              file: file.file,
              path: ['parts', p, field],
              messageId: 'part',
              data: { number: part.number, heading: part.heading, field },
            });
        }
        (part.sections ?? []).forEach((section, s) => {
          checkSection(section, ['parts', p, 'sections', s]);
        });
      });
    }
  },
};
