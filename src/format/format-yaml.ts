// The canonical layout of a data file, made with the `yaml` Document API so comments stay; refuses any change to the data.

import { isDeepStrictEqual } from 'node:util';
import { isCollection, isScalar, isSeq, Lexer, parseDocument, type Tags, visit } from 'yaml';
import { parseYaml } from '../load/parse-yaml.js';
import { orderKeys, type SchemaNode } from './key-order.js';

/** Short lists of names are written on one line, `[ a, b ]`, as in the shipped files. */
const FLOW_KEYS = new Set(['units', 'separators', 'includes', 'otherNames', 'names']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const BOM = '\uFEFF';

export type RefusalReason = 'syntax' | 'data-changed' | 'comments-changed' | 'alias-order';
export type FormatResult = { ok: true; text: string } | { ok: false; reason: RefusalReason; detail?: string };

/** The loader's own reading (core schema, so "2023-06-30" stays a string); throws what it would refuse. */
function readData(text: string): unknown {
  const { value, findings } = parseYaml(text, '');
  if (findings.length > 0) throw new Error(String(findings[0]?.data?.reason ?? findings[0]?.messageId));
  return value;
}

/** Every scalar as the text it was written with (quoting aside): the formatter may change layout, never a value's text. */
function readText(text: string): unknown {
  return parseDocument(text, { schema: 'failsafe', uniqueKeys: false }).toJS();
}

/** Every comment's text; trailing spaces are layout, which the formatter removes. */
function comments(text: string): string[] {
  return [...new Lexer().lex(text)]
    .filter((token) => token.startsWith('#'))
    .map((token) => token.trimEnd())
    .sort();
}

function hasComment(node: unknown): boolean {
  if (!node || typeof node !== 'object') return false;
  const n = node as { comment?: string | null; commentBefore?: string | null };
  return Boolean(n.comment || n.commentBefore);
}

const NUMBER_TAGS = new Set(['tag:yaml.org,2002:int', 'tag:yaml.org,2002:float']);

/**
 * Numbers are written back as they were written: printing the parsed value would turn 12345678901234567890 into
 * 12345678901234567000 and 007 into 7.
 */
function numbersAsWritten(tags: Tags): Tags {
  const patterns = tags.flatMap((tag) =>
    typeof tag === 'object' && NUMBER_TAGS.has(tag.tag) && tag.test ? [tag.test] : [],
  );
  const written = (source: unknown): source is string =>
    typeof source === 'string' && patterns.some((pattern) => pattern.test(source));
  return tags.map((tag) => {
    if (typeof tag !== 'object' || !NUMBER_TAGS.has(tag.tag) || !tag.stringify) return tag;
    const stringify = tag.stringify;
    return {
      ...tag,
      stringify: (item, ...rest) =>
        written((item as { source?: unknown }).source) ? (item as { source: string }).source : stringify(item, ...rest),
    };
  }) as Tags;
}

function layout(text: string, schema: SchemaNode | null): FormatResult {
  const doc = parseDocument(text, { uniqueKeys: true, customTags: numbersAsWritten });
  if (doc.errors.length > 0) return { ok: false, reason: 'syntax', detail: doc.errors[0]?.message };
  let before: unknown;
  let beforeText: unknown;
  try {
    before = readData(text);
    beforeText = readText(text);
  } catch (error) {
    return { ok: false, reason: 'syntax', detail: error instanceof Error ? error.message : String(error) };
  }
  // An empty or comments-only file has no layout to give: it stays as it is (yaml would append `null`).
  if (doc.contents === null) return { ok: true, text };
  if (schema) orderKeys(doc.contents, schema, schema);
  // A comment right above the first key (after ordering: a comment travels with its key) belongs to the file, followed
  // by one blank line; so does every comment above it, as `yaml` reads them back.
  const first = isCollection(doc.contents) ? doc.contents.items[0] : undefined;
  const firstKey = first && typeof first === 'object' && 'key' in first ? first.key : undefined;
  if (isScalar(firstKey) && firstKey.commentBefore) {
    const above = firstKey.commentBefore.replace(/\n+$/, ''); // a blank line below it is part of the comment here
    doc.commentBefore = doc.commentBefore ? `${doc.commentBefore}\n${above}` : above;
    firstKey.commentBefore = undefined;
  }
  visit(doc, {
    Node(_, node) {
      node.spaceBefore = false;
      if (isScalar(node) && typeof node.value === 'string')
        node.type = DATE.test(node.value) ? 'QUOTE_DOUBLE' : undefined;
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
  let out: string;
  try {
    out = doc.toString({ indent: 2, indentSeq: true, lineWidth: 0, flowCollectionPadding: true });
  } catch (error) {
    // Putting keys in schema order can move an alias (*name) above its anchor (&name), which YAML cannot express.
    if (error instanceof Error && /alias/i.test(error.message))
      return { ok: false, reason: 'alias-order', detail: error.message };
    throw error;
  }
  if (!isDeepStrictEqual(readData(out), before) || !isDeepStrictEqual(readText(out), beforeText))
    return { ok: false, reason: 'data-changed' };
  if (!isDeepStrictEqual(comments(out), comments(text))) return { ok: false, reason: 'comments-changed' };
  return { ok: true, text: out };
}

/**
 * Formats a file's text; a byte order mark and CRLF line endings, as Windows editors write them, are kept, and so are
 * the lone carriage returns of old Mac files.
 */
export function formatYaml(text: string, schema: SchemaNode | null): FormatResult {
  const bom = text.startsWith(BOM) ? BOM : '';
  const body = text.slice(bom.length);
  const crlf = body.includes('\r\n') && !/(^|[^\r])\n/.test(body);
  const crOnly = !crlf && body.includes('\r') && !body.includes('\n');
  const lineEnd = crlf ? '\r\n' : crOnly ? '\r' : '\n';
  const input = crlf ? body.replace(/\r\n/g, '\n') : crOnly ? body.replace(/\r/g, '\n') : body;
  let result = layout(input, schema);
  // `yaml` does not always read a comment back where it printed it: a comment below an indented comment joins it, however
  // far left it starts (`# b` in `x:\n  y: 1\n  # a\n# b\nz: 2` moves under `x`), and so do comments below an empty
  // value. Formatting the result again settles them, so that a second `plan fmt` never finds anything to change.
  for (let previous = input, round = 0; result.ok && result.text !== previous && round < 3; round++) {
    previous = result.text;
    result = layout(previous, schema);
  }
  if (!result.ok) return result;
  return { ok: true, text: bom + (lineEnd === '\n' ? result.text : result.text.replace(/\n/g, lineEnd)) };
}
