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
    notice: plan.notice,
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
    expect(first.stderr).toMatch(/^已写入 .*黄州区-2023\.plan\.yaml\n/);
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

  it('drafts the groups the roster annex defines, as the hand encoding has them, flagged 待核对 with a note', () => {
    type Roster = {
      lists: { id: string; entries: { name: string }[] }[];
      groups?: { name: string; includes?: string[]; members?: string[]; vague?: boolean; note: string }[];
      unconfirmed?: { name: string }[];
      notOnRoster?: unknown;
    };
    const read = (file: string): Roster => YAML.parse(fs.readFileSync(file, 'utf8'));
    const members = (r: Roster, name: string) => {
      const g = r.groups?.find((x) => x.name === name);
      const listed = (g?.includes ?? []).flatMap((id) => r.lists.find((l) => l.id === id)?.entries ?? []);
      return [...listed.map((e) => e.name), ...(g?.members ?? [])];
    };
    const file = path.join(out, '区绩效考评单位名单-2023.roster.yaml');
    const draft = read(file);
    const hand = read(path.join(repoRoot, 'data', 'roster-2023.roster.yaml'));
    expect(draft.groups?.map((g) => g.name)).toEqual(['区绩效考评单位', '各街道(镇)']);
    for (const name of ['区绩效考评单位', '各街道(镇)']) {
      expect(members(draft, name)).toEqual(members(hand, name));
      expect(draft.groups?.find((g) => g.name === name)?.vague).toBe(hand.groups?.find((g) => g.name === name)?.vague);
    }
    expect(members(draft, '各街道(镇)')).toHaveLength(8);
    expect(members(draft, '区绩效考评单位')).toHaveLength(67);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('# 待核对:分组由附件3的标题推断');
    expect(text).toContain('note: 附件3标题为“区绩效考评单位名单”');
    expect(text).toContain('# 待核对:分组按名称的写法推断:附件3第二段全是街道、镇');
    // A group is no longer among the unconfirmed names; the hand-added ones the importer does not draft still are.
    const unconfirmed = (draft.unconfirmed ?? []).map((n) => n.name);
    expect(unconfirmed).not.toContain('各街道(镇)');
    expect(unconfirmed).not.toContain('区绩效考评单位');
    expect(unconfirmed).toContain('区直相关单位');
  });

  it('marks what it guessed with 待核对 comments, and the draft validates and is in plan fmt layout', () => {
    const text = fs.readFileSync(path.join(out, '黄州区-2023.plan.yaml'), 'utf8');
    expect(text).toMatch(/# 待核对:id /);
    expect(text).toMatch(/# 待核对:本项没有责任括注/);
    const roster = fs.readFileSync(path.join(out, '区绩效考评单位名单-2023.roster.yaml'), 'utf8');
    expect(roster).toContain('# 待核对:原文写作“区委办(区台办)”');
    // Names it could not match are unconfirmed, not "confirmed off the roster" (notOnRoster is for a decision).
    expect(YAML.parse(roster).unconfirmed.map((n: { name: string }) => n.name)).toContain('区对口办');
    expect(YAML.parse(roster).notOnRoster).toBeUndefined();
    const validate = runCli(['validate', out]);
    expect(validate.stdout).toBe('');
    expect(validate.code).toBe(0);
    expect(runCli(['fmt', '--check', out]).code).toBe(0);
  });

  it('declares its source, and plan check proves the draft against it: no source-verbatim finding', () => {
    expect(fs.readFileSync(path.join(out, '黄州区-2023.plan.yaml'), 'utf8')).toMatch(
      /^source: (\.\.\/)+.*data\/source\/jiangbei-2023-cooperation-plans\.txt$/m,
    );
    const check = runCli(['check', '--data', out, '--format', 'json']);
    const rules = JSON.parse(check.stdout).map((f: { rule: string }) => f.rule);
    expect(rules).not.toContain('source-verbatim');
    expect(rules).toContain('unit-not-on-roster');
    const unconfirmed = JSON.parse(check.stdout).find((f: { message: string }) => f.message.startsWith('“区对口办”'));
    expect(unconfirmed.rule).toBe('unit-not-on-roster');
    expect(unconfirmed.severity).toBe('warning');
    expect(unconfirmed.message).toMatch(/^“区对口办”尚未核对:名单“roster-2023”中找不到,也没有确认是名单外单位/);
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

const fixture = (name: string) => path.join(repoRoot, 'tests', 'fixtures', 'import', name);

describe('plan import, genre B (made up: one bracket per task with 责任领导;牵头单位;责任单位, full- and half-width)', () => {
  const out = path.join(scratch, 'genre-b');
  const run = runCli(['import', fixture('genre-b.txt'), '--out', out]);
  const data = ['--data', out];
  const tasks = (args: string[]) =>
    JSON.parse(runCli(['tasks', ...data, ...args, '--format', 'json']).stdout).tasks.map(
      (t: { item: string; role: string; roleLabel: string }) => [t.item, t.role, t.roleLabel],
    );

  it('reports the task with no bracket at its line:col, exit 1, and still writes the draft and a drafted roster', () => {
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/13:1 .*import-no-bracket/);
    expect(run.stdout.match(/ import-[a-z-]+$/gm)).toEqual([' import-no-bracket']);
    expect(fs.readdirSync(out).sort()).toEqual(['云栖区-2025.plan.yaml', '单位名单草稿-2025.roster.yaml']);
    const roster = fs.readFileSync(path.join(out, '单位名单草稿-2025.roster.yaml'), 'utf8');
    expect(roster).toContain('不是原文的名单');
  });

  it('keeps document numbers 〔2021〕 in the text and reads full-width brackets, colons and semicolons', () => {
    const plan = YAML.parse(fs.readFileSync(path.join(out, '云栖区-2025.plan.yaml'), 'utf8'));
    const items = plan.parts.flatMap((p: { sections: { items: unknown[] }[] }) => p.sections.flatMap((s) => s.items));
    expect(items).toHaveLength(13);
    expect(items[2].clauses[0].text).toBe('落实《云栖区城市更新行动方案》(云政办〔2021〕12号),推进城市更新项目12个。');
    expect(items[5]).toEqual({ number: '6', text: '培育夜间经济集聚区2个。' });
    expect(items[10].clauses[0].unitLists).toEqual([
      { label: '牵头单位', units: ['区人力社保局'] },
      { label: '责任单位', units: ['各乡镇\uff08街道\uff09'] },
    ]);
    expect(items[10].clauses[0].leaders).toEqual([{ label: '责任领导', names: ['孙丽'] }]);
    expect(items[0].clauses[0].unitLists[1]).toEqual({
      label: '责任单位',
      units: ['区财政局', '区住建局', '相关乡镇办'],
      separators: ['、', ','],
    });
    expect(plan.numbering).toBe('global');
  });

  it('validates, and plan tasks answers lead and support roles as the text labels them', () => {
    expect(runCli(['validate', out]).code).toBe(0);
    expect(tasks(['--unit', '区发改局', '--role', 'lead'])).toEqual([
      ['1', 'lead', '牵头单位'],
      ['9', 'lead', '牵头单位'],
    ]);
    expect(tasks(['--unit', '区发改局', '--role', 'support'])).toEqual([
      ['2', 'support', '责任单位'],
      ['10', 'support', '责任单位'],
    ]);
    expect(tasks(['--unit', '区供电公司'])).toEqual([['9', 'support', '配合单位']]);
    expect(tasks(['--unit', '区商务局', '--role', 'lead'])).toEqual([
      ['4', 'lead', '牵头单位'],
      ['5', 'lead', '牵头单位'],
    ]);
  });

  it('a GBK copy drafts the same files, and says it was decoded as GB18030', () => {
    const gbk = path.join(scratch, 'genre-b-gbk');
    const r = runCli(['import', fixture('genre-b.gbk.txt'), '--out', gbk]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('不是 UTF-8,已按 GB18030(含 GBK)解码');
    // Not the header comment (it names the encoding), nor source: (plan check reads UTF-8 sources only).
    const body = (dir: string, file: string) =>
      fs
        .readFileSync(path.join(dir, file), 'utf8')
        .split('\n')
        .slice(1)
        .filter((line) => !line.startsWith('source: '));
    for (const file of fs.readdirSync(out)) expect(body(gbk, file)).toEqual(body(out, file));
  });
});

describe('plan import: what it cannot place is a finding with the source line:col (broken-a.txt)', () => {
  it('reports each, exit 1, and writes the draft', () => {
    const out = path.join(scratch, 'broken');
    const r = runCli(['import', fixture('broken-a.txt'), '--out', out, '--format', 'json']);
    expect(r.code).toBe(1);
    const found = JSON.parse(r.stdout);
    expect(found.map((f: { line: number; column: number; rule: string }) => `${f.line}:${f.column} ${f.rule}`)).toEqual(
      [
        '8:34 import-no-bracket',
        '9:1 import-no-bracket',
        '9:1 import-number-sequence',
        '9:15 import-unreadable-bracket',
        '10:1 import-no-bracket',
      ],
    );
    const text = fs.readFileSync(path.join(out, '示例区-2025.plan.yaml'), 'utf8');
    expect(text).toContain('# 待核对:最后一个责任括注之后的文字没有括注');
    expect(text).toContain('text: 另行商定交流项目。');
  });
});

describe('plan import: groups a made-up roster annex defines (roster-groups.txt)', () => {
  const out = path.join(scratch, 'roster-groups');
  const run = runCli(['import', fixture('roster-groups.txt'), '--out', out]);
  const roster = () => YAML.parse(fs.readFileSync(path.join(out, '县考核单位名单-2025.roster.yaml'), 'utf8'));

  it('the title names a group of every list; 相关乡镇(街道) is the paragraph of 乡/镇/街道, vague; 各部门 stays unconfirmed', () => {
    expect(run.code).toBe(0);
    expect(
      roster().groups.map((g: { name: string; includes: string[]; vague?: boolean }) => [g.name, g.includes, g.vague]),
    ).toEqual([
      ['县考核单位', ['list-1', 'list-2'], undefined],
      ['相关乡镇(街道)', ['list-2'], true],
    ]);
    expect(roster().unconfirmed.map((n: { name: string }) => n.name)).toEqual(['各部门']);
    expect(runCli(['validate', out]).code).toBe(0);
  });

  it('plan tasks --unit answers through the groups: possibly for 相关, as a member of the title group', () => {
    const tasks = JSON.parse(runCli(['tasks', '--data', out, '--unit', '清溪镇', '--format', 'json']).stdout).tasks;
    expect(
      tasks.map((t: { text: string; match: string; matchedAs: string }) => [t.text, t.match, t.matchedAs]),
    ).toEqual([
      ['改造农村公路50公里。', 'possibly', '相关乡镇(街道)'],
      ['开展考核单位结对帮扶。', 'group', '县考核单位'],
    ]);
  });
});

describe('plan import, genre D (made up: a 责任单位 line under each task)', () => {
  const out = path.join(scratch, 'genre-d');
  const run = runCli(['import', fixture('genre-d.txt'), '--out', out]);
  const plan = () => YAML.parse(fs.readFileSync(path.join(out, '石桥区-2025.plan.yaml'), 'utf8'));

  it('gives each task the units of the line under it, keeps the remark apart from the last name, flags it', () => {
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/12:1 .*import-no-bracket/);
    const [first, second] = plan().parts[0].sections;
    expect(plan().numbering).toBe('per-section');
    expect(first.items[0].clauses).toEqual([
      {
        text: '新建高标准农田1万亩。',
        unitLists: [
          {
            label: '责任单位',
            units: ['区发改局', '区财政局'],
            remark: '列第一位者为牵头单位\uff0c下同',
            firstIsLead: '原文第 6 行任务1“责任单位”后注明“列第一位者为牵头单位\uff0c下同”。',
          },
        ],
      },
    ]);
    // 下同: the later 责任单位 list carries the same inference, quoting where it was said; 牵头单位/配合单位 do not.
    expect(first.items[1].clauses[0].unitLists).toEqual([
      {
        label: '责任单位',
        units: ['区文旅局', '区农业农村局', '区商务局'],
        firstIsLead: '原文第 6 行任务1“责任单位”后注明“列第一位者为牵头单位\uff0c下同”。',
      },
    ]);
    expect(second.items[0].clauses[0].unitLists.map((l: { label: string }) => l.label)).toEqual([
      '牵头单位',
      '配合单位',
    ]);
    expect(second.items[1]).toEqual({ number: '2', title: '加强技能培训', text: '开展农民技能培训2000人次。' });
    const text = fs.readFileSync(path.join(out, '石桥区-2025.plan.yaml'), 'utf8');
    expect(text).toContain('# 待核对:firstIsLead 是推断:“责任单位”列第一位的单位记为牵头');
    expect(text).toContain('# 待核对:firstIsLead 是推断:按前文的“下同”,“责任单位”列第一位的单位记为牵头');
    expect(second.items[0].clauses[0].unitLists.some((l: object) => 'firstIsLead' in l)).toBe(false);
  });

  it('validates, and plan tasks --role support finds the 配合单位', () => {
    expect(runCli(['validate', out]).code).toBe(0);
    const tasks = JSON.parse(
      runCli(['tasks', '--data', out, '--unit', '区发改局', '--role', 'support', '--format', 'json']).stdout,
    ).tasks;
    expect(tasks.map((t: { id: string; roleLabel: string }) => [t.id, t.roleLabel])).toEqual([
      ['plan-2025:1.2.1.1', '配合单位'],
    ]);
  });
});

describe('plan import, genre D with fields parted by spaces only (made up: genre-d-spaced.txt)', () => {
  const out = path.join(scratch, 'genre-d-spaced');
  const run = runCli(['import', fixture('genre-d-spaced.txt'), '--out', out]);
  const items = () => YAML.parse(fs.readFileSync(path.join(out, '黄湾县-2025.plan.yaml'), 'utf8')).parts[0].items;

  it('splits names at spaces (recorded as " ") and fields at the space before the next label', () => {
    expect(run.code).toBe(0);
    expect(items()[2].clauses[0].unitLists).toEqual([
      { label: '牵头单位', units: ['县生态环境分局'] },
      { label: '配合单位', units: ['县住建局', '县水利局'], separators: [' '] },
    ]);
    expect(items()[3].clauses[0].unitLists[0]).toMatchObject({
      units: ['县水利局', '县生态环境分局', '各乡镇'],
      separators: [' ', '、'],
    });
    const check = runCli(['check', '--data', out, '--format', 'json']);
    expect(JSON.parse(check.stdout).filter((f: { rule: string }) => f.rule === 'source-verbatim')).toEqual([]);
  });

  it('firstIsLead from task 1 holds for the later 责任单位 lists (下同): plan tasks answers lead and support by it', () => {
    expect(
      items().map((i: { clauses: { unitLists: { firstIsLead?: string }[] }[] }) =>
        i.clauses[0]?.unitLists.map((l) => l.firstIsLead !== undefined),
      ),
    ).toEqual([[true], [true], [false, false], [true]]);
    const roles = (unit: string) =>
      JSON.parse(runCli(['tasks', '--data', out, '--unit', unit, '--format', 'json']).stdout).tasks.map(
        (t: { item: string; role: string }) => [t.item, t.role],
      );
    expect(roles('县卫生健康局')).toEqual([['2', 'lead']]);
    expect(roles('县农业农村局')).toEqual([
      ['1', 'lead'],
      ['2', 'support'],
    ]);
  });
});

describe('plan import, genre C (made up: a task table saved as text, tab-separated)', () => {
  const out = path.join(scratch, 'genre-c');
  const run = runCli(['import', fixture('genre-c.txt'), '--out', out]);

  it('reads each row into an item with its lists, leaders and deadline, part leaders from the heading', () => {
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/9:1 .*5 格.*6 列.*import-unplaced-line/);
    const plan = YAML.parse(fs.readFileSync(path.join(out, '明湖区-2025.plan.yaml'), 'utf8'));
    expect(plan.parts.map((p: { heading: string; leaders: unknown }) => [p.heading, p.leaders])).toEqual([
      ['提升政务服务效能', [{ label: '牵头领导', names: ['周建国', '吴海燕'] }]],
      ['优化市场环境', [{ label: '牵头领导', names: ['吴海燕'] }]],
    ]);
    expect(plan.parts[0].items[0]).toEqual({
      number: '1',
      clauses: [
        {
          text: '推行企业开办“一件事”集成办理,全程办理时间压缩至1个工作日以内。',
          unitLists: [
            { label: '牵头单位', units: ['区行政审批局'] },
            { label: '责任单位', units: ['区市场监管局', '区税务局', '区大数据中心'], separators: [' ', '、'] },
          ],
          leaders: [{ label: '责任人', names: ['孙立平'] }],
          deadline: '2025年6月底前',
        },
      ],
    });
    expect(plan.parts[1].items.map((i: { number: string }) => i.number)).toEqual(['1', '2', '3']);
  });

  it('validates, and plan tasks --role lead answers from the 牵头单位 column', () => {
    expect(runCli(['validate', out]).code).toBe(0);
    const tasks = JSON.parse(
      runCli(['tasks', '--data', out, '--unit', '区市场监管局', '--role', 'lead', '--format', 'json']).stdout,
    ).tasks;
    expect(tasks.map((t: { text: string }) => t.text)).toEqual([
      '清理妨碍统一市场和公平竞争的政策措施。',
      '新增市场主体5000户以上。',
    ]);
  });
});

describe('plan import, genre C saved one cell a line (made up: the same table as genre-c.txt, Word "save as text")', () => {
  const out = path.join(scratch, 'genre-c-cells');
  const run = runCli(['import', fixture('genre-c-cells.txt'), '--out', out]);
  const body = (dir: string) =>
    fs
      .readFileSync(path.join(dir, '明湖区-2025.plan.yaml'), 'utf8')
      .split('\n')
      .filter((l) => !l.startsWith('#') && !l.startsWith('source:'));

  it('counts the columns from the header cells and drafts the same plan as the tab-separated table', () => {
    runCli(['import', fixture('genre-c.txt'), '--out', path.join(scratch, 'genre-c-tabs')]);
    expect(body(out)).toEqual(body(path.join(scratch, 'genre-c-tabs')));
    expect(YAML.parse(body(out).join('\n')).parts[0].items[0].clauses[0].deadline).toBe('2025年6月底前');
  });

  it('reports the row with a cell missing at its number cell line:col (exit 1) and flags it in the draft', () => {
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/29:1 .*5 格.*6 列.*import-unplaced-line/);
    expect(run.stdout).not.toMatch(/import-unplaced-line[\s\S]*import-unplaced-line/);
    expect(fs.readFileSync(path.join(out, '明湖区-2025.plan.yaml'), 'utf8')).toContain(
      '# 待核对:这一行有 5 格,表头有 6 列',
    );
  });

  it('a row that runs into the next part heading is still cut there, not merged with the next row', () => {
    const text = fs.readFileSync(fixture('genre-c-cells.txt'), 'utf8').replace('郑晓东\n2025年12月底前\n', '');
    const file = path.join(scratch, 'cells-short.txt');
    fs.writeFileSync(file, text);
    const short = runCli(['import', file, '--out', path.join(scratch, 'cells-short')]);
    expect(short.stdout).toMatch(/16:1 .*4 格.*6 列/);
    const plan = YAML.parse(fs.readFileSync(path.join(scratch, 'cells-short', '明湖区-2025.plan.yaml'), 'utf8'));
    expect(plan.parts.map((p: { items: unknown[] }) => p.items.length)).toEqual([2, 3]);
  });
});

describe.each(['b', 'c', 'c-cells', 'd', 'd-spaced'])('the genre %s draft declares its source', (genre) => {
  it('and plan check finds it verbatim and complete: no source-verbatim finding', () => {
    const out = path.join(scratch, `proof-${genre}`);
    runCli(['import', fixture(`genre-${genre}.txt`), '--out', out]);
    expect(fs.readdirSync(out).some((f) => f.endsWith('.plan.yaml'))).toBe(true);
    const check = runCli(['check', '--data', out, '--format', 'json']);
    expect(JSON.parse(check.stdout).filter((f: { rule: string }) => f.rule === 'source-verbatim')).toEqual([]);
  });
});

describe('plan import: careless and hostile input', () => {
  it('a file name with a line break cannot end the header comment and start YAML', () => {
    const file = path.join(scratch, 'a\nkind: roster.txt');
    fs.writeFileSync(file, '云栖区2025年计划\n一、任务\n1.做事。〔责任单位:区商务局〕\n');
    const out = path.join(scratch, 'odd-name');
    expect(runCli(['import', file, '--out', out]).code).toBe(0);
    const text = fs.readFileSync(path.join(out, '云栖区-2025.plan.yaml'), 'utf8');
    expect(text.split('\n')[0]).toContain('a?kind: roster.txt');
    expect(YAML.parse(text).kind).toBe('plan');
  });

  it('a text full of unclosed brackets is read in one pass, and each line is still placed or reported', () => {
    const file = path.join(scratch, 'brackets.txt');
    fs.writeFileSync(file, `云栖区2025年计划\n一、任务\n1.${'('.repeat(200_000)}\n2.${'〔'.repeat(200_000)}\n`);
    const r = runCli(['import', file, '--out', path.join(scratch, 'brackets')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('云栖区-2025.plan.yaml');
  });

  it('--force does not write through a symbolic link planted at a target name (exit 2)', () => {
    const out = path.join(scratch, 'linked');
    fs.mkdirSync(out);
    const outside = path.join(scratch, 'outside.txt');
    fs.writeFileSync(outside, 'keep\n');
    fs.symlinkSync(outside, path.join(out, '黄州区-2023.plan.yaml'));
    const r = runCli(['import', notice, '--out', out, '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('黄州区-2023.plan.yaml');
    expect(fs.readFileSync(outside, 'utf8')).toBe('keep\n');
  });

  it('a text with no plan in it is exit 2 and writes nothing', () => {
    const file = path.join(scratch, 'empty.txt');
    fs.writeFileSync(file, '\n\n');
    const r = runCli(['import', file, '--out', path.join(scratch, 'empty')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('没有找到计划');
    expect(fs.existsSync(path.join(scratch, 'empty'))).toBe(false);
  });
});

describe('source-verbatim on a plan pointed at the wrong text', () => {
  it('stops after 50 misses with one finding that says so, instead of scanning the text for every clause', async () => {
    const { shippedDataCopy } = await import('../helpers/shipped-data-copy.js');
    const dir = shippedDataCopy((text, name) =>
      name === 'huangzhou-2023.plan.yaml' ? text.replace(/^source: .*$/m, 'source: wrong.txt') : text,
    );
    fs.copyFileSync(fixture('genre-b.txt'), path.join(dir, 'wrong.txt'));
    const check = runCli(['check', '--data', dir, '--format', 'json']);
    const found = JSON.parse(check.stdout).filter(
      (f: { rule: string; file: string }) =>
        f.rule === 'source-verbatim' && f.file.endsWith('huangzhou-2023.plan.yaml'),
    );
    expect(found.length).toBe(51);
    expect(found.filter((f: { message: string }) => f.message.includes('超过 50 处'))).toHaveLength(1);
    expect(check.code).toBe(1);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
