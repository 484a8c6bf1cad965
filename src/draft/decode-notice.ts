// Decodes a published notice's bytes: UTF-8 (with or without BOM), else GB18030 (which covers GBK and GB2312).

export type NoticeEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030';

export interface DecodedNotice {
  text: string;
  encoding: NoticeEncoding;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const gb18030 = new TextDecoder('gb18030', { fatal: true });

/**
 * Notices saved from Word or a web page on a Chinese Windows machine are often GBK; bytes that are not valid UTF-8 are
 * decoded as GB18030 (a superset of GBK), and null when they are neither, so nothing is ever read as mojibake.
 */
export function decodeNotice(bytes: Uint8Array): DecodedNotice | null {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { text: utf8.decode(bom ? bytes.subarray(3) : bytes), encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {}
  try {
    return { text: gb18030.decode(bytes), encoding: 'gb18030' };
  } catch {
    return null;
  }
}
