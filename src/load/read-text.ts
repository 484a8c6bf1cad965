// Reads a file's bytes and decodes them as UTF-8 (BOM allowed); other encodings become findings, not mojibake.

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

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');

/** Decode bytes; UTF-16 with a BOM is decoded (office tools save it), anything not valid UTF-8 is refused with advice. */
export function decode(bytes: Uint8Array, file: string): ReadResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16le.decode(bytes.subarray(2)), findings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16be.decode(bytes.subarray(2)), findings: [] };
  try {
    // TextDecoder strips a UTF-8 BOM by default.
    return { text: utf8.decode(bytes), findings: [] };
  } catch {
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
}

function firstInvalidUtf8(bytes: Uint8Array): number {
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

export function readText(file: string, shownAs: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new UnreadableFileError(shownAs, (error as NodeJS.ErrnoException).code ?? String(error));
  }
  return decode(bytes, shownAs);
}
