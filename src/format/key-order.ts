// Puts mapping keys in the order the JSON Schema lists them in `properties`; keys the schema does not know go last, as written.

import { isMap, isScalar, isSeq, type Node } from 'yaml';

interface SchemaNode {
  [keyword: string]: unknown;
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  $defs?: Record<string, SchemaNode>;
}

function resolve(schema: SchemaNode | undefined, root: SchemaNode): SchemaNode | undefined {
  const ref = schema?.$ref;
  if (!ref?.startsWith('#/$defs/')) return schema;
  return resolve(root.$defs?.[ref.slice('#/$defs/'.length)], root);
}

function keyName(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

export function orderKeys(node: unknown, schemaNode: SchemaNode | undefined, root: SchemaNode): void {
  const schema = resolve(schemaNode, root);
  if (!schema) return;
  if (isMap(node)) {
    const order = Object.keys(schema.properties ?? {});
    const rank = (key: unknown) => {
      const i = order.indexOf(keyName(key));
      return i < 0 ? order.length : i;
    };
    // Array.prototype.sort is stable: unknown keys keep their written order.
    node.items.sort((a, b) => rank(a.key) - rank(b.key));
    for (const pair of node.items) {
      const name = keyName(pair.key);
      const extra = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
      orderKeys(pair.value, schema.properties?.[name] ?? extra, root);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) orderKeys(item as Node, schema.items, root);
  }
}

export type { SchemaNode };
