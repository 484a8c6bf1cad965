// Worker-thread entry (dist/lint-worker.cjs): lints one share of a large folder's plan files (see lint-in-batches.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { type BatchJob, lintPlanFiles } from '../rules/lint-in-batches.js';

lintPlanFiles(workerData as BatchJob).then((result) => parentPort?.postMessage(result));
