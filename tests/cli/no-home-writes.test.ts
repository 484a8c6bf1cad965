// A query answers and writes nothing: not under $HOME, not under $XDG_CACHE_HOME, whatever is already there (#20, #22).
// plan used to remember parses in $XDG_CACHE_HOME/plan; that cache is gone, and these runs show nothing took its place.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { shippedDataCopy } from '../helpers/shipped-data-copy.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
const scratch = (prefix: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
};
const data = () => {
  const dir = shippedDataCopy();
  made.push(dir);
  return dir;
};

/** Every file and folder under `dir`, with size, mode and modification time: any write shows up as a difference. */
function snapshot(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((name) => {
      const s = fs.lstatSync(path.join(dir, name));
      return `${name} ${s.size} ${s.mode.toString(8)} ${s.mtimeMs}`;
    });
}

const queries = (dir: string) => [
  ['validate', dir],
  ['tasks', '--data', dir, '--unit', '区商务局'],
  ['stats', '--data', dir],
  ['units', '--data', dir],
  ['check', dir],
];

describe('queries write nothing under the home or cache folders', () => {
  it('leaves an empty $HOME and $XDG_CACHE_HOME empty', () => {
    const dir = data();
    const home = scratch('plan-home-');
    const cache = scratch('plan-xdg-cache-');
    for (const args of queries(dir)) {
      const r = runCli(args, { env: { HOME: home, XDG_CACHE_HOME: cache } });
      expect(r.stderr).not.toMatch(/at .*\.cjs:\d+/); // no stack trace
      expect(r.code === 0 || r.code === 1).toBe(true);
    }
    expect(snapshot(home)).toEqual([]);
    expect(snapshot(cache)).toEqual([]);
    // Without $XDG_CACHE_HOME, ~/.cache is where a cache would go.
    runCli(['tasks', '--data', dir, '--unit', '区商务局'], { env: { HOME: home } });
    expect(snapshot(home)).toEqual([]);
  });

  it('leaves 300 unrelated files in $XDG_CACHE_HOME/plan untouched', () => {
    const dir = data();
    const cache = scratch('plan-xdg-cache-');
    const own = path.join(cache, 'plan');
    fs.mkdirSync(own);
    for (let i = 0; i < 300; i++) fs.writeFileSync(path.join(own, `notes-${i}.json`), `{"mine": ${i}}`);
    const before = snapshot(cache);
    for (const args of queries(dir)) runCli(args, { env: { HOME: cache, XDG_CACHE_HOME: cache } });
    expect(snapshot(cache)).toEqual(before);
    expect(fs.readFileSync(path.join(own, 'notes-299.json'), 'utf8')).toBe('{"mine": 299}');
  });

  it('answers at once with $XDG_CACHE_HOME or $HOME under /proc', () => {
    const dir = data();
    const plain = runCli(['tasks', '--data', dir, '--unit', '区商务局']);
    expect(plain.code).toBe(0);
    const under: Record<string, string>[] = [
      { XDG_CACHE_HOME: '/proc/self' },
      { HOME: '/proc/self/fd' },
      { XDG_CACHE_HOME: '/proc' },
    ];
    for (const env of under) {
      const started = Date.now();
      const r = runCli(['tasks', '--data', dir, '--unit', '区商务局'], { env });
      expect(r).toEqual(plain);
      expect(Date.now() - started).toBeLessThan(20_000); // runCli's own timeout is 30 s: a spin would end as a kill
    }
  });

  it('ignores a planted or edited parse-cache entry (the old cache served it as the answer)', () => {
    const dir = data();
    const cache = scratch('plan-xdg-cache-');
    const own = path.join(cache, 'plan');
    const args = ['tasks', '--data', dir, '--unit', '区商务局'];
    const clean = runCli(args, { env: { XDG_CACHE_HOME: cache } });
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('区商务局');
    // Where the removed cache kept a file's parse: the file name and the FNV-1a hash of its absolute path. The entry
    // holds the file's exact text and a value that breaks the model (it made `tasks` exit 3); an entry an earlier run
    // left behind is edited the same way.
    const absolute = path.join(dir, 'huangzhou-2023.plan.yaml');
    let hash = 0x811c9dc5;
    for (let i = 0; i < absolute.length; i++) hash = Math.imul(hash ^ absolute.charCodeAt(i), 0x01000193) >>> 0;
    const planted = path.join(own, `huangzhou-2023.plan.yaml-${hash.toString(16)}.json`);
    const text = fs.readFileSync(absolute, 'utf8');
    const left = fs.existsSync(planted) ? JSON.parse(fs.readFileSync(planted, 'utf8')) : { format: '3:dev' };
    fs.mkdirSync(own, { recursive: true });
    fs.writeFileSync(
      planted,
      JSON.stringify({ ...left, absolute, text, value: { kind: 'plan', parts: 'not a list' }, schemaValid: true }),
    );
    expect(runCli(args, { env: { XDG_CACHE_HOME: cache } })).toEqual(clean);
  });
});
