// The normalised plans: item references, sections and areas, clause counts, computed from the shipped files.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/load/load-workspace.js';

const data = path.resolve(import.meta.dirname, '../../data');
const workspace = loadWorkspace([data], data);
const byShort = (short: string) => {
  const plan = workspace.plans.find((p) => p.short === short);
  if (!plan) throw new Error(`no plan ${short}`);
  return plan;
};

describe('normalisePlan on the shipped data', () => {
  it('loads both plans, the roster and five areas without findings', () => {
    expect(workspace.findings).toEqual([]);
    expect(workspace.plans.map((p) => p.short).sort()).toEqual(['莲都', '黄州']);
    expect(workspace.domains).toHaveLength(5);
  });

  it('gives 黄州 items their plain numbers and 莲都 items section-qualified ones', () => {
    const hz = byShort('黄州');
    expect(hz.items.filter((i) => /^\d+$/.test(i.ref)).map((i) => Number(i.ref))).toEqual(
      Array.from({ length: 43 }, (_, i) => i + 1),
    );
    const ld = byShort('莲都');
    expect(ld.items.map((i) => i.ref)).toContain('(二)1');
    expect(ld.items.map((i) => i.ref)).toContain('三、2');
    expect(new Set(ld.items.map((i) => i.ref)).size).toBe(ld.items.length);
  });

  it('links every clause to its item, section and area', () => {
    for (const plan of workspace.plans) {
      for (const clause of plan.clauses) {
        expect(clause.item.clauses).toContain(clause);
        expect(clause.units.length).toBeGreaterThan(0);
      }
    }
    const hz = byShort('黄州');
    expect(hz.items.find((i) => i.ref === '6')?.domain).toBe('red-culture');
    expect(hz.items.find((i) => i.ref === '1')?.domain).toBeNull();
  });

  it('keeps bracket-less paragraphs as text without units', () => {
    const hz = byShort('黄州');
    const paragraphs = hz.items.filter((i) => i.text !== null);
    expect(paragraphs.map((i) => i.title)).toEqual(['强化政治站位', '强化任务落实', '强化绩效考评', '强化氛围营造']);
    expect(paragraphs.every((i) => i.clauses.length === 0)).toBe(true);
  });
});
