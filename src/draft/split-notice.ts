// Splits a notice's text into its annexes (附件1, 附件2 …) and reads the issuer and date signed above them.

import type { SourceLine } from './draft-types.js';

export interface Annex {
  number: number | null;
  title: SourceLine;
  /** The non-empty lines after the title, up to the next annex label or the end. */
  body: SourceLine[];
}

export interface SplitNotice {
  annexes: Annex[];
  /** The signature of the covering letter: the last two lines before the first annex, when they are a name and a date. */
  issuer: string | null;
  date: string | null;
  dateLine: SourceLine | null;
  /** The covering letter's title (关于印发…的通知), the first such line before the first annex. */
  notice: string | null;
}

const ANNEX_LABEL = /^附件\s*([0-9]+)\s*[:\uFF1A]?$/;
/** A notice's own title: 关于…的通知 on a line of its own. */
const NOTICE_TITLE = /^关于.+的通知$/;
const DATE_LINE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;

/** Every non-empty line, trimmed, with its 1-based line and the column where its text starts. */
export function sourceLines(text: string): SourceLine[] {
  return text.split(/\r\n|\r|\n/).flatMap((raw, i) => {
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    return trimmed === '' ? [] : [{ text: trimmed, line: i + 1, column: lead + 1 }];
  });
}

export function splitNotice(text: string): SplitNotice {
  const lines = sourceLines(text);
  const labels = lines.flatMap((l, i) => {
    const m = ANNEX_LABEL.exec(l.text);
    return m ? [{ index: i, number: Number(m[1]) }] : [];
  });
  if (labels.length === 0) {
    const [title, ...body] = lines;
    return {
      annexes: title ? [{ number: null, title, body }] : [],
      issuer: null,
      date: null,
      dateLine: null,
      notice: null,
    };
  }
  const annexes = labels.flatMap((label, k): Annex[] => {
    const end = labels[k + 1]?.index ?? lines.length;
    const [title, ...body] = lines.slice(label.index + 1, end);
    return title ? [{ number: label.number, title, body }] : [];
  });
  const before = lines.slice(0, labels[0]?.index ?? 0);
  const dateLine = before.at(-1) ?? null;
  const date = dateLine ? DATE_LINE.exec(dateLine.text) : null;
  const issuer = date ? (before.at(-2)?.text ?? null) : null;
  const iso = date ? `${date[1]}-${date[2]?.padStart(2, '0')}-${date[3]?.padStart(2, '0')}` : null;
  const notice = before.find((l) => NOTICE_TITLE.test(l.text))?.text ?? null;
  return { annexes, issuer, date: iso, dateLine: date ? dateLine : null, notice };
}
