// Every leader (责任领导, 牵头领导, 责任人) named in the plans, with the clauses they answer for: their own and their sections'.

import type { Plan } from '../model/plan.js';

export interface LeaderRow {
  name: string;
  /** The labels the name appears under, as written (责任领导, 牵头领导…), in order of first use. */
  labels: string[];
  plans: Plan[];
  /** Clauses that name the leader themselves. */
  clauses: number;
  /** Clauses covered only because the leader leads a part or section they sit in. */
  viaSection: number;
  /** Section headings the leader leads. */
  sections: string[];
}

export function listLeaders(plans: Plan[]): LeaderRow[] {
  const rows = new Map<string, LeaderRow>();
  const rowOf = (name: string, label: string, plan: Plan): LeaderRow => {
    let row = rows.get(name);
    if (!row) {
      row = { name, labels: [], plans: [], clauses: 0, viaSection: 0, sections: [] };
      rows.set(name, row);
    }
    if (!row.labels.includes(label)) row.labels.push(label);
    if (!row.plans.includes(plan)) row.plans.push(plan);
    return row;
  };
  for (const plan of plans) {
    for (const clause of plan.clauses) {
      const own = new Set<string>();
      for (const leader of clause.leaders) {
        for (const name of leader.names) {
          if (!own.has(name)) rowOf(name, leader.label, plan).clauses += 1;
          own.add(name);
        }
      }
      const covered = new Set<string>();
      for (const leader of clause.item.sectionLeaders) {
        for (const name of leader.names) {
          if (!own.has(name) && !covered.has(name)) rowOf(name, leader.label, plan).viaSection += 1;
          covered.add(name);
        }
      }
    }
    for (const item of plan.items) {
      const heading = item.sectionHeading ?? item.partHeading;
      for (const leader of item.sectionLeaders) {
        for (const name of leader.names) {
          const row = rowOf(name, leader.label, plan);
          if (!row.sections.includes(heading)) row.sections.push(heading);
        }
      }
    }
  }
  return [...rows.values()];
}
