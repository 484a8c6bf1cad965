// Writes dist/plan.cjs.cache: runs typical commands in-process so V8 has compiled what they use, then saves the code.
import fs from 'node:fs';
import path from 'node:path';
import { cacheFile, loadBundle } from '../bin/load-bundle.js';

export async function makeCodeCache(root) {
  fs.rmSync(cacheFile, { force: true });
  const { exports, script } = loadBundle(undefined);
  const data = path.join(root, 'data');
  const quiet = { stdout() {}, stderr() {}, isTTY: false, columns: 120, env: { LANG: 'zh_CN.UTF-8' }, cwd: root };
  for (const argv of [['validate', data], ['tasks', '--data', data, '--unit', '区商务局'], ['--help']]) await exports.run(argv, quiet);
  fs.writeFileSync(cacheFile, script.createCachedData());
}
