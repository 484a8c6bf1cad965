// What a rule is: metadata (id, default severity, description, message templates) plus an optional check.

import type { Workspace } from '../load/load-workspace.js';
import type { PendingFinding, Severity } from '../model/finding.js';
import type { Message } from '../model/lang.js';

/** load: raised while reading files; validate: per-file and reference checks; check: cross-plan report (`plan check`). */
export type RulePhase = 'load' | 'validate' | 'check';

/**
 * What a rule needs to see (rules run as lint-in-batches.ts says). file: findings on a file depend only on that file
 * plus the normalised rosters, domains and config; the rule runs once per plan file, whose `workspace.files` lists only
 * that file. plans: compares plans with each other using only their headers (PlanHeader: id, short, title, year,
 * roster…, basis citations; no items). workspace: needs every plan whole (items, clauses, units), so a run that asks for
 * such a rule keeps every plan in memory (`plan check`); use it only when a header cannot do. progress: checks progress
 * reports (`kind: progress`) against every plan whole and against each other; plans are kept whole for it only when
 * the files hold a progress report.
 */
export type RuleScope = 'file' | 'plans' | 'workspace' | 'progress';

export interface RuleMeta {
  id: string;
  phase: RulePhase;
  severity: Severity;
  scope: RuleScope;
  description: Message;
  /** What the rule checks and what to do when it fires, without placeholders: SARIF help and docs/rules.md. */
  help: Message;
  /** Message templates keyed by message id; each says what is wrong and what to do. */
  messages: Record<string, Message>;
  /** How the objects of a list field in finding data read inside a message, e.g. others: 黄州《标题》 / 黄州 "title". */
  listItems?: Record<string, Message>;
}

export interface RuleContext {
  workspace: Workspace;
  report(finding: Omit<PendingFinding, 'rule'>): void;
}

export interface Rule {
  meta: RuleMeta;
  check?(context: RuleContext): void;
}
