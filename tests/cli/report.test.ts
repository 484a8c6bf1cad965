// `plan report` through the real binary: where it writes, and how it refuses bad plan choices and unwritable folders.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-report-cli-'));

describe('plan report', () => {
  it('writes index.html into --out, comparing the plans chosen with --a and --b', () => {
    const out = path.join(work, 'nested', 'out');
    const result = runCli(['report', '--out', out, '--a', '莲都', '--b', '黄州']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('index.html');
    const html = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(html).toContain('<th scope="col">仅莲都</th><th scope="col">仅黄州</th>');
  });

  it('refuses an unknown plan, the same plan twice, and a folder it cannot create, with exit 2', () => {
    const unknown = runCli(['report', '--out', work, '--a', '武汉']);
    expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringContaining('黄州')]);
    const same = runCli(['report', '--out', work, '--a', '黄州', '--b', '黄州']);
    expect([same.code, same.stderr]).toEqual([2, expect.stringContaining('--a')]);
    const blocker = path.join(work, 'a-file');
    fs.writeFileSync(blocker, '');
    const blocked = runCli(['report', '--out', path.join(blocker, 'out')]);
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toContain(`无法写入 ${path.join(blocker, 'out')}(路径中有一段是文件,不是目录)`);
    expect(blocked.stderr).not.toMatch(/\n\s+at /);
    expect(blocked.stderr).not.toMatch(/E[A-Z]{3,}/); // a system code means nothing to the reader
  });

  it('a folder under /proc (where the recursive mkdir of Node never returns) is refused at once, exit 2', () => {
    const result = runCli(['report', '--out', '/proc/plan-report-test/out']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('无法写入 /proc/plan-report-test(上级目录不存在或无法创建)');
  });
});
