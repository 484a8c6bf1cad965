// Pins the hand-written "as written" types to the JSON Schemas: `npm run typecheck` fails when either drifts.
// The schema side is generated (src/model/schema-types/, `npm run docs`); a test fails when that is out of date.

import type { RawConfig, RawDomains, RawPlan, RawProgress, RawRoster } from './raw.js';
import type { ConfigFile } from './schema-types/config.generated.js';
import type { DomainsFile } from './schema-types/domains.generated.js';
import type { PlanFile } from './schema-types/plan.generated.js';
import type { ProgressFile } from './schema-types/progress.generated.js';
import type { RosterFile } from './schema-types/roster.generated.js';

/**
 * True only when the types are identical (same keys, optionality and value types, all the way down). Mutual
 * assignability is not enough: it lets an optional key exist on one side only.
 */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;

export type PlanTypesMatch = Assert<Same<RawPlan, PlanFile>>;
export type RosterTypesMatch = Assert<Same<RawRoster, RosterFile>>;
export type DomainsTypesMatch = Assert<Same<RawDomains, DomainsFile>>;
export type ProgressTypesMatch = Assert<Same<RawProgress, ProgressFile>>;
// The schema lists every rule id (for editors); the raw type keeps any id, so config-rule can report unknown ones.
export type ConfigKeysMatch = Assert<Same<keyof RawConfig, keyof ConfigFile>>;
export type ConfigLevelsMatch = Assert<
  Same<NonNullable<RawConfig['rules']>[string], NonNullable<ConfigFile['rules']>[string]>
>;
