// JUnit XML for CI test reports: one test case per file checked, a failure per finding; clean files pass.

import type { Finding } from '../model/finding.js';

/** Characters XML 1.0 forbids are shown as visible codes; markup characters become entities. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

export function renderJunit(findings: Finding[], checkedFiles: string[]): string {
  const files = [...new Set([...checkedFiles, ...findings.map((f) => f.file)])];
  const failures = (file: string) => findings.filter((f) => f.file === file);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="plan" tests="${files.length}" failures="${findings.length}">`, `  <testsuite name="plan" tests="${files.length}" failures="${findings.length}" errors="0">`];
  for (const file of files) {
    const list = failures(file);
    const name = xmlEscape(file);
    if (list.length === 0) {
      out.push(`    <testcase classname="plan" name="${name}"/>`);
      continue;
    }
    out.push(`    <testcase classname="plan" name="${name}">`);
    for (const f of list) {
      const text = `${f.file}:${f.line}:${f.column} ${f.severity} ${f.message} (${f.rule})`;
      out.push(`      <failure type="${xmlEscape(f.rule)}" message="${xmlEscape(f.message)}">${xmlEscape(text)}</failure>`);
    }
    out.push('    </testcase>');
  }
  out.push('  </testsuite>', '</testsuites>');
  return `${out.join('\n')}\n`;
}
