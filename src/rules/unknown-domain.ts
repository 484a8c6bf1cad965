// A section's cooperation area must be one of the ids in a domains file.
import { unloadedMaybe } from '../load/load-workspace.js';
import type { DataPath } from '../model/finding.js';
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
      notChecked: {
        zh: '合作领域 {{domains}} 无法核对:{{files}} 未能载入(见该文件的问题),合作领域可能定义在其中。请先改正该文件,不要因此改动 domain',
        en: 'Cooperation areas {{domains}} cannot be checked: {{files}} did not load (see its findings) and may define them. Fix that file first; do not change domain because of this',
      },
      unknown: {
        zh: '合作领域“{{domain}}”未定义。可用的 id:{{known}};不属于任何领域时请写 null',
        en: 'Cooperation area "{{domain}}" is not defined. Known ids: {{known}}; write null for none',
      },
    },
  },
  check({ workspace, report }) {
    const known = new Set(workspace.domains.map((d) => d.id));
    const maybe = unloadedMaybe(workspace, 'domains');
    for (const plan of workspace.plans) {
      // Items carry the area of the innermost section that states one (sections nest): each written area once.
      const unknown: { domain: string; path: DataPath }[] = [];
      const seen = new Set<DataPath>();
      for (const item of plan.items) {
        const path = item.domainPath;
        if (item.domain === null || path === null || known.has(item.domain) || seen.has(path)) continue;
        seen.add(path);
        unknown.push({ domain: item.domain, path });
      }
      // With a file that may define them left out, the ids are not known to be wrong: one finding naming the cause,
      // not one per section advising null (which would erase the data).
      if (maybe.length > 0 && unknown[0]) {
        report({
          file: plan.file,
          path: unknown[0].path,
          messageId: 'notChecked',
          data: { domains: [...new Set(unknown.map((u) => u.domain))], files: maybe },
        });
        continue;
      }
      for (const { domain, path } of unknown) {
        report({ file: plan.file, path, messageId: 'unknown', data: { domain, known: [...known] } });
      }
    }
  },
};
