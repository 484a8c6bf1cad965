// The formats `validate` and `check` can print findings in; each is a pure function of the findings.

import type { Finding } from '../model/finding.js';
import { renderFindingsJson } from './findings-json.js';
import { renderStylish, type StylishOptions } from './stylish.js';

export type FindingsRenderer = (findings: Finding[], options: StylishOptions) => string;

export const findingsFormats: Record<string, FindingsRenderer> = {
  stylish: renderStylish,
  json: (findings) => renderFindingsJson(findings),
};
