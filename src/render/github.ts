// GitHub Actions workflow commands: one `::error file=…,line=…::message` per finding, shown on the changed line of a pull request.

import type { Finding } from '../model/finding.js';
import { terminalText, visibleControls } from './safe-text.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Message text: GitHub decodes %25, %0D and %0A. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values also end at `:` and `,`, so those are escaped too. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function renderGithub(findings: Finding[]): string {
  return findings
    .map((f) => {
      const properties: [string, string | number | undefined][] = [
        ['file', visibleControls(f.file.replace(/\\/g, '/'))],
      ];
      // Line 0 means the whole file: GitHub then annotates the file without a line.
      if (f.line > 0)
        properties.push(['line', f.line], ['col', f.column], ['endLine', f.endLine], ['endColumn', f.endColumn]);
      properties.push(['title', f.rule]);
      const list = properties
        .filter(([, v]) => v !== undefined && v !== 0)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
      return `::${COMMAND[f.severity]} ${list.join(',')}::${escapeData(terminalText(f.message))}\n`;
    })
    .join('');
}
