#!/usr/bin/env node
// Thin launcher: all behaviour lives in run(), which returns the exit code.
const { bundleFor, loadBundle } = require('./load-bundle.js');

const argv = process.argv.slice(2);
const { run, processIo } = loadBundle(bundleFor(argv)).exports;
run(argv, processIo()).then((code) => {
  // Output is written synchronously (cli/io.ts) and nothing else is pending: exit now rather than wait for V8's
  // clean-up tasks (up to ~10 ms after a command that built a big table).
  process.exit(process.exitCode || code);
});
