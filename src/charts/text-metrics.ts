/**
 * Text width without a DOM. Layout code runs in Node too (the SVG command line, server
 * rendering), and the widgets inherit the host page's font, which is unknown when the layout
 * is computed; so widths are estimated from character classes and erred on the wide side.
 * An overestimate costs a few pixels of whitespace, an underestimate an overlap.
 */

/** Advance widths in em for a proportional sans-serif, rounded up from Arial/Helvetica/Noto Sans. */
const NARROW = 0.3; // i l j . , : ; ' | ! and the like
const SPACE = 0.3;
const DIGIT = 0.58;
const LOWER = 0.56;
const UPPER = 0.7;
const WIDE = 0.9; // m w M W and symbols such as % and the em dash
const OTHER = 0.62;
/** CJK ideographs, kana, hangul and full-width forms occupy a full em in every CJK font. */
const FULL = 1.0;

const NARROW_CHARS = new Set([...'iljfrtI.,:;\'"|!()[]{}`’‘']);
const WIDE_CHARS = new Set([...'mwMW%@—&']);

function isFullWidth(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd) ||
    // Curly quotes are full width in CJK fonts, which a Chinese page falls back to.
    code === 0x201c ||
    code === 0x201d
  );
}

function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (isFullWidth(code)) return FULL;
  if (char === ' ') return SPACE;
  if (char >= '0' && char <= '9') return DIGIT;
  if (NARROW_CHARS.has(char)) return NARROW;
  if (WIDE_CHARS.has(char)) return WIDE;
  if (char >= 'a' && char <= 'z') return LOWER;
  if (char >= 'A' && char <= 'Z') return UPPER;
  return OTHER;
}

/** Width in px of one line of `text` at `fontSize` px: measured where a renderer is at hand, else estimated. */
export type MeasureText = (text: string, fontSize: number) => number;

/** Estimated rendered width in px of a single line of `text` at `fontSize` px. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += charWidth(char);
  return em * fontSize;
}
