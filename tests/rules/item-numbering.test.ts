// item-numbering on the shipped plans with one deliberate change each: one finding per fault, worded for what it is.

import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { shippedDataCopy } from '../helpers/shipped-data-copy.js';

const HUANGZHOU = 'huangzhou-2023.plan.yaml';

/** `plan validate --format json` on a copy of data/ whose 黄州 file went through `edit`. */
function findingsAfter(edit: (text: string) => string): { rule: string; message: string; line: number }[] {
  const dir = shippedDataCopy((text, name) => (name === HUANGZHOU ? edit(text) : text));
  const result = runCli(['validate', dir, '--format', 'json']);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout);
}

/** Drops the item numbered `number` (its whole block) from a plan's text. */
function dropItem(text: string, number: string): string {
  const start = text.indexOf(`          - number: "${number}"\n`);
  const end = text.indexOf('          - number: ', start + 1);
  expect(start).toBeGreaterThan(0);
  return text.slice(0, start) + text.slice(end);
}

describe('item-numbering (#17, #21)', () => {
  it('the shipped plans are clean in their written modes (黄州 per-part, 莲都 per-section)', () => {
    expect(findingsAfter((t) => t)).toEqual([]);
  });

  it('one renumbered item (12 written as 13) is one finding, not one on the correct next line', () => {
    const findings = findingsAfter((t) => t.replace('- number: "12"', '- number: "13"'));
    expect(findings.map((f) => [f.rule, f.message])).toEqual([
      ['item-numbering', '条目编号“13”应为 12(11 之后、13 之前)。请按原文改正编号'],
    ]);
  });

  it('a repeated number is called a duplicate', () => {
    const findings = findingsAfter((t) => t.replace('- number: "12"', '- number: "11"'));
    expect(findings.map((f) => f.message)).toEqual([
      '条目编号 11 重复:前面已有 11,11 之后应为 12。请检查是否重录了条目或编号写错',
    ]);
  });

  it('a missing item is a gap that names the number expected after the previous one', () => {
    const findings = findingsAfter((t) => dropItem(t, '20'));
    expect(findings.map((f) => f.message)).toEqual(['条目编号跳号:19 之后应为 20,这里是 21。请检查是否漏录了条目']);
  });

  it('numbering: per-section rejects 黄州, whose sections run on; global rejects its 保障机制 restarting at (一)', () => {
    const perSection = findingsAfter((t) => t.replace('numbering: per-part', 'numbering: per-section'));
    // Sections (二)–(七) each start where the last ended: one finding per section, not one per item.
    expect(perSection.map((f) => f.message)).toEqual([
      '条目编号“6”不对:第一条应为 1',
      '条目编号“9”不对:第一条应为 1',
      '条目编号“12”不对:第一条应为 1',
      '条目编号“18”不对:第一条应为 1',
      '条目编号“23”不对:第一条应为 1',
      '条目编号“28”不对:第一条应为 1',
    ]);
    const global = findingsAfter((t) => t.replace('numbering: per-part', 'numbering: global'));
    expect(global[0]?.message).toBe(
      '条目编号 一 重复:前面已有 一,四十三 之后应为 四十四。请检查是否重录了条目或编号写错',
    );
  });

  it('with no mode written, a section that neither restarts at 1 nor runs on is told both choices', () => {
    const findings = findingsAfter((t) =>
      t.replace('\nnumbering: per-part', '').replace('- number: "6"', '- number: "2"'),
    );
    expect(findings.map((f) => f.message)).toEqual([
      '条目编号“2”不对:本节第一条应从 1 重新编号,或接着上一节编为 6(5 之后)。可用 numbering 写明编号方式',
    ]);
  });

  it("a plan's own rules set the level of its findings (warn: exit 0), over the folder's config", () => {
    const dir = shippedDataCopy((text, name) =>
      name === HUANGZHOU
        ? text
            .replace('- number: "12"', '- number: "13"')
            .replace('\nnumbering:', '\nrules:\n  item-numbering: warn\nnumbering:')
        : text,
    );
    const result = runCli(['validate', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('警告  条目编号“13”应为 12');
  });

  it("a misspelt rule id in a plan's rules is reported with a suggestion", () => {
    const dir = shippedDataCopy((text, name) =>
      name === HUANGZHOU ? text.replace('\nnumbering:', '\nrules:\n  item-numbring: warn\nnumbering:') : text,
    );
    const result = runCli(['validate', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('没有名为“item-numbring”的规则,是否应为“item-numbering”?');
  });
});
