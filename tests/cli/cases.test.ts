// One table of CLI cases, each run end to end through bin/plan.js: exit code plus what stdout/stderr must (not) contain.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureFolder, fixturesDir } from '../helpers/fixture-workspace.js';
import { runCli } from '../helpers/run-cli.js';

interface Case {
  name: string;
  args: string[];
  env?: Record<string, string>;
  code: number;
  stdout?: (string | RegExp)[];
  stdoutNot?: (string | RegExp)[];
  stderr?: (string | RegExp)[];
  stderrNot?: (string | RegExp)[];
}

// The unknown-unit fixture on top of the base roster and domains, in a temporary folder.
const typo = fixtureFolder(path.join(fixturesDir, 'validate', 'unknown-unit'));
// A key indented under a value (`yaml`: MULTILINE_IMPLICIT_KEY, "Implicit keys need to be on a single line").
const badYaml = fixtureFolder(path.join(fixturesDir, 'validate', 'yaml-syntax'));

const cases: Case[] = [
  { name: 'help exits 0', args: ['--help'], code: 0, stdout: ['tasks', 'validate'] },
  {
    name: 'help headings are Chinese under a Chinese locale',
    args: ['tasks', '--help'],
    code: 0,
    stdout: ['用法: plan tasks [选项]', '选项:', '显示帮助', '(默认:"table")'],
    stdoutNot: ['Usage:', 'default:', '[options]'],
  },
  {
    name: 'help stays English under --lang en',
    args: ['tasks', '--help', '--lang', 'en'],
    code: 0,
    stdout: ['Usage:', 'Options:'],
  },
  {
    name: 'unknown command is a usage error, in Chinese',
    args: ['frobnicate'],
    code: 2,
    stderr: ['plan: 没有“frobnicate”这个命令'],
  },
  { name: 'a misspelt command suggests the right one', args: ['taks'], code: 2, stderr: ['是否要用:tasks'] },
  {
    name: 'unknown command in English on request',
    args: ['frobnicate', '--lang', 'en'],
    code: 2,
    stderr: ["plan: unknown command 'frobnicate'"],
  },
  { name: 'bad option is a usage error', args: ['tasks', '--colour'], code: 2, stderr: ['不认识的选项“--colour”'] },
  {
    name: 'an option without its value is a usage error',
    args: ['tasks', '--unit'],
    code: 2,
    stderr: ['后面需要一个值'],
  },
  {
    name: 'an empty option value is a usage error, not "no filter"',
    args: ['tasks', '--unit', ''],
    code: 2,
    stderr: ['选项 --unit 的值不能为空'],
    stdoutNot: ['共'],
  },
  {
    name: 'a blank global option value is refused too',
    args: ['--data', ' ', 'tasks', '--lang', 'en'],
    code: 2,
    stderr: ['option --data needs a value'],
  },
  {
    name: 'an empty path is a usage error, not the current folder',
    args: ['validate', ''],
    code: 2,
    stderr: ['参数 paths(要检查的文件或目录'],
    stdoutNot: ['问题'],
  },
  {
    name: 'an empty argument is refused, named with its description',
    args: ['diff', '黄州', ''],
    code: 2,
    stderr: ['参数 b(计划 id 或简称,如 莲都)不能为空'],
  },
  { name: 'a missing argument is named', args: ['show', '黄州'], code: 2, stderr: ['缺少参数“item”'] },
  {
    name: 'too many arguments are counted',
    args: ['show', '黄州', '1', '2'],
    code: 2,
    stderr: ['应为 2 个,实际 3 个'],
  },
  {
    name: "bad --format is a usage error, in the reader's language only",
    args: ['tasks', '--format', 'xml'],
    code: 2,
    stderr: ['--format 只能是 table、json、csv、md(收到 “xml”)'],
    stderrNot: ['must be one of'],
  },
  {
    name: 'bad --format in English on request',
    args: ['diff', '黄州', '莲都', '--format', 'xml', '--lang', 'en'],
    code: 2,
    stderr: ['--format must be one of table, json, csv, md (got "xml")'],
    stderrNot: ['只能是'],
  },
  { name: 'bad --lang is a usage error', args: ['tasks', '--lang', 'fr'], code: 2, stderr: ['--lang'] },
  { name: 'shipped data validates clean', args: ['validate', 'data/'], code: 0, stdoutNot: [/错误|error/] },
  { name: 'missing path exits 2 naming it', args: ['validate', 'no/such/dir'], code: 2, stderr: ['no/such/dir'] },
  {
    name: 'a folder with no YAML files is a usage error, not a clean pass',
    args: ['validate', 'data/source'],
    code: 2,
    stderr: ['文件夹中没有 .yaml 或 .yml 文件', 'data/source'],
  },
  {
    name: 'check on a folder with no YAML files is a usage error too',
    args: ['check', 'data/source', '--lang', 'en'],
    code: 2,
    stderr: ['No .yaml or .yml files in'],
  },
  {
    name: 'a plan file as --data is refused (its roster would be missing)',
    args: ['tasks', '--data', 'data/huangzhou-2023.plan.yaml', '--unit', '区商务局'],
    code: 2,
    stderr: ['数据目录应是文件夹', 'huangzhou-2023.plan.yaml 不是文件夹'],
  },
  {
    name: 'a device as --data is refused as not a folder',
    args: ['tasks', '--data', '/dev/null', '--unit', '区商务局'],
    code: 2,
    stderr: ['数据目录应是文件夹,而 /dev/null 不是文件夹'],
  },
  {
    name: 'a typo in a unit name is an error with file:line:col',
    args: ['validate', typo],
    code: 1,
    stdout: [/alpha\.plan\.yaml/, /26:\d+/, 'unknown-unit', '区教育厅', '区教育局'],
  },
  {
    name: 'validate speaks English on request, suggestions included',
    args: ['validate', typo, '--lang', 'en'],
    code: 1,
    stdout: ['is not on roster', 'did you mean 区教育局?', '1 problem'],
    stdoutNot: ['是否应为', '、'],
  },
  {
    name: "a YAML syntax error is explained in Chinese, not in `yaml`'s English",
    args: ['validate', badYaml],
    code: 1,
    stdout: [
      /alpha\.plan\.yaml/,
      '6:9',
      'YAML 语法错误:这一行接不上前面的内容',
      '这一行的缩进与同一层级的其他键没有对齐',
      'yaml-syntax',
    ],
    stdoutNot: ['Implicit keys', 'MULTILINE'],
  },
  {
    name: 'a YAML syntax error is explained in English on request',
    args: ['validate', badYaml, '--lang', 'en'],
    code: 1,
    stdout: ['YAML syntax error: this line does not fit what comes before it', 'not indented like the other keys'],
    stdoutNot: ['语法', 'Implicit keys'],
  },
  {
    name: "JSON findings keep `yaml`'s code and words beside the explanation",
    args: ['validate', badYaml, '--format', 'json'],
    code: 1,
    stdout: [
      '"code": "MULTILINE_IMPLICIT_KEY"',
      '"reason": "Implicit keys need to be on a single line"',
      '"message": "YAML 语法错误:这一行接不上前面的内容',
    ],
  },
  {
    name: 'tasks for 区商务局 lists direct and group clauses',
    args: ['tasks', '--unit', '区商务局', '--format', 'csv'],
    code: 0,
    stdout: ['\ufeff计划,条目,编号,任务内容', '直接', '所属组(区绩效考评单位)', '开展“北商黄州行”'],
  },
  {
    name: 'unknown unit exits 2 with a suggestion',
    args: ['tasks', '--unit', '区商务厅'],
    code: 2,
    stderr: ['区商务厅', '区商务局'],
  },
  {
    name: 'ambiguous fragment lists candidates',
    args: ['tasks', '--unit', '区委'],
    code: 2,
    stderr: ['区委办', '区委宣传部'],
  },
  {
    name: 'an item numbered (一) under a part is found as the source writes it',
    args: ['show', '黄州', '三(一)'],
    code: 0,
    stdout: ['黄州 (一) 强化政治站位', '各部门各单位要提高站位', '全体(无括注)'],
  },
  { name: 'full-width brackets work too', args: ['show', '黄州', '（二）'], code: 0, stdout: ['(二) 强化任务落实'] },
  {
    name: 'tasks for an item without clauses says why there are none',
    args: ['tasks', '--plan', '黄州', '--item', '(一)'],
    code: 0,
    stdout: ['共 0 条'],
    stderr: ['原文没有〔责任单位〕括注'],
  },
  {
    name: '--domain takes the label stats prints for clauses in no area',
    args: ['tasks', '--domain', '(不属于合作领域)', '--plan', '黄州', '--item', '2'],
    code: 0,
    stdout: ['强化互访交流', '共 3 条'],
  },
  {
    name: 'unknown plan exits 2 with the known ones',
    args: ['tasks', '--plan', '武汉'],
    code: 2,
    stderr: ['黄州', '莲都'],
  },
  {
    name: 'no colour codes when not a terminal',
    args: ['tasks', '--unit', '区商务局'],
    code: 0,
    stdoutNot: [/\u001b\[/],
  },
];

/** A string is matched literally. */
function pattern(s: string | RegExp): RegExp {
  return s instanceof RegExp ? s : new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

describe('plan CLI', () => {
  it.each(cases)('$name', (c) => {
    const result = runCli(c.args, { env: c.env });
    expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // never a stack trace
    expect(result.code, result.stderr).toBe(c.code);
    for (const s of c.stdout ?? []) expect(result.stdout).toMatch(pattern(s));
    for (const s of c.stdoutNot ?? []) expect(result.stdout).not.toMatch(pattern(s));
    for (const s of c.stderr ?? []) expect(result.stderr).toMatch(pattern(s));
    for (const s of c.stderrNot ?? []) expect(result.stderr).not.toMatch(pattern(s));
  });
});
