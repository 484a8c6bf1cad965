// Preloaded into the real binary by a test (NODE_OPTIONS=--import …): the first time plan flushes a file to disk, a
// "colleague" appends a line to PLAN_TEST_EDITED_FILE, i.e. between fmt reading the file and renaming its new text
// over it. plan itself knows nothing of this: the hook replaces fs.fsyncSync from outside, as a race would.

import fs from 'node:fs';

const file = process.env.PLAN_TEST_EDITED_FILE;
const fsync = fs.fsyncSync;
let edited = false;
fs.fsyncSync = (fd) => {
  fsync(fd);
  if (file && !edited) {
    edited = true;
    fs.appendFileSync(file, '# 同事刚加的一行\n');
  }
};
