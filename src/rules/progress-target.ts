// Actual values must name one of the clause's targets, and 已完成 must not come with an actual value short of it.
import { nearestNames } from '../domain/nearest-names.js';
import { clausesById, targetOutcome } from '../domain/progress-facts.js';
import { BOUND_SIGNS } from '../domain/target-bound.js';
import type { Rule } from './rule.js';

export const progressTarget: Rule = {
  meta: {
    id: 'progress-target',
    phase: 'validate',
    scope: 'progress',
    severity: 'error',
    description: {
      zh: '实际完成值须对应条文的指标,且与“已完成”相符',
      en: "Actual values must match the clause's targets and agree with 已完成",
    },
    help: {
      zh: 'actual 的每一项用 counts 对应条文的一个量化指标(与计划中的写法相同,plan progress init 已写好)。状态为“已完成”而实际值未达到指标时,请核对数值或改为“推进中”。',
      en: "Each actual value names one of the clause's targets by its counts (as the plan writes it; plan progress init fills it in). A clause reported 已完成 with an actual value short of its target: check the value, or report 推进中.",
    },
    messages: {
      unknownTarget: {
        zh: '条文 {{id}} 没有计量“{{counts}}”的指标。可用:{{available|or}}',
        en: 'Clause {{id}} has no target counting "{{counts}}". Known: {{available|or}}',
      },
      noTargets: {
        zh: '条文 {{id}} 没有量化指标,“{{counts}}”无从对应。请删去 actual',
        en: 'Clause {{id}} has no targets, so "{{counts}}" matches none. Remove actual',
      },
      short: {
        zh: '条文 {{id}} 报“已完成”,但“{{counts}}”实际为 {{actual}},未达到指标 {{goal}}{{unit}}。请核对数值或改为“推进中”',
        en: 'Clause {{id}} is reported "{{status}}" but "{{counts}}" is {{actual}}, short of "{{goal}}{{unit}}". Check the value or report "{{ongoing}}"',
      },
    },
  },
  check({ workspace, report }) {
    const byId = clausesById(workspace.plans);
    for (const progress of workspace.progress)
      progress.clauses.forEach((written, i) => {
        const clause = byId.get(written.id);
        if (!clause) return;
        (written.actual ?? []).forEach((actual, j) => {
          const target = clause.targets.find((t) => t.counts === actual.counts);
          if (!target) {
            const near = nearestNames(
              actual.counts,
              clause.targets.map((t) => t.counts),
              1,
            );
            report({
              file: progress.file,
              path: ['clauses', i, 'actual', j, 'counts'],
              messageId: clause.targets.length ? 'unknownTarget' : 'noTargets',
              data: {
                id: written.id,
                counts: actual.counts,
                available: near.length ? near : clause.targets.map((t) => t.counts),
              },
            });
            return;
          }
          if (written.status !== '已完成') return;
          const outcome = targetOutcome(target, actual.value, progress.period);
          if (outcome !== 'not-yet' && outcome !== 'missed') return;
          report({
            file: progress.file,
            path: ['clauses', i, 'actual', j, 'value'],
            messageId: 'short',
            data: {
              id: written.id,
              status: written.status,
              ongoing: '推进中',
              counts: actual.counts,
              actual: actual.value,
              goal: `${BOUND_SIGNS[target.bound]}${target.value}`,
              unit: target.unit ?? '',
            },
          });
        });
      });
  },
};
