// Loads the CLI bundle a run needs through V8's code cache (written at build time): start-up skips parsing and
// compiling the bundle. A cache from another Node version is rejected by V8 and the bundle compiles as usual.
// CommonJS on purpose (bin/package.json): starting Node's ESM loader costs ~12 ms on every run.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const dist = path.join(__dirname, '..', 'dist');
/** The whole CLI: every command, the program's help, and suggestions for a mistyped command. */
const fullBundle = path.join(dist, 'plan.cjs');

/** Program options that take a value (`plan --data DIR tasks`): a test holds this list to `plan --help`. */
const VALUE_OPTIONS = ['--data', '--lang'];
/** Before the command, these ask about the program itself, so the whole CLI answers. */
const PROGRAM_QUESTIONS = ['-h', '--help', '-V', '--version'];

/** The command a run names, as commander finds it after the program's options; null when there is none. */
function commandOf(argv) {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--' || PROGRAM_QUESTIONS.includes(arg)) return null;
    if (VALUE_OPTIONS.includes(arg)) i++;
    else if (!arg.startsWith('-')) return /^[a-z]+$/.test(arg) ? arg : null;
  }
  return null;
}

/**
 * The bundle for a run: the named command's own (dist/plan-<command>.cjs, built with that command alone), or the whole
 * CLI. A command's own bundle leaves out the code and the code cache of every other command: ~2 ms of each run.
 */
function bundleFor(argv) {
  const command = commandOf(argv);
  const own = command && path.join(dist, `plan-${command}.cjs`);
  return own && fs.existsSync(own) ? own : fullBundle;
}

/** Compiles and runs a bundle; returns its exports and the script (for making the cache). */
function loadBundle(bundleFile, cachedData = readCache(bundleFile)) {
  // The build makes the bundle pure ASCII (scripts/build.mjs), so latin1 reads it exactly, and faster than UTF-8.
  const source = fs.readFileSync(bundleFile, 'latin1');
  // The build wrote the bundle as the function CommonJS wraps a module in (scripts/build.mjs): compiled as it is.
  const script = new vm.Script(source, { filename: bundleFile, cachedData });
  const module = { exports: {} };
  // The bundle requires only Node's built-ins (its packages are inside it), so this file's own require serves it; a
  // createRequire would load node:module and Node's ES module loader with it (~0.35 ms).
  script.runInThisContext()(module.exports, require, module, bundleFile, path.dirname(bundleFile));
  return { exports: module.exports, script };
}

const cacheFileOf = (bundleFile) => `${bundleFile}.cache`;

function readCache(bundleFile) {
  try {
    return fs.readFileSync(cacheFileOf(bundleFile));
  } catch {
    return undefined;
  }
}

module.exports = { VALUE_OPTIONS, bundleFor, cacheFileOf, commandOf, fullBundle, loadBundle };
