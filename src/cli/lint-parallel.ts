// Splits a large folder's plan files between worker threads: the second core, and a heap capped per thread,
// since V8 lets one busy heap grow far beyond what streaming validation keeps alive.

import fs from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../model/finding.js';
import { type BatchJob, type BatchResult, lintInBatches, lintPlanFiles, loadContext, type SplitFiles } from '../rules/lint-in-batches.js';
import type { RunOptions } from '../rules/run-rules.js';

/** Per thread: each one warms up its own copy of the parser (cold, ~9 ms a file), so 100 plans are faster on one. */
const MIN_FILES_PER_WORKER = 100;

function inWorker(url: URL, job: BatchJob): Promise<BatchResult> {
  return new Promise((resolve, reject) => {
    // Loaded here, not at start-up: node:worker_threads costs every run a few ms, and only large folders use it.
    const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
    const worker = new Worker(url, { workerData: job, resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 512 } });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

/** Findings of batched validation, or null when the folder needs the whole workspace at once. */
export async function lintLarge(split: SplitFiles, targets: string[], cwd: string, options: RunOptions, cacheDir: string | null): Promise<Finding[] | null> {
  const job: BatchJob = { contextFiles: split.contextFiles, planFiles: split.planFiles, targets, cwd, options, cacheDir };
  const workerUrl = new URL('./lint-worker.cjs', import.meta.url);
  // Only the bundle has a runnable worker file (under the TypeScript sources there is none).
  const threads = fs.existsSync(fileURLToPath(workerUrl)) ? Math.min(os.availableParallelism(), Math.floor(split.planFiles.length / MIN_FILES_PER_WORKER)) : 0;
  if (threads < 2) {
    const context = loadContext(job);
    return lintInBatches(job, [lintPlanFiles(job, context)], context);
  }
  // The threads take files one by one from a shared counter rather than a fixed half each: whichever runs faster does more.
  const claim = new Int32Array(new SharedArrayBuffer(4));
  const parts = Array.from({ length: threads }, () => inWorker(workerUrl, { ...job, claim }));
  return lintInBatches(job, parts);
}
