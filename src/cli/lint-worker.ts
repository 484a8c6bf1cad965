// Worker-thread side of lint-parallel.ts: lints plan files of a large folder until none is left (see lint-in-batches.ts).
// Part of the main bundle, so a worker starts from the same V8 code cache (dist/lint-worker.cjs only calls this).
import { createRequire } from 'node:module';
import { type BatchJob, lintPlanFiles } from '../rules/lint-in-batches.js';

export async function lintWorkerMain(): Promise<void> {
  // Loaded here, not at start-up: node:worker_threads costs every run a few ms, and only large folders use it.
  const { parentPort, workerData } = createRequire(import.meta.url)(
    'node:worker_threads',
  ) as typeof import('node:worker_threads');
  parentPort?.postMessage(await lintPlanFiles(workerData as BatchJob));
}
