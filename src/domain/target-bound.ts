// A target's value with the sign of its bound (≥ ≤ = ≈ ↑), its base and deadline: one wording for every output.

import type { Lang } from '../model/lang.js';
import type { RawBound, RawTarget } from '../model/raw.js';

export const BOUND_SIGNS: Record<RawBound, string> = {
  atLeast: '≥',
  atMost: '≤',
  exactly: '=',
  about: '≈',
  increase: '↑',
};

/** "≥1次", "≈23万吨", "↑(较2022年)", "↑8%(较上年)", "=1个(2023年底前)". */
export function boundText(t: Pick<RawTarget, 'bound' | 'value' | 'unit' | 'base' | 'deadline'>, lang: Lang): string {
  const amount = t.value === undefined ? '' : `${t.value}${t.unit ?? ''}`;
  const base = t.base ? (lang === 'zh' ? `(较${t.base})` : ` (vs ${t.base})`) : '';
  const deadline = t.deadline ? (lang === 'zh' ? `(${t.deadline})` : ` (by ${t.deadline})`) : '';
  return `${BOUND_SIGNS[t.bound]}${amount}${base}${deadline}`;
}
