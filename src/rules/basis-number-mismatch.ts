// The same basis document (titles compared after folding look-alike punctuation) must carry the same 文号 in every plan.
import { citationsBy, numberKey, titleKey } from '../domain/basis-citations.js';
import type { Rule } from './rule.js';
import { folderConfig, folderConfigNotLoaded } from './rule-levels.js';

export const basisNumberMismatch: Rule = {
  meta: {
    id: 'basis-number-mismatch',
    phase: 'check',
    scope: 'plans',
    severity: 'error',
    description: {
      zh: '同一依据文件在不同计划中的文号不一致',
      en: 'The same basis document is cited with different numbers',
    },
    help: {
      zh: '各计划在 basis 中引用的依据文件按标题比对;同一文件写了不同文号时报告。请对照原件改正有误的一处;如原文本身即不一致,在 plan.config.yaml 中把本规则设为 warn 并写注释说明,数据照录原文。',
      en: 'Basis documents cited by the plans are compared by title; the same document with different numbers is reported. Correct the wrong one against the original; if the published text itself differs, set this rule to warn in plan.config.yaml with a comment and keep the data as published.',
    },
    listItems: { others: { zh: '{{plan}} {{number}}', en: '{{plan}} {{number}}' } },
    messages: {
      differs: {
        zh: '《{{title}}》在此写作 {{number}},其他计划写作:{{others}}。请核对原件,改正有误的文号;如原文即如此,可在 plan.config.yaml 中把本规则设为 warn 并注明原因',
        en: '"{{title}}" is cited here as {{number}}, elsewhere as: {{others}}. Check the original and correct the wrong number; if the published text has it, set this rule to warn in plan.config.yaml with a comment',
      },
      differsConfigNotLoaded: {
        zh: '《{{title}}》在此写作 {{number}},其他计划写作:{{others}}。{{files}} 未能载入(见该文件的问题),其中设定的规则级别未生效;请先改正该文件',
        en: '"{{title}}" is cited here as {{number}}, elsewhere as: {{others}}. {{files}} did not load (see its findings), so the rule levels it sets do not apply; fix that file first',
      },
      differsKept: {
        zh: '《{{title}}》在此写作 {{number}},其他计划写作:{{others}}。plan.config.yaml 已把本规则设为 warn(原文如此,数据照录);原件更正后请同步修改',
        en: '"{{title}}" is cited here as {{number}}, elsewhere as: {{others}}. plan.config.yaml sets this rule to warn (the published text has it, and the data keeps it); update it if the original is corrected',
      },
    },
  },
  check({ workspace, report }) {
    for (const group of citationsBy(workspace.plans, (c) => titleKey(c.title))) {
      for (const citation of group) {
        const others = group.filter((o) => numberKey(o.number) !== numberKey(citation.number));
        if (others.length === 0) continue;
        // Once the plan's folder has accepted the difference, advising to accept it would be stale.
        const config = folderConfig(workspace, citation.plan.file);
        const kept = config?.rules?.['basis-number-mismatch'] === 'warn';
        // A config file that did not load may well set this rule to warn: advising to add that would be wrong too.
        const configNotLoaded = config ? [] : folderConfigNotLoaded(workspace, citation.plan.file);
        report({
          file: citation.plan.file,
          path: ['basis', citation.index, 'number'],
          messageId: kept ? 'differsKept' : configNotLoaded.length > 0 ? 'differsConfigNotLoaded' : 'differs',
          data: {
            files: configNotLoaded,
            title: citation.title,
            number: citation.number,
            others: others.map((o) => ({ plan: o.plan.short, number: o.number })),
            citedAs: others.map((o) => ({ plan: o.plan.id, number: o.number, file: o.plan.file })),
          },
        });
      }
    }
  },
};
