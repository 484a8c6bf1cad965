// js-yaml's English syntax-error reasons, explained in plain words (what is wrong here, what to do) in Chinese and English.

import type { Message } from '../model/lang.js';

interface KnownReason {
  /** The yaml-syntax rule's message id for this reason. */
  id: string;
  /** js-yaml's `YAMLException.reason`, exactly as lib/loader.js throws it; a pattern's named groups become message data. */
  reason: string | RegExp;
  /** Said after "YAML 语法错误:" / "YAML syntax error: "; {{placeholders}} are filled from the pattern's groups. */
  message: Message;
}

const known: KnownReason[] = [
  {
    id: 'badMappingIndent',
    reason: 'bad indentation of a mapping entry',
    message: {
      zh: '这里的“键: 值”缩进不对,与同一层级的其他键没有对齐。请用空格把同一层级的键左端对齐;如果值本身含有“: ”(冒号加空格),请给整个值加上引号',
      en: 'this "key: value" is not indented like the other keys of its level. Line keys of one level up with spaces; if the value itself contains ": " (colon and space), put the whole value in quotes',
    },
  },
  {
    id: 'badSequenceIndent',
    reason: 'bad indentation of a sequence entry',
    message: {
      zh: '这里的列表项(以“- ”开头)缩进不对,与同一列表的其他项没有对齐。请用空格把同一列表各项的“-”左端对齐',
      en: 'this list entry (a line starting with "- ") is not indented like the other entries of its list. Line the "-" of one list up with spaces',
    },
  },
  {
    id: 'endExpected',
    reason: 'end of the stream or a document separator is expected',
    message: {
      zh: '这一行接不上前面的内容:常见原因是缩进比应有的少、在“键: 值”之间混入了“- ”列表项,或者某一行缺少冒号。请对照上下文检查这一行和上一行的缩进与冒号',
      en: 'this line does not fit what comes before it: usually it is indented too little, a "- " list entry is mixed in among "key: value" lines, or a line lacks its colon. Compare the indentation and colons of this line and the one above with their neighbours',
    },
  },
  {
    id: 'unclosedDoubleQuote',
    reason: /^unexpected end of the (?:stream|document) within a double quoted scalar$/,
    message: {
      zh: '双引号(")没有配对:前面某个值以 " 开头,但直到这里都没有结束的 "。请找到这个值并补上结束的 ";值里的双引号请改用中文引号“”,或整个值改用单引号',
      en: 'a double quote (") is never closed: a value above starts with " and no closing " follows up to here. Find that value and add the closing "; write quotes inside the text as Chinese quotation marks, or put the whole value in single quotes',
    },
  },
  {
    id: 'unclosedSingleQuote',
    reason: /^unexpected end of the (?:stream|document) within a single quoted scalar$/,
    message: {
      zh: "单引号(')没有配对:前面某个值以 ' 开头,但直到这里都没有结束的 '。请找到这个值并补上结束的 ';值里的单引号要写成两个 ''",
      en: "a single quote (') is never closed: a value above starts with ' and no closing ' follows up to here. Find that value and add the closing '; write a single quote inside the value as ''",
    },
  },
  {
    id: 'multilineKey',
    reason: 'can not read a block mapping entry; a multiline key may not be an implicit key',
    message: {
      zh: '前面有一行文字没有冒号,被当成了跨行的键。请给那一行补上“: ”(注意用英文冒号“:”加空格,中文冒号“：”不算),或把它并入上一个值',
      en: 'a line above has text but no colon, so it reads as a key spanning lines. Give that line its ": " (an ASCII colon and a space; the full-width "：" does not count) or join it to the value before it',
    },
  },
  {
    id: 'colonMissed',
    reason: 'can not read an implicit mapping pair; a colon is missed',
    message: {
      zh: '这里缺少冒号:键后面要先写“: ”再写值。请补上英文冒号和一个空格(中文冒号“：”不算)',
      en: 'a colon is missing: a key must be followed by ": " before its value. Add an ASCII colon and a space (the full-width "：" does not count)',
    },
  },
  {
    id: 'spaceAfterColon',
    reason: 'a whitespace character is expected after the key-value separator within a block mapping',
    message: {
      zh: '冒号后面缺少空格。请在键后的“:”和值之间加一个空格,例如 title: 标题',
      en: 'a space is missing after the colon. Put one space between the ":" after a key and its value, e.g. "title: 标题"',
    },
  },
  {
    id: 'incompletePair',
    reason: 'incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line',
    message: {
      zh: '这一行以冒号(或问号)开头,前面缺少键名。请在冒号前写上键名,或删除多余的冒号',
      en: 'this line starts with a colon (or a question mark) and has no key before it. Write the key before the colon, or remove the stray colon',
    },
  },
  {
    id: 'missedComma',
    reason: 'missed comma between flow collection entries',
    message: {
      zh: '方括号 [ ] 或花括号 { } 里的两项之间缺少逗号。请用英文逗号“,”分隔各项(中文逗号“，”不算);如果某一项本身含有引号,请检查引号是否配对',
      en: 'two entries inside [ ] or { } have no comma between them. Separate the entries with ASCII commas (the full-width "，" does not count); if an entry contains quotes, check that they pair up',
    },
  },
  {
    id: 'unexpectedComma',
    reason: "expected the node content, but found ','",
    message: {
      zh: '方括号 [ ] 或花括号 { } 里有多余的逗号(两个逗号之间或括号开头没有内容)。请删除多余的逗号',
      en: 'there is a stray comma inside [ ] or { } (nothing between two commas, or after the opening bracket). Remove the extra comma',
    },
  },
  {
    id: 'unclosedFlow',
    reason: 'unexpected end of the stream within a flow collection',
    message: {
      zh: '方括号 [ 或花括号 { 没有配对:直到文件末尾都没有找到对应的 ] 或 }。请在前面找到未闭合的括号并补上',
      en: 'a [ or { is never closed: no matching ] or } follows before the end of the file. Find the open bracket above and close it',
    },
  },
  {
    id: 'tabIndent',
    reason: 'tab characters must not be used in indentation',
    message: {
      zh: '缩进里用了制表符(Tab 键)。YAML 只能用空格缩进,请把这一行开头的 Tab 换成空格',
      en: 'the indentation contains a tab character. YAML indents with spaces only; replace the tabs at the start of this line with spaces',
    },
  },
  {
    id: 'nonPrintable',
    reason: 'the stream contains non-printable characters',
    message: {
      zh: '这里有看不见的控制字符(常见于从 Word、网页或其他系统复制粘贴的文字)。请删除这段文字后重新输入',
      en: 'there is an invisible control character here (often pasted in from Word, a web page or another system). Delete the text around it and type it again',
    },
  },
  {
    id: 'nullByte',
    reason: 'null byte is not allowed in input',
    message: {
      zh: '文件中含有空字符(\\0),可能不是文本文件或已经损坏。请确认这是以 UTF-8 保存的文本文件',
      en: 'the file contains a null character (\\0); it may not be a text file, or it is damaged. Make sure it is a text file saved as UTF-8',
    },
  },
  {
    id: 'unknownAlias',
    reason: /^unidentified alias "(?<alias>.*)"$/,
    message: {
      zh: '以星号开头的“*{{alias}}”被 YAML 当成了别名,但没有对应的 &{{alias}}。如果 * 是文字的一部分,请给整个值加上引号,例如 "*{{alias}}"',
      en: '"*{{alias}}" starts with an asterisk, so YAML reads it as an alias, and there is no &{{alias}} for it. If the * belongs to the text, put the whole value in quotes, e.g. "*{{alias}}"',
    },
  },
  {
    id: 'emptyAlias',
    reason: 'name of an alias node must contain at least one character',
    message: {
      zh: '值以星号“*”开头,YAML 会把它当成别名。请给整个值加上引号,例如 "* 说明"',
      en: 'the value starts with an asterisk "*", which YAML reads as an alias. Put the whole value in quotes, e.g. "* note"',
    },
  },
  {
    id: 'emptyAnchor',
    reason: 'name of an anchor node must contain at least one character',
    message: {
      zh: '值以“&”开头,YAML 会把它当成锚点。请给整个值加上引号,例如 "& 说明"',
      en: 'the value starts with "&", which YAML reads as an anchor. Put the whole value in quotes, e.g. "& note"',
    },
  },
  {
    id: 'unknownTag',
    // `!important` is looked up as a tag; `!重要` is refused as a tag name before that.
    reason: /^(?:unknown tag !<.*>|tag name cannot contain such characters: .*)$/,
    message: {
      zh: '值以感叹号“!”开头,YAML 会把它当成类型标记。请给整个值加上引号,例如 "!重要 说明"',
      en: 'the value starts with an exclamation mark "!", which YAML reads as a type tag. Put the whole value in quotes, e.g. "!important note"',
    },
  },
  {
    id: 'unknownEscape',
    reason: 'unknown escape sequence',
    message: {
      zh: '双引号里的反斜杠“\\”后面跟了 YAML 不认识的字符。请把 \\ 写成 \\\\,或把整个值改用单引号',
      en: 'a backslash "\\" inside double quotes is followed by a character YAML does not know. Write \\ as \\\\, or put the whole value in single quotes instead',
    },
  },
];

/** Message templates of the known reasons, keyed by the yaml-syntax rule's message ids. */
export const yamlReasonMessages: Record<string, Message> = Object.fromEntries(known.map((k) => [k.id, k.message]));

/** The message id (and data) that explains js-yaml's reason, or null for a reason not listed: say that one verbatim. */
export function explainYamlReason(reason: string): { id: string; data: Record<string, string> } | null {
  for (const k of known) {
    if (typeof k.reason === 'string') {
      if (k.reason === reason) return { id: k.id, data: {} };
      continue;
    }
    const match = k.reason.exec(reason);
    if (match) return { id: k.id, data: { ...match.groups } };
  }
  return null;
}
