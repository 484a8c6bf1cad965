// Issue #22, file discovery, through the real binary: a YAML-named link that leads nowhere (or a pipe) is an unreadable
// file (exit 2, named), and a name that is not UTF-8 is named escaped while the other files are used.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { shippedDataCopy } from '../helpers/shipped-data-copy.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('file discovery', () => {
  it('a *.plan.yaml link whose target is missing, a link loop, or a pipe in a folder, exits 2 naming it and the reason', () => {
    for (const [make, reason] of [
      [(link: string) => fs.symlinkSync(path.join(path.dirname(link), 'gone.yaml'), link), '文件不存在'],
      [(link: string) => fs.symlinkSync(link, link), '符号链接循环'],
      [(link: string) => expect(spawnSync('mkfifo', [link]).status).toBe(0), '不是普通文件'],
    ] as const) {
      const data = shippedDataCopy();
      made.push(data);
      const link = path.join(data, 'extra.plan.yaml');
      make(link);
      for (const args of [
        ['validate', data],
        ['tasks', '--data', data, '--unit', '区商务局'],
        ['fmt', '--check', data],
      ]) {
        const result = runCli(args);
        expect(result.code, `${args[0]}: ${result.stderr}`).toBe(2);
        expect(result.stderr).toContain(`无法读取 ${link}(${reason}`);
      }
    }
  });

  it('a file name that is not UTF-8 is named escaped, the other files are used, and the answer says it is not whole', () => {
    const data = shippedDataCopy();
    made.push(data);
    const plan = fs.readdirSync(data).find((name) => name.endsWith('.plan.yaml')) ?? '';
    fs.writeFileSync(
      Buffer.concat([Buffer.from(`${data}/`), Buffer.from([0x8a, 0xff]), Buffer.from('副本.plan.yaml')]),
      fs.readFileSync(path.join(data, plan)),
    );
    const note = `注意:已跳过 ${data}/\\x8a\\xff副本.plan.yaml:名称不是 UTF-8 编码`;
    // A query answers from the rest, but like any answer from data that did not all load it exits 1 and says so in
    // the output itself, unless --partial accepts what loaded.
    const tasks = runCli(['tasks', '--data', data, '--unit', '区商务局', '--format', 'json']);
    expect(tasks.code, tasks.stderr).toBe(1);
    expect(tasks.stdout).toContain('区商务局');
    expect(tasks.stderr).toContain(note);
    expect(JSON.parse(tasks.stdout).incomplete.join('\n')).toContain('名称不是 UTF-8 编码');
    const partial = runCli(['tasks', '--data', data, '--unit', '区商务局', '--partial']);
    expect(partial.code, partial.stderr).toBe(0);
    // A check that skipped a file is not whole: exit 2, as for an unreadable file, after checking the rest.
    for (const args of [
      ['validate', data],
      ['check', '--data', data],
      ['fmt', '--check', data],
    ]) {
      const result = runCli(args);
      expect(result.code, `${args[0]}: ${result.stderr}`).toBe(2);
      expect(result.stderr.split(note).length, result.stderr).toBe(2); // named once
    }
  });
});
