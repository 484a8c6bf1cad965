// `plan import` end to end through the real binary: the shipped notice drafts plans equal to the hand encoding in
// data/ (numbers, titles, clause texts, unit lists), the draft validates, and nothing is overwritten without --force.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import type { Plan } from '../../src/model/plan.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';

const notice = path.join(repoRoot, 'data', 'source', 'jiangbei-2023-cooperation-plans.txt');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-import-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** Everything the importer drafts from the text, per plan; targets, domains, notes and inferences are left out. */
function drafted(plan: Plan) {
  return {
    title: plan.title,
    annex: plan.annex,
    year: plan.year,
    partner: plan.partner,
    issuer: plan.issuer,
    date: plan.date,
    numbering: plan.numbering,
    basis: plan.basis.map((b) => [b.title, b.number]),
    items: plan.items.map((item) => ({
      part: [item.partNumber, item.partHeading],
      section: [item.sectionNumber, item.sectionHeading],
      number: item.number,
      title: item.title,
      text: item.text,
      clauses: item.clauses.map((c) => ({
        text: c.text,
        lists: c.unitLists.map((l) => [l.label, l.units.map((u) => u.written)]),
      })),
    })),
  };
}

const byAnnex = (plans: Plan[]) => [...plans].sort((a, b) => (a.annex ?? 0) - (b.annex ?? 0));

describe('plan import of the shipped notice', () => {
  const out = path.join(scratch, 'draft');
  const first = runCli(['import', notice, '--out', out]);

  it('writes two plans and the roster, and exits 0 with the page footer shown as a note', () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual([
      '区绩效考评单位名单-2023.roster.yaml',
      '莲都区-2023.plan.yaml',
      '黄州区-2023.plan.yaml',
    ]);
    expect(first.stdout).toContain('220:1');
    expect(first.stdout).toContain('import-left-out');
  });

  it('drafts every item number, title, clause text and unit list exactly as data/ encodes them by hand', () => {
    const hand = byAnnex(loadWorkspace([path.join(repoRoot, 'data')]).plans);
    const draft = byAnnex(loadWorkspace([out]).plans);
    expect(hand.map((p) => p.annex)).toEqual([1, 2]);
    expect(draft.map(drafted)).toEqual(hand.map(drafted));
    expect(draft.flatMap((p) => p.clauses)).toHaveLength(109);
    expect(draft.map((p) => p.items.length)).toEqual([47, 21]);
  });

  it('drafts the roster annex entry for entry as written', () => {
    const written = (file: string) =>
      YAML.parse(fs.readFileSync(file, 'utf8')).lists.map((l: { entries: { name: string; written?: string }[] }) =>
        l.entries.map((e) => e.written ?? e.name),
      );
    expect(written(path.join(out, '区绩效考评单位名单-2023.roster.yaml'))).toEqual(
      written(path.join(repoRoot, 'data', 'roster-2023.roster.yaml')),
    );
  });

  it('marks what it guessed with 待核对 comments, and the draft validates and is in plan fmt layout', () => {
    const text = fs.readFileSync(path.join(out, '黄州区-2023.plan.yaml'), 'utf8');
    expect(text).toMatch(/# 待核对:id /);
    expect(text).toMatch(/# 待核对:本项没有责任括注/);
    const roster = fs.readFileSync(path.join(out, '区绩效考评单位名单-2023.roster.yaml'), 'utf8');
    expect(roster).toContain('# 待核对:原文写作“区委办(区台办)”');
    expect(YAML.parse(roster).notOnRoster.map((n: { name: string }) => n.name)).toContain('区对口办');
    const validate = runCli(['validate', out]);
    expect(validate.stdout).toBe('');
    expect(validate.code).toBe(0);
    expect(runCli(['fmt', '--check', out]).code).toBe(0);
  });

  it('refuses to overwrite without --force (exit 2, naming the file, nothing changed), and replaces with it', () => {
    const file = path.join(out, '黄州区-2023.plan.yaml');
    fs.appendFileSync(file, '# 手工改动\n');
    const again = runCli(['import', notice, '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('黄州区-2023.plan.yaml');
    expect(again.stderr).toContain('--force');
    expect(fs.readFileSync(file, 'utf8')).toContain('# 手工改动');
    const forced = runCli(['import', notice, '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).not.toContain('# 手工改动');
  });
});

describe('plan import: bad sources', () => {
  it('a missing file is exit 2 with the reason, no stack trace', () => {
    const r = runCli(['import', path.join(scratch, 'nope.txt'), '--out', scratch]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/无法读取 .*nope\.txt/);
  });

  it('bytes that are neither UTF-8 nor GB18030 are exit 2 and nothing is written', () => {
    const file = path.join(scratch, 'binary.txt');
    fs.writeFileSync(file, Buffer.from([0xff, 0xff, 0xff, 0x80, 0x00]));
    const dir = path.join(scratch, 'binary-out');
    const r = runCli(['import', file, '--out', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('既不是 UTF-8 也不是 GBK/GB18030');
    expect(fs.existsSync(dir)).toBe(false);
  });
});
