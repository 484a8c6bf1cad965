#!/usr/bin/env node
// Thin launcher: all behaviour lives in run(), which returns the exit code.
import { loadBundle } from './load-bundle.js';

const { run, processIo } = loadBundle().exports;
process.exitCode = await run(process.argv.slice(2), processIo());
