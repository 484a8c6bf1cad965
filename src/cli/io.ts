// Everything the CLI touches outside itself, injected so tests can run it in-process.

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal (colour, width). */
  isTTY: boolean;
  columns: number | undefined;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** Output to a reader that stopped early (`plan tasks | head`) has nowhere to go; that is not the user's error. */
function tolerateClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    process.exitCode = 2;
  });
}

export function processIo(): Io {
  tolerateClosedPipe(process.stdout);
  tolerateClosedPipe(process.stderr);
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: process.stdout.isTTY === true,
    columns: process.stdout.columns,
    env: process.env,
    cwd: process.cwd(),
  };
}
