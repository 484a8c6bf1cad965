// `npm run bench`: times plan against bare Node and ajv-cli on the shipped data and on 100/1,000-file corpora (issue #6).
// Not a test: it prints a table and writes docs/benchmarks.md (and README's copy). Options: --runs N (default 15), --no-write.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { injectTypo, writeCorpus } from './bench/corpus.mjs';
import { benchEnv, machine, peakRss, timeAll } from './bench/measure.mjs';
import { updateReadme } from './bench/readme.mjs';
import { renderMarkdown, targetsMet } from './bench/report.mjs';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 15;
const write = !args.includes('--no-write');
const env = benchEnv();
const plan = [process.execPath, path.join(root, 'bin/plan.js')];
const ajvCli = [process.execPath, path.join(root, 'node_modules/ajv-cli/dist/index.js')];
const say = (line) => process.stderr.write(`${line}\n`);

say('building…');
spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit', env });

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-bench-'));
const corpus = (n) => path.join(tmp, `corpus-${n}`);
const sizes = [100, 1000];
for (const n of sizes)
  say(
    `corpus of ${n} plans: ${(writeCorpus(path.join(root, 'data'), corpus(n), n) / n / 1024).toFixed(1)} KiB per plan`,
  );

const exits = (code, stdoutHas) => (r) => {
  if (r.status !== code || (stdoutHas && !stdoutHas(r.stdout)))
    throw new Error(`unexpected result (exit ${r.status}):\n${r.stderr || r.stdout.slice(0, 500)}`);
};
const allValid = (n) => exits(0, (out) => out.split('\n').filter((l) => / valid$/.test(l)).length === n);
const commands = [
  { name: 'node -e 0', argv: [process.execPath, '-e', '0'] },
  {
    name: 'plan tasks --unit 区商务局',
    argv: [...plan, 'tasks', '--unit', '区商务局'],
    check: exits(0, (out) => out.includes('区商务局')),
  },
  { name: 'plan validate data/', argv: [...plan, 'validate', 'data/'], check: exits(0) },
  {
    name: 'ajv-cli, 2 shipped plans',
    argv: [
      ...ajvCli,
      'validate',
      '-s',
      'schemas/plan.schema.json',
      '-d',
      'data/*.plan.yaml',
      '--spec=draft7',
      '--strict=false',
    ],
    check: allValid(2),
  },
  ...sizes.map((n) => ({
    name: `plan validate, ${n} plans`,
    files: n,
    argv: [...plan, 'validate', corpus(n)],
    check: exits(0),
    warmup: 1,
  })),
  {
    name: 'ajv-cli, 1000 plans',
    files: 1000,
    argv: [
      ...ajvCli,
      'validate',
      '-s',
      'schemas/plan.schema.json',
      '-d',
      `${corpus(1000)}/*.plan.yaml`,
      '--spec=draft7',
      '--strict=false',
    ],
    check: allValid(1000),
    warmup: 1,
  },
];

say(`timing ${commands.length} commands, ${runs} rounds after a warm-up…`);
const times = timeAll(commands, {
  runs,
  warmup: 2,
  env,
  cwd: root,
  onRound: (r) => process.stderr.write(`\rround ${r}/${runs}`),
});
say('\nmeasuring peak memory…');
const rss = new Map(commands.map((c) => [c.name, peakRss(c, env, root)]));

// Findings must keep exact positions at every size: misspell one unit deep inside one file of each corpus.
const positions = sizes.map((n) => {
  const expected = injectTypo(corpus(n), Math.ceil(n * 0.537));
  const out = spawnSync(plan[0], [...plan.slice(1), 'validate', '--format', 'json', corpus(n)], {
    env,
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const findings = JSON.parse(out.stdout);
  const ok =
    out.status === 1 &&
    findings.length === 1 &&
    findings[0].rule === 'unknown-unit' &&
    path.resolve(root, findings[0].file) === expected.file &&
    findings[0].line === expected.line &&
    findings[0].column === expected.column;
  return {
    n,
    ok,
    expected: `${path.basename(expected.file)}:${expected.line}:${expected.column}`,
    got: findings.map((f) => `${path.basename(f.file)}:${f.line}:${f.column} ${f.rule}`).join('; '),
  };
});
fs.rmSync(tmp, { recursive: true, force: true });

const result = { machine: machine(), runs, commands, times, rss, positions };
const markdown = renderMarkdown(result);
process.stdout.write(`${markdown}\n`);
if (write) {
  fs.mkdirSync(path.join(root, 'docs'), { recursive: true });
  fs.writeFileSync(path.join(root, 'docs/benchmarks.md'), markdown);
  updateReadme(path.join(root, 'README.md'), markdown);
  say('wrote docs/benchmarks.md and the table in README.md');
}
process.exitCode = targetsMet(result) ? 0 : 1;
