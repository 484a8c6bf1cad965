// Everything the CLI touches outside itself, injected so tests can run it in-process.

import fs from 'node:fs';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal (colour, width). */
  isTTY: boolean;
  columns: number | undefined;
  env: Record<string, string | undefined>;
  cwd: string;
}

/**
 * Writes straight to a file descriptor. process.stdout would load node:net (pipes) or node:tty, ~5 ms of every run,
 * and its writes to a pipe finish after run() returns; these are done when the call returns.
 */
function fdWriter(fd: number): (text: string) => void {
  let closed = false;
  return (text) => {
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    while (!closed && written < bytes.length) {
      try {
        written += fs.writeSync(fd, bytes, written);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        // A non-blocking pipe that is full: wait a moment for the reader.
        if (code === 'EAGAIN') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
        else {
          // Output to a reader that stopped early (`plan tasks | head`) has nowhere to go; that is not the user's error.
          closed = true;
          if (code !== 'EPIPE') process.exitCode = 2;
        }
      }
    }
  };
}

/** A terminal is a character device; only then is node:tty worth loading to ask for sure (and for the width). */
function terminal(fd: number): { isTTY: boolean; columns: number | undefined } {
  try {
    if (!fs.fstatSync(fd).isCharacterDevice()) return { isTTY: false, columns: undefined };
  } catch {
    return { isTTY: false, columns: undefined };
  }
  return { isTTY: process.stdout.isTTY === true, columns: process.stdout.columns };
}

export function processIo(): Io {
  return {
    stdout: fdWriter(1),
    stderr: fdWriter(2),
    ...terminal(1),
    env: process.env,
    cwd: process.cwd(),
  };
}
