// Handout file names: one per unit, whatever characters a unit name holds, never two the same.

import { describe, expect, it } from 'vitest';
import { handoutFileNames } from '../../src/cli/report-data.js';

describe('handoutFileNames', () => {
  it('keeps ordinary names, and turns what a file system refuses (and a leading dot) into _', () => {
    expect(handoutFileNames(['区商务局', '区委办(区台办)', 'a/b', '..', '.hidden', 'x\u0000y', 'a:b*c?'])).toEqual([
      '区商务局',
      '区委办(区台办)',
      'a_b',
      '_.',
      '_hidden',
      'x_y',
      'a_b_c_',
    ]);
  });

  it('never gives two units one file, even where case does not count', () => {
    expect(handoutFileNames(['a/b', 'a_b', 'A_B', '区商务局'])).toEqual(['a_b', 'a_b-2', 'A_B-3', '区商务局']);
  });

  it('cuts long names to 60 characters', () => {
    expect(handoutFileNames(['长'.repeat(100)])[0]).toBe('长'.repeat(60));
  });
});
