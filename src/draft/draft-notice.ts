// Turns a notice's text into draft files: one plan per plan annex and one roster (from its annex, or drafted).

import { nameKey } from '../domain/normalise-name.js';
import { draftGroups, type UsedName } from './draft-groups.js';
import type { DraftClause, DraftPlan, DraftSection, ImportFinding } from './draft-types.js';
import { readPlan } from './read-plan.js';
import { isRosterTitle, readRoster } from './read-roster.js';
import { splitNotice } from './split-notice.js';
import { writePlan } from './write-plan.js';
import { writeDraftedRoster, writeRoster } from './write-roster.js';

export interface DraftFile {
  /** A file name (no folder), made from the title: 黄州区-2023.plan.yaml. */
  name: string;
  text: string;
}

export interface DraftResult {
  files: DraftFile[];
  findings: ImportFinding[];
}

/** Safe in a file name on every system: letters (any script), digits and hyphens. */
const fileSafe = (text: string) => text.replace(/[^\p{L}\p{N}-]+/gu, '').slice(0, 40);
const YEAR = /(\d{4})\s*年/;
/** 与黄州区(大别山革命老区): the partner district and, in brackets, its area. */
const PARTNER = /与([^与()\uFF08\uFF09]{1,12}?[区县市旗])(?:[(\uFF08]([^()\uFF08\uFF09]+)[)\uFF09])?/;
/** The district a plan's title starts with: 云栖区2024年… */
const DISTRICT = /^([^\d()\uFF08\uFF09《》]{1,12}?[区县市旗])/;

const sectionClauses = (s: DraftSection): DraftClause[] => [
  ...s.items.flatMap((i) => i.clauses),
  ...s.sections.flatMap(sectionClauses),
];
const planClauses = (p: DraftPlan): DraftClause[] =>
  p.parts.flatMap((part) => [...part.items.flatMap((i) => i.clauses), ...part.sections.flatMap(sectionClauses)]);

function uniqueName(base: string, taken: Set<string>, suffix: string): string {
  let name = `${base}${suffix}`;
  for (let k = 2; taken.has(name); k++) name = `${base}-${k}${suffix}`;
  taken.add(name);
  return name;
}

/**
 * `source`: the file's name, for the header comment; `sourcePath`: where it is from the folder written to, declared as
 * the plans' `source:` so that plan check proves them against it.
 */
export function draftNotice(
  text: string,
  sourceName: string,
  sourcePath: string | null,
  encoding: string,
): DraftResult {
  // The name goes into a comment line: a line break in it would end the comment and start YAML.
  const source = sourceName.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, '?');
  const notice = splitNotice(text);
  const findings: ImportFinding[] = [];
  const plans: DraftPlan[] = [];
  const rosters = [];
  for (const annex of notice.annexes) {
    if (isRosterTitle(annex.title.text)) {
      const read = readRoster(annex);
      rosters.push(read.roster);
      findings.push(...read.findings);
    } else {
      const read = readPlan(annex);
      plans.push(read.plan);
      findings.push(...read.findings);
    }
  }
  const years = plans.map((p) => YEAR.exec(p.title)?.[1]).filter((y) => y !== undefined);
  const year = years[0] ?? notice.date?.slice(0, 4) ?? null;
  const rosterId = `roster-${year ?? 'draft'}`;
  const taken = new Set<string>();
  const files: DraftFile[] = [];

  for (const plan of plans) {
    const planYear = YEAR.exec(plan.title)?.[1] ?? year;
    const partner = PARTNER.exec(plan.title);
    const district = partner?.[1] ?? DISTRICT.exec(plan.title)?.[1] ?? null;
    const short = (district ?? plan.title.slice(0, 4)).replace(/[区县市旗]$/, '') || (district ?? '');
    if (planYear === null)
      findings.push({
        ...plan.titlePos,
        rule: 'import-no-year',
        messageId: 'noYear',
      });
    const base = fileSafe(`${district ?? '计划'}${planYear ? `-${planYear}` : ''}`);
    files.push({
      name: uniqueName(base, taken, '.plan.yaml'),
      text: writePlan(plan, {
        id: ['plan', planYear, plan.annex].filter((x) => x !== null && x !== undefined).join('-'),
        short,
        year: planYear === null ? null : Number(planYear),
        partner: partner ? { district: partner[1] ?? '', baseArea: partner[2] ?? null } : null,
        issuer: notice.issuer,
        date: notice.date,
        notice: notice.notice,
        rosterId,
        rosterDrafted: rosters.length === 0,
        source,
        sourcePath,
        encoding,
      }),
    });
  }

  const header = { id: rosterId, source, encoding };
  const uses: UsedName[] = plans
    .flatMap(planClauses)
    .flatMap((c) => c.lists.flatMap((l) => l.units.map((name) => ({ name, clause: c.text }))));
  const names = [...new Set(uses.map((u) => u.name))];
  const firstUses = names.map((name) => uses.find((u) => u.name === name) as UsedName);
  const listed = new Set(
    rosters.flatMap((r) => r.lists.flatMap((l) => l.entries.flatMap((e) => [nameKey(e.name), nameKey(e.written)]))),
  );
  for (const roster of rosters) {
    const groups = draftGroups(roster, firstUses);
    const grouped = new Set(groups.map((g) => nameKey(g.name)));
    const unlisted = names.filter((n) => !listed.has(nameKey(n)) && !grouped.has(nameKey(n)));
    files.push({
      name: uniqueName(fileSafe(`${roster.title}${year ? `-${year}` : ''}`), taken, '.roster.yaml'),
      text: writeRoster(roster, header, groups, unlisted),
    });
  }
  if (rosters.length === 0 && plans.length > 0) {
    files.push({
      name: uniqueName(fileSafe(`单位名单草稿${year ? `-${year}` : ''}`), taken, '.roster.yaml'),
      text: writeDraftedRoster(names, header),
    });
  }
  findings.sort((a, b) => a.line - b.line || a.column - b.column);
  return { files, findings };
}
