// Runs the precompiled schema validators and turns Ajv errors into findings that point at the right node.

import { nearestNames } from '../domain/nearest-names.js';
import { loadValidators } from '../generated/validators.js';
import type { DataPath, PendingFinding } from '../model/finding.js';
import { keysAt } from './schema-keys.js';

export type FileKind = 'plan' | 'roster' | 'domains' | 'config' | 'progress';

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  parentSchema?: { description?: string };
}

type Validator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

function toPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

export function checkSchema(kind: FileKind, value: unknown, file: string): PendingFinding[] {
  const validate = (loadValidators() as unknown as Record<FileKind, Validator>)[kind];
  if (validate(value)) return [];
  const findings: PendingFinding[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const path: DataPath = toPath(error.instancePath);
    const field = String(path[path.length - 1] ?? '');
    let finding: PendingFinding;
    switch (error.keyword) {
      case 'required':
        finding = {
          file,
          path,
          rule: 'schema',
          messageId: 'required',
          data: { field: error.params.missingProperty, at: path.join('.') || '(根)' },
        };
        break;
      case 'additionalProperties': {
        const unknown = String(error.params.additionalProperty);
        // A misspelt key (unit for units, yaer for year) is the common case: name the key it most likely meant.
        const [near] = nearestNames(unknown, keysAt(kind, path), 1);
        finding = {
          file,
          path: [...path, unknown],
          atKey: true,
          rule: 'schema',
          messageId: near ? 'unknownKeyNear' : 'unknownKey',
          data: near ? { field: unknown, near } : { field: unknown },
        };
        break;
      }
      case 'type':
        finding = { file, path, rule: 'schema', messageId: 'type', data: { field, expected: error.params.type } };
        break;
      case 'enum':
      case 'const':
        finding = {
          file,
          path,
          rule: 'schema',
          messageId: 'enum',
          // null in a list (a progress report's status left empty) means "not filled in yet": no value to type.
          data: {
            field,
            allowed: ((error.params.allowedValues as unknown[]) ?? [error.params.allowedValue]).filter(
              (v) => v !== null,
            ),
          },
        };
        break;
      default:
        finding = {
          file,
          path,
          rule: 'schema',
          messageId: 'invalid',
          data: { field, keyword: error.keyword, detail: error.message ?? '' },
        };
    }
    const key = `${finding.messageId}:${JSON.stringify(finding.path)}:${JSON.stringify(finding.data)}`;
    if (!seen.has(key)) findings.push(finding);
    seen.add(key);
  }
  return findings;
}
