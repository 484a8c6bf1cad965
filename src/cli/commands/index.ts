// Every subcommand, registered in help order. Adding a command = adding a file and a line here.

import type { Command } from 'commander';
import type { Context } from '../context.js';
import { registerCheck } from './check.js';
import { registerDiff } from './diff.js';
import { registerFmt } from './fmt.js';
import { registerImport } from './import.js';
import { registerLeaders } from './leaders.js';
import { registerProgress } from './progress.js';
import { registerReport } from './report.js';
import { registerSearch } from './search.js';
import { registerShow } from './show.js';
import { registerStats } from './stats.js';
import { registerTargets } from './targets.js';
import { registerTasks } from './tasks.js';
import { registerUnits } from './units.js';
import { registerValidate } from './validate.js';

export const commands: ((program: Command, ctx: Context) => void)[] = [
  registerTasks,
  registerUnits,
  registerShow,
  registerSearch,
  registerTargets,
  registerLeaders,
  registerStats,
  registerValidate,
  registerFmt,
  registerCheck,
  registerDiff,
  registerReport,
  registerImport,
  registerProgress,
];
