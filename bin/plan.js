#!/usr/bin/env node
// Thin launcher: all behaviour lives in run(), which returns the exit code.
const { loadBundle } = require('./load-bundle.js');

const { run, processIo } = loadBundle().exports;
run(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
