// Loads dist/plan.cjs through V8's code cache (dist/plan.cjs.cache, written at build time): start-up skips parsing
// and compiling the bundle. A cache from another Node version is rejected by V8 and the bundle compiles as usual.
// CommonJS on purpose (bin/package.json): starting Node's ESM loader costs ~12 ms on every run.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const bundleFile = path.join(__dirname, '..', 'dist', 'plan.cjs');
const cacheFile = `${bundleFile}.cache`;

/** Compiles and runs the CommonJS bundle; returns its exports and the script (for making the cache). */
function loadBundle(cachedData = readCache()) {
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

function readCache() {
  try {
    return fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

module.exports = { bundleFile, cacheFile, loadBundle };
