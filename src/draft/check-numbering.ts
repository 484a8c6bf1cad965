// Tells how a plan numbers its tasks (across the plan, per part, per section) and reports numbers out of sequence.

import { numeralValue } from '../domain/numerals.js';
import type { DraftItem, DraftPart, DraftSection, ImportFinding, Numbering } from './draft-types.js';

const sectionItems = (s: DraftSection): DraftItem[] => [...s.items, ...s.sections.flatMap(sectionItems)];
const arabic = (items: DraftItem[]) => items.filter((i) => i.number !== null && /^\d+$/.test(i.number));

/** Numbering as the text shows it: sections restarting at 1 → per-section; a part continuing the last → global. */
function modeOf(parts: DraftPart[]): Numbering {
  for (const part of parts) {
    const firsts = part.sections.map((s) => arabic(sectionItems(s))[0]?.number).filter((n) => n !== undefined);
    if (firsts.slice(1).some((n) => n === '1')) return 'per-section';
  }
  const starts = parts
    .map((p) => arabic([...p.items, ...p.sections.flatMap(sectionItems)])[0]?.number)
    .filter((n) => n !== undefined);
  return starts.slice(1).some((n) => n !== '1') ? 'global' : 'per-part';
}

/** The runs of items numbered as one sequence under the mode, Arabic and Chinese numbers apart. */
function runs(parts: DraftPart[], mode: Numbering): DraftItem[][] {
  const out: DraftItem[][] = [];
  const global: DraftItem[] = [];
  for (const part of parts) {
    const perSection = part.sections.map(sectionItems);
    const all = [...part.items, ...perSection.flat()];
    const chinese = all.filter((i) => i.number !== null && !/^\d+$/.test(i.number));
    if (chinese.length > 0) out.push(chinese);
    if (mode === 'global') global.push(...arabic(all));
    else if (mode === 'per-part') out.push(arabic(all));
    else out.push(arabic(part.items), ...perSection.map(arabic));
  }
  if (mode === 'global') out.push(global);
  return out.filter((r) => r.length > 0);
}

export function checkNumbering(parts: DraftPart[]): { numbering: Numbering; findings: ImportFinding[] } {
  const numbering = modeOf(parts);
  const findings: ImportFinding[] = [];
  for (const run of runs(parts, numbering)) {
    let expected = 1;
    for (const item of run) {
      const value = numeralValue(item.number ?? '');
      if (value !== expected) {
        findings.push({
          ...item.pos,
          rule: 'import-number-sequence',
          messageId: 'sequence',
          data: { number: item.number, expected },
        });
        const why = `编号 ${item.number} 与上一项不连续(应为 ${expected}),按原文照录`;
        item.check = item.check ? `${item.check};${why}` : why;
      }
      expected = value + 1;
    }
  }
  return { numbering, findings };
}
