// Character classes the hot loops test one UTF-16 code unit at a time, with exactly the meaning of the
// regular expressions they replace (`\p{L}`, `[\p{L}\p{M}\p{N}_]`, `\s` in Unicode mode): each BMP code
// unit is asked of the regular expression once and the answer kept in a table; astral characters
// (surrogate pairs) are asked every time (they are rare); a lone surrogate is a code point of its own
// and belongs to no class.

const WORD_CHAR_RE = /^[\p{L}\p{M}\p{N}_]$/u;
const SPACE_CHAR_RE = /^\s$/u;
const LETTER_RE = /^\p{L}$/u;

const UNKNOWN = 0;
/** A letter, mark, digit or "_". */
export const WORD = 1;
/** White space. */
export const SPACE = 2;
export const OTHER = 3;

/** Class of each BMP code unit, filled as characters are met (ASCII up front). */
const CHAR_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) CHAR_CLASS[c] = classify(String.fromCharCode(c));

function classify(ch: string): number {
  if (WORD_CHAR_RE.test(ch)) return WORD;
  return SPACE_CHAR_RE.test(ch) ? SPACE : OTHER;
}

export function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

export function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function unitClass(c: number): number {
  let cls = CHAR_CLASS[c] as number;
  if (cls === UNKNOWN) {
    cls = isHighSurrogate(c) || isLowSurrogate(c) ? OTHER : classify(String.fromCharCode(c));
    CHAR_CLASS[c] = cls;
  }
  return cls;
}

/**
 * Class and length (1 or 2 code units) of the code point at `i`, packed as class * 4 + length; a pair
 * split by `end` is two lone surrogates.
 */
export function codePointClass(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (isHighSurrogate(c) && i + 1 < end && isLowSurrogate(text.charCodeAt(i + 1))) {
    // Astral characters are never white space: a letter, mark or digit, or something else.
    return (WORD_CHAR_RE.test(text.slice(i, i + 2)) ? WORD : OTHER) * 4 + 2;
  }
  return unitClass(c) * 4 + 1;
}

/** White space (`\s`) as one UTF-16 code unit. */
export function isSpaceUnit(c: number): boolean {
  return unitClass(c) === SPACE;
}

/** Whether each BMP code unit is a letter (\p{L}): 0 not asked yet, 1 yes, 2 no. */
const LETTER_UNIT = new Uint8Array(0x10000);

/** A letter (`\p{L}`) as one UTF-16 code unit (a surrogate alone is none). */
export function isLetterUnit(c: number): boolean {
  let known = LETTER_UNIT[c] as number;
  if (known === 0) {
    known = !isHighSurrogate(c) && !isLowSurrogate(c) && LETTER_RE.test(String.fromCharCode(c)) ? 1 : 2;
    LETTER_UNIT[c] = known;
  }
  return known === 1;
}

/** Where the letter that ends just before `index` starts, not before `from`; -1 when no letter ends there. */
export function letterStartBefore(text: string, index: number, from: number): number {
  if (index <= from) return -1;
  const c = text.charCodeAt(index - 1);
  if (!isLowSurrogate(c)) return isLetterUnit(c) ? index - 1 : -1;
  if (index - 2 >= from && isHighSurrogate(text.charCodeAt(index - 2)) && LETTER_RE.test(text.slice(index - 2, index))) return index - 2;
  return -1;
}

/** Length (1 or 2) of the letter that starts at `index`, before `end`; 0 when none does. */
export function letterLengthAt(text: string, index: number, end: number): number {
  if (index >= end) return 0;
  const c = text.charCodeAt(index);
  if (isHighSurrogate(c) && index + 1 < end && isLowSurrogate(text.charCodeAt(index + 1))) return LETTER_RE.test(text.slice(index, index + 2)) ? 2 : 0;
  return isLetterUnit(c) ? 1 : 0;
}
