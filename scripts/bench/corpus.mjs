// Builds scale corpora from the shipped plans, plus the shipped roster and domains: N plan files of ~45 KB (both plans'
// parts in one), or N real-size copies (~22 KB, each a shipped plan with a unique id and short name).
import fs from 'node:fs';
import path from 'node:path';

const PART_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The lines after `parts:` of a plan file, with its top-level part numbers shifted by `offset`. */
function partsOf(text, offset) {
  const body = text.slice(text.indexOf('\nparts:\n') + '\nparts:\n'.length);
  return body.replace(
    /^ {2}- number: (\S+)$/gm,
    (_, n) => `  - number: ${PART_NUMERALS[PART_NUMERALS.indexOf(n) + offset]}`,
  );
}

/** The texts of the shipped plan files, in name order. */
const shippedPlans = (dataDir) =>
  fs
    .readdirSync(dataDir)
    .filter((f) => f.endsWith('.plan.yaml'))
    .sort()
    .map((f) => fs.readFileSync(path.join(dataDir, f), 'utf8'));

/** A plan text with the id and short name of corpus plan number `i`. */
function numbered(text, i) {
  const n = String(i).padStart(4, '0');
  return text.replace(/^id: .*$/m, `id: bench-plan-${n}`).replace(/^short: .*$/m, `short: 计划${n}`);
}

/** One plan text per index: the first plan's header with a unique id and short name, then the parts of every shipped plan. */
export function planTemplate(dataDir) {
  const plans = shippedPlans(dataDir);
  const [first] = plans;
  // The parts of plans numbered per part (黄州) and per section (莲都) in one file: leave the mode unstated (either).
  const header = first.slice(0, first.indexOf('\nparts:\n') + '\nparts:\n'.length).replace(/^numbering: .*\n/m, '');
  let offset = 0;
  const bodies = plans.map((text) => {
    const body = partsOf(text, offset);
    offset += (body.match(/^ {2}- number: /gm) ?? []).length;
    return body.endsWith('\n') ? body : `${body}\n`;
  });
  const template = header + bodies.join('');
  return (i) => numbered(template, i);
}

/** One plan text per index: the shipped plans in turn, each as written but for a unique id and short name. */
export function realSizeTemplate(dataDir) {
  const plans = shippedPlans(dataDir);
  return (i) => numbered(plans[i % plans.length], i);
}

/**
 * Writes `count` plan files plus the shipped roster and domains files into `dir`; returns the total bytes of plans.
 * `shape`: 'joined' (~45 KB, planTemplate) or 'real' (~22 KB, realSizeTemplate).
 */
export function writeCorpus(dataDir, dir, count, shape = 'joined') {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(dataDir))
    if (/\.(roster|domains)\.yaml$|^domains\.yaml$/.test(f)) fs.copyFileSync(path.join(dataDir, f), path.join(dir, f));
  const plan = shape === 'real' ? realSizeTemplate(dataDir) : planTemplate(dataDir);
  let bytes = 0;
  for (let i = 1; i <= count; i++) {
    const text = plan(i);
    bytes += Buffer.byteLength(text);
    fs.writeFileSync(path.join(dir, `plan-${String(i).padStart(4, '0')}.plan.yaml`), text);
  }
  return bytes;
}

/** Misspells one responsible unit in one file of the corpus; returns where the finding must point (1-based). */
export function injectTypo(dir, index, name = '区商务局', typo = '区商物局') {
  const file = path.join(dir, `plan-${String(index).padStart(4, '0')}.plan.yaml`);
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  // The last clause that names the unit, so the finding is deep in the file, not at its top.
  const lineIndex = lines.findLastIndex((l) => /^\s+units: \[/.test(l) && l.includes(name));
  if (lineIndex < 0) throw new Error(`no clause names ${name} in ${file}`);
  const column = lines[lineIndex].indexOf(name) + 1;
  lines[lineIndex] = lines[lineIndex].replace(name, typo);
  fs.writeFileSync(file, lines.join('\n'));
  return { file, line: lineIndex + 1, column, typo };
}
