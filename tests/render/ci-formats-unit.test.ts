// The CI formats as pure functions: GitHub escaping, SARIF URIs and levels, JUnit well-formedness.

import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import { escapeData, escapeProperty, renderGithub } from '../../src/render/github.js';
import { renderJunit } from '../../src/render/junit.js';
import { fileUri, renderSarif } from '../../src/render/sarif.js';

const finding = (over: Partial<Finding>): Finding => ({
  file: 'a.plan.yaml',
  line: 3,
  column: 5,
  severity: 'error',
  rule: 'r',
  message: 'm',
  ...over,
});

/** Minimal XML 1.0 well-formedness: one root, tags balanced and nested, attributes quoted, `&` only in entities, no raw `<` in text. */
function assertWellFormedXml(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\n/, '');
  const stack: string[] = [];
  let roots = 0;
  const token =
    /<(\/?)([A-Za-z][\w.-]*)((?:\s+[\w:-]+="[^"<&]*(?:&(?:amp|lt|gt|quot|apos|#\d+);[^"<&]*)*")*)\s*(\/?)>|([^<]+)/gy;
  let consumed = 0;
  for (let match = token.exec(body); match !== null; match = token.exec(body)) {
    consumed = token.lastIndex;
    const [, closing, name, , selfClosing, text] = match;
    if (text !== undefined) {
      expect(text.replace(/&(?:amp|lt|gt|quot|apos|#\d+);/g, '')).not.toMatch(/[&<>]/);
      continue;
    }
    if (closing) expect(stack.pop()).toBe(name);
    else if (!selfClosing) {
      if (stack.length === 0) roots++;
      stack.push(name as string);
    } else if (stack.length === 0) roots++;
  }
  expect(consumed, 'every character belongs to a tag or text').toBe(body.length);
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
}

describe('github annotations', () => {
  it('escapes %, CR and LF in the message, and also : and , in properties', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
    const out = renderGithub([
      finding({
        file: 'dir,x/a:b.yaml',
        message: 'line one\nline two 50%',
        severity: 'warning',
        rule: 'name-normalised',
      }),
    ]);
    expect(out).toBe(
      '::warning file=dir%2Cx/a%3Ab.yaml,line=3,col=5,title=name-normalised::line one%0Aline two 50%25\n',
    );
  });
  it('info is a notice; a whole-file finding has no line', () => {
    expect(renderGithub([finding({ severity: 'info', line: 0, column: 0 })])).toBe(
      '::notice file=a.plan.yaml,title=r::m\n',
    );
  });
});

describe('sarif', () => {
  it('relative URIs with forward slashes; Windows and absolute paths become file: URIs', () => {
    expect(fileUri('data\\sub dir\\a.plan.yaml')).toBe('data/sub%20dir/a.plan.yaml');
    expect(fileUri('/tmp/a.yaml')).toBe('file:///tmp/a.yaml');
    expect(fileUri('C:\\x\\a.yaml')).toBe('file:///C:/x/a.yaml');
  });
  it('levels error/warning/note; no region for a whole-file finding', () => {
    const log = JSON.parse(
      renderSarif(
        [finding({ severity: 'info', line: 0, column: 0 }), finding({ severity: 'warning' })],
        [{ id: 'r', description: 'd', help: 'h', severity: 'error' }],
        '1.2.3',
      ),
    );
    const [whole, warning] = log.runs[0].results;
    expect(whole.level).toBe('note');
    expect(whole.locations[0].physicalLocation.region).toBeUndefined();
    expect(warning.level).toBe('warning');
    expect(warning.locations[0].physicalLocation.region).toEqual({ startLine: 3, startColumn: 5 });
    expect(warning.ruleIndex).toBe(0);
  });
});

describe('junit', () => {
  it('is well-formed with markup, quotes, control characters and newlines in messages and paths', () => {
    const nasty = finding({ file: 'a&b<c>.yaml', message: 'say "hi" & <bye>\n\u0007 it\'s' });
    const xml = renderJunit([nasty], ['clean.yaml', 'a&b<c>.yaml']);
    assertWellFormedXml(xml);
    expect(xml).toContain('<testcase classname="plan" name="clean.yaml"/>');
    expect(xml).toContain('name="a&amp;b&lt;c&gt;.yaml"');
    expect(xml).toContain('say &quot;hi&quot; &amp; &lt;bye&gt;&#10;\\u{7} it&apos;s');
    expect(xml).not.toContain('\u0007');
  });
  it('counts failed test cases, not findings; info findings are kept in system-out without failing the file', () => {
    const xml = renderJunit(
      [
        finding({ file: 'a.yaml' }),
        finding({ file: 'a.yaml', severity: 'warning' }),
        finding({ file: 'roster.yaml', severity: 'info', message: 'unused' }),
      ],
      ['a.yaml', 'roster.yaml', 'clean.yaml'],
    );
    assertWellFormedXml(xml);
    expect(xml).toContain('<testsuites name="plan" tests="3" failures="1">');
    expect(xml.match(/<failure /g)).toHaveLength(2);
    expect(xml).toMatch(
      /<testcase classname="plan" name="roster.yaml">\n\s*<system-out>roster.yaml:3:5 info unused \(r\)<\/system-out>/,
    );
  });
  it('the checker itself rejects broken XML', () => {
    expect(() => assertWellFormedXml('<a><b></a></b>')).toThrow();
    expect(() => assertWellFormedXml('<a>x & y</a>')).toThrow();
  });
});
