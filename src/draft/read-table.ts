// Genre C: a task table saved as text, a row a line with tab-separated cells, or one cell a line (Word's "save as text").

import { PERSON_LABEL, UNIT_LABEL } from '../domain/unit-roles.js';
import type { DraftItem, ImportFinding, SourceLine } from './draft-types.js';

export type Column = { kind: 'number' | 'text' | 'deadline' | 'units' | 'leaders' | 'other'; label: string };

const TASK_HEADER = /^(目标任务|重点任务|工作任务|任务内容|主要任务|任务|工作内容|具体措施)$/;
const NUMBER_HEADER = /^(序号|编号)$/;
const DEADLINE_HEADER = /^(完成时限|时限|完成时间|时间节点)$/;
/** Other column names a table may have; a line of one of these can start a one-cell-a-line header. */
const OTHER_HEADER = /^(备注|说明|工作要求|进度安排|考核指标)$/;

/** A tab-separated row's cells. */
export const cells = (text: string) => text.split('\t').map((c) => c.trim());

function column(label: string): Column {
  if (NUMBER_HEADER.test(label)) return { kind: 'number', label };
  if (TASK_HEADER.test(label)) return { kind: 'text', label };
  if (DEADLINE_HEADER.test(label)) return { kind: 'deadline', label };
  if (PERSON_LABEL.test(label)) return { kind: 'leaders', label };
  if (UNIT_LABEL.test(label)) return { kind: 'units', label };
  return { kind: 'other', label };
}

const isTable = (columns: Column[]) =>
  columns.some((c) => c.kind === 'text') && columns.some((c) => c.kind === 'units');

/** The columns of a header row (序号, 目标任务, 牵头单位…), or null when the line is not one. */
export function tableHeader(text: string): Column[] | null {
  if (!text.includes('\t')) return null;
  const columns = cells(text).map(column);
  return isTable(columns) ? columns : null;
}

/** A column name on a line of its own: 序号, 目标任务, 牵头单位, 责任人, 完成时限, 备注… (a short line, no stop). */
const isHeaderCell = (text: string) =>
  text.length <= 8 &&
  !/[。;\uFF1B,\uFF0C:\uFF1A]/.test(text) &&
  (column(text).kind !== 'other' || OTHER_HEADER.test(text));

/**
 * A header saved one cell a line: the run of column names starting at `from` (序号 / 目标任务 / 牵头单位 …), or null
 * when the lines there are not one. Its length is the table's column count.
 */
export function stackedHeader(lines: SourceLine[], from: number): Column[] | null {
  const columns: Column[] = [];
  for (let i = from; i < lines.length && isHeaderCell(lines[i]?.text ?? ''); i++)
    columns.push(column(lines[i]?.text ?? ''));
  return columns.length >= 3 && isTable(columns) ? columns : null;
}

/** Names in a cell, split at 、 , , and spaces, with the separators as written. */
function names(cell: string): { units: string[]; separators: string[] } {
  const units: string[] = [];
  const separators: string[] = [];
  for (const m of cell.matchAll(/([^、,\uFF0C\s]+)([、,\uFF0C\s]*)/g)) {
    units.push(m[1] ?? '');
    if (m[2]) separators.push(m[2].length === 1 ? m[2] : (m[2].trim()[0] ?? ' '));
  }
  return { units, separators: separators.slice(0, Math.max(0, units.length - 1)) };
}

/**
 * One table row as an item with one clause. A row whose cell count is not the header's is a finding at `line`, and
 * the draft says so: its cells are placed column by column, which may be wrong when a cell in the middle is missing.
 */
export function readRow(
  line: SourceLine,
  row: string[],
  columns: Column[],
): { item: DraftItem; findings: ImportFinding[] } {
  const findings: ImportFinding[] = [];
  const item: DraftItem = { number: null, title: null, text: null, clauses: [], pos: line, check: null };
  const clause = {
    text: '',
    pos: line,
    lists: [] as DraftItem['clauses'][0]['lists'],
    leaders: [] as DraftItem['clauses'][0]['leaders'],
    trailing: '',
    check: null as string | null,
    deadline: null as string | null,
  };
  if (row.length !== columns.length) {
    clause.check = `这一行有 ${row.length} 格,表头有 ${columns.length} 列:各格按顺序放入各列,可能错位,请对照原文`;
    findings.push({
      ...line,
      rule: 'import-unplaced-line',
      messageId: 'row',
      data: { cells: row.length, columns: columns.length },
    });
  }
  columns.forEach((column, i) => {
    const cell = row[i] ?? '';
    if (cell === '') return;
    if (column.kind === 'number') item.number = cell.replace(/[.\uFF0E、]$/, '');
    else if (column.kind === 'text') clause.text = cell;
    else if (column.kind === 'deadline') clause.deadline = cell;
    else if (column.kind === 'units') clause.lists.push({ label: column.label, ...names(cell) });
    else if (column.kind === 'leaders') clause.leaders.push({ label: column.label, names: names(cell).units });
  });
  item.clauses.push(clause);
  return { item, findings };
}
