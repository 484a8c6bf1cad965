// Makes data safe to print: control characters and escape sequences are shown as visible codes, never sent raw.

// C0 controls except tab/newline, DEL, C1 controls (including the 8-bit CSI 0x9b).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function visibleControls(text: string): string {
  return text.replace(CONTROL, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`);
}

/** Text for a fixed-width layout (table cells, source excerpts): a tab would jump to the next tab stop and break the columns, so it is a space. */
export function textForColumns(text: string): string {
  return visibleControls(text).replace(/\t/g, ' ');
}

/**
 * JSON for a terminal or a pipe: JSON.stringify escapes C0 controls but leaves DEL and C1 (the 8-bit CSI) raw;
 * outside strings JSON has none of these, so escaping them everywhere keeps the same value.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f]/g,
    (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}
