// The formatter's and the report's writes: whole file or nothing, mode kept, links kept, nothing left behind on failure.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { makeFolder, UnwritableFileError, writeFileAtomic } from '../../src/cli/write-atomic.js';

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

it('creates a file that does not exist yet', () => {
  const dir = folder();
  writeFileAtomic(path.join(dir, 'index.html'), '<p>新</p>');
  expect(fs.readFileSync(path.join(dir, 'index.html'), 'utf8')).toBe('<p>新</p>');
  expect(fs.readdirSync(dir)).toEqual(['index.html']);
});

it('fails with the path and the system reason, leaving nothing behind: no such folder, or a folder in the way', () => {
  const dir = folder();
  const inMissing = path.join(dir, 'gone', 'a.yaml');
  expect(() => writeFileAtomic(inMissing, 'x')).toThrow(expect.objectContaining({ file: inMissing, reason: 'ENOENT' }));
  fs.mkdirSync(path.join(dir, 'a-folder'));
  expect(() => writeFileAtomic(path.join(dir, 'a-folder'), 'x')).toThrow(UnwritableFileError);
  expect(() => writeFileAtomic(path.join(dir, 'a-folder'), 'x')).toThrow(expect.objectContaining({ reason: 'EISDIR' }));
  expect(fs.readdirSync(dir)).toEqual(['a-folder']);
});

it('makeFolder makes every missing level, and names a file in the way', () => {
  const dir = folder();
  makeFolder(path.join(dir, 'a', 'b', 'c'));
  expect(fs.statSync(path.join(dir, 'a', 'b', 'c')).isDirectory()).toBe(true);
  fs.writeFileSync(path.join(dir, 'file'), '');
  expect(() => makeFolder(path.join(dir, 'file', 'out'))).toThrow(expect.objectContaining({ reason: 'ENOTDIR' }));
});
