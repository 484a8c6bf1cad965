// Broken YAML as office staff write it: js-yaml's English reason becomes a Chinese (or English) explanation, and any reason not listed is kept verbatim.

import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { explainYamlReason, yamlReasonMessages } from '../../src/load/yaml-reasons.js';
import { type Lang, say } from '../../src/model/lang.js';
import { duplicateKey } from '../../src/rules/duplicate-key.js';
import { yamlSyntax } from '../../src/rules/yaml-syntax.js';

/** The one finding a broken text gives, worded as `plan validate` words it. */
function parseError(text: string, lang: Lang = 'zh') {
  const { value, findings } = parseYaml(text, 'broken.plan.yaml');
  expect(value).toBeUndefined();
  expect(findings).toHaveLength(1);
  const [f] = findings;
  if (!f) throw new Error('no finding');
  const template = yamlSyntax.meta.messages[f.messageId];
  if (!template) throw new Error(`no template for ${f.messageId}`);
  return { ...f, message: say(template, lang, f.data) };
}

const header = 'kind: plan\nid: test-alpha\n';

// Each: a snippet, js-yaml's reason for it, the message id, and words the Chinese message must contain.
const broken: { name: string; text: string; reason: string; id: string; zh: string; line: number }[] = [
  {
    name: 'a key indented under a value',
    text: `${header}title: 测试计划\n  short: 甲\n`,
    reason: 'bad indentation of a mapping entry',
    id: 'badMappingIndent',
    zh: '缩进不对',
    line: 4,
  },
  {
    name: 'a list entry out of line',
    text: `${header}parts:\n  - number: 一\n    heading: 目标\n   - number: 二\n`,
    reason: 'bad indentation of a sequence entry',
    id: 'badSequenceIndent',
    zh: '列表项',
    line: 6,
  },
  {
    name: 'a list entry among keys',
    text: `${header}year: 2023\n- 区商务局\n`,
    reason: 'end of the stream or a document separator is expected',
    id: 'endExpected',
    zh: '接不上前面的内容',
    line: 4,
  },
  {
    name: 'an unclosed double quote',
    text: `${header}title: "测试计划\nyear: 2023\n`,
    reason: 'unexpected end of the stream within a double quoted scalar',
    id: 'unclosedDoubleQuote',
    zh: '双引号(")没有配对',
    line: 5,
  },
  {
    name: 'an unclosed single quote',
    text: `${header}title: '测试计划\nyear: 2023\n`,
    reason: 'unexpected end of the stream within a single quoted scalar',
    id: 'unclosedSingleQuote',
    zh: "单引号(')没有配对",
    line: 5,
  },
  {
    name: 'a full-width colon',
    text: `${header}title：测试计划\nyear: 2023\n`,
    reason: 'can not read a block mapping entry; a multiline key may not be an implicit key',
    id: 'multilineKey',
    zh: '中文冒号“：”不算',
    line: 4,
  },
  {
    name: 'a quoted key without its colon',
    text: `${header}"title" 测试计划\n`,
    reason: 'can not read an implicit mapping pair; a colon is missed',
    id: 'colonMissed',
    zh: '缺少冒号',
    line: 3,
  },
  {
    name: "no space after a quoted key's colon",
    text: `${header}"title":测试计划\n`,
    reason: 'a whitespace character is expected after the key-value separator within a block mapping',
    id: 'spaceAfterColon',
    zh: '冒号后面缺少空格',
    line: 3,
  },
  {
    name: 'a line starting with a colon',
    text: `${header}? title\n:\n:\n`,
    reason: 'incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line',
    id: 'incompletePair',
    zh: '缺少键名',
    line: 5,
  },
  {
    name: 'units without a comma',
    text: `${header}units: ["区商务局" 区台办]\n`,
    reason: 'missed comma between flow collection entries',
    id: 'missedComma',
    zh: '缺少逗号',
    line: 3,
  },
  {
    name: 'a doubled comma',
    text: `${header}units: [区商务局,, 区台办]\n`,
    reason: "expected the node content, but found ','",
    id: 'unexpectedComma',
    zh: '多余的逗号',
    line: 3,
  },
  {
    name: 'an unclosed bracket',
    text: `${header}units: [区商务局, 区台办\n`,
    reason: 'unexpected end of the stream within a flow collection',
    id: 'unclosedFlow',
    zh: '没有配对',
    line: 4,
  },
  {
    name: 'a tab in the indentation',
    text: `${header}basis:\n\t- title: 某某意见\n`,
    reason: 'tab characters must not be used in indentation',
    id: 'tabIndent',
    zh: '制表符',
    line: 4,
  },
  {
    name: 'a pasted control character',
    text: `${header}title: 测试\u0007计划\n`,
    reason: 'the stream contains non-printable characters',
    id: 'nonPrintable',
    zh: '控制字符',
    line: 3,
  },
  {
    name: 'a value starting with *',
    text: `${header}units:\n  - *重点单位\n`,
    reason: 'unidentified alias "重点单位"',
    id: 'unknownAlias',
    zh: '“*重点单位”被 YAML 当成了别名',
    line: 4,
  },
  {
    name: 'a value starting with "* "',
    text: `${header}text: * 说明\n`,
    reason: 'name of an alias node must contain at least one character',
    id: 'emptyAlias',
    zh: '星号',
    line: 3,
  },
  {
    name: 'a value starting with "& "',
    text: `${header}text: & 说明\n`,
    reason: 'name of an anchor node must contain at least one character',
    id: 'emptyAnchor',
    zh: '锚点',
    line: 3,
  },
  {
    name: 'a value starting with !',
    text: `${header}text: !重要 说明\n`,
    reason: 'tag name cannot contain such characters: 重要',
    id: 'unknownTag',
    zh: '感叹号',
    line: 3,
  },
  {
    name: 'a value starting with !, in ASCII',
    text: `${header}text: !important 说明\n`,
    reason: 'unknown tag !<!important>',
    id: 'unknownTag',
    zh: '类型标记',
    line: 3,
  },
  {
    name: 'a Windows path in double quotes',
    text: `${header}text: "D:\\计划\\q"\n`,
    reason: 'unknown escape sequence',
    id: 'unknownEscape',
    zh: '反斜杠',
    line: 3,
  },
];

describe('js-yaml reasons in plain words', () => {
  it.each(broken)('$name', ({ text, reason, id, zh, line }) => {
    const f = parseError(text);
    expect(f).toMatchObject({ rule: 'yaml-syntax', messageId: id, line });
    expect(f.data?.reason).toBe(reason); // js-yaml's own words stay in the data for JSON consumers
    expect(f.message.startsWith('YAML 语法错误:')).toBe(true);
    expect(f.message).toContain(zh);
    expect(f.message).not.toContain(reason);
    expect(f.message.replace(/YAML|Tab|Word|UTF-8|title/g, '')).not.toMatch(/[A-Za-z]{3,}/); // no English left in the Chinese
    expect(f.message).toMatch(/请/); // says what to do
    const en = parseError(text, 'en').message;
    expect(en.startsWith('YAML syntax error: ')).toBe(true);
    expect(en).not.toMatch(/请/);
  });

  it('covers every message it defines with a broken snippet', () => {
    expect(new Set([...broken.map((b) => b.id), 'nullByte'])).toEqual(new Set(Object.keys(yamlReasonMessages)));
  });

  it('says an alias name the file wrote in both languages', () => {
    const text = `${header}units:\n  - *重点单位\n`;
    expect(parseError(text, 'en').message).toContain('"*重点单位" starts with an asterisk');
    expect(parseError(text).data).toMatchObject({ alias: '重点单位' });
  });

  it('keeps a reason it does not know verbatim, in both languages', () => {
    const f = parseError(`${header}text: |0\n  说明\n`);
    const reason = 'bad explicit indentation width of a block scalar; it cannot be less than one';
    expect(f).toMatchObject({ messageId: 'syntax', data: { reason } });
    expect(f.message).toBe(`YAML 语法错误:${reason}。请检查此处的缩进、冒号和引号`);
    expect(parseError(`${header}text: |0\n  说明\n`, 'en').message).toBe(
      `YAML syntax error: ${reason}. Check indentation, colons and quotes here`,
    );
    expect(explainYamlReason('some reason a newer js-yaml may give')).toBeNull();
  });

  it('explains the null byte js-yaml refuses', () => {
    expect(explainYamlReason('null byte is not allowed in input')?.id).toBe('nullByte');
  });

  it('leaves duplicate keys and depth to their own messages', () => {
    const [duplicate] = parseYaml(`${header}id: again\n`, 'x.plan.yaml').findings;
    expect(duplicate).toMatchObject({
      rule: 'duplicate-key',
      messageId: 'duplicate',
      line: 3,
      column: 1,
      data: { reason: 'duplicated mapping key' },
    });
    expect(say(duplicateKey.meta.messages.duplicate ?? { zh: '', en: '' }, 'zh', duplicate?.data)).toBe(
      '重复的键:这个键在同一层级中已经出现过。请删除或合并重复的字段',
    );
    expect(explainYamlReason('duplicated mapping key')).toBeNull();
  });

  it('the yaml-syntax rule words each known reason, with no message of its own shadowed', () => {
    const messages = yamlSyntax.meta.messages;
    for (const [id, m] of Object.entries(yamlReasonMessages)) {
      expect(messages[id]).toEqual({ zh: `YAML 语法错误:${m.zh}`, en: `YAML syntax error: ${m.en}` });
    }
    for (const own of ['syntax', 'tooLarge', 'tooDeep', 'aliases'])
      expect(Object.keys(yamlReasonMessages)).not.toContain(own);
  });

  it('matches reasons js-yaml really throws (a reworded js-yaml release fails here, not silently)', () => {
    const require = createRequire(import.meta.url);
    const loader = fs.readFileSync(path.join(path.dirname(require.resolve('js-yaml')), 'lib', 'loader.js'), 'utf8');
    const thrown = [...loader.matchAll(/throwError\(state, (['"])(.+?)\1\)/g)].map((m) => m[2] ?? '');
    const fixed = [
      ...broken.filter((b) => !/"|!<|: 重要/.test(b.reason)).map((b) => b.reason),
      'null byte is not allowed in input',
    ];
    for (const reason of fixed) expect(thrown).toContain(reason);
  });
});
