// Genre C: a task table saved as text, one row a line, cells separated by tabs; the header row names the columns.

import { PERSON_LABEL, UNIT_LABEL } from '../domain/unit-roles.js';
import type { DraftItem, ImportFinding, SourceLine } from './draft-types.js';

type Column = { kind: 'number' | 'text' | 'deadline' | 'units' | 'leaders' | 'other'; label: string };

const TASK_HEADER = /^(目标任务|重点任务|工作任务|任务内容|主要任务|任务|工作内容|具体措施)$/;
const NUMBER_HEADER = /^(序号|编号)$/;
const DEADLINE_HEADER = /^(完成时限|时限|完成时间|时间节点)$/;

const cells = (text: string) => text.split('\t').map((c) => c.trim());

/** The columns of a header row (序号, 目标任务, 牵头单位…), or null when the line is not one. */
export function tableHeader(text: string): Column[] | null {
  if (!text.includes('\t')) return null;
  const columns = cells(text).map((label): Column => {
    if (NUMBER_HEADER.test(label)) return { kind: 'number', label };
    if (TASK_HEADER.test(label)) return { kind: 'text', label };
    if (DEADLINE_HEADER.test(label)) return { kind: 'deadline', label };
    if (PERSON_LABEL.test(label)) return { kind: 'leaders', label };
    if (UNIT_LABEL.test(label)) return { kind: 'units', label };
    return { kind: 'other', label };
  });
  const has = (kind: Column['kind']) => columns.some((c) => c.kind === kind);
  return has('text') && has('units') ? columns : null;
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

/** One table row as an item with one clause; cells beyond the header, or columns it cannot place, are findings. */
export function readRow(line: SourceLine, columns: Column[]): { item: DraftItem; findings: ImportFinding[] } {
  const row = cells(line.text);
  const findings: ImportFinding[] = [];
  const item: DraftItem = { number: null, title: null, text: null, clauses: [], pos: line, check: null };
  const clause = {
    text: '',
    pos: line,
    lists: [] as DraftItem['clauses'][0]['lists'],
    leaders: [] as DraftItem['clauses'][0]['leaders'],
    trailing: '',
    check: null,
    deadline: null as string | null,
  };
  if (row.length !== columns.length)
    findings.push({
      ...line,
      rule: 'import-unplaced-line',
      messageId: 'row',
      data: { cells: row.length, columns: columns.length },
    });
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
