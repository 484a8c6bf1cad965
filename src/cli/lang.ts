// Picks the output language from --lang or the locale (LC_ALL, LC_MESSAGES, LANG): zh* gives Chinese.

import type { Lang } from '../model/lang.js';
import { UsageError } from './usage-error.js';

export function resolveLang(option: string | undefined, env: Record<string, string | undefined>): Lang {
  if (option !== undefined) {
    if (option === 'zh' || option === 'en') return option;
    throw new UsageError(`--lang 只能是 zh 或 en(收到 “${option}”)/ --lang must be zh or en`);
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  if (!locale) return 'zh';
  return /^zh/i.test(locale) ? 'zh' : locale === 'C' || locale === 'POSIX' || locale.startsWith('C.') ? 'zh' : 'en';
}
