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

/** Width of one code point. */
function charWidth(cp: number): number {
  if (cp >= 0x20 && cp < 0x7f) return 1;
  const char = String.fromCodePoint(cp);
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || ZERO_WIDTH.test(char)) return 0;
  if (cp < 0x1100) return 1;
  if (WIDE.some(([from, to]) => cp >= from && cp <= to) || EMOJI.test(char)) return 2;
  return 1;
}

const UNKNOWN = 255;
/** Per code point of the Basic Multilingual Plane: its width, and whether it attaches to the character before it. */
const bmpWidth = new Uint8Array(0x10000).fill(UNKNOWN);
const bmpAttaches = new Uint8Array(0x10000).fill(UNKNOWN);

function widthOf(cp: number): number {
  if (cp >= 0x10000) return charWidth(cp);
  let w = bmpWidth[cp] as number;
  if (w === UNKNOWN) {
    w = charWidth(cp);
    bmpWidth[cp] = w;
  }
  return w;
}

/** Marks, format characters and variation selectors attach to the character before them. */
function attaches(cp: number): boolean {
  const known = cp < 0x10000 ? (bmpAttaches[cp] as number) : UNKNOWN;
  if (known !== UNKNOWN) return known === 1;
  const result = ZERO_WIDTH.test(String.fromCodePoint(cp)) || (cp >= 0xfe00 && cp <= 0xfe0f);
  if (cp < 0x10000) bmpAttaches[cp] = result ? 1 : 0;
  return result;
}

/** The code point at `i` and how many UTF-16 units it takes (a lone surrogate is a code point of its own, as in for…of). */
function codePointAt(text: string, i: number): number {
  const hi = text.charCodeAt(i);
  if (hi >= 0xd800 && hi <= 0xdbff && i + 1 < text.length) {
    const lo = text.charCodeAt(i + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) return (hi - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
  }
  return hi;
}

/** Width of a line of text (no ANSI escapes): a joined sequence counts as its first character; VS16 asks for emoji width. */
export function textWidth(text: string): number {
  let width = 0;
  let last = 0;
  let joined = false;
  for (let i = 0; i < text.length; i++) {
    const cp = codePointAt(text, i);
    if (cp >= 0x10000) i++;
    if (cp === 0x200d) joined = true;
    else if (joined) joined = false;
    else if (cp === 0xfe0f) {
      width += last === 1 ? 1 : 0;
      last = 2;
    } else {
      last = widthOf(cp);
      width += last;
    }
  }
  return width;
}

/** User-perceived characters, approximately: a character with the marks, joiners and variation selectors after it. */
export function graphemes(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let joined = false;
  for (let i = 0; i < text.length; i++) {
    const cp = codePointAt(text, i);
    const attach = i > 0 && (joined || attaches(cp));
    if (!attach && i > start) {
      out.push(text.slice(start, i));
      start = i;
    }
    if (cp >= 0x10000) i++;
    joined = cp === 0x200d;
  }
  if (text.length > start) out.push(text.slice(start));
  return out;
}
