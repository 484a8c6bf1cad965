// Resolves --domain: an area id, its common name, any section heading that belongs to it, or "none".

import type { Workspace } from '../load/load-workspace.js';
import type { Context } from './context.js';
import { UsageError } from './usage-error.js';

export function selectDomain(ctx: Context, workspace: Workspace, query: string): string | null {
  // "none", or the label plan stats prints for it: (不属于合作领域) / (no area).
  if (['none', '无', '不属于合作领域', 'no area'].includes(query.replace(/^[(（]|[)）]$/g, '').trim())) return null;
  const byId = workspace.domains.find((d) => d.id === query || d.name === query);
  if (byId) return byId.id;
  const byHeading = workspace.plans.flatMap((p) => p.sections).find((s) => s.domain && s.heading.includes(query));
  if (byHeading?.domain) return byHeading.domain;
  const byFragment = workspace.domains.filter((d) => d.name.includes(query));
  if (byFragment.length === 1 && byFragment[0]) return byFragment[0].id;
  const known = workspace.domains.map((d) => `${d.id}(${d.name})`).join('、');
  throw new UsageError(
    ctx.t(
      `找不到合作领域“${query}”。可用:${known},或 none`,
      `No cooperation area "${query}". Known: ${known}, or none`,
    ),
  );
}
