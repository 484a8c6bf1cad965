// Writes the ready-to-fill progress report `plan progress init` hands a unit, or adds newly assigned clauses to one
// already (partly) filled: the `yaml` Document API keeps every comment and filled-in value as it is.

import { type Document, isMap, isSeq, parseDocument, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';

/** One clause to report on, with what the comment above it says. */
export interface TemplateClause {
  id: string;
  /** Comment lines: item, units, how the unit holds it, the clause text. */
  comment: string[];
  /** The `counts` of each of its targets, for `actual`. */
  targets: string[];
}

export interface TemplateInput {
  schema: string;
  header: string[];
  unit: string;
  plans: string[];
  period: string;
  date: string;
  clauses: TemplateClause[];
  /** The commented block after the clauses: a fixed first line, then the "possibly" clauses with their reason (empty: none). */
  possibly: string[];
}

/** Comment text as the `yaml` package wants it: each line after its `#`, so a leading space. */
const commentText = (lines: string[]) => lines.map((l) => ` ${l.replace(/\s*\n\s*/g, ' ')}`).join('\n');

function clauseNode(doc: Document, clause: TemplateClause, first: boolean) {
  const value: Record<string, unknown> = { id: clause.id, status: null, summary: null, evidence: null };
  if (clause.targets.length > 0) value.actual = clause.targets.map((counts) => ({ counts, value: null }));
  const node = doc.createNode(value) as YAMLMap;
  node.commentBefore = commentText(clause.comment);
  // A blank line between clauses, none after `clauses:` (it would be written with trailing spaces).
  node.spaceBefore = !first;
  return node;
}

const render = (doc: Document) => doc.toString({ nullStr: '', lineWidth: 0 });

/** A new report. */
export function newProgressReport(input: TemplateInput): string {
  // parseDocument, not `new Document()`: the bundle loads the yaml package lazily through its functions only.
  const doc: Document = parseDocument('');
  doc.contents = doc.createNode({
    kind: 'progress',
    unit: input.unit,
    plans: input.plans,
    period: input.period,
    date: input.date,
    clauses: [],
  }) as YAMLMap;
  doc.commentBefore = commentText([`yaml-language-server: $schema=${input.schema}`, ...input.header]);
  // Quoted, as the plans write dates: a bare 2023-07-05 or 2023-H1 is outside the plain reader's subset (load/plain-yaml.ts)
  // and costs the slower full parse.
  for (const key of ['period', 'date']) (doc.get(key, true) as Scalar).type = 'QUOTE_DOUBLE';
  const seq = doc.get('clauses', true) as YAMLSeq;
  for (const clause of input.clauses) seq.items.push(clauseNode(doc, clause, seq.items.length === 0));
  (doc.getIn(['plans'], true) as YAMLSeq).flow = true;
  doc.comment = input.possibly.length ? commentText(input.possibly) : null;
  return render(doc);
}

/**
 * The text without the block this command wrote last time (its first line, then the lines indented under it), so
 * that a fresh one can close the file; any comment of the unit's own stays where it is.
 */
function withoutPossibly(text: string, marker: string | undefined): string {
  if (!marker) return text;
  const kept: string[] = [];
  let inBlock = false;
  for (const line of text.split('\n')) {
    if (line === `# ${marker}`) inBlock = true;
    else if (!(inBlock && line.startsWith('#   '))) {
      inBlock = false;
      kept.push(line);
    }
  }
  return kept.join('\n');
}

/** Thrown when the existing file is not a progress report this can add to. */
export class NotAProgressReport extends Error {}

/**
 * The existing report with the clauses it lacks appended (each with its comment), the "possibly" block brought up to
 * date, and nothing else touched. `added` lists the ids appended.
 */
export function updateProgressReport(existing: string, input: TemplateInput): { text: string; added: string[] } {
  const source = withoutPossibly(existing, input.possibly[0]);
  const doc = parseDocument(source);
  if (doc.errors.length > 0 || !isMap(doc.contents) || doc.get('kind') !== 'progress')
    throw new NotAProgressReport(doc.errors[0]?.message ?? 'kind');
  const seq = doc.get('clauses', true);
  const items = isSeq(seq) ? seq.items : [];
  const have = new Set(items.map((item) => (isMap(item) ? String(item.get('id')) : '')));
  const missing = input.clauses.filter((c) => !have.has(c.id));
  const closing = input.possibly.length ? `\n${commentText(input.possibly).replace(/^/gm, '#')}\n` : '';
  const added = missing.map((c) => c.id);
  const last = doc.contents.items.at(-1);
  // The usual case, `clauses` a block list closing the file: the new entries are inserted as text after its last
  // line, so not a byte of what is there changes (the Document API would move a comment after an empty value).
  if (
    isSeq(seq) &&
    !seq.flow &&
    seq.items.length > 0 &&
    last &&
    String((last.key as { value?: unknown })?.value ?? last.key) === 'clauses'
  ) {
    const lines = source.replace(/\s+$/, '').split('\n');
    let end = lines.length;
    while (end > 0 && /^\s*(#.*)?$/.test(lines[end - 1] as string)) end--;
    const fresh = parseDocument('clauses: []');
    const list = fresh.get('clauses', true) as YAMLSeq;
    list.flow = false;
    for (const clause of missing) list.items.push(clauseNode(fresh, clause, list.items.length === 0));
    const entries = missing.length
      ? `\n${render(fresh)
          .replace(/^clauses:\n/, '')
          .replace(/\n$/, '')}`
      : '';
    const text = [...lines.slice(0, end), ...(entries ? [entries] : []), ...lines.slice(end)].join('\n');
    return { text: `${text}\n${closing}`, added };
  }
  let list = seq;
  if (!isSeq(list)) {
    list = doc.createNode([]) as YAMLSeq;
    doc.set('clauses', list);
  }
  for (const clause of missing)
    (list as YAMLSeq).items.push(clauseNode(doc, clause, (list as YAMLSeq).items.length === 0));
  return { text: `${render(doc)}${closing}`, added };
}
