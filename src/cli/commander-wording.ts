// Commander's help headings and parse errors, in the reader's language: office staff should not meet English errors.

import { type Command, type CommanderError, Help, type Option } from 'commander';
import { textWidth } from '../render/text-width.js';
import { wrapWords } from '../render/wrap.js';
import type { Context } from './context.js';

const titlesZh: Record<string, string> = {
  'Usage:': '用法:',
  'Options:': '选项:',
  'Global Options:': '全局选项:',
  'Commands:': '命令:',
  'Arguments:': '参数:',
};

const helpWidth = (text: string): number => textWidth(text.replace(/\u001b\[[0-9;]*m/g, ''));

/** Commander's "[options]" and "[command]" in usage lines; argument names (<plan>, [paths...]) are ours and stay. */
const placeholdersZh = (usage: string): string => usage.replace('[options]', '[选项]').replace('[command]', '[命令]');

/** Help headings and the built-in help/version descriptions, on the program and every subcommand. */
export function localiseHelp(program: Command, ctx: Context): void {
  // Sub-subcommands too (`plan progress init`).
  for (const command of [program, ...program.commands, ...program.commands.flatMap((c) => c.commands)]) {
    command.helpOption('-h, --help', ctx.t('显示帮助', 'display help for command'));
    // Commander pads and wraps by string length; Chinese characters take two columns, and have no spaces to wrap at.
    command.configureHelp({ displayWidth: helpWidth });
    if (ctx.lang === 'zh') {
      command.configureHelp({
        displayWidth: helpWidth,
        boxWrap(this: Help, text: string, width: number) {
          return width < this.minWidthToWrap ? text : wrapWords(text, width);
        },
        styleTitle: (title) => titlesZh[title] ?? title,
        // Commander appends "(default: …)" in English; the description before it is already ours.
        optionDescription(this: Help, option: Option) {
          return Help.prototype.optionDescription
            .call(this, option)
            .replace('(default: ', '(默认:')
            .replace(/\)$/, ')');
        },
        commandUsage(this: Help, cmd: Command) {
          return placeholdersZh(Help.prototype.commandUsage.call(this, cmd));
        },
        subcommandTerm(this: Help, cmd: Command) {
          return placeholdersZh(Help.prototype.subcommandTerm.call(this, cmd));
        },
      });
    }
  }
  program.helpCommand('help [command]', ctx.t('显示某个命令的帮助', 'display help for command'));
}

function quoted(message: string): string[] {
  return [...message.matchAll(/'([^']*)'/g)].map((m) => m[1] ?? '');
}

/** The message for an error commander raised while parsing, without its "error: " prefix. */
export function commanderMessage(error: CommanderError, ctx: Context): string {
  const english = error.message.replace(/^error: /, '');
  if (ctx.lang === 'en') return english;
  const [first = ''] = quoted(error.message);
  const suggestion = /\(Did you mean (.+)\?\)/.exec(error.message)?.[1];
  const didYouMean = suggestion ? `是否要用:${suggestion}?` : '';
  switch (error.code) {
    case 'commander.unknownCommand':
      return `没有“${first}”这个命令。${didYouMean}运行 plan --help 查看所有命令。`;
    case 'commander.unknownOption':
      return `不认识的选项“${first}”。${didYouMean}加 --help 查看可用的选项。`;
    case 'commander.missingArgument':
      return `缺少参数“${first}”。加 --help 查看用法。`;
    case 'commander.optionMissingArgument':
      return `选项“${first}”后面需要一个值。`;
    case 'commander.missingMandatoryOptionValue':
      return `必须提供选项“${first}”。`;
    case 'commander.excessArguments': {
      const [expected, got] = [...error.message.matchAll(/(\d+)/g)].map((m) => m[1]);
      return `命令“${first}”的参数太多:应为 ${expected ?? '?'} 个,实际 ${got ?? '?'} 个。加 --help 查看用法。`;
    }
    default:
      return english;
  }
}
