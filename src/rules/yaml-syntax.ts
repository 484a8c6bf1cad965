// The file must be well-formed YAML of a sane size and depth.
import { yamlErrorMessages } from '../load/yaml-errors.js';
import type { Message } from '../model/lang.js';
import type { Rule } from './rule.js';

/** Each of `yaml`'s error codes and the reader's own checks, explained in the user's language (src/load/yaml-errors.ts). */
const explained: Record<string, Message> = Object.fromEntries(
  Object.entries(yamlErrorMessages).map(([id, m]) => [
    id,
    { zh: `YAML 语法错误:${m.zh}`, en: `YAML syntax error: ${m.en}` },
  ]),
);

export const yamlSyntax: Rule = {
  meta: {
    id: 'yaml-syntax',
    phase: 'load',
    scope: 'file',
    severity: 'error',
    description: { zh: 'YAML 语法必须正确', en: 'YAML must be well-formed' },
    help: {
      zh: '文件必须是正确的 YAML:缩进用空格、冒号后留空格、引号成对。过大、嵌套过深或使用别名炸弹的文件会被拒绝。请在所示位置附近检查。',
      en: 'Files must be well-formed YAML: spaces for indentation, a space after colons, quotes in pairs. Files too large, too deeply nested or with alias bombs are refused. Check near the position shown.',
    },
    messages: {
      // An error code a newer `yaml` might add is shown in its own English words: better untranslated than lost.
      syntax: {
        zh: 'YAML 语法错误:{{reason}}。请检查此处的缩进、冒号和引号',
        en: 'YAML syntax error: {{reason}}. Check indentation, colons and quotes here',
      },
      ...explained,
      tooLarge: {
        zh: '文件过大({{size}} MB,上限 {{limit}} MB),不像是计划文件。请确认文件是否正确',
        en: 'File too large ({{size}} MB, limit {{limit}} MB); it does not look like a plan file',
      },
      tooDeep: {
        zh: '嵌套层级过深(超过 100 层),无法解析。请检查文件是否损坏',
        en: 'Nesting too deep to parse (over 100 levels); check whether the file is damaged',
      },
      aliases: {
        zh: 'YAML 别名(& 和 *)展开后过大或过深(可能是“别名炸弹”)。计划文件不需要别名,请删除 & 和 * 标记,直接写出内容',
        en: 'YAML aliases (& and *) expand too far (an alias bomb?). Plan files need no aliases; remove the & and * marks and write the content out',
      },
    },
  },
};
