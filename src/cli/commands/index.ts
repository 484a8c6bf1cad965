// Every subcommand, registered in help order. Adding a command = adding a file and a line here.

import type { Command } from 'commander';
import type { Context } from '../context.js';
import { registerCheck } from './check.js';
import { registerDiff } from './diff.js';
import { registerTasks } from './tasks.js';
import { registerValidate } from './validate.js';

export const commands: ((program: Command, ctx: Context) => void)[] = [registerTasks, registerValidate, registerCheck, registerDiff];
