// The registry of rules, in documentation order. Adding a rule = adding a file and a line here.
import { basisNumberMismatch } from './basis-number-mismatch.js';
import { basisTitleMismatch } from './basis-title-mismatch.js';
import { configRule } from './config-rule.js';
import { contentShape } from './content-shape.js';
import { duplicateClauseId } from './duplicate-clause-id.js';
import { duplicateKey } from './duplicate-key.js';
import { duplicatePlanId } from './duplicate-plan-id.js';
import { emptySection } from './empty-section.js';
import { fileEncoding } from './file-encoding.js';
import { impliedUnits } from './implied-units.js';
import { importLeftOut } from './import-left-out.js';
import { importNoBracket } from './import-no-bracket.js';
import { importNoYear } from './import-no-year.js';
import { importNumberSequence } from './import-number-sequence.js';
import { importUnnumberedTask } from './import-unnumbered-task.js';
import { importUnplacedLine } from './import-unplaced-line.js';
import { importUnreadableBracket } from './import-unreadable-bracket.js';
import { invisibleCharacter } from './invisible-character.js';
import { itemNumbering } from './item-numbering.js';
import { itemWithoutUnits } from './item-without-units.js';
import { nameNormalised } from './name-normalised.js';
import { peopleNotUnits } from './people-not-units.js';
import { progressDuplicate } from './progress-duplicate.js';
import { progressNotHeld } from './progress-not-held.js';
import { progressPeriod } from './progress-period.js';
import { progressReason } from './progress-reason.js';
import { progressRegressed } from './progress-regressed.js';
import { progressTarget } from './progress-target.js';
import { progressUnfilled } from './progress-unfilled.js';
import { progressUnknownClause } from './progress-unknown-clause.js';
import { progressUnknownUnit } from './progress-unknown-unit.js';
import { rosterReference } from './roster-reference.js';
import type { Rule } from './rule.js';
import { schema } from './schema.js';
import { sourceVerbatim } from './source-verbatim.js';
import { targetQuote } from './target-quote.js';
import { unitNameTooLong } from './unit-name-too-long.js';
import { unitNotOnRoster } from './unit-not-on-roster.js';
import { unknownDomain } from './unknown-domain.js';
import { unknownRoster } from './unknown-roster.js';
import { unknownUnit } from './unknown-unit.js';
import { unusedRosterUnit } from './unused-roster-unit.js';
import { yamlSyntax } from './yaml-syntax.js';

export const rules: Rule[] = [
  fileEncoding,
  yamlSyntax,
  duplicateKey,
  schema,
  contentShape,
  duplicatePlanId,
  unknownRoster,
  unknownUnit,
  nameNormalised,
  invisibleCharacter,
  unknownDomain,
  itemNumbering,
  targetQuote,
  rosterReference,
  configRule,
  impliedUnits,
  unitNameTooLong,
  duplicateClauseId,
  peopleNotUnits,
  // raised by plan import on the notice's text
  importNoBracket,
  importUnreadableBracket,
  importNumberSequence,
  importUnnumberedTask,
  importUnplacedLine,
  importNoYear,
  importLeftOut,
  // progress reports (*.progress.yaml)
  progressUnknownClause,
  progressUnknownUnit,
  progressNotHeld,
  progressReason,
  progressUnfilled,
  progressPeriod,
  progressDuplicate,
  progressRegressed,
  progressTarget,
  // check phase: cross-plan findings for `plan check`
  unitNotOnRoster,
  unusedRosterUnit,
  basisNumberMismatch,
  basisTitleMismatch,
  emptySection,
  itemWithoutUnits,
  sourceVerbatim,
];

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.meta.id === id);
}
