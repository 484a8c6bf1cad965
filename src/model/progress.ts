// A progress report as written (`*.progress.yaml`), with the file it came from; statuses and their order.

import type { RawProgress, RawProgressStatus } from './raw.js';

export interface ProgressReport extends RawProgress {
  file: string;
}

/** The closed list, in the order overviews count them. */
export const PROGRESS_STATUSES: readonly RawProgressStatus[] = ['已完成', '推进中', '未启动', '未能完成', '不适用'];

/** Statuses that must say why. */
export const NEEDS_REASON: readonly RawProgressStatus[] = ['未能完成', '不适用'];

/** What a clause counts as in the per-area tally: a status, or 未报告 when no unit holding it reported on it. */
export type ClauseTally = RawProgressStatus | '未报告';

export const TALLY_ORDER: readonly ClauseTally[] = ['已完成', '推进中', '未启动', '未能完成', '不适用', '未报告'];

/** One unit holding a clause, and what its report says (status null: the unit did not report on it). */
export interface ClauseStatus {
  unit: string;
  roster: string;
  /** lead / support as written, unspecified for a plain 责任单位 list or a group. */
  role: string;
  status: RawProgressStatus | null;
  reason: string | null;
  summary: string | null;
  evidence: string[];
  /** A lead unit's account of its supporting units, as written. */
  supporting: { unit: string; status: RawProgressStatus | null; summary: string | null }[];
  file: string | null;
}

/** The 督办 overview for one period: plain data, computed by query/progress-overview.ts and rendered as it is. */
export interface ProgressOverview {
  period: string | null;
  units: {
    unit: string;
    roster: string;
    held: number;
    reported: number;
    missing: string[];
    /** The report file, or null when the unit filed nothing for the period. */
    file: string | null;
    counts: Record<ClauseTally, number>;
  }[];
  /** Units holding clauses that filed no report for the period. */
  unreported: string[];
  clauses: {
    id: string;
    plan: string;
    planShort: string;
    item: string;
    itemTitle: string | null;
    domain: string | null;
    text: string;
    tally: ClauseTally;
    statuses: ClauseStatus[];
  }[];
  areas: { domain: string | null; name: string; clauses: number; counts: Record<ClauseTally, number> }[];
  targets: {
    clause: string;
    counts: string;
    goal: string;
    actual: { unit: string; value: number | null; outcome: 'met' | 'not-yet' | 'missed' | 'unknown' }[];
  }[];
}

/** 2023 (the year), 2023-H1 / -H2 (half years), 2023-Q1 … -Q4 (quarters): as the schema's pattern says. */
export const PERIOD = /^[0-9]{4}(-H[12]|-Q[1-4])?$/;
