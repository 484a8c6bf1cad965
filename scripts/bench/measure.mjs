// Times whole commands as child processes: interleaved rounds after a warm-up, medians, and peak RSS.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The child environment: NODE_EXTRA_CA_CERTS adds ~45 ms to every Node start, and NODE_OPTIONS would skew it too. */
export function benchEnv() {
  const env = { ...process.env, LANG: 'C.UTF-8', NO_COLOR: '1' };
  delete env.NODE_EXTRA_CA_CERTS;
  delete env.NODE_OPTIONS;
  return env;
}

function runOnce(cmd, env, cwd) {
  const start = process.hrtime.bigint();
  const result = spawnSync(cmd.argv[0], cmd.argv.slice(1), {
    env,
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error) throw result.error;
  if (cmd.check) cmd.check(result);
  return ms;
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Runs every command `warmup` times, then `runs` rounds in which each command runs once (noise hits all alike). */
export function timeAll(commands, { runs, warmup, env, cwd, onRound }) {
  const times = new Map(commands.map((c) => [c.name, []]));
  for (const c of commands) for (let i = 0; i < (c.warmup ?? warmup); i++) runOnce(c, env, cwd);
  for (let round = 0; round < runs; round++) {
    for (const c of commands) if (round < (c.runs ?? runs)) times.get(c.name).push(runOnce(c, env, cwd));
    onRound?.(round + 1);
  }
  return new Map(
    [...times].map(([name, xs]) => [
      name,
      { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length, each: xs },
    ]),
  );
}

/**
 * The ratio of two commands timed in the same rounds: the median of their per-round ratios. Run back to back, both
 * feel the same slow spell of a shared machine, which a ratio of two separate medians does not cancel.
 */
export function pairedRatio(a, b) {
  const n = Math.min(a.each.length, b.each.length);
  return median(Array.from({ length: n }, (_, i) => a.each[i] / b.each[i]));
}

/** Peak resident memory in KiB: GNU time's %M when it exists, else a preload that reports the child's own maxRSS. */
export function peakRss(cmd, env, cwd) {
  const gnuTime = '/usr/bin/time';
  if (
    fs.existsSync(gnuTime) &&
    spawnSync(gnuTime, ['-f', '%M', 'true'], { encoding: 'utf8' }).stderr.trim().match(/^\d+$/)
  ) {
    const out = spawnSync(gnuTime, ['-f', '\n%M', ...cmd.argv], {
      env,
      cwd,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    return { kib: Number(out.stderr.trim().split('\n').pop()), how: 'GNU time %M' };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-rss-'));
  const hook = path.join(dir, 'hook.cjs');
  const report = path.join(dir, 'rss');
  fs.writeFileSync(
    hook,
    `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(report)}, String(process.resourceUsage().maxRSS)));\n`,
  );
  spawnSync(cmd.argv[0], cmd.argv.slice(1), {
    env: { ...env, NODE_OPTIONS: `--require ${hook}` },
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const kib = Number(fs.readFileSync(report, 'utf8'));
  fs.rmSync(dir, { recursive: true, force: true });
  return { kib, how: 'process.resourceUsage().maxRSS' };
}

/** The 1-, 5- and 15-minute load averages at the end of the run (a shared machine's other work shows here). */
export function loadAverage() {
  return os.loadavg().map((x) => x.toFixed(1));
}

export function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    date: new Date().toISOString().slice(0, 10),
  };
}
