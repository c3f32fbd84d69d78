// Sentence and token splitting over prose text, with offsets into that text.
import type { Lang } from './types.js';
import { OPAQUE_CHAR } from './markdown.js';
import { codePointClass, isHighSurrogate, isLetterUnit, isLowSurrogate, isSpaceUnit, letterStartBefore, SPACE, WORD } from './chars.js';

export type TokenKind = 'word' | 'punct' | 'opaque';

export interface Token {
  /** As written. */
  text: string;
  /** Lowercase, typographic apostrophe folded to ', for matching. */
  norm: string;
  kind: TokenKind;
  /** Offsets into the prose text. */
  start: number;
  end: number;
}

export interface Sentence {
  /** Offsets into the prose text, trimmed of surrounding white space. */
  start: number;
  end: number;
  tokens: Token[];
  /** Ranges (prose offsets) of quoted speech inside the sentence. */
  quotes: Array<{ start: number; end: number }>;
}

const ABBREVIATIONS = new Set([
  // French
  'm', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'me', 'st', 'ste', 'etc', 'cf', 'ex', 'p', 'pp', 'env',
  'art', 'al', 'av', 'bd', 'chap', 'coll', 'éd', 'fig', 'hab', 'janv', 'févr', 'avr', 'juil', 'sept',
  'oct', 'nov', 'déc', 'min', 'max', 'n', 'no', 'réf', 'tél', 'vol', 'ht', 'ttc', 'resp',
  // English
  'mr', 'mrs', 'ms', 'prof', 'inc', 'ltd', 'co', 'corp', 'vs', 'e.g', 'i.e', 'eg', 'ie', 'approx', 'dept',
  'est', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'dec', 'fig', 'vs', 'jr', 'sr', 'nos',
]);

/** Words that keep their apostrophe although they look like an elided article + word. */
const FRENCH_APOSTROPHE_WORDS = new Set(["aujourd'hui", "presqu'île", "prud'homme", "prud'hommes", "quelqu'un", "quelqu'une"]);

const FRENCH_ELIDED = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'/i;
const ENGLISH_CONTRACTION = /^(.+?)(n't|'ll|'re|'ve|'d|'s|'m)$/i;

/**
 * What the tokenizer reads: a word is a run of letters, marks, digits and "_" (\p{L}\p{M}\p{N}_),
 * possibly joined by ' ’ or - to more such runs, with an optional final apostrophe; U+FFFC is an
 * opaque token; any other character that is not white space (\s) is a punctuation token of its own.
 * The scanner below reads that grammar code point by code point (chars.ts).
 */
const APOSTROPHE = 0x27;
const TYPOGRAPHIC_APOSTROPHE = 0x2019;
const HYPHEN = 0x2d;
const OPAQUE_CODE = OPAQUE_CHAR.charCodeAt(0);

/** End of the run of word code points that starts at `i` (i itself when there is none). */
function wordRunEnd(text: string, i: number, end: number): number {
  let k = i;
  while (k < end) {
    const cp = codePointClass(text, k, end);
    if (cp >> 2 !== WORD) break;
    k += cp & 3;
  }
  return k;
}

export function normalizeWord(text: string): string {
  return text.toLowerCase().replace(/’/g, "'");
}

/** Whether toLowerCase leaves each BMP code unit as it is: 0 not asked yet, 1 yes, 2 no. */
const KEEPS_CASE = new Uint8Array(0x10000);

/**
 * True when `normalizeWord(text[from, to))` is the text itself: no capital and no ’. Lowercasing a
 * string changes it only where it changes one of its characters (the one context-dependent mapping,
 * final sigma, applies to a capital); surrogates are left to normalizeWord.
 */
function isAlreadyNormal(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) return false;
      continue;
    }
    if (c === TYPOGRAPHIC_APOSTROPHE || isHighSurrogate(c) || isLowSurrogate(c)) return false;
    let keeps = KEEPS_CASE[c] as number;
    if (keeps === 0) {
      const ch = String.fromCharCode(c);
      keeps = ch.toLowerCase() === ch ? 1 : 2;
      KEEPS_CASE[c] = keeps;
    }
    if (keeps === 2) return false;
  }
  return true;
}

export function tokenize(text: string, start: number, end: number, lang: Lang): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const cp = codePointClass(text, i, end);
    const cls = cp >> 2;
    const length = cp & 3;
    if (cls === SPACE) {
      i += length;
      continue;
    }
    if (cls !== WORD) {
      const raw = text.slice(i, i + length);
      const kind = length === 1 && text.charCodeAt(i) === OPAQUE_CODE ? 'opaque' : 'punct';
      tokens.push({ text: raw, norm: raw, kind, start: i, end: i + length });
      i += length;
      continue;
    }
    let wordEnd = wordRunEnd(text, i, end);
    let apostrophes = false;
    for (;;) {
      const c = text.charCodeAt(wordEnd);
      if (wordEnd >= end || (c !== APOSTROPHE && c !== TYPOGRAPHIC_APOSTROPHE && c !== HYPHEN)) break;
      const next = wordRunEnd(text, wordEnd + 1, end);
      if (next === wordEnd + 1) break;
      if (c !== HYPHEN) apostrophes = true;
      wordEnd = next;
    }
    if (wordEnd < end) {
      const c = text.charCodeAt(wordEnd);
      if (c === APOSTROPHE || c === TYPOGRAPHIC_APOSTROPHE) {
        apostrophes = true;
        wordEnd++;
      }
    }
    const raw = text.slice(i, wordEnd);
    if (!apostrophes) {
      // Elisions and contractions need an apostrophe: the word is one token.
      tokens.push({ text: raw, norm: isAlreadyNormal(text, i, wordEnd) ? raw : normalizeWord(raw), kind: 'word', start: i, end: wordEnd });
    } else {
      for (const part of splitWord(raw, lang)) {
        tokens.push({
          text: part.text,
          norm: normalizeWord(part.text),
          kind: 'word',
          start: i + part.offset,
          end: i + part.offset + part.text.length,
        });
      }
    }
    i = wordEnd;
  }
  return tokens;
}

function splitWord(raw: string, lang: Lang): Array<{ text: string; offset: number }> {
  const norm = normalizeWord(raw);
  if (lang === 'fr') {
    if (FRENCH_APOSTROPHE_WORDS.has(norm)) return [{ text: raw, offset: 0 }];
    const parts: Array<{ text: string; offset: number }> = [];
    let rest = raw;
    let offset = 0;
    // "qu'il", "l'équipe", "jusqu'à l'an" : peel elided words off the front.
    for (;;) {
      const m = FRENCH_ELIDED.exec(normalizeWord(rest));
      if (!m || m[0].length >= rest.length) break;
      parts.push({ text: rest.slice(0, m[0].length), offset });
      offset += m[0].length;
      rest = rest.slice(m[0].length);
    }
    parts.push({ text: rest, offset });
    return parts;
  }
  const m = ENGLISH_CONTRACTION.exec(raw.replace(/’/g, "'"));
  if (m && m[1] && m[2]) {
    const head = raw.slice(0, m[1].length);
    return [
      { text: head, offset: 0 },
      { text: raw.slice(m[1].length), offset: m[1].length },
    ];
  }
  return [{ text: raw, offset: 0 }];
}

/** The closing quote of an opening one: « », “ ”, " ", „ “. */
function closingQuoteOf(c: number): number {
  switch (c) {
    case 0xab:
      return 0xbb;
    case 0x201c:
      return 0x201d;
    case 0x22:
      return 0x22;
    case 0x201e:
      return 0x201c;
    default:
      return -1;
  }
}

function findQuotes(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const quotes: Array<{ start: number; end: number }> = [];
  let i = start;
  while (i < end) {
    const close = closingQuoteOf(text.charCodeAt(i));
    if (close !== -1) {
      let j = i + 1;
      while (j < end && text.charCodeAt(j) !== close) j++;
      if (j < end) {
        quotes.push({ start: i, end: j + 1 });
        i = j + 1;
        continue;
      }
    }
    i++;
  }
  return quotes;
}

/** . ! ? … */
function isTerminal(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}

/** What may close a sentence after its terminal punctuation: " » ” ’ ) ] * _ */
function isClosing(c: number): boolean {
  return c === 0x22 || c === 0xbb || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d || c === 0x2a || c === 0x5f;
}

const SENTENCE_OPENER_RE = /[\p{Lu}\p{N}«"“(\[*_\uFFFC¿¡-]/u;

/** Splits prose into sentences; the terminal punctuation stays with its sentence. */
export function splitSentences(text: string, lang: Lang, from = 0, to = text.length): Sentence[] {
  const sentences: Sentence[] = [];
  let sentenceStart = from;
  const n = to;
  let i = from;
  while (i < n) {
    const ch = text.charCodeAt(i);
    let boundaryEnd = -1;
    if (isTerminal(ch)) {
      let k = i + 1;
      while (k < n && isTerminal(text.charCodeAt(k))) k++;
      while (k < n && isClosing(text.charCodeAt(k))) k++;
      if (k >= n || isSpaceUnit(text.charCodeAt(k))) {
        if (!(ch === 0x2e && k === i + 1 && isAbbreviation(text, i))) {
          // The next sentence must start with something that can start a sentence.
          let m = k;
          while (m < n && isSpaceUnit(text.charCodeAt(m))) m++;
          if (m >= n || SENTENCE_OPENER_RE.test(text[m] as string)) boundaryEnd = k;
        }
      }
      i = k;
    } else {
      i++;
    }
    if (boundaryEnd !== -1) {
      pushSentence(text, sentenceStart, boundaryEnd, lang, sentences);
      sentenceStart = boundaryEnd;
    }
  }
  pushSentence(text, sentenceStart, n, lang, sentences);
  return sentences;
}

/**
 * The letters and dots just before the dot, within 12 code units ("etc", "e.g", "J"): a lone half of
 * a surrogate pair is no letter.
 */
function wordBeforeDot(text: string, dotIndex: number): string {
  const windowStart = Math.max(0, dotIndex - 12);
  let k = dotIndex;
  while (k > windowStart) {
    const c = text.charCodeAt(k - 1);
    if (c === 0x2e || (!isLowSurrogate(c) && isLetterUnit(c))) {
      k--;
    } else {
      const letter = isLowSurrogate(c) ? letterStartBefore(text, k, windowStart) : -1;
      if (letter === -1) break;
      k = letter;
    }
  }
  return text.slice(k, dotIndex);
}

function isAbbreviation(text: string, dotIndex: number): boolean {
  const before = wordBeforeDot(text, dotIndex);
  if (before.length === 0) return false;
  const word = before.toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // Initials ("J. Dupont") and dotted abbreviations ("e.g.", "p.ex.").
  if (/^\p{Lu}$/u.test(before)) return true;
  return word.includes('.');
}

function pushSentence(text: string, start: number, end: number, lang: Lang, out: Sentence[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpaceUnit(text.charCodeAt(s))) s++;
  while (e > s && isSpaceUnit(text.charCodeAt(e - 1))) e--;
  if (e <= s) return;
  out.push({ start: s, end: e, tokens: tokenize(text, s, e, lang), quotes: findQuotes(text, s, e) });
}

export function isWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word';
}
