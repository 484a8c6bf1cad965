// What a rule is: metadata (id, default severity, description, message templates) plus an optional check.

import type { PendingFinding, Severity } from '../model/finding.js';
import type { Message } from '../model/lang.js';
import type { Workspace } from '../load/load-workspace.js';

/** load: raised while reading files; validate: per-file and reference checks; check: cross-plan report (`plan check`). */
export type RulePhase = 'load' | 'validate' | 'check';

export interface RuleMeta {
  id: string;
  phase: RulePhase;
  severity: Severity;
  description: Message;
  /** Message templates keyed by message id; each says what is wrong and what to do. */
  messages: Record<string, Message>;
}

export interface RuleContext {
  workspace: Workspace;
  report(finding: Omit<PendingFinding, 'rule'>): void;
}

export interface Rule {
  meta: RuleMeta;
  check?(context: RuleContext): void;
}
