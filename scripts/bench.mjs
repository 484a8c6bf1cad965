// `npm run bench`: times plan against bare Node and ajv-cli on the shipped data and on corpora of 100 and 1,000 plans
// (issue #6): ~45 KB plans (both shipped plans' parts in one) and real-size copies of the shipped plans (~22 KB, #20).
// Not a test: it prints a table and writes docs/benchmarks.md (and README's copy). Options: --runs N (default 15), --no-write.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { injectTypo, writeCorpus } from './bench/corpus.mjs';
import { benchEnv, loadAverage, machine, peakRss, timeAll } from './bench/measure.mjs';
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
/** The corpora: `joined` plans of ~45 KB, `real` copies of the shipped plans (~22 KB). */
const corpora = [
  { shape: 'joined', n: 100, label: '100 plans' },
  { shape: 'joined', n: 1000, label: '1000 plans' },
  { shape: 'real', n: 1000, label: '1000 real-size plans' },
];
const corpus = (c) => path.join(tmp, `corpus-${c.shape}-${c.n}`);
for (const c of corpora)
  say(
    `corpus of ${c.label}: ${(writeCorpus(path.join(root, 'data'), corpus(c), c.n, c.shape) / c.n / 1024).toFixed(1)} KiB per plan`,
  );
/** ajv-cli validating the plan files a glob names against the plan schema. */
const ajvOn = (glob) => [
  ...ajvCli,
  'validate',
  '-s',
  'schemas/plan.schema.json',
  '-d',
  glob,
  '--spec=draft7',
  '--strict=false',
];

// One progress report per roster unit (#19), written by `plan progress init` and marked 推进中 throughout.
const reports = path.join(tmp, 'reports');
fs.mkdirSync(reports);
const run = (argv) => spawnSync(plan[0], [...plan.slice(1), ...argv], { env, cwd: root, encoding: 'utf8' });
const units = JSON.parse(run(['units', '--format', 'json']).stdout).units.map((u) => u.name);
units.forEach((unit, i) => {
  const file = path.join(reports, `unit-${i}.progress.yaml`);
  run(['progress', 'init', '--unit', unit, '--period', '2023-H1', '--out', file]);
  if (fs.existsSync(file))
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^ {4}status:$/gm, '    status: 推进中'));
});
const reportCount = fs.readdirSync(reports).length;
say(`${reportCount} progress reports`);

const exits = (code, stdoutHas) => (r) => {
  if (r.status !== code || (stdoutHas && !stdoutHas(r.stdout)))
    throw new Error(`unexpected result (exit ${r.status}):\n${r.stderr || r.stdout.slice(0, 500)}`);
};
// ajv-cli exits 0 only when every file is valid; its lines are not counted: it exits before a slow pipe takes
// them all (seen on a loaded machine: fewer than 1,000 lines, exit 0).
const allValid = () => exits(0, (out) => / valid$/m.test(out));
const commands = [
  { name: 'node -e 0', argv: [process.execPath, '-e', '0'] },
  {
    name: 'plan tasks --unit 区商务局',
    argv: [...plan, 'tasks', '--unit', '区商务局'],
    check: exits(0, (out) => out.includes('区商务局')),
  },
  { name: 'plan validate data/', argv: [...plan, 'validate', 'data/'], check: exits(0) },
  {
    name: 'plan progress, one report per unit',
    argv: [...plan, 'progress', reports, '--period', '2023-H1', '--format', 'json'],
    check: exits(0, (out) => JSON.parse(out).unreported.length === 0),
  },
  {
    name: 'ajv-cli, 2 shipped plans',
    argv: ajvOn('data/*.plan.yaml'),
    check: allValid(),
  },
  ...corpora.flatMap((c) => [
    {
      name: `plan validate, ${c.label}`,
      files: c.n,
      argv: [...plan, 'validate', corpus(c)],
      check: exits(0),
      warmup: 1,
    },
    ...(c.n === 1000
      ? [
          {
            name: `ajv-cli, ${c.label}`,
            files: c.n,
            argv: ajvOn(`${corpus(c)}/*.plan.yaml`),
            check: allValid(),
            warmup: 1,
          },
        ]
      : []),
  ]),
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
const positions = corpora.map((c) => {
  const expected = injectTypo(corpus(c), Math.ceil(c.n * 0.537));
  const out = spawnSync(plan[0], [...plan.slice(1), 'validate', '--format', 'json', corpus(c)], {
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
    label: c.label,
    ok,
    expected: `${path.basename(expected.file)}:${expected.line}:${expected.column}`,
    got: findings.map((f) => `${path.basename(f.file)}:${f.line}:${f.column} ${f.rule}`).join('; '),
  };
});
fs.rmSync(tmp, { recursive: true, force: true });

const result = { machine: machine(), load: loadAverage(), runs, commands, times, rss, positions };
const markdown = renderMarkdown(result);
process.stdout.write(`${markdown}\n`);
if (write) {
  fs.mkdirSync(path.join(root, 'docs'), { recursive: true });
  fs.writeFileSync(path.join(root, 'docs/benchmarks.md'), markdown);
  updateReadme(path.join(root, 'README.md'), markdown);
  say('wrote docs/benchmarks.md and the table in README.md');
}
process.exitCode = targetsMet(result) ? 0 : 1;
