// plan check on the shipped data: a name off the roster is reported once per plan, with its places listed, and the
// roster names its own note points to are offered before names that are only spelt alike.

import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const NOTE = '区对口支援工作领导小组办公室的简称';

describe('plan check and names off the roster', () => {
  it('prints 区对口办’s note once per plan file, the places as a list', () => {
    const result = runCli(['check']);
    expect(result.code).toBe(0);
    expect(result.stdout.split(NOTE)).toHaveLength(3);
    expect(result.stdout).toContain(
      '“区对口办”不在名单“jiangbei-2023”中,黄州 有 4 处:条目 1 第 1 条、条目 3 第 1 条、条目 5 第 1 条、条目 5 第 2 条;登记说明:',
    );
    expect(result.stdout).toContain('共 5 个问题(0 个错误,5 个警告)');
    const json = JSON.parse(runCli(['check', '--format', 'json']).stdout) as {
      rule: string;
      data: { count: number };
    }[];
    expect(json.filter((f) => f.rule === 'unit-not-on-roster').map((f) => f.data.count)).toEqual([4, 1, 6]);
  });

  it('offers 区金融发展服务中心, which 区金融监管局’s note names, before 区市场监管局, which is spelt alike', () => {
    const check = runCli(['check', '--lang', 'en']);
    expect(check.stdout).toContain('Nearest roster names: 区金融发展服务中心, 区市场监管局.');
    const names = runCli(['check', '--names', '--format', 'md']);
    const row = names.stdout.split('\n').find((line) => line.startsWith('| 区金融监管局 |'));
    expect(row).toContain('名单中相近:区金融发展服务中心、区市场监管局 |');
  });
});
