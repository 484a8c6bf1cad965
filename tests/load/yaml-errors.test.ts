// Broken YAML as office staff write it: each of `yaml`'s error codes becomes a Chinese (or English) explanation at the
// place to fix, and `yaml`'s own words stay in the finding's data.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { yamlCodes, yamlErrorMessages } from '../../src/load/yaml-errors.js';
import { type Lang, say } from '../../src/model/lang.js';
import { duplicateKey } from '../../src/rules/duplicate-key.js';
import { yamlSyntax } from '../../src/rules/yaml-syntax.js';
import { repoRoot } from '../helpers/run-cli.js';

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

// Each: a snippet, the message id (`yaml`'s code, or the reader's own check), words the Chinese message must contain,
// and the line:column the finding points at (the place to fix).
const broken: { name: string; text: string; id: string; zh: string; at: [number, number] }[] = [
  {
    name: 'a key indented under a value (at the stray key’s colon)',
    text: `${header}title: 测试计划\n  short: 甲\n`,
    id: 'MULTILINE_IMPLICIT_KEY',
    zh: '缩进与同一层级的其他键没有对齐',
    at: [4, 8],
  },
  {
    name: 'a full-width colon (the line below is where the key reads as ending)',
    text: `${header}title：测试计划\nyear: 2023\n`,
    id: 'MULTILINE_IMPLICIT_KEY',
    zh: '中文冒号“：”不算',
    at: [4, 5],
  },
  {
    name: 'a list entry among keys',
    text: `${header}year: 2023\n- 区商务局\n`,
    id: 'MULTILINE_IMPLICIT_KEY',
    zh: '混入了“- ”列表项',
    at: [4, 2],
  },
  {
    name: 'a value holding ": "',
    text: `${header}title: 说明: 测试计划\n`,
    id: 'BLOCK_AS_IMPLICIT_KEY',
    zh: '请给整个值加上引号',
    at: [3, 8],
  },
  {
    name: 'a list entry out of line',
    text: `${header}parts:\n  - number: 一\n    heading: 目标\n   - number: 二\n`,
    id: 'BAD_INDENT',
    zh: '没有对齐',
    at: [6, 4],
  },
  {
    name: 'an unclosed bracket',
    text: `${header}units: [区商务局, 区台办\n`,
    id: 'BAD_INDENT',
    zh: '括号是否配对',
    at: [4, 1],
  },
  {
    name: 'an unclosed double quote',
    text: `${header}title: "测试计划\nyear: 2023\n`,
    id: 'MISSING_CHAR',
    zh: '引号',
    at: [5, 1],
  },
  {
    name: 'an unclosed single quote',
    text: `${header}title: '测试计划\nyear: 2023\n`,
    id: 'MISSING_CHAR',
    zh: '引号',
    at: [5, 1],
  },
  {
    name: 'a quoted key without its colon',
    text: `${header}"title" 测试计划\n`,
    id: 'MISSING_CHAR',
    zh: '“: ”',
    at: [3, 1],
  },
  {
    name: 'units without a comma',
    text: `${header}units: ["区商务局" 区台办]\n`,
    id: 'MISSING_CHAR',
    zh: '逗号',
    at: [3, 16],
  },
  { name: 'a value starting with !', text: `${header}text: !重要 说明\n`, id: 'MISSING_CHAR', zh: '“!”', at: [3, 8] },
  {
    name: 'a doubled comma',
    text: `${header}units: [区商务局,, 区台办]\n`,
    id: 'UNEXPECTED_TOKEN',
    zh: '多了逗号',
    at: [3, 14],
  },
  {
    name: 'a block scalar indicator with 0',
    text: `${header}text: |0\n  说明\n`,
    id: 'UNEXPECTED_TOKEN',
    zh: '不该出现',
    at: [3, 8],
  },
  {
    name: 'a tab in the indentation',
    text: `${header}basis:\n\t- title: 某某意见\n`,
    id: 'TAB_AS_INDENT',
    zh: '制表符',
    at: [4, 1],
  },
  {
    name: 'a Windows path in double quotes',
    text: `${header}text: "D:\\计划\\q"\n`,
    id: 'BAD_DQ_ESCAPE',
    zh: '反斜杠',
    at: [3, 10],
  },
  { name: 'a value starting with @', text: `${header}text: @某人\n`, id: 'BAD_SCALAR_START', zh: '@', at: [3, 7] },
  { name: 'a value starting with "* "', text: `${header}text: * 说明\n`, id: 'BAD_ALIAS', zh: '“*”', at: [3, 7] },
  { name: 'a value starting with "& "', text: `${header}text: & 说明\n`, id: 'BAD_ALIAS', zh: '锚点', at: [3, 7] },
  { name: 'an alias with an anchor', text: `${header}a: &x 1\nb: &y *x\n`, id: 'ALIAS_PROPS', zh: '别名', at: [4, 7] },
  { name: 'two anchors', text: `${header}text: &a &b 说明\n`, id: 'MULTIPLE_ANCHORS', zh: '两个锚点', at: [3, 10] },
  { name: 'two tags', text: `${header}text: !!str !!str 说明\n`, id: 'MULTIPLE_TAGS', zh: '两个类型标记', at: [3, 13] },
  { name: 'an anchor before a question mark', text: '&a ? k\n: v\n', id: 'BAD_PROP_ORDER', zh: '“?”', at: [1, 4] },
  {
    name: 'a value starting with !, in ASCII',
    text: `${header}text: !important 说明\n`,
    id: 'TAG_RESOLVE_FAILED',
    zh: '类型标记',
    at: [3, 7],
  },
  {
    name: 'a list entry inside brackets',
    text: `${header}x: [\n  - a\n  ]\n`,
    id: 'BLOCK_IN_FLOW',
    zh: '括号',
    at: [4, 3],
  },
  {
    name: 'a list as a key',
    text: `${header}[a, b]: 说明\n`,
    id: 'NON_STRING_KEY',
    zh: '键必须是一段文字',
    at: [3, 1],
  },
  {
    name: 'a key over 1024 characters',
    text: `${header}${'长'.repeat(1100)}: 说明\n`,
    id: 'KEY_OVER_1024_CHARS',
    zh: '1024',
    at: [3, 1],
  },
  { name: 'a second document', text: `${header}---\nkind: plan\n`, id: 'MULTIPLE_DOCS', zh: '“---”', at: [3, 1] },
  { name: 'an unknown directive', text: `%计划 1\n---\n${header}`, id: 'BAD_DIRECTIVE', zh: '指令', at: [1, 1] },
  {
    name: 'nesting that overflows the parser',
    text: `${header}x: ${'['.repeat(100000)}${']'.repeat(100000)}\n`,
    id: 'RESOURCE_EXHAUSTION',
    zh: '嵌套层级过深',
    at: [3, 0], // the column is where the stack ran out
  },
  {
    name: 'a pasted control character',
    text: `${header}title: 测试\u0007计划\n`,
    id: 'nonPrintable',
    zh: '控制字符',
    at: [3, 10],
  },
  { name: 'a null byte', text: `${header}title: 测试\u0000计划\n`, id: 'nullByte', zh: '空字符', at: [3, 10] },
  {
    name: 'a value starting with *',
    text: `${header}units:\n  - *重点单位\n`,
    id: 'unknownAlias',
    zh: '别名',
    at: [4, 5],
  },
];

describe('`yaml` error codes in plain words', () => {
  it.each(broken)('$name', ({ text, id, zh, at }) => {
    const f = parseError(text);
    expect(f).toMatchObject({ rule: 'yaml-syntax', messageId: id, line: at[0] });
    if (at[1] > 0) expect(f.column).toBe(at[1]);
    if (f.data?.code) expect(f.data.code).toBe(id); // `yaml`'s code and words stay in the data for JSON consumers
    expect(f.message.startsWith('YAML 语法错误:')).toBe(true);
    expect(f.message).toContain(zh);
    expect(f.message.replace(/YAML|Tab|Word|UTF-8|map|seq/g, '')).not.toMatch(/[A-Za-z]{3,}/); // no English left
    expect(f.message).toMatch(/请/); // says what to do
    const en = parseError(text, 'en').message;
    expect(en.startsWith('YAML syntax error: ')).toBe(true);
    expect(en).not.toMatch(/请/);
  });

  it('covers every message it defines with a broken snippet', () => {
    // Two codes no text reaches with the loader's options, though the table must word every code: IMPOSSIBLE is
    // `yaml`'s "cannot happen", and BAD_COLLECTION_TYPE is raised for custom collection tags (the core schema has none;
    // `!!map [a]` is TAG_RESOLVE_FAILED).
    const unreachable = ['IMPOSSIBLE', 'BAD_COLLECTION_TYPE'];
    expect(new Set([...broken.map((b) => b.id), ...unreachable])).toEqual(new Set(Object.keys(yamlErrorMessages)));
  });

  it('words every error code `yaml` declares (a `yaml` release with a new code fails here and in the type check)', () => {
    const declared = fs.readFileSync(path.join(repoRoot, 'node_modules', 'yaml', 'dist', 'errors.d.ts'), 'utf8');
    const codes = [...(/export type ErrorCode = ([^;]+);/.exec(declared)?.[1]?.matchAll(/'([A-Z_0-9]+)'/g) ?? [])].map(
      (m) => m[1],
    );
    expect(codes.length).toBeGreaterThan(20);
    expect(new Set([...Object.keys(yamlCodes), 'DUPLICATE_KEY'])).toEqual(new Set(codes));
  });

  it('says an alias name the file wrote in both languages', () => {
    const text = `${header}units:\n  - *重点单位\n`;
    expect(parseError(text, 'en').message).toContain('"*重点单位" starts with an asterisk');
    expect(parseError(text).data).toMatchObject({ alias: '重点单位' });
  });

  it('refuses an alias inside the node its anchor names (a value that contains itself)', () => {
    expect(parseError(`${header}x: &a [1, *a]\n`)).toMatchObject({ messageId: 'aliases', line: 3, column: 11 });
  });

  it('leaves duplicate keys to their own rule, `True` beside `true` included', () => {
    const [duplicate] = parseYaml(`${header}id: again\n`, 'x.plan.yaml').findings;
    expect(duplicate).toMatchObject({
      rule: 'duplicate-key',
      messageId: 'duplicate',
      line: 3,
      column: 1,
      data: { code: 'DUPLICATE_KEY', reason: 'Map keys must be unique' },
    });
    expect(say(duplicateKey.meta.messages.duplicate ?? { zh: '', en: '' }, 'zh', duplicate?.data)).toBe(
      '重复的键:这个键在同一层级中已经出现过。请删除或合并重复的字段',
    );
    expect(parseYaml(`${header}true: 1\nTrue: 2\n`, 'x.plan.yaml').findings).toMatchObject([
      { rule: 'duplicate-key', line: 4, column: 1 },
    ]);
  });

  it('counts a lone carriage return as a line break, as in the same file with line feeds', () => {
    const lf = `${header}title: 测试计划\n  short: 甲\n`;
    expect(parseError(lf.replace(/\n/g, '\r'))).toMatchObject({ line: 4, column: 8 });
    expect(parseYaml(`${header}title: 测试\r`, 'x.plan.yaml')).toEqual({
      value: { kind: 'plan', id: 'test-alpha', title: '测试' },
      findings: [],
    });
  });

  it('the yaml-syntax rule words each code, with no message of its own shadowed', () => {
    const messages = yamlSyntax.meta.messages;
    for (const [id, m] of Object.entries(yamlErrorMessages)) {
      expect(messages[id]).toEqual({ zh: `YAML 语法错误:${m.zh}`, en: `YAML syntax error: ${m.en}` });
    }
    for (const own of ['syntax', 'tooLarge', 'tooDeep', 'aliases'])
      expect(Object.keys(yamlErrorMessages)).not.toContain(own);
  });
});
