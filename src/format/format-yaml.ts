// The canonical layout of a data file, made with the `yaml` Document API so comments stay; refuses any change to the data.

import { isDeepStrictEqual } from 'node:util';
import yaml from 'js-yaml';
import { isCollection, isScalar, isSeq, Lexer, parseDocument, visit } from 'yaml';
import { orderKeys, type SchemaNode } from './key-order.js';

/** Short lists of names are written on one line, `[ a, b ]`, as in the shipped files. */
const FLOW_KEYS = new Set(['units', 'separators', 'includes', 'otherNames']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export type FormatResult = { ok: true; text: string } | { ok: false; reason: 'syntax' | 'data-changed' | 'comments-changed'; detail?: string };

/** Same reading as the loader: CORE schema, so "2023-06-30" and "1" stay strings. */
function readData(text: string): unknown {
  return yaml.load(text, { schema: yaml.CORE_SCHEMA, json: false });
}

function comments(text: string): string[] {
  return [...new Lexer().lex(text)].filter((token) => token.startsWith('#')).sort();
}

function hasComment(node: unknown): boolean {
  if (!node || typeof node !== 'object') return false;
  const n = node as { comment?: string | null; commentBefore?: string | null };
  return Boolean(n.comment || n.commentBefore);
}

export function formatYaml(text: string, schema: SchemaNode | null): FormatResult {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) return { ok: false, reason: 'syntax', detail: doc.errors[0]?.message };
  let before: unknown;
  try {
    before = readData(text);
  } catch (error) {
    return { ok: false, reason: 'syntax', detail: error instanceof Error ? error.message : String(error) };
  }
  // A comment right above the first key belongs to the file, followed by one blank line.
  const first = isCollection(doc.contents) ? doc.contents.items[0] : undefined;
  const firstKey = first && typeof first === 'object' && 'key' in first ? first.key : undefined;
  if (!doc.commentBefore && isScalar(firstKey) && firstKey.commentBefore) {
    doc.commentBefore = firstKey.commentBefore;
    firstKey.commentBefore = undefined;
  }
  if (schema) orderKeys(doc.contents, schema, schema);
  visit(doc, {
    Node(_, node) {
      node.spaceBefore = false;
      if (isScalar(node) && typeof node.value === 'string') node.type = DATE.test(node.value) ? 'QUOTE_DOUBLE' : undefined;
    },
    Pair(_, pair) {
      if (isScalar(pair.key)) pair.key.spaceBefore = false;
      if (isSeq(pair.value)) {
        const short = FLOW_KEYS.has(isScalar(pair.key) ? String(pair.key.value) : '');
        // A comment inside a one-line list would break it over several lines: such a list stays a block.
        pair.value.flow = short && !pair.value.items.some(hasComment);
      } else if (isCollection(pair.value)) pair.value.flow = false;
    },
  });
  if (isCollection(doc.contents)) doc.contents.spaceBefore = false;
  const out = doc.toString({ indent: 2, indentSeq: true, lineWidth: 0, flowCollectionPadding: true });
  if (!isDeepStrictEqual(readData(out), before)) return { ok: false, reason: 'data-changed' };
  if (!isDeepStrictEqual(comments(out), comments(text))) return { ok: false, reason: 'comments-changed' };
  return { ok: true, text: out };
}
