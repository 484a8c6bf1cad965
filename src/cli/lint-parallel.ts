// Splits a large folder's plan files between this thread and worker threads: the second core, and a heap capped per
// worker, since V8 lets one busy heap grow far beyond what streaming validation keeps alive.

import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { Finding } from '../model/finding.js';
import {
  type BatchJob,
  type BatchResult,
  lintInBatches,
  lintPlanFiles,
  loadContext,
  type SplitFiles,
} from '../rules/lint-in-batches.js';
import type { RunOptions } from '../rules/run-rules.js';

/** Per thread: each one warms up its own copy of the parser (cold, ~9 ms a file), so 100 plans are faster on one. */
const MIN_FILES_PER_WORKER = 100;

/**
 * Per worker: a small young generation (little is promoted when files are linted one at a time) and the old
 * generation capped at 64 MB, so that it is collected rather than grown. On 1,000 plans, this thread plus one such
 * worker took ~121 MiB at peak; 12 MB young generations were ~5% faster than 8 MB at the same peak, 16 MB went
 * past 128 MiB.
 */
const THREAD_LIMITS = { maxYoungGenerationSizeMb: 12, maxOldGenerationSizeMb: 64 };

function inWorker(url: URL, job: BatchJob, started: Worker[]): Promise<BatchResult> {
  return new Promise((resolve, reject) => {
    // Loaded here, not at start-up: node:worker_threads costs every run a few ms, and only large folders use it.
    const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
    const worker = new Worker(url, { workerData: job, resourceLimits: THREAD_LIMITS });
    started.push(worker);
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

/** Plan files are tens of KB; one over 1 MB would make a 64 MB heap collect without end (a 9.6 MB file took 30 s). */
const MAX_THREAD_FILE_BYTES = 1024 * 1024;

const outOfMemory = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';

/** Findings of batched validation, or null when the folder needs the whole workspace at once. */
export async function lintLarge(
  split: SplitFiles,
  targets: string[],
  cwd: string,
  options: RunOptions,
): Promise<Finding[] | null> {
  const job: BatchJob = {
    contextFiles: split.contextFiles,
    planFiles: split.planFiles,
    targets,
    cwd,
    options,
  };
  const inThisThread = () => {
    const context = loadContext(job);
    return lintInBatches(job, [lintPlanFiles(job, context)], context);
  };
  // Too few files to share: decided before asking for the bundle's location or the core count (each costs start-up time).
  if (Math.floor(split.planFiles.length / MIN_FILES_PER_WORKER) < 2) return inThisThread();
  const workerUrl = new URL('./lint-worker.cjs', import.meta.url);
  // Only the bundle has a runnable worker file (under the TypeScript sources there is none).
  const threads = fs.existsSync(fileURLToPath(workerUrl))
    ? Math.min(os.availableParallelism(), Math.floor(split.planFiles.length / MIN_FILES_PER_WORKER))
    : 0;
  if (threads < 2) return inThisThread();
  // The threads take files one by one from a shared counter rather than a fixed half each: whichever runs faster does more.
  const claim = new Int32Array(new SharedArrayBuffer(4));
  const started: Worker[] = [];
  try {
    // This thread is one of them: it is warm already (code cache, context loaded), where a worker must start cold.
    const context = loadContext(job);
    const workers = Array.from({ length: threads - 1 }, () =>
      inWorker(workerUrl, { ...job, claim, deferAbove: MAX_THREAD_FILE_BYTES }, started),
    );
    const here = lintPlanFiles({ ...job, claim }, context);
    // Files too large for a worker's capped heap are linted here once the workers are done (parse trees are ~15× the text).
    const large = Promise.all(workers).then((done) =>
      lintPlanFiles({ ...job, only: done.flatMap((r) => r.deferred).sort((a, b) => a - b) }, context),
    );
    return await lintInBatches(job, [...workers, here, large], context);
  } catch (error) {
    if (!outOfMemory(error)) throw error;
    // A file too big for a thread's capped heap (plan files may be up to 10 MB): this thread, uncapped, does it all.
    await Promise.all(started.map((w) => w.terminate()));
    return inThisThread();
  }
}
