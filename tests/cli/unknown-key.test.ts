// A misspelt key names the key the schema has at that place.

import { expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { shippedDataCopy } from '../helpers/shipped-data-copy.js';

it('unit → units in a clause, yaer → year at the top, and no guess for a key like nothing the schema has', () => {
  const dir = shippedDataCopy((text, name) =>
    name === 'huangzhou-2023.plan.yaml'
      ? text.replace('units: [ 区商务局 ]', 'unit: [ 区商务局 ]').replace('year: 2023', 'yaer: 2023')
      : name === 'domains.yaml'
        ? text.replace('kind: domains', 'kind: domains\n备注: 无')
        : text,
  );
  const result = runCli(['validate', dir, '--format', 'json']);
  expect(result.code).toBe(1);
  const messages = (JSON.parse(result.stdout) as { rule: string; message: string }[])
    .filter((f) => f.rule === 'schema')
    .map((f) => f.message);
  expect(messages).toContain('未知字段“unit”。是否应为“units”?请改正拼写,或删除该字段');
  expect(messages).toContain('未知字段“yaer”。是否应为“year”?请改正拼写,或删除该字段');
  expect(messages).toContain('未知字段“备注”。请检查拼写,或删除该字段');
  const en = runCli(['validate', dir, '--lang', 'en']);
  expect(en.stdout).toContain('Unknown field "unit". Did you mean "units"? Fix the spelling or remove it');
});
