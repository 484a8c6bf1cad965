// Puts the latest results table between the bench markers in README.md, so the README never shows stale numbers.
import fs from 'node:fs';

export function updateReadme(readmePath, markdown) {
  const readme = fs.readFileSync(readmePath, 'utf8');
  // Every table of the results (timings, then targets), each kept a separate table.
  const table = markdown
    .split('\n\n')
    .filter((block) => block.startsWith('|'))
    .join('\n\n');
  const updated = readme.replace(
    /<!-- bench:start -->[\s\S]*?<!-- bench:end -->/,
    `<!-- bench:start -->\n${table}\n<!-- bench:end -->`,
  );
  if (updated !== readme) fs.writeFileSync(readmePath, updated);
}
