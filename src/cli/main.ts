// Bundle entry: what bin/plan.js imports.
export { processIo } from './io.js';
export { run } from './run.js';
