// CI use end to end through bin/plan.js: exit codes, --max-warnings, single-file validation, plan fmt --check/--write.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureFolder, fixturesDir } from '../helpers/fixture-workspace.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';
import { shippedDataCopy } from '../helpers/shipped-data-copy.js';

const en = { LANG: 'en_US.UTF-8' };

describe('a unit-name typo in a copy of the shipped data', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-typo-'));
  fs.cpSync(path.join(repoRoot, 'data'), path.join(dir, 'data'), { recursive: true });
  const file = path.join(dir, 'data', 'liandu-2023.plan.yaml');
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const index = lines.findIndex((l) => /units: \[.*区商务局/.test(l));
  const column = (lines[index] as string).indexOf('区商务局') + 1;
  lines[index] = (lines[index] as string).replace('区商务局', '区商务厅');
  fs.writeFileSync(file, lines.join('\n'));
  const at = { line: index + 1, column };

  it('is a GitHub annotation at its exact line and column, exit 1', () => {
    const result = runCli(['validate', 'data/liandu-2023.plan.yaml', '--format', 'github'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      `::error file=data/liandu-2023.plan.yaml,line=${at.line},col=${at.column},endLine=${at.line},endColumn=${at.column + 4},title=unknown-unit::${result.stdout.split('::').pop()}`,
    );
    expect(result.stdout).toContain('区商务厅');
  });
  it('is a SARIF result and a JUnit failure at the same place', () => {
    const sarif = JSON.parse(runCli(['validate', 'data', '--format', 'sarif'], { cwd: dir }).stdout);
    expect(
      sarif.runs[0].results.map(
        (r: {
          ruleId: string;
          locations: {
            physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } };
          }[];
        }) => [
          r.ruleId,
          r.locations[0]?.physicalLocation.artifactLocation.uri,
          r.locations[0]?.physicalLocation.region.startLine,
          r.locations[0]?.physicalLocation.region.startColumn,
        ],
      ),
    ).toEqual([['unknown-unit', 'data/liandu-2023.plan.yaml', at.line, at.column]]);
    const junit = runCli(['validate', 'data', '--format', 'junit'], { cwd: dir });
    expect(junit.code).toBe(1);
    expect(junit.stdout).toContain(`data/liandu-2023.plan.yaml:${at.line}:${at.column} error`);
    const dataFiles = fs.readdirSync(path.join(dir, 'data')).filter((name) => /\.ya?ml$/.test(name));
    expect(junit.stdout.match(/<testcase /g)).toHaveLength(dataFiles.length);
  });
});

describe('validating one file', () => {
  it('loads the other files beside it, but not those in its subfolders', () => {
    const dir = shippedDataCopy();
    // A copy in a subfolder walked first makes the file given the repeat of its plan id: a finding only if loaded.
    fs.mkdirSync(path.join(dir, 'a-old'));
    fs.copyFileSync(path.join(dir, 'huangzhou-2023.plan.yaml'), path.join(dir, 'a-old', 'huangzhou-2023.plan.yaml'));
    expect(runCli(['validate', path.join(dir, 'huangzhou-2023.plan.yaml')]).code).toBe(0);
    const whole = runCli(['validate', dir]);
    expect(whole.code).toBe(1);
    expect(whole.stdout).toContain('duplicate-plan-id');
  });
});

describe('exit codes', () => {
  it('a missing path exits 2 (validate and fmt)', () => {
    for (const command of ['validate', 'fmt']) {
      const result = runCli([command, 'no/such/file.yaml'], { env: en });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('no such file or folder: ');
    }
  });
  it('--max-warnings: warnings alone exit 0, more than N exit 1, a bad N exits 2', () => {
    const dir = fixtureFolder(path.join(fixturesDir, 'formats', 'data'));
    fs.writeFileSync(path.join(dir, 'plan.config.yaml'), 'rules:\n  unknown-unit: off\n'); // leaves the name-normalised warning
    expect(runCli(['validate', dir]).code).toBe(0);
    expect(runCli(['validate', dir, '--max-warnings', '1']).code).toBe(0);
    const over = runCli(['validate', dir, '--max-warnings', '0'], { env: en });
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('1 warnings exceed --max-warnings 0');
    for (const bad of ['many', '1e1', '0x5', ' 3', '-2', '1.5'])
      expect(runCli(['validate', dir, '--max-warnings', bad]).code, bad).toBe(2);
  });
});

describe('validating one changed file', () => {
  it('still loads the roster and domains from its folder, and reports only on that file', () => {
    const dir = fixtureFolder(path.join(fixturesDir, 'validate', 'unknown-unit'));
    fs.writeFileSync(path.join(dir, 'other.plan.yaml'), 'kind: plan\nid: other\n'); // broken, but not the file asked about
    const result = runCli(['validate', 'alpha.plan.yaml', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(
      JSON.parse(result.stdout).map(
        (f: { file: string; rule: string; line: number }) => `${f.file}:${f.line}:${f.rule}`,
      ),
    ).toEqual(['alpha.plan.yaml:26:unknown-unit']);
  });
});

describe('plan fmt', () => {
  it('the shipped data is formatted', () => {
    expect(runCli(['fmt', '--check', 'data/'])).toMatchObject({ code: 0, stdout: '' });
  });
  it('--check flags a messy file, --write fixes it atomically keeping its comments, and a second run changes nothing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-fmt-'));
    const file = path.join(dir, 'messy.plan.yaml');
    fs.copyFileSync(path.join(fixturesDir, 'fmt', 'messy.plan.yaml'), file);
    const check = runCli(['fmt', '--check', '.'], { cwd: dir });
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/^messy\.plan\.yaml\n--- messy\.plan\.yaml\n/); // then the diff (tests/cli/fmt-diff.test.ts)
    expect(runCli(['fmt', '--write', '.'], { cwd: dir })).toMatchObject({ code: 0, stdout: 'messy.plan.yaml\n' });
    expect(fs.readFileSync(file, 'utf8')).toBe(
      fs.readFileSync(path.join(fixturesDir, 'fmt', 'messy.expected.yaml'), 'utf8'),
    );
    expect(fs.readdirSync(dir)).toEqual(['messy.plan.yaml']); // no temporary file left behind
    expect(runCli(['fmt', '--write', '.'], { cwd: dir })).toMatchObject({ code: 0, stdout: '' });
    expect(runCli(['fmt', '--check', '.'], { cwd: dir })).toMatchObject({ code: 0, stdout: '' });
  });
  it('refuses a file it cannot parse, and --check with --write is a usage error', () => {
    const dir = fixtureFolder(path.join(fixturesDir, 'validate', 'yaml-syntax'));
    const broken = runCli(['fmt', '--check', dir], { env: en });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/alpha\.plan\.yaml:6:9: YAML syntax error: .+\(yaml-syntax\)/);
    expect(runCli(['fmt', '--check', '--write', 'data/']).code).toBe(2);
  });

  /** A folder holding one file with the given bytes; returns the folder and the file. */
  const oneFile = (name: string, content: string | Buffer) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-fmt-case-'));
    fs.writeFileSync(path.join(dir, name), content);
    return { dir, file: path.join(dir, name) };
  };

  it('writes numbers back exactly as written: long ids, long decimals and leading zeros are not rounded or rewritten', () => {
    const { dir, file } = oneFile(
      'domains.yaml',
      'kind: domains\ndomains:\n- id: red\n  name:   红\nnote: 12345678901234567890\nweights: [0.10000000000000000001, 007, 1e3]\n',
    );
    expect(runCli(['fmt', '--write', '.'], { cwd: dir })).toMatchObject({ code: 0, stdout: 'domains.yaml\n' });
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('  - id: red\n    name: 红\n'); // the layout did change
    expect(text).toContain('note: 12345678901234567890\n');
    expect(text).toContain('weights:\n  - 0.10000000000000000001\n  - 007\n  - 1e3\n');
  });

  it('keeps a byte order mark and CRLF line endings, as Windows editors write them', () => {
    const { dir, file } = oneFile('domains.yaml', '\uFEFFkind: domains\r\ndomains:\r\n- id: red\r\n  name:   红\r\n');
    expect(runCli(['fmt', '--write', dir]).code).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toBe('\uFEFFkind: domains\r\ndomains:\r\n  - id: red\r\n    name: 红\r\n');
    expect(runCli(['fmt', '--check', dir])).toMatchObject({ code: 0, stdout: '' });
  });

  it('settles a comment below an indented comment in one run, so a second run finds nothing to change', () => {
    const { dir, file } = oneFile(
      'plan.config.yaml',
      'rules:\n  basis-number-mismatch: warn\n  # 原文如此\n# 文件末尾的说明\n',
    );
    expect(runCli(['fmt', '--write', dir]).code).toBe(0);
    const once = fs.readFileSync(file, 'utf8');
    expect(once.match(/# .+/g)).toEqual(['# 原文如此', '# 文件末尾的说明']);
    expect(runCli(['fmt', '--check', dir])).toMatchObject({ code: 0, stdout: '' });
  });

  it('leaves empty and comments-only files as they are', () => {
    for (const content of ['', '# 待填写\n']) {
      const { dir, file } = oneFile('draft.plan.yaml', content);
      expect(runCli(['fmt', '--write', dir])).toMatchObject({ code: 0, stdout: '', stderr: '' });
      expect(fs.readFileSync(file, 'utf8')).toBe(content);
    }
  });

  it('refuses, with a reason and exit 1, an alias that key order would put before its anchor, and an alias bomb (in seconds)', () => {
    const aliasFirst = 'kind: domains\ndomains:\n  - id: &n red\n    name: 红\nnote: *n\nid: *n\n';
    const laughs = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`),
    ].join('\n');
    for (const [content, reason] of [
      [aliasFirst, /别名.*锚点/],
      [`${laughs}\n`, /别名.*过大或过深.*\(yaml-syntax\)/],
    ] as const) {
      const { dir, file } = oneFile('domains.yaml', content);
      const result = runCli(['fmt', '--write', dir]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(reason);
      expect(result.stderr).not.toContain('内部错误');
      expect(fs.readFileSync(file, 'utf8')).toBe(content);
    }
  });

  it('a folder with no YAML files is a usage error, as in validate (a wrong path must not pass silently in CI)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-fmt-none-'));
    fs.writeFileSync(path.join(dir, 'README.md'), '# 说明\n');
    const result = runCli(['fmt', '--check', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('文件夹中没有 .yaml 或 .yml 文件');
  });

  it('does not rewrite a UTF-16 file (it validates, but fmt writes UTF-8 only), and says so', () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('kind: domains\ndomains:\n- id: red\n  name:   红\n', 'utf16le'),
    ]);
    const { dir, file } = oneFile('domains.yaml', utf16);
    const result = runCli(['fmt', '--write', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('文件是 UTF-16 编码,plan fmt 只改写 UTF-8 文件');
    expect(fs.readFileSync(file).equals(utf16)).toBe(true);
  });

  it('never rewrites a file that is not UTF-8: a GBK plan stays byte for byte, with the encoding finding', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-fmt-gbk-'));
    // "kind: domains" and a badly laid-out name 红色 in GBK (BA EC C9 AB): --write would otherwise have something to do.
    const gbk = Buffer.concat([
      Buffer.from('kind: domains\ndomains:\n  - id: red\n    name:   "'),
      Buffer.from([0xba, 0xec, 0xc9, 0xab]),
      Buffer.from('"\n'),
    ]);
    const file = path.join(dir, 'domains.yaml');
    fs.writeFileSync(file, gbk);
    const result = runCli(['fmt', '--write', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/domains\.yaml:4:\d+: 文件不是 UTF-8 编码.*\(file-encoding\)/);
    expect(fs.readFileSync(file).equals(gbk)).toBe(true);
  });
});
