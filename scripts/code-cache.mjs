// Writes dist/plan.cjs.cache: runs typical commands in-process so V8 has compiled what they use, then saves the code.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import bundle from '../bin/load-bundle.js';

const { cacheFile, loadBundle } = bundle;

export async function makeCodeCache(root) {
  fs.rmSync(cacheFile, { force: true });
  const { exports, script } = loadBundle(undefined);
  const data = path.join(root, 'data');
  // Parse afresh once, then fill and read a throwaway parse cache, so both paths are compiled; the user's cache is untouched.
  const cacheHome = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-build-'));
  const io = (env) => ({
    stdout() {},
    stderr() {},
    isTTY: false,
    columns: 120,
    env: { LANG: 'zh_CN.UTF-8', ...env },
    cwd: root,
  });
  const commands = [['validate', data], ['tasks', '--data', data, '--unit', '区商务局'], ['--help']];
  for (const env of [{ PLAN_CACHE: 'off' }, { XDG_CACHE_HOME: cacheHome }, { XDG_CACHE_HOME: cacheHome }])
    for (const argv of commands) await exports.run(argv, io(env));
  fs.rmSync(cacheHome, { recursive: true, force: true });
  fs.writeFileSync(cacheFile, script.createCachedData());
}
