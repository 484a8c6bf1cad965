// A reader that stops early (`plan … | head`) closes the pipe: plan ends quietly, without a stack trace.

import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { bin, repoRoot } from '../helpers/run-cli.js';

function runWithClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? '', LANG: 'zh_CN.UTF-8' },
    });
    // Closing our end before plan writes makes every write of plan's fail with EPIPE.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('stdout closed by the reader', () => {
  it.each([['tasks', '--unit', '区商务局'], ['search', '。', '--format', 'json'], ['check']])(
    'plan %s … ends without an error message',
    async (...args) => {
      const result = await runWithClosedStdout(args);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
    },
  );
});
