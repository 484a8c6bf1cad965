// Machine format for findings: an array of {file, line, column, severity, rule, message, data}.

import type { Finding } from '../model/finding.js';
import { safeJson } from './safe-text.js';

export function renderFindingsJson(findings: Finding[]): string {
  return `${safeJson(findings)}\n`;
}
