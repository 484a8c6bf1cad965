// Decoding: UTF-8 with and without BOM and UTF-16 read the same; GBK becomes a finding at the first bad byte.

import { describe, expect, it } from 'vitest';
import { decode } from '../../src/load/read-text.js';

const text = 'kind: plan\n单位: 区商务局\n';

describe('decode', () => {
  it('reads UTF-8 with and without BOM alike', () => {
    expect(decode(Buffer.from(text), 'f').text).toBe(text);
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'f').text).toBe(text);
  });
  it('decodes UTF-16 with a BOM', () => {
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'f').text).toBe(text);
  });
  it('refuses GBK with the position of the first undecodable byte', () => {
    // "单位" in GBK is B5 A5 CE BB.
    const gbk = Buffer.concat([Buffer.from('kind: plan\n'), Buffer.from([0xb5, 0xa5, 0xce, 0xbb])]);
    const result = decode(gbk, 'f.yaml');
    expect(result.text).toBeNull();
    expect(result.findings).toEqual([
      { file: 'f.yaml', line: 2, column: 1, rule: 'file-encoding', messageId: 'notUtf8', data: { offset: 11 } },
    ]);
  });
});
