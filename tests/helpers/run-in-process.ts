// The same run() the binary calls, with captured output: cheaper than a subprocess for format, usage and fuzz cases.

import type { Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { repoRoot } from './run-cli.js';

export async function runInProcess(
  args: string[],
  options: { cwd?: string; env?: Io['env']; isTTY?: boolean; columns?: number } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    isTTY: options.isTTY ?? false,
    columns: options.columns ?? 120,
    env: { LANG: 'zh_CN.UTF-8', ...options.env },
    cwd: options.cwd ?? repoRoot,
  };
  const code = await run(args, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}
