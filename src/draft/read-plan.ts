// Reads one plan annex into a draft: parts (一、), sections ((一)), topical headings, numbered tasks, and the preamble.

import { checkNumbering } from './check-numbering.js';
import type { DraftItem, DraftPart, DraftPlan, DraftSection, ImportFinding, SourceLine } from './draft-types.js';
import { attachFieldLine } from './field-line.js';
import { findBrackets, LABEL, readFields } from './read-brackets.js';
import { readItem } from './read-item.js';
import { type Column, cells, readRow, stackedHeader, tableHeader } from './read-table.js';
import type { Annex } from './split-notice.js';

const NUMERAL = '一二三四五六七八九十';
const PART = new RegExp(`^([${NUMERAL}]+)、([^。\t]{1,60})$`);
const SECTION = new RegExp(`^[(\uFF08]([${NUMERAL}]+)[)\uFF09]([^。]{1,40})$`);
const NUMERAL_ITEM = new RegExp(`^[(\uFF08]([${NUMERAL}]+)[)\uFF09]`);
const ARABIC_ITEM = /^(\d+)[..、]/;
/** A remark saying the first unit of the list leads: 列第一位者为牵头单位, 排名第一的为牵头单位. */
const FIRST_LEADS = /(列|排)[^,\uFF0C]{0,3}(第一|首)[^,\uFF0C]{0,4}牵头/;
/** A table's 序号 cell on a line of its own. */
const ROW_NUMBER = /^\d+[..、]?$/;
/** A short line with no sentence stop: an unnumbered topical heading. */
const TOPIC = /^[^。;\uFF1B,\uFF0C]{1,30}$/;
/** 《title》 followed, where cited, by its document number in brackets: (国发〔2021〕3号). */
const BASIS = /《([^《》]+)》(?:[(\uFF08]([^()\uFF08\uFF09]*〔\d{4}〕[^()\uFF08\uFF09]*号)[)\uFF09])?/g;

export interface ReadPlan {
  plan: DraftPlan;
  findings: ImportFinding[];
}

function unplaced(line: SourceLine): ImportFinding {
  return {
    line: line.line,
    column: line.column,
    rule: 'import-unplaced-line',
    messageId: 'line',
    data: { text: line.text.slice(0, 30) },
  };
}

export function readPlan(annex: Annex): ReadPlan {
  const findings: ImportFinding[] = [];
  const preamble: string[] = [];
  const parts: DraftPart[] = [];
  let part: DraftPart | null = null;
  let section: DraftSection | null = null;
  let topic: DraftSection | null = null;
  let table: Column[] | null = null;
  /** Whether the table is saved one cell a line (else a row a line, cells separated by tabs). */
  let stacked = false;
  /** 列第一位者为牵头单位,下同: the label it covers and the note quoting where it is said, for the tasks after it. */
  let firstLeads: { label: string; note: string } | null = null;
  /** Items per container, to tell a bracket-less task among bracketed ones from a part of general provisions. */
  const reads: { container: object; item: DraftItem; bracketed: boolean; line: SourceLine }[] = [];

  const addItem = (line: SourceLine, number: string | null, rest: string, offset: number) => {
    if (!part) return false;
    const read = readItem(line, number, rest, offset);
    findings.push(...read.findings);
    const container = topic ?? section ?? part;
    container.items.push(read.item);
    reads.push({ container, item: read.item, bracketed: read.bracketed, line });
    return true;
  };

  const addRow = (line: SourceLine, row: string[], columns: Column[]) => {
    if (!part) return;
    const read = readRow(line, row, columns);
    findings.push(...read.findings);
    const container = topic ?? section ?? part;
    container.items.push(read.item);
    reads.push({ container, item: read.item, bracketed: true, line });
  };

  const body = annex.body;
  for (let i = 0; i < body.length; i++) {
    const line = body[i] as SourceLine;
    const text = line.text;
    const header: Column[] | null = tableHeader(text) ?? (table ? null : stackedHeader(body, i));
    if (header) {
      stacked = !text.includes('\t');
      if (stacked) i += header.length - 1;
      table = header;
      continue;
    }
    if (table && !stacked && text.includes('\t') && part) {
      addRow(line, cells(text), table);
      continue;
    }
    const partMatch = PART.exec(text);
    if (table && stacked && part && !partMatch) {
      // One cell a line: a row runs from its number cell to the next number cell or part heading, so a row with a
      // cell missing is seen (and reported) instead of shifting every later row. Without a leading 序号 column, a
      // row is as many lines as the header has cells.
      const numbered = table[0]?.kind === 'number';
      let end = i + 1;
      while (
        end < body.length &&
        !PART.exec(body[end]?.text ?? '') &&
        (numbered ? !ROW_NUMBER.test(body[end]?.text ?? '') : end - i < table.length)
      )
        end++;
      addRow(
        line,
        body.slice(i, end).map((l) => l.text),
        table,
      );
      i = end - 1;
      continue;
    }
    if (partMatch) {
      // 一、提升政务服务效能(牵头领导:周建国、吴海燕): the bracket names the part's leaders.
      const heading = partMatch[2] ?? '';
      const bracket = findBrackets(heading).responsibility.at(-1);
      const leaders = bracket && bracket.end === heading.length ? readFields(bracket.content).leaders : [];
      part = {
        number: partMatch[1] ?? '',
        heading: bracket && leaders.length > 0 ? heading.slice(0, bracket.start) : heading,
        leaders,
        text: null,
        sections: [],
        items: [],
        pos: line,
      };
      parts.push(part);
      section = topic = null;
      continue;
    }
    if (!part) {
      preamble.push(text);
      continue;
    }
    const sectionMatch = SECTION.exec(text);
    if (sectionMatch) {
      section = { number: sectionMatch[1] ?? '', heading: sectionMatch[2] ?? '', items: [], sections: [], pos: line };
      part.sections.push(section);
      topic = null;
      continue;
    }
    const last = reads.at(-1);
    if (LABEL.test(text) && last && !last.bracketed && last.item.text !== null) {
      // Genre D: the task's units on the line under it.
      const read = attachFieldLine(last.item, line);
      last.bracketed = true;
      const clause = last.item.clauses[0];
      for (const list of clause?.lists ?? []) {
        if (list.remark !== undefined && FIRST_LEADS.test(list.remark)) {
          list.firstIsLead = `原文第 ${line.line} 行任务${last.item.number ?? ''}“${list.label}”后注明“${list.remark}”。`;
          // 下同: the same reading holds for the lists of the same label in the tasks after this one.
          firstLeads = /下同/.test(list.remark) ? { label: list.label, note: list.firstIsLead } : firstLeads;
        } else if (list.remark === undefined && firstLeads?.label === list.label) list.firstIsLead = firstLeads.note;
      }
      const inferred = clause?.lists.find((l) => l.firstIsLead);
      if (clause && inferred)
        clause.check = `firstIsLead 是推断:${inferred.remark ? '' : '按前文的“下同”,'}“${inferred.label}”列第一位的单位记为牵头,其余为配合(${inferred.firstIsLead})`;
      else if (clause && read.remarks[0])
        clause.check = `“${read.remarks[0].list.label}”后注明“${read.remarks[0].remark}”:请核对它对单位角色的含义`;
      if (read.unreadable.length > 0)
        findings.push({
          line: line.line,
          column: line.column,
          rule: 'import-unreadable-bracket',
          messageId: 'field',
          data: { field: read.unreadable.join(';') },
        });
      continue;
    }
    const numeral = NUMERAL_ITEM.exec(text) ?? ARABIC_ITEM.exec(text);
    if (numeral) {
      addItem(line, numeral[1] ?? '', text.slice(numeral[0].length), numeral[0].length);
      continue;
    }
    if (part.sections.length === 0 && part.items.length === 0) {
      part.text = part.text === null ? text : `${part.text}\n${text}`;
      continue;
    }
    if (section && TOPIC.test(text)) {
      topic = { number: null, heading: text, items: [], sections: [], pos: line };
      section.sections.push(topic);
      continue;
    }
    if (/[〔【(\uFF08](责任|牵头)/.test(text) && addItem(line, null, text, 0)) {
      findings.push({
        line: line.line,
        column: line.column,
        rule: 'import-unnumbered-task',
        messageId: 'unnumbered',
      });
      continue;
    }
    findings.push(unplaced(line));
  }

  // A task with no bracket among tasks that have one is a finding; a part of general provisions (保障机制) with no
  // bracket at all is drafted as text, and the draft says so.
  for (const read of reads) {
    if (read.bracketed) continue;
    const siblings = reads.filter((r) => r.container === read.container);
    const amongBracketed = siblings.some((r) => r.bracketed);
    read.item.check = amongBracketed
      ? '这一项没有责任括注,同一节的其他任务都有:请补上单位或确认'
      : '本项没有责任括注,按原文整段录入;如正文写明由谁负责,请补 impliedUnits 并写 note';
    if (amongBracketed)
      findings.push({
        line: read.line.line,
        column: read.line.column,
        rule: 'import-no-bracket',
        messageId: 'task',
      });
  }

  const numbered = checkNumbering(parts);
  findings.push(...numbered.findings);
  const preambleText = preamble.length > 0 ? preamble.join('\n') : null;
  const basis = [...(preambleText ?? '').matchAll(BASIS)].map((m) => ({ title: m[1] ?? '', number: m[2] ?? null }));
  const lastLine = annex.body.at(-1)?.line ?? annex.title.line;
  return {
    plan: {
      annex: annex.number,
      title: annex.title.text,
      titlePos: annex.title,
      lastLine,
      preamble: preambleText,
      basis,
      numbering: numbered.numbering,
      parts,
    },
    findings,
  };
}
