// Reads one numbered task line into an item: its title, and one clause per responsibility bracket, all verbatim.

import type { DraftClause, DraftItem, ImportFinding, SourceLine } from './draft-types.js';
import { findBrackets, readFields } from './read-brackets.js';

/** A title is a short first sentence with no comma, followed by more text before the first bracket (强化研究部署。召开…). */
const TITLE = /^([^,\uFF0C;\uFF1B。〔【(\uFF08]{1,30})。/;
const TRAILING = /^[;\uFF1B,\uFF0C、。]+/;

export interface ReadItem {
  item: DraftItem;
  findings: ImportFinding[];
  /** Whether any responsibility bracket was found. */
  bracketed: boolean;
}

/** `rest` is the line after its number (1. or (一)); `offset` is where `rest` starts in the line's text. */
export function readItem(line: SourceLine, number: string | null, rest: string, offset: number): ReadItem {
  const findings: ImportFinding[] = [];
  const at = (index: number) => ({ line: line.line, column: line.column + offset + index });
  const found = findBrackets(rest);
  const firstBracket = found.responsibility[0]?.start ?? rest.length;
  const titleMatch = TITLE.exec(rest);
  const titled = titleMatch && rest.slice(titleMatch[0].length, firstBracket).trim() !== '';
  const title = titled ? (titleMatch?.[1] ?? null) : null;
  const bodyStart = titled ? (titleMatch?.[0].length ?? 0) : 0;

  for (const b of found.unreadable)
    findings.push({
      ...at(b.start),
      severity: 'error',
      rule: 'import-unreadable-bracket',
      message: {
        zh: `看不懂的括号“〔${b.content}〕”:既不是责任括注,也不是文号年份,已留在条文里`,
        en: `a bracket “〔${b.content}〕” that is neither a responsibility bracket nor a document year; left in the text`,
      },
    });

  const clauses: DraftClause[] = [];
  let cursor = bodyStart;
  for (const b of found.responsibility) {
    const text = rest.slice(cursor, b.start);
    const fields = readFields(b.content);
    const after = rest.slice(b.end);
    const trailing = TRAILING.exec(after)?.[0] ?? '';
    let check: string | null = null;
    if (fields.unreadable.length > 0) {
      check = `括号里“${fields.unreadable.join(';')}”没有读懂(缺少“责任单位:”之类的字段名或名称为空)`;
      findings.push({
        ...at(b.start),
        severity: 'error',
        rule: 'import-unreadable-bracket',
        message: {
          zh: `括号里的“${fields.unreadable.join(';')}”读不出字段名或单位名称`,
          en: `cannot read a field name or unit name in “${fields.unreadable.join(';')}”`,
        },
      });
    }
    if (text.trim() === '') {
      check = '括号前没有条文';
      findings.push({
        ...at(b.start),
        severity: 'error',
        rule: 'import-unreadable-bracket',
        message: { zh: '责任括注前没有条文', en: 'a responsibility bracket with no text before it' },
      });
    }
    clauses.push({ text, pos: at(cursor), lists: fields.lists, leaders: fields.leaders, trailing, check });
    cursor = b.end + trailing.length;
  }

  const tail = rest.slice(cursor);
  if (found.responsibility.length > 0 && tail.trim() !== '') {
    clauses.push({
      text: tail,
      pos: at(cursor),
      lists: [],
      leaders: [],
      trailing: '',
      check: '最后一个责任括注之后的文字没有括注,未写单位',
    });
    findings.push({
      ...at(cursor),
      severity: 'error',
      rule: 'import-no-bracket',
      message: {
        zh: '最后一个责任括注之后还有文字,没有写明责任单位',
        en: 'text after the last responsibility bracket names no unit',
      },
    });
  }
  const bracketed = found.responsibility.length > 0;
  const item: DraftItem = {
    number,
    title,
    text: bracketed ? null : rest.slice(bodyStart),
    clauses,
    pos: at(-offset),
    check: null,
  };
  return { item, findings, bracketed };
}
