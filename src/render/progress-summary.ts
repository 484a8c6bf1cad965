// The draft 半年总结 (`plan progress --format md`): overall figures, then each cooperation area's clauses with the
// units' own summaries and evidence quoted, then what was not achieved and who did not report; ready to edit.

import { toNumeral } from '../domain/numerals.js';
import type { Lang } from '../model/lang.js';
import { type ProgressOverview, TALLY_ORDER } from '../model/progress.js';
import { terminalText } from './safe-text.js';

/** Text from a report inside Markdown: one line, no markup of its own. */
const md = (text: string) =>
  terminalText(text)
    .replace(/\s*\r?\n\s*/g, ' ')
    .replace(/([\\`*_[\]<>|])/g, '\\$1');

const PERIOD_NAMES: Record<string, [string, string]> = {
  H1: ['上半年', 'first half'],
  H2: ['下半年', 'second half'],
  Q1: ['第一季度', 'Q1'],
  Q2: ['第二季度', 'Q2'],
  Q3: ['第三季度', 'Q3'],
  Q4: ['第四季度', 'Q4'],
};

function periodName(period: string | null, lang: Lang): string {
  if (!period) return '';
  const [year, part] = period.split('-');
  const name = part ? PERIOD_NAMES[part] : undefined;
  if (lang === 'zh') return `${year}年${name ? name[0] : '全年'}`;
  return name ? `${name[1]} ${year}` : (year ?? '');
}

function counts(c: Record<string, number>, lang: Lang): string {
  const parts = TALLY_ORDER.filter((s) => c[s]).map((s) =>
    lang === 'zh' ? `${s} ${c[s]} 条` : `${s === '未报告' ? 'not reported' : s} ${c[s]}`,
  );
  return parts.join(lang === 'zh' ? '、' : ', ');
}

export function renderProgressSummary(o: ProgressOverview, lang: Lang): string {
  const zh = lang === 'zh';
  const when = periodName(o.period, lang);
  const total: Record<string, number> = {};
  for (const c of o.clauses) total[c.tally] = (total[c.tally] ?? 0) + 1;
  const filed = o.units.length - o.unreported.length;
  const lines: string[] = [
    zh ? `# ${when}对口合作工作总结(初稿)` : `# Cooperation work summary, ${when} (draft)`,
    '',
    zh
      ? `> 本稿由 plan progress 根据 ${filed} 个单位报送的进展报告生成,引文为各单位原话,请核实后修改。`
      : `> Drafted by plan progress from the reports of ${filed} units; quotes are the units' own words. Check and edit.`,
    '',
    zh ? '## 一、总体情况' : '## 1. Overview',
    '',
    zh
      ? `${when},${o.units.length} 个单位承担的 ${o.clauses.length} 条任务中,${counts(total, lang)}。`
      : `In the ${when}, of the ${o.clauses.length} clauses held by ${o.units.length} units: ${counts(total, lang)}.`,
    '',
    zh ? '## 二、分领域推进情况' : '## 2. By cooperation area',
  ];
  o.areas.forEach((area, i) => {
    lines.push('', zh ? `### (${toNumeral(i + 1)})${md(area.name)}` : `### ${i + 1}. ${md(area.name)}`, '');
    lines.push(
      zh
        ? `共 ${area.clauses} 条:${counts(area.counts, lang)}。`
        : `${area.clauses} clauses: ${counts(area.counts, lang)}.`,
    );
    for (const clause of o.clauses.filter((c) => c.domain === area.domain)) {
      const said = clause.statuses.filter((s) => s.status !== null);
      if (said.length === 0) continue;
      const title = clause.itemTitle ? ` ${md(clause.itemTitle)}` : '';
      lines.push('', `- **${md(clause.planShort)} ${md(clause.item)}${title}**(${clause.id},${clause.tally})`);
      for (const s of said) {
        lines.push(`  - ${md(s.unit)}(${s.status}):${md(s.summary ?? (zh ? '(未写情况)' : '(no summary)'))}`);
        if (s.reason) lines.push(`    - ${zh ? '原因' : 'Reason'}:${md(s.reason)}`);
        for (const other of s.supporting)
          lines.push(
            `    - ${md(other.unit)}${other.status ? `(${other.status})` : ''}:${md(other.summary ?? (zh ? '(未写情况)' : '(no summary)'))}`,
          );
        if (s.evidence.length)
          lines.push(`    - ${zh ? '佐证' : 'Evidence'}:${s.evidence.map(md).join(zh ? ';' : '; ')}`);
      }
    }
  });
  lines.push('', zh ? '## 三、存在的问题' : '## 3. Problems', '');
  const failed = o.clauses.flatMap((c) =>
    c.statuses.filter((s) => s.status === '未能完成').map((s) => ({ clause: c, s })),
  );
  for (const { clause, s } of failed)
    lines.push(
      `- ${md(clause.planShort)} ${md(clause.item)}(${clause.id}):${md(s.unit)} ${zh ? '未能完成' : 'not achieved'},${md(s.reason ?? '')}`,
    );
  if (o.unreported.length > 0)
    lines.push(
      zh
        ? `- 未报送进展的单位（${o.unreported.length} 个）:${o.unreported.map(md).join('、')}。`
        : `- Units that filed no report (${o.unreported.length}): ${o.unreported.map(md).join(', ')}.`,
    );
  if (failed.length === 0 && o.unreported.length === 0) lines.push(zh ? '(待填写)' : '(to be written)');
  lines.push('', zh ? '## 四、下一步工作' : '## 4. Next steps', '', zh ? '(待填写)' : '(to be written)', '');
  return lines.join('\n');
}
