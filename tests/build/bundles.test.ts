// The command bundles (npm test builds first): each command runs from a bundle built with it alone
// (dist/plan-<command>.cjs), picked by bin/load-bundle.js; help, no command and unknown commands take the whole CLI.

import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';

const launcher = createRequire(import.meta.url)(path.join(repoRoot, 'bin', 'load-bundle.js')) as {
  VALUE_OPTIONS: string[];
  commandOf(argv: string[]): string | null;
  bundleFor(argv: string[]): string;
  fullBundle: string;
};

/** The commands `plan --help` lists (the whole CLI), in its order. */
function listedCommands(): string[] {
  const help = runCli(['--help', '--lang', 'en']);
  expect(help.code, help.stderr).toBe(0);
  const section = help.stdout.split(/^Commands:$/m)[1] ?? '';
  return [...section.matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1] as string).filter((c) => c !== 'help');
}

describe('command bundles', () => {
  it('every command has a bundle and a code cache of its own, and no bundle is left over', () => {
    const commands = listedCommands();
    expect(commands).toContain('tasks');
    const built = fs
      .readdirSync(path.join(repoRoot, 'dist'))
      .filter((f) => /^plan-[a-z]+\.cjs$/.test(f))
      .map((f) => f.slice('plan-'.length, -'.cjs'.length));
    expect(built.sort()).toEqual([...commands].sort());
    for (const command of commands)
      expect(fs.existsSync(path.join(repoRoot, 'dist', `plan-${command}.cjs.cache`))).toBe(true);
  });

  it("each command's own bundle gives the same help as the whole CLI's `plan help <command>`", () => {
    for (const command of listedCommands()) {
      const own = runCli([command, '--help']);
      const whole = runCli(['help', command]);
      expect(launcher.bundleFor([command, '--help'])).toContain(`plan-${command}.cjs`);
      expect(launcher.bundleFor(['help', command])).toBe(launcher.fullBundle);
      expect(own.code, own.stderr).toBe(0);
      expect(own.stdout, command).toBe(whole.stdout);
    }
  });

  it('the launcher skips exactly the program options that take a value, as `plan --help` lists them', () => {
    const help = runCli(['--help', '--lang', 'en']).stdout.split(/^Commands:$/m)[0] ?? '';
    const withValue = [...help.matchAll(/^ {2}(?:-\w, )?(--[a-z-]+) <\w+>/gm)].map((m) => m[1]);
    expect(withValue.sort()).toEqual([...launcher.VALUE_OPTIONS].sort());
  });

  it('finds the command after the program options, and leaves help, version and odd names to the whole CLI', () => {
    expect(launcher.commandOf(['tasks', '--unit', 'x'])).toBe('tasks');
    expect(launcher.commandOf(['--data', 'units', 'tasks'])).toBe('tasks');
    expect(launcher.commandOf(['--data=units', '--partial', 'tasks'])).toBe('tasks');
    expect(launcher.commandOf(['--lang', 'en', 'progress', 'init'])).toBe('progress');
    expect(launcher.commandOf(['-h', 'tasks'])).toBeNull();
    expect(launcher.commandOf(['--version'])).toBeNull();
    expect(launcher.commandOf(['--', 'tasks'])).toBeNull();
    expect(launcher.commandOf(['../tasks'])).toBeNull();
    expect(launcher.commandOf([])).toBeNull();
    expect(launcher.bundleFor(['tsks'])).toBe(launcher.fullBundle);
  });

  it('runs a command named after a program option with a value, and lists every command for -h before one', () => {
    const tasks = runCli(['--data', path.join(repoRoot, 'data'), 'tasks', '--unit', '区商务局']);
    expect(tasks.code, tasks.stderr).toBe(0);
    expect(tasks.stdout).toContain('区商务局 的任务');
    const help = runCli(['-h', 'tasks']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('validate');
    const typo = runCli(['tsks']);
    expect(typo.stderr).toContain('tasks');
  });
});
