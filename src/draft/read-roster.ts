// Reads a roster annex (区绩效考评单位名单): one list per paragraph of names separated by 、, each name verbatim.

import type { DraftRoster, DraftRosterList, ImportFinding } from './draft-types.js';
import type { Annex } from './split-notice.js';

/** A roster annex is one whose title says it is a list of names. */
export const isRosterTitle = (title: string) => /名单|名录/.test(title);

/** 区委办(区台办): the name before the brackets, and what the brackets hold (perhaps another name: a guess to check). */
const WITH_INSIDE = /^(.+?)[(\uFF08]([^()\uFF08\uFF09]+)[)\uFF09]$/;

export function readRoster(annex: Annex): { roster: DraftRoster; findings: ImportFinding[] } {
  const lists: DraftRosterList[] = [];
  const findings: ImportFinding[] = [];
  for (const line of annex.body) {
    if (!/[、。]/.test(line.text)) {
      findings.push({
        line: line.line,
        column: line.column,
        rule: 'import-left-out',
        messageId: 'notList',
        data: { text: line.text.slice(0, 30) },
      });
      continue;
    }
    const entries = line.text
      .replace(/[。;\uFF1B]$/, '')
      .split('、')
      .map((written) => written.trim())
      .filter((written) => written !== '')
      .map((written) => {
        const m = WITH_INSIDE.exec(written);
        return { written, name: m?.[1] ?? written, inside: m?.[2] ?? null };
      });
    lists.push({ entries, pos: line });
  }
  const lastLine = annex.body.at(-1)?.line ?? annex.title.line;
  return { roster: { annex: annex.number, title: annex.title.text, titlePos: annex.title, lastLine, lists }, findings };
}
