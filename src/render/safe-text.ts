// Makes data safe to print: control characters and escape sequences are shown as visible codes, never sent raw.

/**
 * C0 controls except tab/newline, DEL, C1 controls (including the 8-bit CSI 0x9b), the Unicode line and paragraph
 * separators, and the bidirectional controls (U+202E turns the rest of a line around: `exe.txt` reads `txt.exe`).
 */
const SEPARATORS_AND_DIRECTION = '\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069';
const CONTROL = new RegExp(`[\u0000-\u0008\u000b-\u001f\u007f-\u009f${SEPARATORS_AND_DIRECTION}]`, 'g');
/** What JSON.stringify leaves raw of those (it escapes C0 itself). */
const RAW_IN_JSON = new RegExp(`[\u007f-\u009f${SEPARATORS_AND_DIRECTION}]`, 'g');

const code = (c: string) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`;

export function visibleControls(text: string): string {
  return text.replace(CONTROL, code);
}

/**
 * Text for a terminal or a CI log: controls visible, and `::` broken as `:\u{3a}`, since a log line starting with
 * `::error …::` (spaces before it allowed) is a GitHub workflow command; data must not be able to write one.
 */
export function terminalText(text: string): string {
  return visibleControls(text).replace(/::/g, ':\\u{3a}');
}

/** One line of a line-based output (a finding, a file name, a note): a line break in data is shown, not obeyed. */
export function oneLine(text: string): string {
  return terminalText(text).replace(/\n/g, code);
}

/** Text for a fixed-width layout (table cells, source excerpts): a tab would jump to the next tab stop and break the columns, so it is a space. */
export function textForColumns(text: string): string {
  return terminalText(text).replace(/\t/g, ' ');
}

/**
 * JSON for a terminal or a pipe: JSON.stringify escapes C0 controls but leaves DEL and C1 (the 8-bit CSI) raw;
 * outside strings JSON has none of these, so escaping them everywhere keeps the same value.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    RAW_IN_JSON,
    (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}
