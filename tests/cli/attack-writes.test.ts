// Issue #22, writes, through the real binary: fmt and report never write through a link, outside plan's own files,
// over an edit made meanwhile, or away from a file's owner; temporary files cannot be planted.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { fixturesDir } from '../helpers/fixture-workspace.js';
import { bin, repoRoot, runCli } from '../helpers/run-cli.js';
import { shippedDataCopy } from '../helpers/shipped-data-copy.js';

const STACK = /\n\s+at .+:\d+:\d+/;
const messy = fs.readFileSync(path.join(fixturesDir, 'fmt', 'messy.plan.yaml'), 'utf8');
const formatted = fs.readFileSync(path.join(fixturesDir, 'fmt', 'messy.expected.yaml'), 'utf8');

const made: string[] = [];
const scratch = (prefix = 'plan-attack-') => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** 26 lines shaped like /etc/passwd: YAML reads them as one long string, which fmt used to write back on one line. */
const systemFile = Array.from(
  { length: 26 },
  (_, i) => `user${i}:x:${1000 + i}:${1000 + i}:User ${i}:/home/user${i}:/bin/sh`,
).join('\n');

describe('fmt --write rewrites only plan data files, and never through a link', () => {
  it('refuses a *.yaml link to a file that is not a plan file (exit 1, reason), leaving the file and the link alone', () => {
    const dir = scratch();
    const outside = path.join(scratch(), 'passwd');
    fs.writeFileSync(outside, `${systemFile}\n`);
    fs.symlinkSync(outside, path.join(dir, 'system.yaml'));
    fs.writeFileSync(path.join(dir, 'notes.yaml'), 'owner:   张三\nitems:\n- 甲\n');
    const result = runCli(['fmt', '--write', dir]);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain('system.yaml: 不是 plan 的数据文件');
    expect(result.stderr).toContain('notes.yaml: 不是 plan 的数据文件');
    expect(result.stderr).not.toMatch(STACK);
    expect(fs.readFileSync(outside, 'utf8')).toBe(`${systemFile}\n`);
    expect(fs.readFileSync(path.join(dir, 'notes.yaml'), 'utf8')).toBe('owner:   张三\nitems:\n- 甲\n');
    expect(fs.lstatSync(path.join(dir, 'system.yaml')).isSymbolicLink()).toBe(true);
  });

  it('refuses to write through a link even to a real plan file: exit 2 naming the link, the target untouched', () => {
    const dir = scratch();
    const outside = path.join(scratch(), 'elsewhere.plan.yaml');
    fs.writeFileSync(outside, messy);
    const link = path.join(dir, 'linked.plan.yaml');
    fs.symlinkSync(outside, link);
    const result = runCli(['fmt', '--write', dir]);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain(`无法写入 ${link}(这是一个符号链接,plan 不通过链接写入`);
    expect(fs.readFileSync(outside, 'utf8')).toBe(messy);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['linked.plan.yaml']);
    // Checking reads through the link as before: only writing is refused.
    const check = runCli(['fmt', '--check', dir]);
    expect(check.code).toBe(1);
    expect(check.stdout.startsWith(`${link}\n--- ${link}\n`)).toBe(true); // the name, then the diff it would apply
  });
});

describe('report never writes through an index.html link', () => {
  it('refuses a link at --out/index.html and at the default report/index.html, target untouched (exit 2)', () => {
    const data = shippedDataCopy();
    made.push(data);
    const cwd = scratch();
    const victim = path.join(scratch(), 'victim.txt');
    fs.writeFileSync(victim, '别处的重要文件\n');
    for (const out of ['elsewhere', 'report']) {
      fs.mkdirSync(path.join(cwd, out));
      fs.symlinkSync(victim, path.join(cwd, out, 'index.html'));
    }
    for (const args of [['--out', 'elsewhere'], []]) {
      const result = runCli(['report', '--data', data, ...args], { cwd });
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toMatch(/无法写入 .*index\.html\(这是一个符号链接/);
      expect(result.stderr).not.toMatch(STACK);
    }
    expect(fs.readFileSync(victim, 'utf8')).toBe('别处的重要文件\n');
    expect(fs.readdirSync(path.join(cwd, 'report'))).toEqual(['index.html']);
    expect(fs.lstatSync(path.join(cwd, 'report', 'index.html')).isSymbolicLink()).toBe(true);
  });
});

describe('temporary files cannot be planted', () => {
  it('links and folders at the old predictable names (.NAME.PID.tmp) are neither followed nor a crash', () => {
    const dir = scratch();
    const file = path.join(dir, 'a.plan.yaml');
    fs.writeFileSync(file, messy);
    const victim = path.join(scratch(), 'victim.txt');
    fs.writeFileSync(victim, '别处的重要文件\n');
    // The next process ids the system hands out: the binary started below gets one of them.
    const last = Number(fs.readFileSync('/proc/sys/kernel/ns_last_pid', 'utf8'));
    const planted: string[] = [];
    for (let pid = last + 1; pid <= last + 400; pid++) {
      const name = `.a.plan.yaml.${pid}.tmp`;
      if (pid % 2) fs.symlinkSync(victim, path.join(dir, name));
      else fs.mkdirSync(path.join(dir, name));
      planted.push(name);
    }
    const result = runCli(['fmt', '--write', dir]);
    expect(result.code, result.stderr).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toBe(formatted);
    expect(fs.readFileSync(victim, 'utf8')).toBe('别处的重要文件\n');
    expect(fs.readdirSync(dir).sort()).toEqual([...planted, 'a.plan.yaml'].sort());
  });
});

describe('an edit made while fmt runs is kept', () => {
  it('the file changed between reading and renaming: exit 2 with the reason, the edit kept, nothing left behind', () => {
    const dir = scratch();
    const file = path.join(dir, 'a.plan.yaml');
    fs.writeFileSync(file, messy);
    const hook = pathToFileURL(path.join(repoRoot, 'tests', 'helpers', 'edit-during-write.mjs')).href;
    const result = runCli(['fmt', '--write', dir], {
      env: { NODE_OPTIONS: `--import=${hook}`, PLAN_TEST_EDITED_FILE: file },
    });
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain(`无法写入 ${file}(文件在整理期间被修改过`);
    expect(fs.readFileSync(file, 'utf8')).toBe(`${messy}# 同事刚加的一行\n`);
    expect(fs.readdirSync(dir)).toEqual(['a.plan.yaml']);
  });
});

describe('owner, group, mode and read-only files', () => {
  // Skipped unless run as root: only root can give a file to another user, which is the case to reproduce.
  it.skipIf(process.getuid?.() !== 0)(
    "run as root on another user's 0640 file, fmt --write keeps its owner, group and mode",
    () => {
      const dir = scratch();
      const file = path.join(dir, 'a.plan.yaml');
      fs.writeFileSync(file, messy);
      fs.chownSync(file, 1234, 1234);
      fs.chmodSync(file, 0o640);
      expect(runCli(['fmt', '--write', dir]).code).toBe(0);
      const after = fs.statSync(file);
      expect([after.uid, after.gid, after.mode & 0o7777]).toEqual([1234, 1234, 0o640]);
      expect(fs.readFileSync(file, 'utf8')).toBe(formatted);
    },
  );

  it('a file no one may write (0444) is refused with exit 2 and the reason, even for root, and left untouched', () => {
    const dir = scratch();
    const file = path.join(dir, 'a.plan.yaml');
    fs.writeFileSync(file, messy);
    fs.chmodSync(file, 0o444);
    const result = runCli(['fmt', '--write', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`无法写入 ${file}(文件是只读的`);
    expect(fs.readFileSync(file, 'utf8')).toBe(messy);
    expect(fs.statSync(file).mode & 0o7777).toBe(0o444);
    expect(fs.readdirSync(dir)).toEqual(['a.plan.yaml']);
  });
});

describe('as a normal user', () => {
  /** Runs the real binary as uid/gid 1234 (setpriv), in a folder under /tmp that user may enter. */
  const runAsUser = (args: string[], dir: string) => {
    const result = spawnSync(
      'setpriv',
      ['--reuid=1234', '--regid=1234', '--clear-groups', process.execPath, bin, ...args],
      {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', LANG: 'zh_CN.UTF-8', XDG_CACHE_HOME: path.join(dir, '.cache') },
      },
    );
    return { code: result.status, stderr: result.stderr };
  };

  // Skipped unless run as root: switching to another user (setpriv) needs root.
  it.skipIf(process.getuid?.() !== 0)(
    "one's own 0444 file is refused, and a colleague's 0666 file is not taken over (exit 2, both untouched)",
    () => {
      const dir = fs.mkdtempSync(path.join('/tmp', 'plan-attack-user-'));
      made.push(dir);
      fs.chmodSync(dir, 0o777);
      const own = path.join(dir, 'own.plan.yaml');
      const colleagues = path.join(dir, 'colleague.plan.yaml');
      for (const [file, owner, mode] of [
        [own, 1234, 0o444],
        [colleagues, 1235, 0o666],
      ] as const) {
        fs.writeFileSync(file, messy);
        fs.chownSync(file, owner, owner);
        fs.chmodSync(file, mode);
      }
      const readOnly = runAsUser(['fmt', '--write', own], dir);
      expect(readOnly.code, readOnly.stderr).toBe(2);
      expect(readOnly.stderr).toContain(`无法写入 ${own}(文件是只读的`);
      const taken = runAsUser(['fmt', '--write', colleagues], dir);
      expect(taken.code, taken.stderr).toBe(2);
      expect(taken.stderr).toContain(`无法写入 ${colleagues}(无法保留文件原来的所有者和属组`);
      for (const file of [own, colleagues]) expect(fs.readFileSync(file, 'utf8')).toBe(messy);
      expect(fs.statSync(colleagues).uid).toBe(1235);
      expect(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    },
  );
});
