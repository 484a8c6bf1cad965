// When a file did not load, findings that follow only from its absence name it as the cause instead of advising a
// change that would damage the data (write null, "no such roster", set the rule to warn).

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { shippedDataCopy } from '../helpers/shipped-data-copy.js';

interface Finding {
  file: string;
  rule: string;
  message: string;
}

const findings = (args: string[]) => {
  const result = runCli([...args, '--format', 'json']);
  return { code: result.code, findings: JSON.parse(result.stdout) as Finding[] };
};

describe('a data folder with one file that did not load', () => {
  it('a domains.yaml saved as GBK: the encoding error, then one finding per plan naming it, never “write null”', () => {
    const dir = shippedDataCopy();
    const file = path.join(dir, 'domains.yaml');
    const utf8 = fs.readFileSync(file);
    const name = Buffer.from('传承弘扬红色文化');
    const at = utf8.indexOf(name);
    // 传承弘扬红色文化 in GBK, as an office PC would save it.
    const gbk = Buffer.from('b4abb3d0baebd1efbaecc9abcec4bbaf', 'hex');
    fs.writeFileSync(file, Buffer.concat([utf8.subarray(0, at), gbk, utf8.subarray(at + name.length)]));
    const { code, findings: found } = findings(['validate', dir]);
    expect(code).toBe(1);
    expect(found.map((f) => [path.basename(f.file), f.rule])).toEqual([
      ['domains.yaml', 'file-encoding'],
      ['huangzhou-2023.plan.yaml', 'unknown-domain'],
      ['liandu-2023.plan.yaml', 'unknown-domain'],
    ]);
    for (const f of found.slice(1)) {
      expect(f.message).toMatch(/^合作领域 red-culture、.* 无法核对:.*domains\.yaml 未能载入/);
      expect(f.message).not.toContain('null');
    }
  });

  it('a roster that does not parse: the plans name that file, not “no roster with this id”', () => {
    const dir = shippedDataCopy((text, file) =>
      file.endsWith('.roster.yaml') ? text.replace('lists:', 'lists: {') : text,
    );
    const { code, findings: found } = findings(['check', dir]);
    expect(code).toBe(1);
    const unknownRoster = found.filter((f) => f.rule === 'unknown-roster');
    expect(unknownRoster).toHaveLength(2);
    for (const f of unknownRoster) {
      expect(f.message).toMatch(/^找不到 id 为“jiangbei-2023”的名单:.*roster-2023\.roster\.yaml 未能载入/);
      expect(f.message).not.toContain('找不到 id 为“jiangbei-2023”的名单文件');
    }
  });

  it('a plan.config.yaml that does not parse: the 76号/766号 finding says the config did not load', () => {
    const dir = shippedDataCopy((text, file) => (file === 'plan.config.yaml' ? `${text}rules: [\n` : text));
    const { findings: found } = findings(['check', dir]);
    const mismatch = found.filter((f) => f.rule === 'basis-number-mismatch');
    expect(mismatch).toHaveLength(2);
    for (const f of mismatch) {
      expect(f.message).toContain('plan.config.yaml 未能载入(见该文件的问题),其中设定的规则级别未生效');
      expect(f.message).not.toContain('可在 plan.config.yaml 中把本规则设为 warn');
    }
  });
});
