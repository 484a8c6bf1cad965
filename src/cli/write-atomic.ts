// Replaces a file in one step: write a temporary file beside it, flush it to disk, then rename, so neither a crash nor
// a power cut leaves half a file.

import fs from 'node:fs';
import path from 'node:path';

export function writeFileAtomic(file: string, text: string): void {
  // A symbolic link stays a link: the file it points to is the one replaced.
  const target = fs.realpathSync(file);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    const mode = fs.statSync(target).mode;
    const fd = fs.openSync(temp, 'w', mode);
    try {
      fs.writeFileSync(fd, text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
