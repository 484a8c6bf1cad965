// JUnit XML for CI test reports: one test case per file checked, a failure per finding; clean files pass.

import type { Finding } from '../model/finding.js';

/** Characters XML 1.0 forbids are shown as visible codes; markup characters become entities. */
export function xmlEscape(text: string): string {
  return text
    .replace(
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g,
      (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`,
    )
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

/** One line per finding, as stylish prints it, for the failure body and for the notes in system-out. */
const findingLine = (f: Finding) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.message} (${f.rule})`;

/**
 * Errors and warnings are failures (CI reports show both, as ESLint's JUnit output does); info findings are notes, not
 * failures, so they go to the test case's system-out where they are kept but do not mark a clean file as failed.
 * `failures` counts failed test cases, so it never exceeds `tests`.
 */
export function renderJunit(findings: Finding[], checkedFiles: string[]): string {
  const files = [...new Set([...checkedFiles, ...findings.map((f) => f.file)])];
  const byFile = new Map(files.map((file) => [file, findings.filter((f) => f.file === file)]));
  const failed = files.filter((file) => byFile.get(file)?.some((f) => f.severity !== 'info')).length;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="plan" tests="${files.length}" failures="${failed}">`,
    `  <testsuite name="plan" tests="${files.length}" failures="${failed}" errors="0">`,
  ];
  for (const file of files) {
    const list = byFile.get(file) ?? [];
    const name = xmlEscape(file);
    if (list.length === 0) {
      out.push(`    <testcase classname="plan" name="${name}"/>`);
      continue;
    }
    out.push(`    <testcase classname="plan" name="${name}">`);
    for (const f of list.filter((f) => f.severity !== 'info')) {
      out.push(
        `      <failure type="${xmlEscape(f.rule)}" message="${xmlEscape(f.message)}">${xmlEscape(findingLine(f))}</failure>`,
      );
    }
    const notes = list.filter((f) => f.severity === 'info');
    if (notes.length) out.push(`      <system-out>${xmlEscape(notes.map(findingLine).join('\n'))}</system-out>`);
    out.push('    </testcase>');
  }
  out.push('  </testsuite>', '</testsuites>');
  return `${out.join('\n')}\n`;
}
