// Makes data safe to print: control characters and escape sequences are shown as visible codes, never sent raw.

// C0 controls except tab/newline, DEL, C1 controls (including the 8-bit CSI 0x9b).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function visibleControls(text: string): string {
  return text.replace(CONTROL, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`);
}
