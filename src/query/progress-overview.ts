// The 督办 overview of progress reports for one period: per unit held vs reported, per clause the status of each unit
// holding it (lead first), per cooperation area a tally, and targets with the actual values against the goal.

import { entriesReached } from '../domain/clause-match.js';
import {
  clausesById,
  holding,
  periodEnd,
  periodYear,
  reportEntry,
  reportPlans,
  targetOutcome,
} from '../domain/progress-facts.js';
import { boundText } from '../domain/target-bound.js';
import { unitClauses } from '../domain/unit-coverage.js';
import type { Lang } from '../model/lang.js';
import type { Clause, Domain, Plan } from '../model/plan.js';
import {
  type ClauseStatus,
  type ClauseTally,
  type ProgressOverview,
  type ProgressReport,
  TALLY_ORDER,
} from '../model/progress.js';
import type { RawProgressClause } from '../model/raw.js';
import type { Roster, RosterEntry } from '../model/roster.js';

/** The latest period any report covers (the one the office is chasing), or null when there are no reports. */
export function latestPeriod(reports: ProgressReport[]): string | null {
  let latest: string | null = null;
  for (const r of reports) if (latest === null || periodEnd(r.period) > periodEnd(latest)) latest = r.period;
  return latest;
}

const emptyCounts = (): Record<ClauseTally, number> =>
  Object.fromEntries(TALLY_ORDER.map((s) => [s, 0])) as Record<ClauseTally, number>;

/**
 * A clause's place in the tally: 未报告 when no unit holding it reported on it; 未能完成 when any did not achieve it;
 * 已完成 when every report says 已完成 (or 不适用), 不适用 when all say 不适用, 未启动 when all say 未启动; else 推进中.
 */
export function clauseTally(statuses: ClauseStatus[]): ClauseTally {
  const given = statuses.map((s) => s.status).filter((s) => s !== null);
  if (given.length === 0) return '未报告';
  if (given.includes('未能完成')) return '未能完成';
  if (given.every((s) => s === '不适用')) return '不适用';
  if (given.every((s) => s === '已完成' || s === '不适用')) return '已完成';
  if (given.every((s) => s === '未启动')) return '未启动';
  return '推进中';
}

export interface OverviewInput {
  plans: Plan[];
  rosters: Roster[];
  domains: Domain[];
  reports: ProgressReport[];
  period: string | null;
  /** Only this unit's row and the clauses it holds. */
  unit?: RosterEntry;
  lang: Lang;
}

export function progressOverview(input: OverviewInput): ProgressOverview {
  const { period, lang } = input;
  // A period is within one year: only that year's plans are reported on.
  const plans = period === null ? input.plans : input.plans.filter((p) => p.year === periodYear(period));
  const byId = clausesById(input.plans);
  const reports = input.reports.filter((r) => r.period === period);
  // Each report, by the roster entry it is from (reports naming no roster unit are left to plan validate).
  const reportOf = new Map<RosterEntry, ProgressReport>();
  for (const report of reports) {
    const found = reportEntry(report, reportPlans(report, input.plans, byId), input.rosters);
    if (found && !reportOf.has(found.entry)) reportOf.set(found.entry, report);
  }
  const rostersUsed = input.rosters.filter((r) => plans.some((p) => p.rosterId === r.id));
  const clauses = plans.flatMap((p) => unitClauses(p));
  // Each entry's candidate clauses in plan order, from one pass over the clauses: a pass per entry asking every clause
  // was most of this query's time with one report per roster unit.
  const candidates = new Map<RosterEntry, Clause[]>();
  for (const clause of clauses)
    for (const entry of entriesReached(clause)) {
      const list = candidates.get(entry);
      if (list) list.push(clause);
      else candidates.set(entry, [clause]);
    }

  const overview: ProgressOverview = { period, units: [], unreported: [], clauses: [], areas: [], targets: [] };
  const holders = new Map<Clause, ClauseStatus[]>();
  for (const roster of rostersUsed)
    for (const entry of roster.entries) {
      if (input.unit && input.unit !== entry) continue;
      const report = reportOf.get(entry) ?? null;
      const written = new Map<string, RawProgressClause>((report?.clauses ?? []).map((c) => [c.id, c]));
      const held: Clause[] = [];
      for (const clause of candidates.get(entry) ?? []) {
        if (clause.plan.rosterId !== roster.id) continue;
        const m = holding(clause, entry);
        if (!m || m.match === 'possibly') continue;
        held.push(clause);
        const w = written.get(clause.id);
        const status: ClauseStatus = {
          unit: entry.name,
          roster: roster.id,
          role: m.unit?.role ?? 'unspecified',
          status: w?.status ?? null,
          reason: w?.reason ?? null,
          summary: w?.summary ?? null,
          evidence: w?.evidence ?? [],
          supporting: (w?.supporting ?? []).map((s) => ({
            unit: s.unit,
            status: s.status ?? null,
            summary: s.summary ?? null,
          })),
          file: report?.file ?? null,
        };
        const list = holders.get(clause) ?? [];
        list.push(status);
        holders.set(clause, list);
      }
      if (held.length === 0) continue;
      const counts = emptyCounts();
      for (const clause of held) counts[written.get(clause.id)?.status ?? '未报告']++;
      overview.units.push({
        unit: entry.name,
        roster: roster.id,
        held: held.length,
        reported: held.filter((c) => written.get(c.id)?.status).length,
        missing: held.filter((c) => !written.get(c.id)?.status).map((c) => c.id),
        file: report?.file ?? null,
        counts,
      });
      if (!report) overview.unreported.push(entry.name);
    }

  // The first report of each file, as a search of the list would find it (statuses name their report by its file).
  const fileReports = new Map<string, ProgressReport>();
  for (const r of reports) if (!fileReports.has(r.file)) fileReports.set(r.file, r);
  const areas = new Map<string | null, ProgressOverview['areas'][number]>();
  for (const clause of clauses) {
    const statuses = holders.get(clause);
    if (!statuses) continue;
    // Lead units first, then in the order the clause names them.
    const order = (s: ClauseStatus) => (s.role === 'lead' ? 0 : 1);
    statuses.sort((a, b) => order(a) - order(b));
    const tally = clauseTally(statuses);
    overview.clauses.push({
      id: clause.id,
      plan: clause.plan.id,
      planShort: clause.plan.short,
      item: clause.item.ref,
      itemTitle: clause.item.title,
      domain: clause.item.domain,
      text: clause.text,
      tally,
      statuses,
    });
    const domain = clause.item.domain;
    const area = areas.get(domain) ?? {
      domain,
      name: input.domains.find((d) => d.id === domain)?.name ?? (lang === 'zh' ? '(不属于合作领域)' : '(no area)'),
      clauses: 0,
      counts: emptyCounts(),
    };
    area.clauses++;
    area.counts[tally]++;
    areas.set(domain, area);
    for (const target of clause.targets)
      overview.targets.push({
        clause: clause.id,
        counts: target.counts,
        goal: boundText(target, lang),
        actual: statuses
          .filter((s) => s.status !== null)
          .map((s) => {
            const w = s.file === null ? undefined : fileReports.get(s.file)?.clauses.find((c) => c.id === clause.id);
            const value = w?.actual?.find((a) => a.counts === target.counts)?.value ?? null;
            return { unit: s.unit, value, outcome: targetOutcome(target, value, period ?? '') };
          }),
      });
  }
  // Areas in the order the domains file lists them, those outside any area last.
  const rank = (d: string | null) =>
    d === null ? Number.MAX_SAFE_INTEGER : input.domains.findIndex((x) => x.id === d);
  overview.areas = [...areas.values()].sort((a, b) => rank(a.domain) - rank(b.domain));
  return overview;
}
