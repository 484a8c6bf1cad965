// A section's cooperation area must be one of the ids in a domains file.
import type { Rule } from './rule.js';

export const unknownDomain: Rule = {
  meta: {
    id: 'unknown-domain',
    phase: 'validate',
    scope: 'file',
    severity: 'error',
    description: {
      zh: '章节的合作领域 id 必须在 domains 文件中定义',
      en: 'Section domains must be defined in a domains file',
    },
    help: {
      zh: '章节的 domain 必须是 domains 文件中定义的合作领域 id;不属于任何领域的章节写 null。',
      en: "A section's domain must be a cooperation-area id defined in the domains file; write null for a section in no area.",
    },
    messages: {
      unknown: {
        zh: '合作领域“{{domain}}”未定义。可用的 id:{{known}};不属于任何领域时请写 null',
        en: 'Cooperation area "{{domain}}" is not defined. Known ids: {{known}}; write null for none',
      },
    },
  },
  check({ workspace, report }) {
    const known = new Set(workspace.domains.map((d) => d.id));
    for (const plan of workspace.plans) {
      for (const section of plan.sections) {
        if (section.domain !== null && !known.has(section.domain)) {
          report({
            file: plan.file,
            path: [...section.path, 'domain'],
            messageId: 'unknown',
            data: { domain: section.domain, known: [...known] },
          });
        }
      }
    }
  },
};
