// The JSON Schema whose `properties` order is the key order of each kind of data file.

import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import domainsSchema from '../../schemas/domains.schema.json' with { type: 'json' };
import planSchema from '../../schemas/plan.schema.json' with { type: 'json' };
import progressSchema from '../../schemas/progress.schema.json' with { type: 'json' };
import rosterSchema from '../../schemas/roster.schema.json' with { type: 'json' };
import type { FileKind } from '../load/check-schema.js';
import type { SchemaNode } from './key-order.js';

const schemas: Record<FileKind, SchemaNode> = {
  plan: planSchema,
  roster: rosterSchema,
  domains: domainsSchema,
  config: configSchema,
  progress: progressSchema,
};

export function schemaForKind(kind: FileKind): SchemaNode {
  return schemas[kind];
}
