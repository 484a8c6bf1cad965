#!/usr/bin/env node
// Thin launcher: all behaviour lives in run(), which returns the exit code.
import { processIo, run } from '../dist/plan.js';

process.exitCode = await run(process.argv.slice(2), processIo());
