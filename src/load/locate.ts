// Slow path, only for files with findings: re-parse with `yaml` to turn data paths into 1-based line:column.

import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { DataPath } from '../model/finding.js';

export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type Locator = (path: DataPath, atKey?: boolean) => Position;

export function createLocator(text: string): Locator {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  const toPosition = (start: number, end: number): Position => {
    const a = lineCounter.linePos(start);
    const b = lineCounter.linePos(end);
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  };
  return (path, atKey = false) => {
    let node: unknown = doc.contents;
    let keyNode: unknown = null;
    for (const step of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
        if (!pair) break;
        keyNode = pair.key;
        node = pair.value;
      } else if (isSeq(node) && typeof step === 'number' && step < node.items.length) {
        keyNode = null;
        node = node.items[step];
      } else break;
    }
    const target = (atKey && keyNode ? keyNode : node) as Node | null;
    const range = target?.range ?? (doc.contents as Node | null)?.range;
    if (!range) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
    return toPosition(range[0], range[1]);
  };
}
