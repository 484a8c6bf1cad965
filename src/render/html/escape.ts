// HTML escaping: every piece of data goes through esc() before it reaches the page, in text and in attributes.

import { visibleControls } from '../safe-text.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Markup-safe text; control and direction characters (ESC, U+202E) shown as `\u{1b}`, as in the terminal, not obeyed. */
export function esc(value: string | number): string {
  return visibleControls(String(value)).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
