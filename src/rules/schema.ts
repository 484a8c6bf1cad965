// Every file must match its JSON Schema (schemas/*.schema.json): required fields, known keys, right types.
import type { Rule } from './rule.js';

export const schema: Rule = {
  meta: {
    id: 'schema',
    phase: 'load',
    scope: 'file',
    severity: 'error',
    description: { zh: '文件必须符合其 JSON Schema', en: 'Files must match their JSON Schema' },
    help: {
      zh: '每个数据文件都按 schemas/ 中的 JSON Schema 检查字段、类型和取值。在带 YAML 语言服务器的编辑器中打开文件,可获得补全和说明。',
      en: 'Every data file is checked against its JSON Schema in schemas/ for fields, types and values. Editors with a YAML language server offer completion and hover help.',
    },
    messages: {
      required: { zh: '缺少必填字段“{{field}}”。请在此处补上', en: 'Missing required field "{{field}}". Add it here' },
      unknownKeyNear: {
        zh: '未知字段“{{field}}”。是否应为“{{near}}”?请改正拼写,或删除该字段',
        en: 'Unknown field "{{field}}". Did you mean "{{near}}"? Fix the spelling or remove it',
      },
      unknownKey: {
        zh: '未知字段“{{field}}”。请检查拼写,或删除该字段',
        en: 'Unknown field "{{field}}". Check the spelling or remove it',
      },
      type: {
        zh: '字段“{{field}}”的类型应为 {{expected}}。请改正取值',
        en: 'Field "{{field}}" must be of type {{expected}}',
      },
      enum: { zh: '字段“{{field}}”的取值只能是:{{allowed}}', en: 'Field "{{field}}" must be one of: {{allowed}}' },
      invalid: {
        zh: '字段“{{field}}”不符合要求({{keyword}}:{{detail}})。请对照 schemas/ 中的说明修改',
        en: 'Field "{{field}}" is invalid ({{keyword}}: {{detail}}); see schemas/',
      },
      unknownKind: {
        zh: '无法识别的文件:顶层应有 kind: plan、roster 或 domains(配置文件应命名为 plan.config.yaml)',
        en: 'Unrecognised file: top level needs kind: plan, roster or domains (config files are named plan.config.yaml)',
      },
    },
  },
};
