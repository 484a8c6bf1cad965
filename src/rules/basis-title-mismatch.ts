// The same 文号 must name the same document title in every plan.
// Titles that differ only in look-alike punctuation (<> vs 〈〉, （ vs (, - vs —) are NOT a finding: the two annexes
// were typeset differently and the data stays faithful to the published text, so such a finding could never be fixed.
import { citationsBy, numberKey, titleKey } from '../domain/basis-citations.js';
import type { Rule } from './rule.js';

export const basisTitleMismatch: Rule = {
  meta: {
    id: 'basis-title-mismatch',
    phase: 'check',
    scope: 'plans',
    severity: 'error',
    description: {
      zh: '同一文号在不同计划中对应的文件标题不一致(仅标点写法不同的不算)',
      en: 'The same document number is cited with different titles (punctuation-only differences excepted)',
    },
    help: {
      zh: '各计划引用的文号按文号比对;同一文号对应不同标题时报告(只差标点写法的不算)。请对照原件改正标题或文号。',
      en: 'Cited document numbers are compared across plans; one number with different titles is reported (punctuation-only differences are not). Correct the title or the number against the original.',
    },
    listItems: { others: { zh: '{{plan}}《{{title}}》', en: '{{plan}} "{{title}}"' } },
    messages: {
      differs: {
        zh: '文号 {{number}} 在此对应《{{title}}》,其他计划对应:{{others}}。请核对原件,改正有误的标题或文号',
        en: 'Number {{number}} names "{{title}}" here, elsewhere: {{others}}. Check the original and correct the wrong title or number',
      },
    },
  },
  check({ workspace, report }) {
    for (const group of citationsBy(workspace.plans, (c) => numberKey(c.number))) {
      for (const citation of group) {
        const others = group.filter((o) => titleKey(o.title) !== titleKey(citation.title));
        if (others.length === 0) continue;
        report({
          file: citation.plan.file,
          path: ['basis', citation.index, 'title'],
          messageId: 'differs',
          data: {
            number: citation.number,
            title: citation.title,
            others: others.map((o) => ({ plan: o.plan.short, title: o.title })),
            citedAs: others.map((o) => ({ plan: o.plan.id, title: o.title, file: o.plan.file })),
          },
        });
      }
    }
  },
};
