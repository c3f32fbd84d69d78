// Checks shared by the property tests. They are written independently of the engine (their own edit
// applier, their own markup stripping) so that a bug in the engine cannot hide itself.
import type { TextEdit } from '../../server/src/engine/index.js';
import { extractProse, type MarkdownDocument } from '../../server/src/engine/markdown.js';

const HIGH = /[\uD800-\uDBFF]/;
const LOW = /[\uDC00-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasLoneSurrogate(s: string): boolean {
  return LONE_SURROGATE.test(s);
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && HIGH.test(text[offset - 1] as string) && LOW.test(text[offset] as string);
}

/** Applies sorted, non-overlapping edits; throws on anything else, so that a malformed fix fails loudly. */
export function applySortedEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    if (!Number.isInteger(e.start) || !Number.isInteger(e.end)) throw new Error(`non-integer edit ${JSON.stringify(e)}`);
    if (e.start < at || e.end < e.start || e.end > text.length) throw new Error(`edit out of order or range ${JSON.stringify(e)}`);
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  nbsp: '\u00a0',
  eacute: 'é',
  fjlig: 'fj',
  ThickSpace: '\u205f\u200a',
  NotEqualTilde: '\u2242\u0338',
  Afr: '\u{1D504}',
};

function decodeReferences(s: string): string {
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g, (all, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(code);
    }
    return NAMED_REFERENCES[body] ?? all;
  });
}

/**
 * The words a reader sees in a slice of Markdown source: link destinations, reference labels, HTML
 * tags and code spans removed, character references decoded, backslash escapes dropped.
 */
export function sourceWords(markdown: string): string[] {
  const stripped = markdown
    .replace(/`+[^`]*`+/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/\]\[[^\]]*\]/g, ' ')
    .replace(/<[^>\n]*>/g, ' ')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');
  return decodeReferences(stripped).match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** The words of a finding's phrase (prose: markup already removed). */
export function proseWords(phrase: string): string[] {
  return phrase.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** True when `needle` occurs in `haystack` in order, not necessarily contiguously. */
export function isSubsequence(needle: readonly string[], haystack: readonly string[]): boolean {
  let j = 0;
  for (const w of haystack) if (j < needle.length && w === needle[j]) j++;
  return j === needle.length;
}

/** Sorted, merged ranges. */
export function mergeRanges(ranges: ReadonlyArray<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Array<{ start: number; end: number }> = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

/**
 * True when `after` keeps every character of `before` outside `changeable` (sorted, merged ranges),
 * in order: the text before the first range and after the last exactly, the gaps between them in order.
 */
export function keepsTextOutside(before: string, after: string, changeable: ReadonlyArray<{ start: number; end: number }>): boolean {
  if (changeable.length === 0) return before === after;
  const first = changeable[0]!;
  const last = changeable[changeable.length - 1]!;
  const head = before.slice(0, first.start);
  const tail = before.slice(last.end);
  if (!after.startsWith(head) || !after.endsWith(tail) || after.length < head.length + tail.length) return false;
  let cursor = head.length;
  const limit = after.length - tail.length;
  for (let i = 1; i < changeable.length; i++) {
    const gap = before.slice(changeable[i - 1]!.end, changeable[i]!.start);
    const at = after.indexOf(gap, cursor);
    if (at === -1 || at + gap.length > limit) return false;
    cursor = at + gap.length;
  }
  return true;
}

/** A multiset of keys, to say "no finding appears that was not there before". */
export function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** Keys of `after` that occur more often than in `before`. */
export function newKeys(before: ReadonlyMap<string, number>, after: ReadonlyMap<string, number>): string[] {
  return [...after].filter(([k, n]) => n > (before.get(k) ?? 0)).map(([k]) => k);
}

/**
 * The prose a source range reads as, once parsed (pass a parsed document to parse once for many
 * ranges); undefined when part of it cannot be aligned exactly (the engine never rewrites such text,
 * so it cannot be compared).
 */
export function proseOfSourceRange(source: string | MarkdownDocument, start: number, end: number): string | undefined {
  const doc = typeof source === 'string' ? extractProse(source) : source;
  let prose = '';
  for (const seg of doc.segments) {
    for (let k = 0; k < seg.text.length; k++) {
      const s = seg.starts[k] as number;
      const e = seg.ends[k] as number;
      if (s < start || e > end) continue;
      if (seg.inexact[k]) return undefined;
      prose += seg.text[k];
    }
  }
  return prose;
}

/** The sentence `sentence` of `text` once `edits` (inside it) are applied, parsed again: its prose. */
export function proseOfFixedSentence(text: string, sentence: { start: number; end: number }, edits: readonly TextEdit[]): string | undefined {
  const delta = edits.reduce((sum, e) => sum + e.newText.length - (e.end - e.start), 0);
  return proseOfSourceRange(applySortedEdits(text, edits), sentence.start, sentence.end + delta);
}
