// Highlighting marks matches after wrapping, including a match broken across two lines.

import { describe, expect, it } from 'vitest';
import { highlightWrapped, matchedChars } from '../../src/render/highlight.js';

const mark = (s: string) => `[${s}]`;

describe('highlight', () => {
  it('marks every occurrence, case-insensitively', () => {
    expect(matchedChars('aAb', ['a'])).toEqual([true, true, false]);
    expect(highlightWrapped('消费协作消费', '消费协作消费', ['消费'], mark)).toBe('[消费]协作[消费]');
  });

  it('keeps inserted line breaks outside the marks', () => {
    expect(highlightWrapped('推动消费协作', '推动消\n费协作', ['消费'], mark)).toBe('推动[消]\n[费]协作');
  });

  it('leaves text without matches alone', () => {
    expect(highlightWrapped('推动协作', '推动\n协作', ['消费'], mark)).toBe('推动\n协作');
  });
});
