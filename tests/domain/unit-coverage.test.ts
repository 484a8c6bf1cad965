// Roster coverage (plan units, plan check's unused-roster-unit) and plan tasks answer the same question two ways:
// for every roster unit and plan, the clauses each puts under direct, through a group and possibly must be the same.

import path from 'node:path';
import { expect, it } from 'vitest';
import { rosterCoverage } from '../../src/domain/unit-coverage.js';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import { listTasks, type MatchKind } from '../../src/query/tasks.js';
import { repoRoot } from '../helpers/run-cli.js';

const { plans, rosters } = loadWorkspace([path.join(repoRoot, 'data')]);

it('agrees with plan tasks for every roster unit in every plan', () => {
  let compared = 0;
  for (const roster of rosters) {
    for (const { entry, plans: coverage } of rosterCoverage(roster, plans)) {
      for (const c of coverage) {
        const rows = listTasks([c.plan], { unit: { kind: 'entry', entry, roster } });
        const by = (...kinds: MatchKind[]) =>
          rows.filter((r) => r.match !== null && kinds.includes(r.match)).map((r) => r.clause);
        expect(c.direct).toEqual(by('direct', 'alias'));
        expect(c.viaGroup).toEqual(by('group'));
        expect(c.everyone).toEqual(by('everyone'));
        expect(c.possibly).toEqual(by('possibly'));
        compared += rows.length;
      }
    }
  }
  expect(compared).toBeGreaterThan(400); // every unit of both plans (475 rows on the shipped data), not a vacuous pass
});
