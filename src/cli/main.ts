// Bundle entry: what bin/plan.js imports (and dist/lint-worker.cjs, in worker threads).
export { processIo } from './io.js';
export { lintWorkerMain } from './lint-worker.js';
export { run } from './run.js';
