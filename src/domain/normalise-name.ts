// Matching key for unit names: look-alike punctuation folds together, so （ and ( match; the written form is kept elsewhere.

const foldMap: Record<string, string> = {
  '（': '(',
  '）': ')',
  '，': ',',
  '：': ':',
  '　': '',
  ' ': '',
};

/**
 * Zero-width and other invisible characters that Word pastes into text, and control characters (an escaped ESC…) that
 * no plan text needs; they are errors, never silently dropped. Tab and line breaks are ordinary text.
 */
export const INVISIBLE_CHARS =
  '\\u200b-\\u200f\\u2060-\\u2064\\ufeff\\u00ad\\u202a-\\u202e\\u2066-\\u2069\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f';
export const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, 'u');

/** INVISIBLE or a backslash: text without either cannot yield an invisible character, not even through a YAML escape. */
export const INVISIBLE_OR_ESCAPE = new RegExp(`${INVISIBLE.source}|\\\\`, 'u');

export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[（），：　 ]/g, (c) => foldMap[c] ?? c)
    .trim();
}
