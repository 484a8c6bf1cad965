// A target's actual against its goal in words (已达到 / 尚未达到 / 未达到), as `plan progress` and the handouts say it.

import type { ProgressOverview } from '../model/progress.js';

type Outcome = ProgressOverview['targets'][number]['actual'][number]['outcome'];

export function outcomeWords(t: (zh: string, en: string) => string, outcome: Outcome): string {
  if (outcome === 'met') return t('已达到', 'met');
  if (outcome === 'not-yet') return t('尚未达到', 'not yet');
  if (outcome === 'missed') return t('未达到', 'missed');
  return t('无法判断', 'n/a');
}
