// Human format for findings, after ESLint's stylish: grouped by file, the source line with a caret under the column.

import type { Finding } from '../model/finding.js';
import type { Lang } from '../model/lang.js';
import { oneLine, textForColumns } from './safe-text.js';
import { textWidth } from './text-width.js';

export interface StylishOptions {
  lang: Lang;
  /** Source lines per file, for the excerpt under each finding. */
  sourceLines: (file: string) => string[] | null;
  color: {
    red(s: string): string;
    yellow(s: string): string;
    dim(s: string): string;
    bold(s: string): string;
    underline(s: string): string;
  };
}

const words = {
  zh: {
    error: '错误',
    warning: '警告',
    info: '提示',
    summary: (e: number, w: number, i: number) =>
      `共 ${e + w} 个问题(${e} 个错误,${w} 个警告)${i > 0 ? `,另有 ${i} 条提示` : ''}`,
  },
  en: {
    error: 'error',
    warning: 'warning',
    info: 'info',
    summary: (e: number, w: number, i: number) =>
      `${e + w} problem${e + w === 1 ? '' : 's'} (${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'})${i > 0 ? `, and ${i} note${i === 1 ? '' : 's'}` : ''}`,
  },
};

const EXCERPT_CHARS = 80;

/** The source line around the column, cut to a screenful (a damaged file can have a line of megabytes), controls made visible. */
function excerpt(chars: string[], column: number): { shown: string; before: string } {
  const at = Math.max(0, column - 1);
  const start =
    chars.length <= EXCERPT_CHARS ? 0 : Math.max(0, Math.min(at - EXCERPT_CHARS / 2, chars.length - EXCERPT_CHARS));
  const end = Math.min(chars.length, start + EXCERPT_CHARS);
  const head = start > 0 ? '…' : '';
  const before = head + textForColumns(chars.slice(start, at).join(''));
  return { shown: head + textForColumns(chars.slice(start, end).join('')) + (end < chars.length ? '…' : ''), before };
}

export function renderStylish(findings: Finding[], options: StylishOptions): string {
  if (findings.length === 0) return '';
  const w = words[options.lang];
  const { color } = options;
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  const out: string[] = [];
  for (const [file, list] of byFile) {
    out.push(color.underline(oneLine(file)));
    const lines = options.sourceLines(file);
    // A line's characters, split once: a line naming 140,000 units has as many findings, each cut from the same line.
    const charsOf = new Map<number, string[]>();
    for (const f of list) {
      const severity =
        f.severity === 'error'
          ? color.red(w.error)
          : f.severity === 'warning'
            ? color.yellow(w.warning)
            : color.dim(w.info);
      out.push(`  ${color.dim(`${f.line}:${f.column}`)}  ${severity}  ${oneLine(f.message)}  ${color.dim(f.rule)}`);
      const source = f.line > 0 ? lines?.[f.line - 1] : undefined;
      // A line that did not decode (wrong encoding) would only show mojibake: the message already says what is wrong.
      if (source !== undefined && !source.includes('\ufffd')) {
        let chars = charsOf.get(f.line);
        if (!chars) {
          chars = [...source.replace(/\r$/, '')];
          charsOf.set(f.line, chars);
        }
        const { shown, before } = excerpt(chars, f.column);
        out.push(`    ${color.dim(shown)}`);
        out.push(`    ${' '.repeat(textWidth(before))}${color.red('^')}`);
      }
    }
    out.push('');
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  // Info findings (e.g. unused roster units) are not problems, but a summary that ignored them would hide them.
  const infos = findings.length - errors - warnings;
  out.push(color.bold(w.summary(errors, warnings, infos)));
  return `${out.join('\n')}\n`;
}
