// What each of `yaml`'s error codes (its closed list) means for a plan file, in plain words and in Chinese and English.

import type { ErrorCode } from 'yaml';
import type { Message } from '../model/lang.js';

interface Explained {
  /** Said after "YAML 语法错误:" / "YAML syntax error: ". */
  message: Message;
  /** Where the finding points: the start of `yaml`'s range (default) or its end, where the line to fix is. */
  at?: 'end';
}

/** A duplicate key is the duplicate-key rule's finding, not a syntax error. */
export type SyntaxCode = Exclude<ErrorCode, 'DUPLICATE_KEY'>;

const anAnchor = {
  zh: '如果“&”“*”或“!”是文字的一部分,请给整个值加上引号,例如 "* 说明"',
  en: 'if the "&", "*" or "!" belongs to the text, put the whole value in quotes, e.g. "* note"',
};

/**
 * Keyed by code, so TypeScript fails the build when a `yaml` release adds one. Where two errors start at one place,
 * the one listed first here is said (MULTILINE_IMPLICIT_KEY names the line to fix; the others there follow from it).
 */
export const yamlCodes: Record<SyntaxCode, Explained> = {
  MULTILINE_IMPLICIT_KEY: {
    at: 'end',
    message: {
      zh: '这一行接不上前面的内容,被读成了从上面开始的跨行的键。常见原因:上面某一行缺少冒号(中文冒号“：”不算)、这一行的缩进与同一层级的其他键没有对齐,或在“键: 值”之间混入了“- ”列表项。请对照上下文检查这一行和上一行的缩进与冒号',
      en: 'this line does not fit what comes before it and reads as part of a key that starts above. Usually a line above lacks its colon (a full-width colon does not count), this line is not indented like the other keys of its level, or a "- " list entry is mixed in among "key: value" lines. Compare the indentation and colons of this line and the one above with their neighbours',
    },
  },
  BLOCK_AS_IMPLICIT_KEY: {
    message: {
      zh: '这个值里含有“: ”(冒号加空格),或下一行比这一行缩进得更深,于是被读成了嵌套的“键: 值”。如果值本身含有“: ”,请给整个值加上引号;否则请把下一行与同一层级的键左端对齐',
      en: 'this value contains ": " (colon and space), or the next line is indented deeper than this one, so it reads as a nested "key: value". If the value itself contains ": ", put the whole value in quotes; otherwise line the next line up with the other keys of its level',
    },
  },
  BAD_INDENT: {
    message: {
      zh: '这里的缩进不对:同一列表的各项(以“- ”开头)或同一层级的键没有对齐,或者上面的方括号 [ 、花括号 { 没有闭合就换了行。请用空格对齐,并检查上面的括号是否配对',
      en: 'the indentation is wrong here: the entries of one list (lines starting with "- ") or the keys of one level are not lined up, or a [ or { above is not closed before the line ends. Line them up with spaces and check that the brackets above pair up',
    },
  },
  TAB_AS_INDENT: {
    message: {
      zh: '缩进里用了制表符(Tab 键)。YAML 只能用空格缩进,请把这一行开头的 Tab 换成空格',
      en: 'the indentation contains a tab character. YAML indents with spaces only; replace the tabs at the start of this line with spaces',
    },
  },
  MISSING_CHAR: {
    message: {
      zh: '这里缺少一个必要的符号。常见原因:前面某个值以引号 " 或 \' 开头却没有结束的引号;方括号 [ ] 里两项之间缺少英文逗号“,”(中文逗号“，”不算);键后面缺少“: ”;“#”注释前面缺少空格;值以“!”或“&”开头(YAML 的标记符号,后面要有空格)。请在所示位置附近补上,如果符号是文字的一部分,请给整个值加上引号',
      en: 'a required character is missing here. Usually a value above opens a quote (double or single) and never closes it; two entries inside [ ] have no ASCII comma between them (a full-width comma does not count); a key lacks its ": "; a "#" comment has no space before it; or a value starts with "!" or "&" (YAML marks that need a space after them). Add what is missing near the position shown, or put the whole value in quotes if the character belongs to the text',
    },
  },
  UNEXPECTED_TOKEN: {
    message: {
      zh: '这里有一个不该出现的符号。常见原因:方括号 [ ] 里多了逗号、多了右括号 ] 或 },在“键: 值”之间混入了“- ”列表项,或一个值后面还有多余的文字。请删除多余的符号,或给整个值加上引号',
      en: 'something here does not belong. Usually a stray comma inside [ ], an extra ] or }, a "- " list entry among "key: value" lines, or more text after a value. Remove the extra character, or put the whole value in quotes',
    },
  },
  BAD_DQ_ESCAPE: {
    message: {
      zh: '双引号里的反斜杠“\\”后面跟了 YAML 不认识的字符。请把 \\ 写成 \\\\,或把整个值改用单引号',
      en: 'a backslash "\\" inside double quotes is followed by a character YAML does not know. Write \\ as \\\\, or put the whole value in single quotes instead',
    },
  },
  BAD_SCALAR_START: {
    message: {
      zh: '值以 YAML 保留的符号(@、` 或 %)开头,不能直接书写。请给整个值加上引号,例如 "@某某"',
      en: 'the value starts with a character YAML reserves (@, ` or %). Put the whole value in quotes, e.g. "@someone"',
    },
  },
  BAD_ALIAS: {
    message: {
      zh: `值以“*”或“&”开头,YAML 会把它当成别名或锚点,但名字是空的(或以冒号结尾)。${anAnchor.zh}`,
      en: `the value starts with "*" or "&", which YAML reads as an alias or an anchor, and its name is empty (or ends in a colon); ${anAnchor.en}`,
    },
  },
  ALIAS_PROPS: {
    message: {
      zh: `别名(以“*”开头)前面不能再写锚点“&”或类型标记“!”。${anAnchor.zh}`,
      en: `an alias (starting with "*") cannot have an anchor "&" or a tag "!" before it; ${anAnchor.en}`,
    },
  },
  MULTIPLE_ANCHORS: {
    message: {
      zh: `一个值前面写了两个锚点“&”。${anAnchor.zh}`,
      en: `a value has two anchors ("&") before it; ${anAnchor.en}`,
    },
  },
  MULTIPLE_TAGS: {
    message: {
      zh: `一个值前面写了两个类型标记“!”。${anAnchor.zh}`,
      en: `a value has two tags ("!") before it; ${anAnchor.en}`,
    },
  },
  BAD_PROP_ORDER: {
    message: {
      zh: `锚点“&”或类型标记“!”写在了“-”“?”或“:”的前面。${anAnchor.zh}`,
      en: `an anchor "&" or a tag "!" is written before a "-", "?" or ":"; ${anAnchor.en}`,
    },
  },
  TAG_RESOLVE_FAILED: {
    message: {
      zh: '值以感叹号“!”开头,YAML 会把它当成类型标记,而这个标记不认识。请给整个值加上引号,例如 "!重要 说明"',
      en: 'the value starts with an exclamation mark "!", which YAML reads as a type tag, and it knows no such tag. Put the whole value in quotes, e.g. "!important note"',
    },
  },
  BAD_COLLECTION_TYPE: {
    message: {
      zh: '类型标记(如 !!map、!!seq)与后面的内容不符。计划文件不需要类型标记,请删除它',
      en: 'a type tag (such as !!map or !!seq) does not fit what follows it. Plan files need no tags; remove it',
    },
  },
  BLOCK_IN_FLOW: {
    message: {
      zh: '方括号 [ ] 或花括号 { } 里不能写“- ”列表项或换行的“键: 值”。请把括号里的内容写在一行,用英文逗号分隔',
      en: 'a "- " list entry or a "key: value" on lines of its own cannot go inside [ ] or { }. Write what is inside the brackets on one line, separated by ASCII commas',
    },
  },
  NON_STRING_KEY: {
    message: {
      zh: '键必须是一段文字,这里却是方括号 [ ] 或花括号 { } 写成的列表或映射。请把键改成文字',
      en: 'a key must be text, and this one is a list or mapping written with [ ] or { }. Make the key plain text',
    },
  },
  KEY_OVER_1024_CHARS: {
    message: {
      zh: '键太长:冒号距离键的开头超过 1024 个字符,常见原因是值里混入了“: ”或缺少换行。请检查这一行,必要时给值加上引号',
      en: 'the key is too long: its colon is over 1024 characters from its start, usually because a value contains ": " or a line break is missing. Check this line, and put the value in quotes if need be',
    },
  },
  MULTIPLE_DOCS: {
    message: {
      zh: '文件里有用“---”分开的第二份文档。一个文件只能写一份计划,请删除多余的“---”行,或把后面的内容另存为一个文件',
      en: 'the file holds a second document after a "---" line. One file holds one plan; remove the extra "---" or save what follows as a file of its own',
    },
  },
  BAD_DIRECTIVE: {
    message: {
      zh: '以“%”开头的行是 YAML 指令,这条指令不正确。计划文件不需要指令,请删除这一行',
      en: 'a line starting with "%" is a YAML directive, and this one is not valid. Plan files need no directives; remove the line',
    },
  },
  RESOURCE_EXHAUSTION: {
    message: {
      zh: '嵌套层级过深,无法解析。请检查文件是否损坏',
      en: 'nesting too deep to parse; check whether the file is damaged',
    },
  },
  IMPOSSIBLE: {
    message: {
      zh: '这里的写法无法解析。请检查此处的缩进、冒号和引号',
      en: 'this cannot be parsed. Check indentation, colons and quotes here',
    },
  },
};

/** The reader's own checks, for what `yaml` accepts but a plan file must not hold. */
export const ownChecks: Record<'nonPrintable' | 'nullByte' | 'unknownAlias', Message> = {
  nonPrintable: {
    zh: '这里有看不见的控制字符(常见于从 Word、网页或其他系统复制粘贴的文字)。请删除这段文字后重新输入',
    en: 'there is an invisible control character here (often pasted in from Word, a web page or another system). Delete the text around it and type it again',
  },
  nullByte: {
    zh: '文件中含有空字符(\\0),可能不是文本文件或已经损坏。请确认这是以 UTF-8 保存的文本文件',
    en: 'the file contains a null character (\\0); it may not be a text file, or it is damaged. Make sure it is a text file saved as UTF-8',
  },
  unknownAlias: {
    zh: '以星号开头的“*{{alias}}”被 YAML 当成了别名,但前面没有对应的 &{{alias}}。如果 * 是文字的一部分,请给整个值加上引号,例如 "*{{alias}}"',
    en: '"*{{alias}}" starts with an asterisk, so YAML reads it as an alias, and there is no &{{alias}} before it. If the * belongs to the text, put the whole value in quotes, e.g. "*{{alias}}"',
  },
};

/** Every message above, keyed by the yaml-syntax rule's message id (the code itself, or the own check's name). */
export const yamlErrorMessages: Record<string, Message> = {
  ...Object.fromEntries(Object.entries(yamlCodes).map(([code, e]) => [code, e.message])),
  ...ownChecks,
};

/** Order of preference among errors that start at one place: the table's order. */
export const codeRank = (code: string): number => {
  const rank = Object.keys(yamlCodes).indexOf(code);
  return rank < 0 ? Number.MAX_SAFE_INTEGER : rank;
};
