// The keys a JSON Schema allows at a place in a data file: what an unknown key may have been meant to be.

import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import domainsSchema from '../../schemas/domains.schema.json' with { type: 'json' };
import planSchema from '../../schemas/plan.schema.json' with { type: 'json' };
import progressSchema from '../../schemas/progress.schema.json' with { type: 'json' };
import rosterSchema from '../../schemas/roster.schema.json' with { type: 'json' };
import type { DataPath } from '../model/finding.js';
import type { FileKind } from './check-schema.js';

interface Node {
  [keyword: string]: unknown;
  $ref?: string;
  $defs?: Record<string, Node>;
  properties?: Record<string, Node>;
  additionalProperties?: Node | boolean;
  items?: Node;
}

const roots: Record<FileKind, Node> = {
  plan: planSchema,
  roster: rosterSchema,
  domains: domainsSchema,
  config: configSchema,
  progress: progressSchema,
};

function resolve(node: Node | undefined, root: Node): Node | undefined {
  const ref = node?.$ref;
  return ref?.startsWith('#/$defs/') ? resolve(root.$defs?.[ref.slice('#/$defs/'.length)], root) : node;
}

/** The property names the schema of `kind` lists for the mapping at `path` (empty when it lists none there). */
export function keysAt(kind: FileKind, path: DataPath): string[] {
  const root = roots[kind];
  let node = resolve(root, root);
  for (const step of path) {
    if (!node) return [];
    const extra = typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined;
    node = resolve(typeof step === 'number' ? node.items : (node.properties?.[step] ?? extra), root);
  }
  return Object.keys(node?.properties ?? {});
}
