// Writes each bundle's code cache (dist/*.cjs.cache): runs typical commands in-process so V8 has compiled what they
// use, then saves the code.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import launcher from '../bin/load-bundle.js';

const { cacheFileOf, fullBundle, loadBundle } = launcher;

/** What each command runs while its cache is made: the shipped data, and the made-up progress reports. */
function warmUps(root, scratch) {
  const data = path.join(root, 'data');
  const reports = path.join(root, 'examples', 'progress');
  const notice = path.join(data, 'source', 'jiangbei-2023-cooperation-plans.txt');
  return {
    tasks: [['tasks', '--data', data, '--unit', '区商务局']],
    units: [['units', '--data', data]],
    show: [['show', '--data', data, '黄州', '10']],
    search: [['search', '--data', data, '消费']],
    targets: [['targets', '--data', data]],
    leaders: [['leaders', '--data', data]],
    stats: [['stats', '--data', data]],
    validate: [['validate', data]],
    fmt: [['fmt', '--check', data]],
    check: [['check', '--data', data]],
    diff: [['diff', '--data', data, '黄州', '莲都']],
    report: [['report', '--data', data, '--out', path.join(scratch, 'report')]],
    import: [['import', notice, '--out', path.join(scratch, 'import')]],
    ...(fs.existsSync(reports) ? { progress: [['progress', '--data', data, reports, '--format', 'json']] } : {}),
  };
}

async function writeCache(bundleFile, runs, root) {
  fs.rmSync(cacheFileOf(bundleFile), { force: true });
  const { exports, script } = loadBundle(bundleFile, undefined);
  const io = {
    stdout() {},
    stderr() {},
    isTTY: false,
    columns: 120,
    env: { LANG: 'zh_CN.UTF-8' },
    cwd: root,
  };
  for (const argv of runs) {
    const code = await exports.run(argv, io);
    // A run that failed on usage or I/O (the data changed: no 区商务局, no 黄州) compiled little, so that command starts
    // slower; the build still succeeds, since `npm ci` runs it and the CLI works without a cache.
    if (code > 1)
      process.stderr.write(
        `build: warming up ${path.basename(bundleFile)}, plan ${argv.join(' ')} exited ${code}: its code cache holds less\n`,
      );
  }
  fs.writeFileSync(cacheFileOf(bundleFile), script.createCachedData());
}

/**
 * Each command bundle's cache from its own runs (a command without any: from its help), and the whole CLI's from the
 * program's help: every command runs from its own bundle, so the whole CLI only answers help, version and typos.
 */
export async function makeCodeCaches(root, commands) {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-code-cache-'));
  try {
    const runs = warmUps(root, scratch);
    await writeCache(fullBundle, [['--help']], root);
    for (const command of commands) {
      const own = runs[command] ?? [[command, '--help']];
      await writeCache(path.join(path.dirname(fullBundle), `plan-${command}.cjs`), own, root);
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
