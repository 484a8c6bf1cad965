// Every subcommand, registered in help order. Adding a command = adding a file and a line here.

import type { Command } from 'commander';
import type { Context } from '../context.js';
import { registerReport } from './report.js';
import { registerTasks } from './tasks.js';
import { registerValidate } from './validate.js';

export const commands: ((program: Command, ctx: Context) => void)[] = [registerTasks, registerValidate, registerReport];
