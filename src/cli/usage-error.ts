// A problem with how the tool was called (bad option, missing path, unknown unit): exit code 2, no stack trace.

export class UsageError extends Error {
  readonly exitCode = 2;
}
