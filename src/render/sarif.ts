// SARIF 2.1.0 for code-scanning tabs: the rules from their metadata, one result per finding with a 1-based region.

import type { Finding, Severity } from '../model/finding.js';

/** What SARIF says about a rule; built by the CLI from rule metadata in the user's language. */
export interface RuleDoc {
  id: string;
  description: string;
  help: string;
  severity: Severity;
}

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. Absolute paths become file: URIs. */
export function fileUri(file: string): string {
  const slashed = file.replace(/\\/g, '/');
  const encoded = slashed
    .split('/')
    .map((segment) => (/^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment)))
    .join('/');
  if (slashed.startsWith('/')) return `file://${encoded}`;
  return /^[A-Za-z]:\//.test(slashed) ? `file:///${encoded}` : encoded;
}

export function renderSarif(findings: Finding[], rules: RuleDoc[], version: string): string {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = findings.map((f) => {
    const region =
      f.line > 0
        ? {
            startLine: f.line,
            startColumn: Math.max(1, f.column),
            ...(f.endLine ? { endLine: f.endLine, endColumn: f.endColumn } : {}),
          }
        : undefined;
    return {
      ruleId: f.rule,
      ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: fileUri(f.file) }, ...(region ? { region } : {}) } }],
    };
  });
  const driver = {
    name: 'plan',
    version,
    rules: rules.map((r) => ({
      id: r.id,
      shortDescription: { text: r.description },
      help: { text: r.help },
      defaultConfiguration: { level: LEVEL[r.severity] },
    })),
  };
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver }, columnKind: 'utf16CodeUnits', results }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
