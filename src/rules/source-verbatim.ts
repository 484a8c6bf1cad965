// A plan that declares `source:` says exactly what that text says: every text and name verbatim, in order, none left out.
import path from 'node:path';
import { readText } from '../load/read-text.js';
import type { DataPath } from '../model/finding.js';
import type { RawClause, RawItem, RawLeader, RawPlan, RawSection } from '../model/raw.js';
import type { Rule } from './rule.js';

interface Piece {
  text: string;
  path: DataPath;
  /** A field label (牵头单位): in a table it is the column's header, written once above the rows. */
  label?: boolean;
  /** Names inside one bracket are searched from the clause's end, each list in order, not in YAML order. */
  inBracket?: boolean;
}

/** The words and marks a plan does not transcribe: numbering, brackets, field labels, separators, whitespace. */
const UNTRANSCRIBED =
  /(责任|牵头|配合|协办|分管|主办|参与)(单位|部门|领导)|责任人|负责人|[\s\d一二三四五六七八九十.、,\uFF0C;\uFF1B:\uFF1A()\uFF08\uFF09〔〕【】。]/gu;

const MAX_MISSES = 50;
const TABLE_HEADER = /^[^\S\n]*[^\t\n。]{1,8}(\t[^\t\n。]{1,8})+[^\S\n]*$/gmu;
/** The same header saved one cell a line (Word's "save as text" of a table): three or more short lines, no stops. */
const STACKED_HEADER =
  /^(?:[^\S\n]*[^\s。,\uFF0C;\uFF1B:\uFF1A]{1,8}[^\S\n]*\n){2,}[^\S\n]*[^\s。,\uFF0C;\uFF1B:\uFF1A]{1,8}[^\S\n]*$/gmu;

function clausePieces(c: RawClause, at: DataPath): Piece[][] {
  const lists: Piece[][] = [];
  if (c.units) lists.push(c.units.map((u, k) => ({ text: u, path: [...at, 'units', k], inBracket: true })));
  (c.unitLists ?? []).forEach((l, i) => {
    const p = [...at, 'unitLists', i];
    lists.push([
      { text: l.label, path: [...p, 'label'], inBracket: true, label: true },
      ...l.units.map((u, k) => ({ text: u, path: [...p, 'units', k], inBracket: true })),
      ...(l.remark ? [{ text: l.remark, path: [...p, 'remark'], inBracket: true }] : []),
    ]);
  });
  (c.leaders ?? []).forEach((l, i) => {
    const p = [...at, 'leaders', i];
    lists.push([
      { text: l.label, path: [...p, 'label'], inBracket: true, label: true },
      ...l.names.map((n, k) => ({ text: n, path: [...p, 'names', k], inBracket: true })),
    ]);
  });
  if (c.deadline) lists.push([{ text: c.deadline, path: [...at, 'deadline'], inBracket: true }]);
  return lists;
}

/** The leaders of a part or section, named in a bracket after its heading. */
const leaderPieces = (leaders: RawLeader[] | undefined, at: DataPath): Piece[][] =>
  (leaders ?? []).map((l, i) => [
    { text: l.label, path: [...at, 'leaders', i, 'label'], inBracket: true, label: true },
    ...l.names.map((n, k) => ({ text: n, path: [...at, 'leaders', i, 'names', k], inBracket: true })),
  ]);

/** The plan's transcribed text in reading order; a clause's bracket comes as its own group of lists. */
function pieces(plan: RawPlan): (Piece | Piece[][])[] {
  const out: (Piece | Piece[][])[] = [{ text: plan.title, path: ['title'] }];
  if (plan.preamble) out.push({ text: plan.preamble, path: ['preamble'] });
  const item = (it: RawItem, at: DataPath) => {
    if (it.title) out.push({ text: it.title, path: [...at, 'title'] });
    if (it.text) out.push({ text: it.text, path: [...at, 'text'] });
    (it.clauses ?? []).forEach((c, k) => {
      out.push({ text: c.text, path: [...at, 'clauses', k, 'text'] });
      out.push(clausePieces(c, [...at, 'clauses', k]));
    });
  };
  const section = (s: RawSection, at: DataPath) => {
    out.push({ text: s.heading, path: [...at, 'heading'] });
    if (s.leaders) out.push(leaderPieces(s.leaders, at));
    (s.items ?? []).forEach((it, i) => {
      item(it, [...at, 'items', i]);
    });
    (s.sections ?? []).forEach((sub, i) => {
      section(sub, [...at, 'sections', i]);
    });
  };
  plan.parts.forEach((part, p) => {
    const at = ['parts', p];
    out.push({ text: part.heading, path: [...at, 'heading'] });
    if (part.leaders) out.push(leaderPieces(part.leaders, at));
    if (part.text) out.push({ text: part.text, path: [...at, 'text'] });
    (part.sections ?? []).forEach((s, i) => {
      section(s, [...at, 'sections', i]);
    });
    (part.items ?? []).forEach((it, i) => {
      item(it, [...at, 'items', i]);
    });
  });
  return out;
}

function lineCol(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split(/\r\n|\r|\n/).length;
  return { line, column: index - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) };
}

export const sourceVerbatim: Rule = {
  meta: {
    id: 'source-verbatim',
    phase: 'check',
    scope: 'file',
    severity: 'error',
    description: {
      zh: '计划与其声明的原文(source)不逐字一致,或漏录了原文的内容',
      en: 'A plan differs from the source text it declares, or leaves some of it out',
    },
    help: {
      zh: '计划写了 source: 时,标题、条文、单位名称和领导姓名都必须逐字、按顺序出现在该原文中,原文任务部分的每段文字都必须录入;写了 notice(通知标题)的,它也须逐字出现在原文中。请对照原文所示位置改正。',
      en: 'When a plan declares source:, its titles, clause texts, unit names and leaders must appear verbatim and in order in that text, and every part of the text must be transcribed; a notice title (notice:) must appear in it verbatim too. Correct it against the source at the position shown.',
    },
    messages: {
      unreadable: {
        zh: '读不到声明的原文 {{source}}(应为相对本文件的 UTF-8 文本文件路径)',
        en: 'cannot read the declared source {{source}} (a UTF-8 text file, relative to this file)',
      },
      notFound: {
        zh: '“{{excerpt}}”在原文 {{source}} 中 {{line}}:{{column}} 之后找不到逐字相同的文字。请对照原文改正',
        en: '"{{excerpt}}" is not found verbatim in {{source}} after {{line}}:{{column}}. Correct it against the source',
      },
      tooMany: {
        zh: '与原文 {{source}} 不一致之处超过 {{count}} 处,其余未再核对。请先改正以上各处,或确认 source 是否指错了文件',
        en: 'more than {{count}} differences from {{source}}; the rest was not checked. Correct these first, or check that source names the right file',
      },
      leftOut: {
        zh: '原文 {{source}}:{{line}}:{{column}} 的“{{excerpt}}”没有录入计划(应在此处之后)',
        en: '"{{excerpt}}" at {{source}}:{{line}}:{{column}} is not in the plan (it belongs after this point)',
      },
    },
  },
  check({ workspace, report }) {
    for (const file of workspace.files) {
      const plan = file.value as RawPlan | null;
      if (file.kind !== 'plan' || !plan?.source) continue;
      const sourceFile = path.resolve(path.dirname(file.absolute), plan.source);
      let text: string | null = null;
      try {
        text = readText(sourceFile, plan.source).text;
      } catch {}
      if (text === null) {
        report({ file: file.file, path: ['source'], messageId: 'unreadable', data: { source: plan.source } });
        continue;
      }
      const source = text;
      // Kept a slice of the text as it is (no ellipsis), so a reader can search for it.
      const excerpt = (s: string) => (s.split(/\r?\n|\r/)[0] ?? '').slice(0, 24);
      const untranscribedStart = new RegExp(`^(?:${UNTRANSCRIBED.source})*`, 'u');
      const spans: { start: number; end: number; path: DataPath }[] = [];
      let cursor = 0;
      // Each miss scans the rest of the source: past this many, a plan is plainly not this text and the check stops.
      let misses = 0;
      const find = (piece: Piece, from: number): number => {
        const at = source.indexOf(piece.text, from);
        if (at < 0) {
          misses++;
          report({
            file: file.file,
            path: piece.path,
            messageId: 'notFound',
            data: { excerpt: excerpt(piece.text), source: plan.source, ...lineCol(source, from) },
          });
          return -1;
        }
        spans.push({ start: at, end: at + piece.text.length, path: piece.path });
        return at + piece.text.length;
      };
      // The notice's title heads the covering letter, before any annex: anywhere in the text will do.
      if (plan.notice !== undefined && !source.includes(plan.notice)) {
        misses++;
        report({
          file: file.file,
          path: ['notice'],
          messageId: 'notFound',
          data: { excerpt: excerpt(plan.notice), source: plan.source, line: 1, column: 1 },
        });
      }
      // The title is searched as a line of its own: a covering letter often cites it in a sentence first.
      const escaped = plan.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const titleLine = new RegExp(`^[ \\t\u3000]*(${escaped})[ \\t\u3000]*$`, 'm').exec(source);
      if (titleLine) cursor = titleLine.index + titleLine[0].indexOf(plan.title);
      for (const piece of pieces(plan)) {
        if (misses >= MAX_MISSES) {
          report({
            file: file.file,
            path: ['source'],
            messageId: 'tooMany',
            data: { source: plan.source, count: MAX_MISSES },
          });
          break;
        }
        if (!Array.isArray(piece)) {
          const end = find(piece, cursor);
          if (end >= 0) cursor = end;
          continue;
        }
        // A bracket: each list in order from the clause's end; the cursor moves past the furthest name found.
        let furthest = cursor;
        for (const list of piece) {
          let at = cursor;
          for (const name of list) {
            // A label not beside its names may head a table column above (序号	目标任务	牵头单位…).
            const next = source.indexOf(name.text, at);
            const nextLine = source.indexOf('\n', at);
            if (
              name.label &&
              (next < 0 || (nextLine >= 0 && next > nextLine)) &&
              source.lastIndexOf(name.text, at) >= 0
            )
              continue;
            const end = find(name, at);
            if (end >= 0) at = end;
          }
          furthest = Math.max(furthest, at);
        }
        cursor = furthest;
      }
      const first = spans[0];
      if (!first || misses >= MAX_MISSES) continue;
      // The task area: from the title to the next annex label (附件N) or the end of the text.
      const next = /^附件\s*\d+/m.exec(source.slice(first.end));
      const areaEnd = next ? first.end + next.index : source.length;
      const ordered = [...spans].sort((a, b) => a.start - b.start);
      let covered = first.start;
      let previous = first;
      for (const span of [...ordered, { start: areaEnd, end: areaEnd, path: previous.path }]) {
        if (span.start > covered) {
          const gap = source.slice(covered, Math.min(span.start, areaEnd));
          // A table's header row (short tab-separated cells, no sentence) is layout, not text to transcribe.
          const left = gap.replace(TABLE_HEADER, '').replace(STACKED_HEADER, '').replace(UNTRANSCRIBED, '');
          if (left !== '') {
            const skip = untranscribedStart.exec(gap)?.[0].length ?? 0;
            report({
              file: file.file,
              path: previous.path,
              messageId: 'leftOut',
              data: { excerpt: excerpt(gap.slice(skip)), source: plan.source, ...lineCol(source, covered + skip) },
            });
          }
        }
        if (span.end > covered) {
          covered = span.end;
          previous = span;
        }
        if (covered >= areaEnd) break;
      }
    }
  },
};
