// Decoding: UTF-8 with and without BOM and UTF-16 read the same; GBK becomes a finding at the first bad byte.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode, utf8Text } from '../../src/load/read-text.js';

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
  it('decodes any UTF-8, with ICU and without, exactly as a fatal TextDecoder does', () => {
    const reference = new TextDecoder('utf-8', { fatal: true });
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    fc.assert(
      // Led by `k:`, as a YAML file is by a key: a zero byte first or second would read as UTF-16 (the spec's sniffing).
      fc.property(fc.string({ unit: 'binary' }), fc.boolean(), (value, withBom) => {
        const text = Buffer.from(`k:${value}`);
        const bytes = withBom ? Buffer.concat([bom, text]) : text;
        const expected = reference.decode(bytes);
        expect(decode(bytes, 'f').text).toBe(expected);
        expect(utf8Text(bytes, false)).toBe(expected);
      }),
    );
  });
  it('refuses exactly the byte strings a fatal TextDecoder refuses', () => {
    const reference = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (raw) => {
        // Not UTF-16 by the zero-byte test, so only the UTF-8 path answers.
        const bytes = Buffer.concat([Buffer.from('k:'), raw]);
        let expected: string | null;
        try {
          expected = reference.decode(bytes);
        } catch {
          expected = null;
        }
        expect(decode(bytes, 'f').text).toBe(expected);
      }),
    );
  });
});
