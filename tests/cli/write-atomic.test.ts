// The formatter's writes: whole file or nothing, mode kept, links kept, no temporary files left behind.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/cli/write-atomic.js';

const folder = () => fs.mkdtempSync(path.join(os.tmpdir(), 'plan-atomic-'));

it('replaces the content, keeps the mode and leaves no temporary file', () => {
  const dir = folder();
  const file = path.join(dir, 'a.plan.yaml');
  fs.writeFileSync(file, 'old\n', { mode: 0o640 });
  fs.chmodSync(file, 0o640);
  writeFileAtomic(file, '新\n');
  expect(fs.readFileSync(file, 'utf8')).toBe('新\n');
  expect(fs.statSync(file).mode & 0o777).toBe(0o640);
  expect(fs.readdirSync(dir)).toEqual(['a.plan.yaml']);
});

it('writes through a symbolic link: the link stays a link, its target gets the text', () => {
  const dir = folder();
  const real = path.join(dir, 'real.yaml');
  const link = path.join(dir, 'link.yaml');
  fs.writeFileSync(real, 'old\n');
  fs.symlinkSync(real, link);
  writeFileAtomic(link, 'new\n');
  expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
  expect(fs.readFileSync(real, 'utf8')).toBe('new\n');
});

it('a file that is gone is an error, and nothing is left behind', () => {
  const dir = folder();
  expect(() => writeFileAtomic(path.join(dir, 'missing.yaml'), 'x')).toThrow();
  expect(fs.readdirSync(dir)).toEqual([]);
});
