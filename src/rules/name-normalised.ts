// A unit written with look-alike punctuation (full-width parentheses…) still resolves, but the spelling should match.
import type { Roster } from '../model/roster.js';
import type { Rule } from './rule.js';

/** Every name the roster spells out, per roster: batched validation runs this rule once per plan file. */
const literalNames = new WeakMap<Roster, Set<string>>();

function literalNamesOf(roster: Roster): Set<string> {
  let names = literalNames.get(roster);
  if (!names) {
    names = new Set<string>([
      ...roster.entries.flatMap((e) => [e.name, e.written, ...e.otherNames]),
      ...roster.aliases.map((a) => a.name),
      ...roster.groups.map((g) => g.name),
      ...roster.acknowledged.map((a) => a.name),
      ...roster.unconfirmed.map((a) => a.name),
    ]);
    literalNames.set(roster, names);
  }
  return names;
}

export const nameNormalised: Rule = {
  meta: {
    id: 'name-normalised',
    phase: 'validate',
    scope: 'file',
    severity: 'warning',
    description: {
      zh: '单位名称的标点写法与名单不一致(如全角括号),已按同一单位处理',
      en: "A unit name's punctuation differs from the roster's; it was matched anyway",
    },
    help: {
      zh: '单位名称与名单只差标点写法(如全角括号),已按同一单位处理。建议改为名单中的写法,保持一致。',
      en: "A unit name differs from the roster only in punctuation (e.g. full-width brackets) and was matched anyway. Prefer the roster's spelling for consistency.",
    },
    messages: {
      differs: {
        zh: '“{{name}}”按“{{matched}}”处理(标点写法不同)。建议改为名单中的写法',
        en: '"{{name}}" was matched as "{{matched}}" (punctuation differs). Consider the roster spelling',
      },
    },
  },
  check({ workspace, report }) {
    for (const roster of workspace.rosters) {
      const literal = literalNamesOf(roster);
      for (const plan of workspace.plans.filter((p) => p.rosterId === roster.id)) {
        for (const unit of plan.clauses.flatMap((c) => c.units)) {
          if (unit.resolution.kind === 'unknown' || literal.has(unit.written)) continue;
          const matched = [...literal].find((name) => roster.resolve(name) === unit.resolution) ?? '';
          report({ file: plan.file, path: unit.path, messageId: 'differs', data: { name: unit.written, matched } });
        }
      }
    }
  },
};
