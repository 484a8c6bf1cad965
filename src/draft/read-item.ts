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
      rule: 'import-unreadable-bracket',
      messageId: 'bracket',
      data: { content: `〔${b.content}〕` },
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
        rule: 'import-unreadable-bracket',
        messageId: 'field',
        data: { field: fields.unreadable.join(';') },
      });
    }
    if (text.trim() === '') {
      check = '括号前没有条文';
      findings.push({
        ...at(b.start),
        rule: 'import-unreadable-bracket',
        messageId: 'empty',
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
      rule: 'import-no-bracket',
      messageId: 'tail',
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
