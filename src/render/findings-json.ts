// Machine format for findings: an array of {file, line, column, severity, rule, message, data}.

import type { Finding } from '../model/finding.js';

export function renderFindingsJson(findings: Finding[]): string {
  return `${JSON.stringify(findings, null, 2)}\n`;
}
