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

/** Ranges common in Chinese text that hold no marks, format, control or emoji characters: no regex needed (compiling
 * the Unicode property classes costs ~2 ms of start-up, and one ≥ in a table used to pay it). Each range is checked
 * against string-width code point by code point (tests/render/text-width.test.ts). */
const PLAIN_WIDE: [number, number][] = [
  [0x3000, 0x3029],
  [0x3030, 0x303e],
  [0x4e00, 0x9fff],
  [0xff01, 0xff60],
  [0xffe0, 0xffe6],
];
const PLAIN_NARROW: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0xac],
  [0xae, 0xff],
  [0x2010, 0x2027],
  [0x2030, 0x205e],
  // Letterlike symbols and number forms (℃ Ⅱ), mathematical operators (≥ ≤ ×÷ are common in targets), enclosed numbers (①).
  [0x2100, 0x2121],
  [0x2123, 0x2138],
  [0x213a, 0x218b],
  [0x21ab, 0x2319],
  [0x2460, 0x24c1],
];
const within = (ranges: [number, number][], cp: number) => ranges.some(([from, to]) => cp >= from && cp <= to);

/** Width of one code point. */
function charWidth(cp: number): number {
  if (within(PLAIN_NARROW, cp)) return 1;
  if (within(PLAIN_WIDE, cp)) return 2;
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
  if (within(PLAIN_NARROW, cp) || within(PLAIN_WIDE, cp)) return false;
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

const plainTable = new Uint8Array(0x10000);

/** 1 or 2 for a UTF-16 unit from the plain ranges (a character of its own, never joined to another), else 0. */
export function plainWidth(unit: number): number {
  if (unit >= 0x20 && unit < 0x7f) return 1;
  if (unit >= 0x4e00 && unit <= 0x9fff) return 2;
  let w = plainTable[unit] as number;
  if (w === 0) {
    w = within(PLAIN_NARROW, unit) ? 1 : within(PLAIN_WIDE, unit) ? 2 : 3;
    plainTable[unit] = w;
  }
  return w === 3 ? 0 : w;
}

/** A regular-expression class of the given ranges (for the scans below: native code, where a loop over characters runs interpreted at start-up). */
const rangeClass = (ranges: [number, number][]) =>
  ranges
    .map(([from, to]) => `\\u${from.toString(16).padStart(4, '0')}-\\u${to.toString(16).padStart(4, '0')}`)
    .join('');
/** Any character outside the plain ranges. */
const NOT_PLAIN = new RegExp(`[^${rangeClass(PLAIN_NARROW)}${rangeClass(PLAIN_WIDE)}]`);
const PLAIN_NARROW_ALL = new RegExp(`[${rangeClass(PLAIN_NARROW)}]+`, 'g');

/** Width of a line of text (no ANSI escapes): a joined sequence counts as its first character; VS16 asks for emoji width. */
export function textWidth(text: string): number {
  if (NOT_PLAIN.test(text)) return fullTextWidth(text);
  // Every character is plain: one column each, and one more for each wide one (what is left without the narrow ones).
  return text.length + text.replace(PLAIN_NARROW_ALL, '').length;
}

function fullTextWidth(text: string): number {
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
