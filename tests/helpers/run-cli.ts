// Runs the real binary (bin/plan.js → dist/) as a subprocess, the way users and CI run it.

import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
export const bin = path.join(repoRoot, 'bin', 'plan.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; input?: string; timeout?: number } = {},
): CliResult {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: { PATH: process.env.PATH ?? '', LANG: 'zh_CN.UTF-8', ...options.env },
    input: options.input,
    encoding: 'utf8',
    timeout: options.timeout ?? 30_000,
    // Past the 1 MB default the child is killed and its output cut: tests of large inputs print more than that.
    maxBuffer: 512 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
