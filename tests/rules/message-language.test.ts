// Findings and rule help speak one language: wording comes from the templates of --lang, lists are joined for it, and
// only data (names, notes, titles) stays as written.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { interpolate, say } from '../../src/model/lang.js';
import { rules } from '../../src/rules/index.js';
import { fixtureFolder, fixturesDir } from '../helpers/fixture-workspace.js';
import { lintDir } from '../helpers/lint-dir.js';
import { repoRoot } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

/** Chinese characters and CJK / full-width punctuation (、,。:“” …). */
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”]/u;

/** Every string inside a finding's data. */
function dataStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(dataStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(dataStrings);
  return [];
}

/**
 * A message without the data it quotes from the files (names, notes, titles), longest first. Only strings found
 * verbatim in the files count as data: wording a rule pre-built into `data` (a joined list, a Chinese hint) stays.
 */
function wording(message: string, data: unknown, filesText: string): string {
  const quoted = dataStrings(data).filter((s) => s.length > 0 && filesText.includes(s));
  return quoted.sort((a, b) => b.length - a.length).reduce((text, s) => text.split(s).join(''), message);
}

describe('lists in finding data', () => {
  it('are joined for the language, and say so when empty', () => {
    expect(interpolate('{{names}}', { names: ['区商务局', '区财政局'] }, 'zh')).toBe('区商务局、区财政局');
    expect(interpolate('{{names}}', { names: ['区商务局', '区财政局'] }, 'en')).toBe('区商务局, 区财政局');
    expect(interpolate('{{names}}', { names: [] }, 'zh')).toBe('无');
    expect(interpolate('{{names}}', { names: [] }, 'en')).toBe('none');
  });
  it('join alternatives with 或 / or before the last only', () => {
    expect(interpolate('{{s|or}}', { s: ['区商务局', '区财政局'] }, 'zh')).toBe('区商务局 或 区财政局');
    expect(interpolate('{{s|or}}', { s: ['未启动', '推进中', '已完成'] }, 'zh')).toBe('未启动、推进中 或 已完成');
    expect(interpolate('{{s|or}}', { s: ['a', 'b', 'c'] }, 'en')).toBe('a, b or c');
    expect(interpolate('{{s|or}}', { s: ['a'] }, 'en')).toBe('a');
  });
  it('read objects through the template for their field', () => {
    const citedAs = [
      { short: '黄州', title: '甲' },
      { short: '莲都', title: '乙' },
    ];
    const items = { citedAs: { zh: '{{short}}《{{title}}》', en: '{{short}} "{{title}}"' } };
    expect(say({ zh: '见:{{citedAs}}', en: 'see: {{citedAs}}' }, 'zh', { citedAs }, items)).toBe(
      '见:黄州《甲》、莲都《乙》',
    );
    expect(say({ zh: '见:{{citedAs}}', en: 'see: {{citedAs}}' }, 'en', { citedAs }, items)).toBe(
      'see: 黄州 "甲", 莲都 "乙"',
    );
  });
});

describe('an unknown unit with suggestions (a typo in a copy of the shipped data)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-lang-'));
  fs.cpSync(path.join(repoRoot, 'data'), path.join(dir, 'data'), { recursive: true });
  const file = path.join(dir, 'data', 'liandu-2023.plan.yaml');
  const text = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, text.replace(/(units: \[[^\]\n]*)区商务局/, '$1区商务厅'));
  const findings = async (lang: string) => {
    const result = await runInProcess(['--lang', lang, 'validate', 'data/liandu-2023.plan.yaml', '--format', 'json'], {
      cwd: dir,
    });
    expect(result.code).toBe(1);
    return JSON.parse(result.stdout) as { rule: string; message: string; data: Record<string, unknown> }[];
  };

  it('is all English under --lang en, but for the names', async () => {
    const [finding] = await findings('en');
    expect(finding?.rule).toBe('unknown-unit');
    expect(finding?.data.suggestions).toEqual(['区商务局', '区税务局']);
    expect(finding?.message).toBe(
      'Unit "区商务厅" is not on roster "jiangbei-2023"; did you mean 区商务局 or 区税务局? Fix the typo, or record it under aliases or notOnRoster in the roster file with a note',
    );
  });

  it('is all Chinese under --lang zh', async () => {
    const [finding] = await findings('zh');
    expect(finding?.message).toBe(
      '责任单位“区商务厅”不在名单“jiangbei-2023”中,是否应为:区商务局 或 区税务局。如果是笔误请改正;如果确是别名或名单外单位,请在名单文件的 aliases 或 notOnRoster 中登记并写明依据',
    );
  });
});

describe('English findings carry no Chinese wording', () => {
  const cases = [
    ...fs.readdirSync(path.join(fixturesDir, 'validate')).map((name) => path.join(fixturesDir, 'validate', name)),
    ...fs.readdirSync(path.join(fixturesDir, 'check')).map((name) => path.join(fixturesDir, 'check', name)),
  ];
  it.each(cases.map((c) => [path.relative(fixturesDir, c), c]))('%s', async (_, caseDir) => {
    const dir = fixtureFolder(caseDir);
    const findings = await lintDir(dir, ['load', 'validate', 'check'], 'en');
    // The values a schema lets a file take (a progress report's statuses) are data too, quoted as the file must write them.
    const schemas = path.join(repoRoot, 'schemas');
    const filesText = [
      ...fs.readdirSync(dir).map((name) => fs.readFileSync(path.join(dir, name), 'utf8')),
      ...fs.readdirSync(schemas).map((name) => fs.readFileSync(path.join(schemas, name), 'utf8')),
    ].join('\n');
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(wording(f.message, f.data, filesText), `${f.rule}: ${f.message}`).not.toMatch(CJK);
  });

  it('every English message and list-item template is free of Chinese, but for quoted examples ("：" is not ":")', () => {
    for (const { meta } of rules) {
      for (const [id, message] of Object.entries({ ...meta.messages, ...meta.listItems }))
        expect(message.en.replace(/"[^"]*"/g, '""'), `${meta.id}.${id}`).not.toMatch(CJK);
    }
  });
});
