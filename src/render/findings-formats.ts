// The formats `validate` and `check` can print findings in; each is a pure function of the findings.

import type { Finding } from '../model/finding.js';
import { renderFindingsJson } from './findings-json.js';
import { renderGithub } from './github.js';
import { renderJunit } from './junit.js';
import { type RuleDoc, renderSarif } from './sarif.js';
import { renderStylish, type StylishOptions } from './stylish.js';

export interface FindingsRenderOptions extends StylishOptions {
  /** Every file that was checked, clean or not (JUnit lists clean files as passing test cases). */
  checkedFiles?: string[];
  /** Every rule, in registry order (SARIF refers to them by index). */
  rules?: RuleDoc[];
  version?: string;
}

export type FindingsRenderer = (findings: Finding[], options: FindingsRenderOptions) => string;

export const findingsFormats: Record<string, FindingsRenderer> = {
  stylish: renderStylish,
  json: (findings) => renderFindingsJson(findings),
  github: (findings) => renderGithub(findings),
  sarif: (findings, options) => renderSarif(findings, options.rules ?? [], options.version ?? 'dev'),
  junit: (findings, options) => renderJunit(findings, options.checkedFiles ?? []),
};
