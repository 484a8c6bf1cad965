// Loads dist/plan.cjs through V8's code cache (dist/plan.cjs.cache, written at build time): start-up skips parsing
// and compiling the bundle. A cache from another Node version is rejected by V8 and the bundle compiles as usual.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

export const bundleFile = path.join(import.meta.dirname, '..', 'dist', 'plan.cjs');
export const cacheFile = `${bundleFile}.cache`;

/** Compiles and runs the CommonJS bundle; returns its exports and the script (for making the cache). */
export function loadBundle(cachedData = readCache()) {
  const source = fs.readFileSync(bundleFile, 'utf8');
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundleFile, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundleFile), module, bundleFile, path.dirname(bundleFile));
  return { exports: module.exports, script };
}

function readCache() {
  try {
    return fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}
