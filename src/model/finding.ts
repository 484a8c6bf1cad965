// A finding is data: where, how bad, which rule, what to do. Renderers turn it into text.

export type Severity = 'error' | 'warning' | 'info';

/** A path into a parsed YAML document, e.g. ['parts', 1, 'sections', 0, 'items', 2]. */
export type DataPath = readonly (string | number)[];

export interface Finding {
  /** Path of the file as given by the user (relative to cwd when possible). */
  file: string;
  /** 1-based line and column; 0 when the finding concerns the whole file. */
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity: Severity;
  rule: string;
  message: string;
  /** Structured facts behind the message (names, candidates, plans) for JSON consumers. */
  data?: Record<string, unknown>;
}

/** A finding before its position is known: rules point at a data path, the loader turns it into line:column. */
export interface PendingFinding {
  file: string;
  path?: DataPath;
  /** Point at the key of the mapping entry rather than its value (unknown keys, duplicates). */
  atKey?: boolean;
  /** Explicit position (parse errors already know theirs). */
  line?: number;
  column?: number;
  rule: string;
  /** Which of the rule's message templates to use; its text is filled in from `data` at the edge, in the user's language. */
  messageId: string;
  data?: Record<string, unknown>;
}
