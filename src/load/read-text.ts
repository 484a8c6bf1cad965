// Reads a file's bytes and decodes them as UTF-8 (BOM allowed); other encodings become findings, not mojibake.

import { isAscii, isUtf8, transcode } from 'node:buffer';
import fs from 'node:fs';
import type { PendingFinding } from '../model/finding.js';

export type ReadResult = { text: string; findings: PendingFinding[] } | { text: null; findings: PendingFinding[] };

export class UnreadableFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');

/** Files bigger than this are refused before reading: plan files are tens of KB, so this is only ever a mistake. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * Decode bytes; UTF-16 is decoded (office tools save it), anything not valid UTF-8 is refused with advice.
 * Without a BOM, UTF-16 is recognised the way the YAML spec (5.2) says: by the zero byte beside the first ASCII character.
 */
export function decode(bytes: Uint8Array, file: string): ReadResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16le.decode(bytes.subarray(2)), findings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16be.decode(bytes.subarray(2)), findings: [] };
  if (bytes.length >= 2 && bytes[0] !== 0 && bytes[1] === 0) return { text: utf16le.decode(bytes), findings: [] };
  if (bytes.length >= 2 && bytes[0] === 0 && bytes[1] !== 0) return { text: utf16be.decode(bytes), findings: [] };
  if (isUtf8(bytes)) return { text: utf8Text(bytes), findings: [] };
  const offset = firstInvalidUtf8(bytes);
  const before = bytes.subarray(0, offset);
  const line = before.filter((b) => b === 0x0a).length + 1;
  return {
    text: null,
    findings: [
      {
        file,
        line,
        column: offset - before.lastIndexOf(0x0a),
        rule: 'file-encoding',
        messageId: 'notUtf8',
        data: { offset },
      },
    ],
  };
}

/** Whether this Node has ICU, and so `transcode` (a Node built with `--without-intl` has neither). */
const withIcu = typeof process.versions.icu === 'string';

/**
 * Valid UTF-8 as text, without a leading byte order mark. ICU's converter (`transcode`) and a copy of its UTF-16 into a
 * string take an eighth of the time TextDecoder takes on Node 20 (8 against 57 us for a 23 KB plan), and decoding was a
 * tenth of validating 1,000 plans; pure ASCII is copied as it is. Without ICU, TextDecoder (`icu` false: tests).
 */
export function utf8Text(bytes: Uint8Array, icu = withIcu): string {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.length - start);
  if (isAscii(body)) return body.toString('latin1');
  return icu ? transcode(body, 'utf8', 'utf16le').toString('utf16le') : utf8.decode(body);
}

/** The offset of the first byte that does not begin or continue a UTF-8 character; the length when there is none. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return i;
}

const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? String(error);

export function readText(file: string, shownAs: string): ReadResult {
  let bytes: Buffer;
  let fd: number | null = null;
  try {
    // Opened without blocking and checked on the open file (one stat, not two): a FIFO would otherwise block the read
    // forever, and a 30 MB file need not be read to be refused.
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new UnreadableFileError(shownAs, stat.isDirectory() ? 'EISDIR' : 'ENOTREG');
    if (stat.size > MAX_FILE_BYTES) return { text: null, findings: [tooLarge(shownAs, stat.size, MAX_FILE_BYTES)] };
    bytes = readAll(fd, stat.size);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(shownAs, errorCode(error));
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
  return decode(bytes, shownAs);
}

/**
 * One buffer for every read, grown to the largest file read so far: the bytes live only until they are decoded, and a
 * new buffer per file (an allocation outside V8's heap) made V8 collect garbage more often on a folder of plans.
 */
let scratch = Buffer.allocUnsafe(64 * 1024);

/** The file's bytes as of the stat (as readFileSync does); a file cut short meanwhile gives what is there. Valid until the next read. */
function readAll(fd: number, size: number): Buffer {
  if (scratch.length < size) scratch = Buffer.allocUnsafe(size);
  const bytes = scratch.subarray(0, size);
  let filled = 0;
  while (filled < size) {
    const read = fs.readSync(fd, bytes, filled, size - filled, null);
    if (read === 0) break;
    filled += read;
  }
  return filled === size ? bytes : bytes.subarray(0, filled);
}

/** The `yaml-syntax` finding for a file (or text) over the size limit; sizes in MB, as a file manager shows them. */
export function tooLarge(file: string, size: number, limit: number): PendingFinding {
  const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
  return {
    file,
    line: 1,
    column: 1,
    rule: 'yaml-syntax',
    messageId: 'tooLarge',
    data: { size: mb(size), limit: mb(limit) },
  };
}
