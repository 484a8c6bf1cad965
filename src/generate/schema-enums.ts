// Schema parts generated from other sources: rule ids for the config schema, roster names for the plan schema.

import type { Rule } from '../rules/rule.js';

type Json = Record<string, unknown>;

const LEVELS = ['off', 'warn', 'error'];

/** Each rule becomes a known property (completion and hover in editors); unknown ids are left to the config-rule check. */
export function configSchemaWithRules(schema: Json, rules: Rule[]): Json {
  const properties = Object.fromEntries(
    rules.map(({ meta }) => [
      meta.id,
      {
        enum: LEVELS,
        description: `${meta.description.zh} / ${meta.description.en}(默认 / default: ${meta.severity === 'warning' ? 'warn' : meta.severity})`,
      },
    ]),
  );
  const rulesSchema = {
    type: 'object',
    description: '规则 id → 级别(off、warn、error)。规则见 docs/rules.md。',
    properties,
    additionalProperties: { enum: LEVELS },
  };
  return { ...schema, properties: { ...(schema.properties as Json), rules: rulesSchema } };
}

interface RawRosterNames {
  lists?: { entries?: { name?: string; written?: string; otherNames?: string[] }[] }[];
  groups?: { name?: string }[];
  aliases?: { name?: string }[];
  notOnRoster?: { name?: string }[];
}

/** Every name a plan may write for a unit, in roster order, without repeats. */
export function rosterUnitNames(rosters: unknown[]): string[] {
  const names = (rosters as RawRosterNames[]).flatMap((r) => [
    ...(r.lists ?? []).flatMap((l) => (l.entries ?? []).flatMap((e) => [e.name, e.written, ...(e.otherNames ?? [])])),
    ...(r.groups ?? []).map((g) => g.name),
    ...(r.aliases ?? []).map((a) => a.name),
    ...(r.notOnRoster ?? []).map((n) => n.name),
  ]);
  return [...new Set(names.filter((n): n is string => typeof n === 'string' && n.length > 0))];
}

/** `examples` (not `enum`): a YAML language server offers them, and a new name is still reported by unknown-unit, with advice. */
export function planSchemaWithUnitNames(schema: Json, names: string[]): Json {
  const defs = schema.$defs as Json;
  return { ...schema, $defs: { ...defs, unitName: { ...(defs.unitName as Json), examples: names } } };
}
