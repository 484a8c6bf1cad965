// Puts the latest results table between the bench markers in README.md, so the README never shows stale numbers.
import fs from 'node:fs';

export function updateReadme(readmePath, markdown) {
  const readme = fs.readFileSync(readmePath, 'utf8');
  // Every table of the results (timings, then targets), each kept a separate table.
  // This run's tables only: the hand-written A/B record (mechanisms.md) stays in docs/benchmarks.md.
  const table = markdown
    .split('\n## What each speed mechanism buys')[0]
    .split('\n\n')
    .filter((block) => block.startsWith('|'))
    .join('\n\n');
  const updated = readme.replace(
    /<!-- bench:start -->[\s\S]*?<!-- bench:end -->/,
    `<!-- bench:start -->\n${table}\n<!-- bench:end -->`,
  );
  if (updated !== readme) fs.writeFileSync(readmePath, updated);
}
