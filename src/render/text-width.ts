// Terminal display width without Intl.Segmenter (whose first use costs ~15 ms of start-up): East Asian wide and
// fullwidth characters and emoji take two columns; marks, joiners and controls none; everything else one.

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]$/u;
const EMOJI = /^\p{Emoji_Presentation}$/u;
/** Wide and fullwidth ranges (Unicode East Asian Width W/F), as in is-fullwidth-code-point. */
const WIDE: [number, number][] = [
  [0x1100, 0x115f],
  [0x2329, 0x232a],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1b000, 0x1b2ff],
  [0x1f200, 0x1f251],
  [0x20000, 0x3fffd],
];

/** Width of the first character of `text`. */
function charWidth(text: string): number {
  const cp = text.codePointAt(0) ?? 0;
  const char = String.fromCodePoint(cp);
  if (cp >= 0x20 && cp < 0x7f) return 1;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || ZERO_WIDTH.test(char)) return 0;
  if (cp < 0x1100) return 1;
  if (WIDE.some(([from, to]) => cp >= from && cp <= to) || EMOJI.test(char)) return 2;
  return 1;
}

/** Width of a line of text (no ANSI escapes): a joined sequence counts as its first character; VS16 asks for emoji width. */
export function textWidth(text: string): number {
  let width = 0;
  let last = 0;
  let joined = false;
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    if (cp === 0x200d) joined = true;
    else if (joined) joined = false;
    else if (cp === 0xfe0f) {
      width += last === 1 ? 1 : 0;
      last = 2;
    } else {
      last = cp >= 0x4e00 && cp <= 0x9fff ? 2 : charWidth(char);
      width += last;
    }
  }
  return width;
}

/** User-perceived characters, approximately: a character with the marks, joiners and variation selectors after it. */
export function graphemes(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let joined = false;
  for (const char of text) {
    const cp = char.charCodeAt(0);
    // Printable ASCII and CJK ideographs never attach: skip the regex for the common case.
    const plain = (cp >= 0x20 && cp < 0x7f) || (cp >= 0x4e00 && cp <= 0x9fff);
    const attaches = current !== '' && (joined || (!plain && (ZERO_WIDTH.test(char) || (cp >= 0xfe00 && cp <= 0xfe0f))));
    if (!attaches && current) out.push(current);
    current = attaches ? current + char : char;
    joined = char === '\u200d';
  }
  if (current) out.push(current);
  return out;
}
