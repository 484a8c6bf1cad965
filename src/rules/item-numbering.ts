// Item numbers must run 1, 2, 3… in the plan's numbering mode (global, per part, per section; by default either of
// the last two). One misnumbered item is one finding: the rule looks at the next number before blaming the sequence.
import { numeralValue, toNumeral } from '../domain/numerals.js';
import type { Item, Plan } from '../model/plan.js';
import type { Rule } from './rule.js';

export const itemNumbering: Rule = {
  meta: {
    id: 'item-numbering',
    phase: 'validate',
    scope: 'file',
    severity: 'error',
    description: {
      zh: '条目编号必须按计划的编号方式连续(全计划连续、每部分重新编号或每节重新编号)',
      en: "Item numbers must be consecutive in the plan's numbering mode (global, per part, per section)",
    },
    help: {
      zh: '条目编号必须连续。计划可用 numbering 写明编号方式:global 全计划 1 到 N 连续编号,per-part 每个部分重新编号(黄州 1–43,保障机制另起),per-section 每节从 1 开始(莲都);不写时后两种都接受。跳号多半是漏录,重号多半是重录或编号写错,请对照原文检查。',
      en: 'Item numbers must run on. A plan may state its mode in numbering: global (1 to N across the plan), per-part (restarting in each part, as 黄州), per-section (restarting in each section, as 莲都); without it either of the last two is accepted. A gap usually means a missing item, a repeat an item entered twice or misnumbered; check against the source.',
    },
    messages: {
      first: {
        zh: '条目编号“{{number}}”不对:第一条应为 {{expected}}',
        en: 'Item number "{{number}}" is wrong: the first item should be {{expected}}',
      },
      gap: {
        zh: '条目编号跳号:{{previous}} 之后应为 {{expected}},这里是 {{number}}。请检查是否漏录了条目',
        en: 'Item numbers skip: after {{previous}} comes {{expected}}, not {{number}}. Check for a missing item',
      },
      wrong: {
        zh: '条目编号“{{number}}”应为 {{expected}}({{previous}} 之后、{{next}} 之前)。请按原文改正编号',
        en: 'Item number "{{number}}" should be {{expected}} (after {{previous}}, before {{next}}). Correct it from the source',
      },
      restart: {
        zh: '条目编号“{{number}}”不对:本节第一条应从 1 重新编号,或接着上一节编为 {{expected}}({{previous}} 之后)。可用 numbering 写明编号方式',
        en: 'Item number "{{number}}" is wrong: the first item of this section is 1 (restarting) or {{expected}} (after {{previous}}). State the mode with numbering',
      },
      duplicate: {
        zh: '条目编号 {{number}} 重复:前面已有 {{number}},{{previous}} 之后应为 {{expected}}。请检查是否重录了条目或编号写错',
        en: 'Item number {{number}} is a duplicate: {{number}} comes earlier, and after {{previous}} comes {{expected}}. Check for an item entered twice or misnumbered',
      },
    },
  },
  check({ workspace, report }) {
    for (const plan of workspace.plans) {
      for (const run of sequences(plan)) checkRun(plan, run, report);
    }
  },
};

/** The runs of items numbered from 1, as the plan's mode says; `restart` marks where a run may begin again at 1. */
function sequences(plan: Plan): { items: Item[]; restartAt: Set<Item> }[] {
  // Parts and sections by position in the file (an item's path: parts, p, sections, s, …), not by number and heading:
  // a plan may repeat a heading, and a copied section its number.
  const partOf = (item: Item) => item.path[1];
  const sectionOf = (item: Item) => (item.path[2] === 'sections' ? item.path[3] : undefined);
  const keyOf = (item: Item): string | number | undefined => {
    if (plan.numbering === 'global') return '';
    if (plan.numbering === 'per-section') return `${partOf(item)}:${sectionOf(item) ?? ''}`;
    return partOf(item);
  };
  const runs = new Map<string | number | undefined, { items: Item[]; restartAt: Set<Item> }>();
  let previous: Item | null = null;
  for (const item of plan.items) {
    const key = keyOf(item);
    let run = runs.get(key);
    if (!run) {
      run = { items: [], restartAt: new Set() };
      runs.set(key, run);
    }
    // No mode written: a new section of the same part may either run on or start again at 1 (黄州 and 莲都 both occur).
    if (plan.numbering === null && previous && partOf(previous) === partOf(item)) {
      if (sectionOf(previous) !== sectionOf(item)) run.restartAt.add(item);
    }
    run.items.push(item);
    previous = item;
  }
  return [...runs.values()];
}

type Report = Parameters<NonNullable<typeof itemNumbering.check>>[0]['report'];

function checkRun(plan: Plan, run: { items: Item[]; restartAt: Set<Item> }, report: Report): void {
  const values = run.items.map((item) => numeralValue(item.number));
  let previous = 0;
  /** seen[n] is true once n has been used in the run (since its last restart). */
  let seen: boolean[] = [];
  run.items.forEach((item, i) => {
    const value = values[i] ?? 0;
    if (value === 1 && run.restartAt.has(item)) {
      previous = 0;
      seen = [];
    }
    const expected = previous + 1;
    if (value !== expected) {
      // Shown in the item's own style: 12 for Arabic numbers, 十二 for Chinese ones.
      const show = (n: number) => (/^\d+$/.test(item.number) ? String(n) : toNumeral(n));
      const nextValue = values[i + 1];
      const data = { number: item.number, expected: show(expected), previous: show(previous), next: '' };
      const path = [...item.path, 'number'];
      // The next item carries on as if this one were numbered right: one wrong number, not a broken sequence.
      const oneOff = nextValue !== undefined && nextValue === expected + 1;
      const duplicate = seen[value] === true;
      // A section start with no mode written may restart at 1 or run on: both are offered before any other reading.
      if (run.restartAt.has(item)) report({ file: plan.file, path, messageId: 'restart', data });
      else if (duplicate) report({ file: plan.file, path, messageId: 'duplicate', data });
      else if (previous === 0) report({ file: plan.file, path, messageId: 'first', data });
      else if (oneOff) report({ file: plan.file, path, messageId: 'wrong', data: { ...data, next: show(nextValue) } });
      else report({ file: plan.file, path, messageId: 'gap', data });
      // Misnumbered: the run goes on from the right number; an extra item: from where it was; a gap: from here.
      previous = oneOff ? expected : duplicate ? previous : value;
    } else previous = value;
    seen[value] = true;
  });
}
