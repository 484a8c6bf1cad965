// `plan report` on the made-up genre B/C/D folders and the shipped data, through the real binary: clause ids, unit lists
// with their labels and roles as written, leaders, topical headings, deadlines and target bounds, in the overview and
// in the per-unit handouts.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-report-genres-'));
const genre = (name: string) => path.join(repoRoot, 'tests', 'fixtures', 'genres', name);

/** The page's text as a reader sees it: tags become spaces, runs of space one space. */
const visible = (html: string) =>
  html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

/** The text of one part of the overview, from its section to the next. */
function part(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  expect(start, id).toBeGreaterThan(-1);
  const next = html.indexOf('<section id="', start + 1);
  return visible(html.slice(start, next === -1 ? undefined : next));
}

function report(data: string, name: string, ...args: string[]): string {
  const out = path.join(work, name);
  const result = runCli(['report', '--data', data, '--out', out, ...args], {
    env: { SOURCE_DATE_EPOCH: '1688169600' },
  });
  expect(result.code, result.stderr).toBe(0);
  return out;
}

const overview = (data: string, name: string) => fs.readFileSync(path.join(report(data, name), 'index.html'), 'utf8');

describe('plan report on other genres', () => {
  it('genre B: clause ids, lists labelled as written, leaders, unnumbered topical headings, bounds with their signs', () => {
    const html = overview(genre('b'), 'b');
    const full = part(html, 'structure');
    expect(full).toContain(
      '1.1.1.1 全年实施区级重点项目120个,固定资产投资增长8%以上。 牵头单位: 区发改局 区农业农村局 责任单位: 区财政局 区林业局 区经发集团 相关乡镇办 责任领导:王明远、李卫东 固定资产投资增速:≥8%',
    );
    // The topical headings sit under their numbered section, before their tasks.
    expect(full).toContain('(二)促进消费扩容提质 加强基础设施建设 3. 建成城市快速路二期');
    expect(full).toContain('激发消费活力 4. 社会消费品零售总额');
    // The lead list is marked as such (the page styles it apart).
    expect(html).toContain('<div class="units lead"><span class="list-label">牵头单位:</span>');
    const targets = part(html, 'targets');
    for (const bound of ['≥8%', '≥15亿元', '=30公里', '↑(较上年)', '≈40家', '≤30微克/立方米', '≈23万吨'])
      expect(targets).toContain(bound);
    expect(targets).toContain('1.2.3.1');
    // Each target's units with their lists' labels, as in the full text.
    expect(targets).toContain(
      '新改建农村公路: =30公里 牵头单位: 区交通运输局 责任单位: 区住建局 相关乡镇办 新改建农村公路30公里',
    );
    // In the unit index a unit's role in each clause comes before how it is named, as in `plan tasks`.
    const units = part(html, 'units');
    expect(units).toContain('1 全年实施区级重点项目120个,固… 1.1.1.1 牵头·直接');
    expect(units).toContain('2 争取地方政府专项债券资金不少于1… 1.1.2.1 责任·直接');
  });

  it('genre C: a part’s leaders once under its heading, each row’s 责任人 and 完成时限, a target’s deadline', () => {
    const full = part(overview(genre('c'), 'c'), 'structure');
    expect(full).toContain('一、提升政务服务效能 牵头领导:周建国、吴海燕 1. 推行企业开办');
    expect(full.match(/牵头领导:周建国、吴海燕/g)).toHaveLength(1);
    expect(full).toContain('二、激发市场主体活力 牵头领导:吴海燕 1. 全年新增经营主体5000户以上');
    expect(full).toContain('责任人:孙立平 完成时限:2024年6月底前 企业开办全程办理时间:≤1个工作日(2024年6月底前)');
    expect(full).toContain('牵头单位: 区人力社保局 配合单位: 区发改局 责任人:钱文军 完成时限:持续推进');
  });

  it('genre D: a role inferred from “列第一位者为牵头单位” is said beside the name, with the note, and the remark kept', () => {
    const html = overview(genre('d'), 'd');
    const full = part(html, 'structure');
    expect(full).toContain('责任单位: 区发改局 (牵头,推断) 区财政局 (配合,推断) (列第一位者为牵头单位,下同)');
    // The tasks “下同” covers carry the inference too, as `plan show` prints them.
    expect(full).toContain(
      '培育乡村旅游精品线路5条。 区文旅局 (牵头,推断) 区农业农村局 (配合,推断) 区商务局 (配合,推断)',
    );
    expect(html).toContain('<small class="role" title="原文任务1“责任单位”后注明“列第一位者为牵头单位,下同”。">');
  });

  it('the shipped data: clause ids appear, and plain 〔责任单位〕 brackets stay bare names with no role said', () => {
    const html = overview(path.join(repoRoot, 'data'), 'shipped');
    const full = part(html, 'structure');
    expect(full).toContain('2.3.10.1 推动黄州来江北建设农特产品展示展销馆(平台)。 区商务局');
    expect(html).not.toContain('<span class="list-label">');
    const units = part(html, 'units');
    expect(units).toContain('10 推动消费协作 2.3.10.1 直接');
    expect(units).not.toMatch(/责任·|牵头·|配合·/);
  });
});

describe('plan report --unit on other genres', () => {
  it('genre C: the handout gives each clause’s id, the unit’s role, the lists as labelled and the deadline', () => {
    const out = report(genre('c'), 'c-handout', '--unit', '区发改局');
    const text = visible(fs.readFileSync(path.join(out, '区发改局.html'), 'utf8'));
    expect(text).toContain(
      '二、1 全年新增经营主体5000户以上 2.1.1 全年新增经营主体5000户以上。 完成时限:2024年12月底前 牵头单位:区市场监管局; 责任单位: 区发改局 、区商务局 责任·直接 新增经营主体:≥5000户',
    );
    expect(text).toContain('二、2 组织开展重点企业用工服务活动 2.2.1 组织开展重点企业用工服务活动。 完成时限:持续推进');
    expect(text).toContain('配合单位: 区发改局 配合·直接');
    // 区发改局 supports both of its clauses (责任单位 beside 牵头单位 in 二、1; 配合单位 in 二、2), as `plan units` counts.
    expect(text).toContain('共 2 条:直接点名 2 条,经单位组 0 条,可能 0 条;其中牵头 0 条,配合 2 条');
  });

  it('the shipped data: the handout gives the clause id, and the relation alone where the plan labels no roles', () => {
    const out = report(path.join(repoRoot, 'data'), 'shipped-handout', '--unit', '区商务局');
    const text = visible(fs.readFileSync(path.join(out, '区商务局.html'), 'utf8'));
    expect(text).toContain('10 推动消费协作 2.3.10.1 推动黄州来江北建设农特产品展示展销馆(平台)。 区商务局 直接');
    expect(text).not.toMatch(/责任·|牵头·|配合·|责任单位:|其中牵头/);
  });
});
