// Runs the rules of the requested phases over a workspace and returns positioned, worded, sorted findings.

import type { Workspace } from '../load/load-workspace.js';
import type { Locator } from '../load/locate.js';
import { readText } from '../load/read-text.js';
import type { Finding, PendingFinding, Severity } from '../model/finding.js';
import { type Lang, say } from '../model/lang.js';
import { ruleById, rules } from './index.js';
import type { RulePhase, RuleScope } from './rule.js';
import { levelsFor } from './rule-levels.js';

export interface RunOptions {
  phases: RulePhase[];
  lang: Lang;
  /** Report only on these files (as shown); other loaded files are context. */
  onlyFiles?: Set<string>;
  /** Run only the rules of these scopes (lint-in-batches.ts runs each scope over a different workspace). */
  scopes?: RuleScope[];
}

const configured: Record<string, Severity | null> = { off: null, warn: 'warning', error: 'error' };

export async function runRules(workspace: Workspace, options: RunOptions): Promise<Finding[]> {
  const pending: PendingFinding[] = [...workspace.findings];
  for (const rule of rules) {
    if (!options.phases.includes(rule.meta.phase) || !rule.check) continue;
    if (options.scopes && !options.scopes.includes(rule.meta.scope)) continue;
    rule.check({ workspace, report: (f) => pending.push({ ...f, rule: rule.meta.id }) });
  }
  const locators = new Map<string, Locator | null>();
  // The `yaml` parser (with source positions) costs ~35 ms to load: only pay for it when there is something to point at.
  const needsPositions = pending.some(
    (p) => p.line === undefined && p.path && (!options.onlyFiles || options.onlyFiles.has(p.file)),
  );
  const createLocator = needsPositions ? (await import('../load/locate.js')).createLocator : null;
  const locatorFor = (finding: PendingFinding): Locator | null => {
    if (!createLocator) return null;
    if (!locators.has(finding.file)) {
      const absolute = workspace.files.find((f) => f.file === finding.file)?.absolute ?? finding.file;
      const { text } = readText(absolute, finding.file);
      locators.set(finding.file, text === null ? null : createLocator(text));
    }
    return locators.get(finding.file) ?? null;
  };
  // A plan's own `rules` outrank the plan.config.yaml of its folder for the findings on that plan's file.
  const levelOf = levelsFor(workspace);
  const findings: Finding[] = [];
  for (const p of pending) {
    if (options.onlyFiles && !options.onlyFiles.has(p.file)) continue;
    const rule = ruleById(p.rule);
    const setting = levelOf(p.file, p.rule);
    const severity = setting ? configured[setting] : (rule?.meta.severity ?? 'error');
    if (!severity) continue;
    const template = rule?.meta.messages[p.messageId];
    const message = template ? say(template, options.lang, p.data, rule?.meta.listItems) : `${p.rule}: ${p.messageId}`;
    let position = { line: p.line ?? 0, column: p.column ?? 0 } as {
      line: number;
      column: number;
      endLine?: number;
      endColumn?: number;
    };
    if (p.line === undefined && p.path) position = locatorFor(p)?.(p.path, p.atKey) ?? position;
    findings.push({ file: p.file, ...position, severity, rule: p.rule, message, ...(p.data ? { data: p.data } : {}) });
  }
  return sortFindings(findings);
}

/** Rule ids are ASCII: compared by code unit, as file names are (localeCompare would load ICU collation, ~8 ms). */
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) => byCodeUnit(a.file, b.file) || a.line - b.line || a.column - b.column || byCodeUnit(a.rule, b.rule),
  );
}
