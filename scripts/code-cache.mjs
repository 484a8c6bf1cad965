// Writes dist/plan.cjs.cache: runs typical commands in-process so V8 has compiled what they use, then saves the code.
import fs from 'node:fs';
import path from 'node:path';
import bundle from '../bin/load-bundle.js';

const { cacheFile, loadBundle } = bundle;

export async function makeCodeCache(root) {
  fs.rmSync(cacheFile, { force: true });
  const { exports, script } = loadBundle(undefined);
  const data = path.join(root, 'data');
  const io = {
    stdout() {},
    stderr() {},
    isTTY: false,
    columns: 120,
    env: { LANG: 'zh_CN.UTF-8' },
    cwd: root,
  };
  const commands = [['validate', data], ['tasks', '--data', data, '--unit', '区商务局'], ['--help']];
  for (const argv of commands) await exports.run(argv, io);
  fs.writeFileSync(cacheFile, script.createCachedData());
}
