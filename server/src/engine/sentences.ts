// Sentence and token splitting over prose text, with offsets into that text.
import type { Lang } from './types.js';
import { OPAQUE_CHAR } from './markdown.js';

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

const WORD_RE = /[\p{L}\p{M}\p{N}_]+(?:['’\-][\p{L}\p{M}\p{N}_]+)*['’]?|\uFFFC|[^\s\p{L}\p{M}\p{N}_]/gu;

export function normalizeWord(text: string): string {
  return text.toLowerCase().replace(/’/g, "'");
}

export function tokenize(text: string, start: number, end: number, lang: Lang): Token[] {
  const tokens: Token[] = [];
  WORD_RE.lastIndex = start;
  const slice = text.slice(0, end);
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(slice)) !== null) {
    const raw = m[0];
    const at = m.index;
    if (raw === OPAQUE_CHAR) {
      tokens.push({ text: raw, norm: raw, kind: 'opaque', start: at, end: at + raw.length });
      continue;
    }
    if (!/[\p{L}\p{M}\p{N}_]/u.test(raw)) {
      tokens.push({ text: raw, norm: raw, kind: 'punct', start: at, end: at + raw.length });
      continue;
    }
    for (const part of splitWord(raw, lang)) {
      tokens.push({
        text: part.text,
        norm: normalizeWord(part.text),
        kind: 'word',
        start: at + part.offset,
        end: at + part.offset + part.text.length,
      });
    }
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

const OPENING_QUOTES = new Map<string, string>([
  ['«', '»'],
  ['“', '”'],
  ['"', '"'],
  ['„', '“'],
]);

function findQuotes(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const quotes: Array<{ start: number; end: number }> = [];
  let i = start;
  while (i < end) {
    const close = OPENING_QUOTES.get(text[i] as string);
    if (close !== undefined) {
      const j = text.indexOf(close, i + 1);
      if (j !== -1 && j < end) {
        quotes.push({ start: i, end: j + 1 });
        i = j + 1;
        continue;
      }
    }
    i++;
  }
  return quotes;
}

/** Splits prose into sentences; the terminal punctuation stays with its sentence. */
export function splitSentences(text: string, lang: Lang, from = 0, to = text.length): Sentence[] {
  const sentences: Sentence[] = [];
  let sentenceStart = from;
  const n = to;
  let i = from;
  while (i < n) {
    const ch = text[i] as string;
    let boundaryEnd = -1;
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      let k = i + 1;
      while (k < n && /[.!?…]/.test(text[k] as string)) k++;
      while (k < n && /["»”’)\]*_]/.test(text[k] as string)) k++;
      if (k >= n || /\s/.test(text[k] as string)) {
        if (!(ch === '.' && k === i + 1 && isAbbreviation(text, i))) {
          // The next sentence must start with something that can start a sentence.
          let m = k;
          while (m < n && /\s/.test(text[m] as string)) m++;
          if (m >= n || /[\p{Lu}\p{N}«"“(\[*_\uFFFC¿¡-]/u.test(text[m] as string)) boundaryEnd = k;
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

function isAbbreviation(text: string, dotIndex: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dotIndex - 12), dotIndex));
  if (!before || !before[1]) return false;
  const word = before[1].toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // Initials ("J. Dupont") and dotted abbreviations ("e.g.", "p.ex.").
  if (/^\p{Lu}$/u.test(before[1])) return true;
  return word.includes('.');
}

function pushSentence(text: string, start: number, end: number, lang: Lang, out: Sentence[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  if (e <= s) return;
  out.push({ start: s, end: e, tokens: tokenize(text, s, e, lang), quotes: findQuotes(text, s, e) });
}

export function isWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word';
}
