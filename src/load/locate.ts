// Only for files with findings: turns data paths into 1-based line:column. Files in the plain subset are located by
// plain-yaml.ts directly; anything else is re-parsed with `yaml` (~35 ms to load, and slow on its first file).

import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { DataPath } from '../model/finding.js';
import { lineBreaksAsLf } from './parse-yaml.js';
import { plainYamlSpans, type Spans } from './plain-yaml.js';

export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type Locator = (path: DataPath, atKey?: boolean) => Position;

/** 1-based line and column of an offset, given the offsets at which lines start. */
type LinePos = (offset: number) => { line: number; col: number };

/** Line starts after each line feed, as `yaml`'s LineCounter records them for texts without carriage returns. */
function lineFeedPositions(text: string): LinePos {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, col: offset - (starts[low] as number) + 1 };
  };
}

/**
 * The same spans from a `yaml` document: the first of duplicate keys, as the walk below has always taken. A block
 * collection ends after the line break of its last value's line, as plain-yaml.ts ends it: `yaml` also counts comment
 * lines after it, by indentation rules that a finding's region has no use for.
 */
function spansOf(node: unknown, text: string): Spans | null {
  const range = (node as Node | null)?.range;
  if (!range) return null;
  if (isMap(node)) {
    const entries: NonNullable<Spans['entries']> = new Map();
    let last: [number, number] | undefined;
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) continue;
      // The key as the loaded value has it: `yaml` makes a null key (`~:`) the empty string.
      const key = pair.key.value === null ? '' : String(pair.key.value);
      const value = spansOf(pair.value, text);
      last = value?.range ?? [pair.key.range[0], pair.key.range[1]];
      if (!entries.has(key)) entries.set(key, { key: [pair.key.range[0], pair.key.range[1]], value });
    }
    return { range: [range[0], node.flow || !last ? range[1] : lineEndAfter(text, last[1])], entries };
  }
  if (isSeq(node)) {
    const items = node.items.map((item) => spansOf(item, text));
    const last = items.at(-1)?.range;
    return { range: [range[0], node.flow || !last ? range[1] : lineEndAfter(text, last[1])], items };
  }
  return { range: [range[0], range[1]] };
}

/** The offset after the line break that ends the line holding `offset` (`offset` itself when it starts a line). */
function lineEndAfter(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline + 1;
}

/** Exported for tests, which hold the fast path to this one. */
export function yamlSpans(text: string): { root: Spans | null; linePos: LinePos } {
  // Read as the loader reads it: a lone carriage return is a line break.
  const source = lineBreaksAsLf(text);
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { schema: 'core', lineCounter, uniqueKeys: false });
  return { root: spansOf(doc.contents, source), linePos: (offset) => lineCounter.linePos(offset) };
}

export function createLocator(text: string): Locator {
  const plain = plainYamlSpans(text);
  const { root, linePos } = plain ? { root: plain, linePos: lineFeedPositions(text) } : yamlSpans(text);
  return (path, atKey = false) => {
    let node: Spans | null = root;
    let key: [number, number] | null = null;
    for (const step of path) {
      const entry = node?.entries?.get(String(step));
      if (entry) {
        key = entry.key;
        node = entry.value;
      } else if (node?.items && typeof step === 'number' && step < node.items.length) {
        key = null;
        node = node.items[step] ?? null;
      } else break;
    }
    const range = atKey && key ? key : (node?.range ?? root?.range);
    if (!range) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
    const a = linePos(range[0]);
    const b = linePos(range[1]);
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  };
}
