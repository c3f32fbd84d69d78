// The document's own typography, so that rewrites look like the text around them.
import { isSpaceUnit, letterLengthAt, letterStartBefore } from '../chars.js';

export interface DocumentStyle {
  apostrophe: '’' | "'";
  /** What a French document puts before ? ! : ; — a space, a no-break space or a narrow no-break space. */
  frenchHighPunctuationSpace: ' ' | '\u00a0' | '\u202f';
}

export function detectDocumentStyle(text: string): DocumentStyle {
  return styleFromCounts(countStyle(text));
}

/** The evidence for a document's style; counts of separate parts of a text add up (the block-wise analyser caches them). */
export interface StyleCounts {
  curly: number;
  straight: number;
  spaces: Record<DocumentStyle['frenchHighPunctuationSpace'], number>;
}

/**
 * Apostrophes between two letters (`\p{L}['’]\p{L}`) and the space before French high punctuation
 * (`\p{L}[ \u00a0\u202f][?!;:]` before white space or the end), counted as the regular expressions'
 * successive non-overlapping matches would be, in one pass over the text.
 */
export function countStyle(text: string): StyleCounts {
  let curly = 0;
  let straight = 0;
  const spaces = { ' ': 0, '\u00a0': 0, '\u202f': 0 };
  // Where the next match of each kind may start: matches do not overlap.
  let apostropheFrom = 0;
  let spaceFrom = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x27 || c === 0x2019) {
      if (letterStartBefore(text, i, apostropheFrom) === -1) continue;
      const after = letterLengthAt(text, i + 1, n);
      if (after === 0) continue;
      if (c === 0x2019) curly++;
      else straight++;
      apostropheFrom = i + 1 + after;
    } else if (c === 0x3f || c === 0x21 || c === 0x3b || c === 0x3a) {
      const space = text.charCodeAt(i - 1);
      if (space !== 0x20 && space !== 0xa0 && space !== 0x202f) continue;
      if (letterStartBefore(text, i - 1, spaceFrom) === -1) continue;
      if (i + 1 < n && !isSpaceUnit(text.charCodeAt(i + 1))) continue;
      spaces[space === 0x20 ? ' ' : space === 0xa0 ? '\u00a0' : '\u202f']++;
      spaceFrom = i + 1;
    }
  }
  return { curly, straight, spaces };
}

export function styleFromCounts({ curly, straight, spaces }: StyleCounts): DocumentStyle {
  const frenchHighPunctuationSpace =
    spaces['\u202f'] > spaces['\u00a0'] && spaces['\u202f'] > spaces[' ']
      ? '\u202f'
      : spaces['\u00a0'] > spaces[' ']
        ? '\u00a0'
        : ' ';
  return { apostrophe: curly > straight ? '’' : "'", frenchHighPunctuationSpace };
}

export function capitalizeFirst(s: string): string {
  const i = s.search(/\p{L}/u);
  if (i === -1) return s;
  return s.slice(0, i) + (s[i] as string).toUpperCase() + s.slice(i + 1);
}
