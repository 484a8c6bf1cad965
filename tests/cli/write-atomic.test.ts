// The formatter's and the report's writes: whole file or nothing, mode kept, never through a link, an edit made
// meanwhile kept, nothing left behind on failure.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { makeFolder, UnwritableFileError, writeFileAtomic } from '../../src/cli/write-atomic.js';

const made: string[] = [];
const folder = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-atomic-'));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

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

it('never writes through a symbolic link: refused (ESYMLINK), the link and its target as they were', () => {
  const dir = folder();
  const real = path.join(dir, 'real.yaml');
  const link = path.join(dir, 'link.yaml');
  fs.writeFileSync(real, 'old\n');
  fs.symlinkSync(real, link);
  expect(() => writeFileAtomic(link, 'new\n')).toThrow(expect.objectContaining({ file: link, reason: 'ESYMLINK' }));
  expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
  expect(fs.readFileSync(real, 'utf8')).toBe('old\n');
  expect(fs.readdirSync(dir).sort()).toEqual(['link.yaml', 'real.yaml']);
});

it('a link or a folder planted at the name the old writer would have used (.NAME.PID.tmp) is left alone', () => {
  const dir = folder();
  const victim = path.join(dir, 'victim.txt');
  fs.writeFileSync(victim, 'keep\n');
  fs.writeFileSync(path.join(dir, 'a.yaml'), 'old\n');
  fs.symlinkSync(victim, path.join(dir, `.a.yaml.${process.pid}.tmp`));
  fs.mkdirSync(path.join(dir, `.b.yaml.${process.pid}.tmp`));
  writeFileAtomic(path.join(dir, 'a.yaml'), 'new\n');
  writeFileAtomic(path.join(dir, 'b.yaml'), 'new\n');
  expect(fs.readFileSync(path.join(dir, 'a.yaml'), 'utf8')).toBe('new\n');
  expect(fs.readFileSync(path.join(dir, 'b.yaml'), 'utf8')).toBe('new\n');
  expect(fs.readFileSync(victim, 'utf8')).toBe('keep\n');
  expect(fs.lstatSync(path.join(dir, 'a.yaml')).isFile()).toBe(true);
  expect(fs.readdirSync(dir).sort()).toEqual(
    [`.a.yaml.${process.pid}.tmp`, `.b.yaml.${process.pid}.tmp`, 'a.yaml', 'b.yaml', 'victim.txt'].sort(),
  );
});

it('refuses (ECHANGED) when the file changed after it was read, keeping the edit; the same bytes are replaced', () => {
  const dir = folder();
  const file = path.join(dir, 'a.yaml');
  fs.writeFileSync(file, 'old\n');
  const read = fs.readFileSync(file);
  // A colleague saves the file while the new text is being flushed, i.e. between fmt's read and the rename.
  const fsync = fs.fsyncSync;
  const spy = vi.spyOn(fs, 'fsyncSync').mockImplementationOnce((fd) => {
    fsync(fd);
    fs.appendFileSync(file, 'edit\n');
  });
  try {
    expect(() => writeFileAtomic(file, 'new\n', { replacing: read })).toThrow(
      expect.objectContaining({ file, reason: 'ECHANGED' }),
    );
  } finally {
    spy.mockRestore();
  }
  expect(fs.readFileSync(file, 'utf8')).toBe('old\nedit\n');
  expect(fs.readdirSync(dir)).toEqual(['a.yaml']);
  writeFileAtomic(file, 'new\n', { replacing: fs.readFileSync(file) });
  expect(fs.readFileSync(file, 'utf8')).toBe('new\n');
});

it('a file deleted after it was read is not recreated over the deletion (ECHANGED)', () => {
  const dir = folder();
  const file = path.join(dir, 'a.yaml');
  fs.writeFileSync(file, 'old\n');
  const read = fs.readFileSync(file);
  const spy = vi.spyOn(fs, 'fsyncSync').mockImplementationOnce(() => fs.rmSync(file));
  try {
    expect(() => writeFileAtomic(file, 'new\n', { replacing: read })).toThrow(
      expect.objectContaining({ reason: 'ECHANGED' }),
    );
  } finally {
    spy.mockRestore();
  }
  expect(fs.readdirSync(dir)).toEqual([]);
});

it('a file without any write bit is read-only (EREADONLY), for root too', () => {
  const dir = folder();
  const file = path.join(dir, 'a.yaml');
  fs.writeFileSync(file, 'old\n');
  fs.chmodSync(file, 0o444);
  expect(() => writeFileAtomic(file, 'new\n')).toThrow(expect.objectContaining({ reason: 'EREADONLY' }));
  expect(fs.readFileSync(file, 'utf8')).toBe('old\n');
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
