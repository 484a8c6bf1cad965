// A fast reader for the plain subset of YAML that plan files are written in; anything else is left to `yaml`.
//
// Why: parsing is most of `plan validate`'s time on a thousand plans (issue #6), and `yaml` spends it on generality
// these files never use. This reader handles block mappings with identifier keys, block sequences, one-line flow
// sequences, one-line quoted and plain scalars and comments; at the first thing outside that subset (an anchor, a tag,
// a block scalar, a multi-line scalar, an escape, a duplicate key, a number that is not a plain integer…) it returns
// null and the caller parses the text with `yaml`. Where it returns a value, that value is exactly what `yaml` gives
// under YAML 1.2's core schema, as the loader parses (tests/load/plain-yaml.test.ts compares the two on the shipped
// files and on random edits of them).

/** Returned by the line readers when the text leaves the subset. */
const OUT = Symbol('outside the subset');
type Out = typeof OUT;

const KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;
/** Characters that may not start a plain scalar here: YAML indicators, and `-`, `.`, `+` or digits (numbers) are handled apart. */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
/** Anything that could make a scalar a number, infinity or NaN under the CORE schema: only these characters. */
const NUMBER_LIKE = /^[-+.0-9][0-9A-Za-z_.+-]*$/;
const PLAIN_INT = /^(0|[1-9][0-9]*)$/;
const CORE_WORDS: Record<string, unknown> = {
  '~': null,
  null: null,
  Null: null,
  NULL: null,
  true: true,
  True: true,
  TRUE: true,
  false: false,
  False: false,
  FALSE: false,
};
const MAX_DEPTH = 50;

interface Line {
  indent: number;
  /** The line without its indentation. */
  body: string;
  /** Offset of the body in the text. */
  start: number;
  /** Offset of the line's end (its newline, or the end of the text). */
  eol: number;
}

/**
 * Where a node is written: [start, end) as offsets into the text, with the positions of a mapping's keys and a
 * sequence's items. Scalars and flow sequences are placed exactly as the `yaml` package's range[0] and range[1]; a block
 * collection ends after the line break of its last line, and locate.ts ends `yaml`'s the same way
 * (tests/load/locate.test.ts compares the two).
 */
export interface Spans {
  range: [number, number];
  /** Null where `yaml` has no node (a key without a value): plain files always have one. */
  entries?: Map<string, { key: [number, number]; value: Spans | null }>;
  items?: (Spans | null)[];
}

/**
 * Characters that send a text to `yaml`: tab, CR (a line break of its own when alone, which parse-yaml.ts handles),
 * byte order mark, surrogates (their pairing is checked there) and everything YAML calls non-printable. One character class, tested once over the text: regular expressions scan
 * about twice as fast as a loop over char codes.
 */
export const OUTSIDE_CHARS =
  '\\x00-\\x08\\x09\\x0B\\x0C\\x0D\\x0E-\\x1F\\x7F-\\x84\\x86-\\x9F\\uD800-\\uDFFF\\uFEFF\\uFFFE\\uFFFF';
const OUTSIDE = new RegExp(`[${OUTSIDE_CHARS}]`);

/**
 * Lines that hold content (blank and comment-only lines dropped), or OUT for the characters above, directives and markers.
 * `charsChecked`: the caller has already found none of those characters in the text (load-workspace.ts scans once for them
 * and the invisible characters together).
 */
function contentLines(text: string, charsChecked: boolean): Line[] | Out {
  if (!charsChecked && OUTSIDE.test(text)) return OUT;
  const lines: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    let first = start;
    while (first < end && text.charCodeAt(first) === 32) first++;
    if (first < end && text.charCodeAt(first) !== 35 /* # */) {
      if (first === start && /^(---|\.\.\.|%)/.test(text.slice(start, start + 3))) return OUT;
      let last = end;
      while (text.charCodeAt(last - 1) === 32) last--;
      lines.push({ indent: first - start, body: text.slice(first, last), start: first, eol: end });
    }
    start = end + 1;
  }
  return lines;
}

/** YAML's white space is the ASCII space (tabs are refused above); JavaScript's trim would also take U+3000 and U+00A0. */
const trimSpaces = (s: string) =>
  s.charCodeAt(0) === 32 || s.charCodeAt(s.length - 1) === 32 ? s.replace(/^ +| +$/g, '') : s;

/** A plain scalar's value under the CORE schema, or OUT for numbers other than plain integers. */
function plainValue(text: string): unknown {
  // Length first: looking a long string up as a key would hash all of it, and clause texts run to hundreds of characters.
  if (text.length <= 5 && Object.hasOwn(CORE_WORDS, text)) return CORE_WORDS[text];
  const c = text.charCodeAt(0);
  const numeric = (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46; // 0-9 + - .
  if (numeric && NUMBER_LIKE.test(text))
    return PLAIN_INT.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : OUT;
  return text;
}

/** The text before a comment (` #`), trimmed; OUT if what remains could not be a one-line plain scalar. */
function plainText(text: string, flow: boolean): string | Out {
  const hash = text.indexOf(' #');
  const value = trimSpaces(hash < 0 ? text : text.slice(0, hash));
  if (value === '' || (INDICATOR_START.test(value) && !NUMBER_LIKE.test(value))) return OUT;
  // `: ` would start a nested mapping (an error, or something this reader does not follow); a trailing `:` too.
  if (value.includes(': ') || value.endsWith(':')) return OUT;
  if (flow && /[[\]{},:#]/.test(value)) return OUT;
  return value;
}

/** A one-line quoted scalar at the start of `text`: its value and the rest of the line, or OUT (escapes, no closing quote). */
function quoted(text: string): { value: string; rest: string } | Out {
  const quote = text[0];
  if (quote === '"') {
    const end = text.indexOf('"', 1);
    if (end < 0) return OUT;
    const value = text.slice(1, end);
    if (value.includes('\\')) return OUT;
    return { value, rest: text.slice(end + 1) };
  }
  let value = '';
  let i = 1;
  for (;;) {
    const end = text.indexOf("'", i);
    if (end < 0) return OUT;
    value += text.slice(i, end);
    if (text[end + 1] !== "'") return { value, rest: text.slice(end + 1) };
    value += "'";
    i = end + 2;
  }
}

/** Nothing but spaces and perhaps a comment may follow a quoted scalar or a flow sequence. */
const endsClean = (rest: string) => trimSpaces(rest) === '' || /^ +#/.test(rest);

/** The offset of the first character at or after `i` that is not a space. */
function skipSpaces(text: string, i: number): number {
  while (text.charCodeAt(i) === 32) i++;
  return i;
}

/** A one-line flow sequence; with `spans`, fills in where it and its items are written (`at`: the offset of `text`). */
function flowSequence(text: string, spans?: Spans, at = 0): unknown[] | Out {
  const items: unknown[] = [];
  // Walks `text` by offset (no copies of what is left of the line): `i` is where the next item or bracket starts.
  const close = (i: number) => {
    if (spans) spans.range = [at, at + i + 1];
    return endsClean(text.slice(i + 1)) ? items : OUT;
  };
  let i = skipSpaces(text, 1);
  if (text.charCodeAt(i) === 93 /* ] */) return close(i);
  for (;;) {
    let value: unknown;
    const c = text.charCodeAt(i);
    if (c === 34 /* " */ || c === 39 /* ' */) {
      const q = quoted(text.slice(i));
      if (q === OUT) return OUT;
      value = q.value;
      const end = text.length - q.rest.length;
      spans?.items?.push({ range: [at + i, at + end] });
      i = skipSpaces(text, end);
    } else {
      let end = i;
      while (end < text.length && text.charCodeAt(end) !== 44 /* , */ && text.charCodeAt(end) !== 93 /* ] */) end++;
      if (end >= text.length) return OUT;
      const raw = text.slice(i, end);
      if (raw.includes('#')) return OUT; // a comment inside brackets would end the line
      const plain = plainText(trimSpaces(raw), true);
      if (plain === OUT) return OUT;
      value = plainValue(plain);
      if (value === OUT) return OUT;
      spans?.items?.push({ range: [at + i, at + i + plain.length] });
      i = end;
    }
    items.push(value);
    const next = text.charCodeAt(i);
    if (next === 93 /* ] */) return close(i);
    if (next !== 44 /* , */) return OUT;
    i = skipSpaces(text, i + 1);
    if (text.charCodeAt(i) === 93) return OUT; // a trailing comma: leave the details to `yaml`
  }
}

/** A value written on the same line as its key or dash; with `span`, where it is written (`at`: the offset of `text`). */
function inlineValue(text: string, span?: { node?: Spans }, at = 0): unknown {
  if (text.startsWith('"') || text.startsWith("'")) {
    const q = quoted(text);
    if (span && q !== OUT) span.node = { range: [at, at + text.length - q.rest.length] };
    return q === OUT || !endsClean(q.rest) ? OUT : q.value;
  }
  if (text.startsWith('[')) {
    if (span) span.node = { range: [at, at], items: [] };
    return flowSequence(text, span?.node, at);
  }
  const plain = plainText(text, false);
  if (span && plain !== OUT) span.node = { range: [at, at + plain.length] };
  return plain === OUT ? OUT : plainValue(plain);
}

class Reader {
  i = 0;
  /** With `track`, the spans of the node read last (sequence() and mapping() set it). */
  last: Spans | undefined;
  constructor(
    readonly lines: Line[],
    readonly track = false,
    readonly textLength = 0,
  ) {}

  /** The node whose first line is at `this.i` and has exactly `indent`. */
  node(indent: number, depth: number): unknown {
    if (depth > MAX_DEPTH) return OUT;
    const line = this.lines[this.i];
    if (!line || line.indent !== indent) return OUT;
    return line.body === '-' || line.body.startsWith('- ') ? this.sequence(indent, depth) : this.mapping(indent, depth);
  }

  sequence(indent: number, depth: number): unknown[] | Out {
    const items: unknown[] = [];
    const spans: Spans[] | undefined = this.track ? [] : undefined;
    const first = this.lines[this.i];
    for (
      let line = this.lines[this.i];
      line && line.indent === indent && (line.body === '-' || line.body.startsWith('- '));
      line = this.lines[this.i]
    ) {
      if (line.body === '-') return OUT; // an entry on the lines below its dash
      const after = line.body.slice(2);
      if (after.startsWith(' ')) return OUT; // `-   x`: compact forms with extra spaces are left to `yaml`
      if (after.startsWith('- ')) return OUT; // nested compact sequences
      if (readKey(after) !== null) {
        // `- key: value` starts a mapping whose keys sit two columns in: read it as if the dash were indentation.
        this.lines[this.i] = { indent: indent + 2, body: after, start: line.start + 2, eol: line.eol };
        const value = this.mapping(indent + 2, depth + 1);
        if (value === OUT) return OUT;
        items.push(value);
        if (spans && this.last) spans.push(this.last);
        continue;
      }
      const span: { node?: Spans } | undefined = spans ? {} : undefined;
      const value = inlineValue(after, span, line.start + 2);
      if (value === OUT) return OUT;
      items.push(value);
      if (spans && span?.node) spans.push(span.node);
      this.i++;
      if (this.deeperFollows(indent)) return OUT; // a multi-line scalar
    }
    const next = this.lines[this.i];
    if (next && next.indent > indent) return OUT;
    if (spans && first) this.last = { range: [first.start, this.endOfBlock()], items: spans };
    return items;
  }

  mapping(indent: number, depth: number): Record<string, unknown> | Out {
    const map: Record<string, unknown> = {};
    const entries: Spans['entries'] = this.track ? new Map() : undefined;
    const first = this.lines[this.i];
    for (let line = this.lines[this.i]; line && line.indent === indent; line = this.lines[this.i]) {
      const key = readKey(line.body);
      if (key === null) return OUT;
      // A duplicate key (values are never undefined); an inherited name such as `constructor` also steps aside, safely.
      // Much faster than Object.hasOwn, which dominated reading a thousand plans.
      if (map[key] !== undefined) return OUT;
      const after = trimSpaces(line.body.slice(key.length + 2));
      let value: unknown;
      let span: Spans | undefined;
      this.i++;
      if (after === '' || after.startsWith('#')) {
        const next = this.lines[this.i];
        if (next && next.indent > indent) {
          value = this.node(next.indent, depth + 1);
          span = this.last;
        } else if (next && next.indent === indent && (next.body === '-' || next.body.startsWith('- '))) {
          value = this.sequence(indent, depth + 1);
          span = this.last;
        } else {
          value = null;
          // `yaml` puts an empty value where the line's text ends, or at its comment.
          const at = after === '' ? line.eol : valueStart(line, key);
          span = { range: [at, at] };
        }
      } else {
        const inline: { node?: Spans } | undefined = entries ? {} : undefined;
        value = inlineValue(after, inline, inline && valueStart(line, key));
        span = inline?.node;
        if (this.deeperFollows(indent)) return OUT; // a multi-line scalar, or a stray deeper line
      }
      if (value === OUT) return OUT;
      map[key] = value;
      if (entries && span) entries.set(key, { key: [line.start, line.start + key.length], value: span });
    }
    const next = this.lines[this.i];
    if (next && next.indent > indent) return OUT;
    if (entries && first) this.last = { range: [first.start, this.endOfBlock()], entries };
    return map;
  }

  private deeperFollows(indent: number): boolean {
    const next = this.lines[this.i];
    return next !== undefined && next.indent > indent;
  }

  /** A block collection ends after the line break of its last line (comment lines after it are not part of it). */
  private endOfBlock(): number {
    const last = this.lines[this.i - 1] as Line;
    return last.eol < this.textLength ? last.eol + 1 : last.eol;
  }
}

/** Where the value of `key: value` starts: after `key: ` and any further spaces. */
function valueStart(line: Line, key: string): number {
  let at = line.start + key.length + 2;
  while (line.body.charCodeAt(at - line.start) === 32) at++;
  return at;
}

/**
 * Keys seen so far, each mapped to V8's own copy of the name. A key read from a line is a new string, and using a new
 * string as a property name makes V8 look it up in its string table on every access; a Map lookup of a short string and
 * then the stored copy is much cheaper, and a few names repeat thousands of times in a folder of plans.
 */
const knownKeys = new Map<string, string>();

/** The key of a `key:` or `key: value` line with an identifier key, or null for any other line. */
function readKey(body: string): string | null {
  const colon = body.indexOf(':');
  if (colon < 1) return null;
  if (colon + 1 < body.length && body.charCodeAt(colon + 1) !== 32) return null;
  const key = body.slice(0, colon);
  const known = knownKeys.get(key);
  if (known !== undefined) return known;
  // `True:`, `null:`…: the core schema reads such a key as a boolean or null, so its name is not its text (and
  // `True:` beside `true:` is a duplicate): left to `yaml`.
  if (!KEY.test(key) || Object.hasOwn(CORE_WORDS, key)) return null;
  // What Object.keys gives back is the engine's own (internalised) copy of the name.
  const interned = Object.keys({ [key]: 0 })[0] as string;
  if (knownKeys.size < 1000) knownKeys.set(interned, interned);
  return interned;
}

/** Reads `text` whole: the reader (for its spans) and the value, or null when the text is outside the subset. */
function read(text: string, track: boolean, charsChecked = false): { value: unknown; reader: Reader } | null {
  const lines = contentLines(text, charsChecked);
  if (lines === OUT) return null;
  if (lines.length === 0) return null; // empty or comments only: `yaml`'s answer (null) is the caller's concern
  const first = lines[0] as Line;
  if (first.indent !== 0) return null;
  const reader = new Reader(lines, track, text.length);
  const value = reader.node(0, 0);
  if (value === OUT || reader.i !== lines.length) return null;
  return { value, reader };
}

/** The value of `text` exactly as `yaml` reads it (core schema), or null when the text is outside the subset read here. */
export function readPlainYaml(text: string, charsChecked = false): { value: unknown } | null {
  const result = read(text, false, charsChecked);
  return result && { value: result.value };
}

/** Where each node of `text` is written, when the text is in the subset read here (null otherwise). */
export function plainYamlSpans(text: string): Spans | null {
  return read(text, true)?.reader.last ?? null;
}
