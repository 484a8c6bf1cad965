// Finds the responsibility brackets in a task's text (〔责任单位:…〕, (责任领导:…;牵头单位:…)) and reads their fields.

import { PERSON_LABEL } from '../domain/unit-roles.js';
import type { DraftLeaders, DraftUnitList } from './draft-types.js';

/** The field names a responsibility bracket starts with; anything else in 〔…〕 is not a responsibility bracket. */
export const LABEL = /^\s*((?:责任|牵头|配合|协办|分管|主办|参与)(?:单位|部门|领导)|责任人|负责人)\s*[:\uFF1A]/;
const CLOSE: Record<string, string> = { '〔': '〕', '【': '】', '(': ')', '\uFF08': '\uFF09' };
const PAREN_OPEN = '(\uFF08';
const PAREN_CLOSE = ')\uFF09';

export interface Bracket {
  start: number;
  end: number;
  content: string;
}

export interface FoundBrackets {
  responsibility: Bracket[];
  /** 〔…〕 that are neither a responsibility bracket nor a year (国发〔2021〕3号): the reader cannot tell what they are. */
  unreadable: Bracket[];
}

/**
 * For each opening bracket, the index just past its closing one (-1 when it never closes), in one pass: round brackets
 * of either width pair up by nesting; 〔 and 【 close at the next 〕 or 】. Linear, so a text full of unclosed brackets
 * costs no more than any other.
 */
function closings(text: string): Map<number, number> {
  const ends = new Map<number, number>();
  const open: number[] = [];
  const pending: Record<string, number[]> = { '〔': [], '【': [] };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (PAREN_OPEN.includes(c)) open.push(i);
    else if (PAREN_CLOSE.includes(c)) {
      const start = open.pop();
      if (start !== undefined) ends.set(start, i + 1);
    } else if (c === '〔' || c === '【') pending[c]?.push(i);
    else if (c === '〕' || c === '】') {
      const starts = pending[c === '〕' ? '〔' : '【'] ?? [];
      for (const start of starts) ends.set(start, i + 1);
      starts.length = 0;
    }
  }
  return ends;
}

export function findBrackets(text: string): FoundBrackets {
  const found: FoundBrackets = { responsibility: [], unreadable: [] };
  const ends = closings(text);
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (!(c in CLOSE)) continue;
    const end = ends.get(i) ?? -1;
    if (end < 0) continue;
    const bracket = { start: i, end, content: text.slice(i + 1, end - 1) };
    if (LABEL.test(bracket.content)) found.responsibility.push(bracket);
    else if (c === '〔' && !/^\s*\d{4}\s*$/.test(bracket.content)) found.unreadable.push(bracket);
    else continue;
    i = end - 1;
  }
  return found;
}

/** Splits at the given separators outside round brackets: 区财政局(区国资中心) stays one name. */
function splitOutside(text: string, separators: string): { parts: string[]; seps: string[] } {
  const parts: string[] = [];
  const seps: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (PAREN_OPEN.includes(c)) depth++;
    else if (PAREN_CLOSE.includes(c)) depth--;
    else if (depth === 0 && separators.includes(c)) {
      parts.push(text.slice(from, i));
      seps.push(c);
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return { parts, seps };
}

export interface BracketFields {
  lists: DraftUnitList[];
  leaders: DraftLeaders[];
  /** Fields with no label, or an empty name: what the reader could not read, verbatim. */
  unreadable: string[];
}

/** Where a field starts after whitespace on a field line: 牵头单位:甲 配合单位:乙 has two fields. */
const SPACED_FIELD = new RegExp(`\\s+(?=${LABEL.source.slice(1)})`, 'gu');

/**
 * The labelled fields of one bracket's content, names split at 、 , , exactly as written. `spaced` (a genre D field
 * line): fields may also be parted by whitespace alone before the next label, and names by whitespace, recorded as " ".
 */
export function readFields(content: string, spaced = false): BracketFields {
  const fields: BracketFields = { lists: [], leaders: [], unreadable: [] };
  const text = spaced ? content.replace(SPACED_FIELD, ';') : content;
  for (const field of splitOutside(text, ';\uFF1B').parts) {
    const m = LABEL.exec(field);
    if (!m) {
      if (field.trim() !== '') fields.unreadable.push(field);
      continue;
    }
    const label = m[1] ?? '';
    const rest = field.slice(m[0].length).trim();
    const { parts, seps } = splitOutside(
      spaced ? rest.replace(/\s*([、,\uFF0C])\s*|\s+/g, (_, sep) => sep ?? ' ') : rest,
      spaced ? '、,\uFF0C ' : '、,\uFF0C',
    );
    const names = parts.map((p) => p.trim());
    if (names.some((n) => n === '')) fields.unreadable.push(field);
    if (PERSON_LABEL.test(label)) fields.leaders.push({ label, names: names.filter((n) => n !== '') });
    else fields.lists.push({ label, units: names.filter((n) => n !== ''), separators: seps });
  }
  return fields;
}
