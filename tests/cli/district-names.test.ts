// Full official names (江北区商务局, 宁波市江北区商务局) find the roster unit: the prefixes come from the roster's district.

import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { shippedDataCopy } from '../helpers/shipped-data-copy.js';

const tasksCsv = (unit: string, data?: string) =>
  runCli(['tasks', '--unit', unit, '--format', 'csv', ...(data ? ['--data', data] : [])]);

describe('plan tasks --unit with the district written in front', () => {
  it('江北区商务局 and 宁波市江北区商务局 answer as 区商务局; 江北区外滩街道 as 外滩街道', () => {
    const short = tasksCsv('区商务局');
    expect(short.code).toBe(0);
    for (const full of ['江北区商务局', '宁波市江北区商务局']) {
      const result = tasksCsv(full);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toBe(short.stdout);
    }
    expect(tasksCsv('江北区外滩街道').stdout).toBe(tasksCsv('外滩街道').stdout);
    // A roster name that already carries the district still resolves as itself, and with the city in front too.
    expect(tasksCsv('宁波市江北区税务局').stdout).toBe(tasksCsv('江北区税务局').stdout);
  });

  it('a misspelt full name suggests by the part that differs: 区商务局 first, not 江北区税务局', () => {
    const result = tasksCsv('江北区商务厅');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('名单和计划中都没有单位“江北区商务厅”。是否要找:区商务局、');
  });

  it('the prefixes are the roster’s district: another district name in the file, another prefix', () => {
    const renamed = shippedDataCopy((text, name) =>
      name.endsWith('.roster.yaml') ? text.replace('  name: 江北区\n  within: 宁波市\n', '  name: 青溪区\n') : text,
    );
    expect(tasksCsv('青溪区商务局', renamed).stdout).toBe(tasksCsv('区商务局').stdout);
    expect(tasksCsv('江北区商务局', renamed).code).toBe(2);
    const none = shippedDataCopy((text, name) =>
      name.endsWith('.roster.yaml') ? text.replace(/^district:\n( {2}.*\n)+/m, '') : text,
    );
    expect(runCli(['validate', none]).code).toBe(0);
    expect(tasksCsv('江北区商务局', none).code).toBe(2);
  });
});
