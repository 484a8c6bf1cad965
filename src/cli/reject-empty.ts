// An empty option value or argument (`--unit ""`, `validate ""`) is a usage problem, not "no filter" or "this folder".

import type { Command } from 'commander';
import type { Context } from './context.js';
import { UsageError } from './usage-error.js';

const blank = (value: unknown): boolean => typeof value === 'string' && value.trim() === '';

/** Throws a UsageError naming the first option or argument given as an empty or blank string. */
export function rejectEmptyValues(action: Command, ctx: Pick<Context, 't'>): void {
  const values = action.optsWithGlobals<Record<string, unknown>>();
  for (const command of [action, ...(action.parent ? [action.parent] : [])]) {
    for (const option of command.options) {
      const value = values[option.attributeName()];
      if (!(Array.isArray(value) ? value.some(blank) : blank(value))) continue;
      const flag = option.long ?? option.short ?? option.flags;
      throw new UsageError(ctx.t(`选项 ${flag} 的值不能为空`, `option ${flag} needs a value, not an empty string`));
    }
  }
  action.registeredArguments.forEach((argument, i) => {
    const value = action.processedArgs[i];
    if (!(Array.isArray(value) ? value.some(blank) : blank(value))) return;
    const name = argument.name();
    const about = argument.description;
    throw new UsageError(
      ctx.t(
        `参数 ${name}${about ? `(${about})` : ''}不能为空`,
        `argument ${name}${about ? ` (${about})` : ''} must not be empty`,
      ),
    );
  });
}
