// Prose edits → source edits. A rewrite is computed on plain prose; here it is mapped back onto the
// Markdown so that emphasis, links and inline code around or inside the sentence survive.
import type { ProseSegment } from './markdown.js';
import { OPAQUE_CHAR } from './markdown.js';
import type { TextEdit } from './types.js';

/** An edit in prose offsets of one segment. */
export interface ProseEdit {
  start: number;
  end: number;
  newText: string;
}

/** Applies edits given in one coordinate space to a string; edits must not overlap. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new RangeError(`overlapping edits at ${e.start}`);
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

/** True when no two edits overlap (touching is fine unless both insert at the same point). */
export function editsOverlap(a: readonly TextEdit[], b: readonly TextEdit[]): boolean {
  for (const x of a) {
    for (const y of b) {
      if (x.start < y.end && y.start < x.end) return true;
      if (x.start === y.start && (x.start === x.end || y.start === y.end)) return true;
    }
  }
  return false;
}

/**
 * Maps prose edits to source edits, or undefined when the text involved cannot be mapped exactly
 * (then the fix is not offered rather than risking the document).
 */
export function proseEditsToSource(seg: ProseSegment, edits: readonly ProseEdit[]): TextEdit[] | undefined {
  const out: TextEdit[] = [];
  for (const e of edits) {
    const mapped = proseEditToSource(seg, e);
    if (!mapped) return undefined;
    out.push(...mapped);
  }
  out.sort((a, b) => a.start - b.start);
  for (let i = 1; i < out.length; i++) {
    if ((out[i] as TextEdit).start < (out[i - 1] as TextEdit).end) return undefined;
  }
  return out;
}

function proseEditToSource(seg: ProseSegment, edit: ProseEdit): TextEdit[] | undefined {
  if (edit.newText.includes(OPAQUE_CHAR)) return undefined;
  const old = seg.text.slice(edit.start, edit.end);
  // Touch as little as possible: unchanged characters at either end keep their markup.
  let pre = 0;
  while (pre < old.length && pre < edit.newText.length && old[pre] === edit.newText[pre]) pre++;
  let suf = 0;
  while (
    suf < old.length - pre &&
    suf < edit.newText.length - pre &&
    old[old.length - 1 - suf] === edit.newText[edit.newText.length - 1 - suf]
  ) {
    suf++;
  }
  // Keep whole words only: markup left mid-word ("vous pourri**ez**") reads badly, and "_" does not
  // even emphasise inside a word.
  const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c);
  while (pre > 0 && isWordChar(old[pre - 1]) && (isWordChar(old[pre]) || isWordChar(edit.newText[pre]))) pre--;
  while (
    suf > 0 &&
    isWordChar(old[old.length - suf]) &&
    (isWordChar(old[old.length - suf - 1]) || isWordChar(edit.newText[edit.newText.length - suf - 1]))
  ) {
    suf--;
  }
  const start = edit.start + pre;
  const end = edit.end - suf;
  const newText = edit.newText.slice(pre, edit.newText.length - suf);
  if (start === end && newText.length === 0) return [];
  for (let k = start; k < end; k++) {
    if (seg.inexact[k] || seg.text[k] === OPAQUE_CHAR || joinsPrefixedLine(seg, k)) return undefined;
  }
  if (start === end) {
    const at = start > 0 ? (seg.ends[start - 1] as number) : (seg.starts[0] as number);
    if (start > 0 && (seg.inexact[start - 1] || joinsPrefixedLine(seg, start - 1))) return undefined;
    return [{ start: at, end: at, newText }];
  }
  const runs: Array<{ start: number; end: number }> = [];
  for (let k = start; k < end; k++) {
    const s = seg.starts[k] as number;
    const e = seg.ends[k] as number;
    const last = runs[runs.length - 1];
    if (last && last.end === s) last.end = e;
    else runs.push({ start: s, end: e });
  }
  const [first, ...rest] = runs;
  if (!first) return [];
  const edits: TextEdit[] = [{ start: first.start, end: first.end, newText }];
  for (const run of rest) {
    const deletion = widenOverEmptiedMarkup(seg, run);
    if (cutsMarkupEdge(seg, deletion)) return undefined;
    edits.push(deletion);
  }
  return edits;
}

/**
 * True when prose character k is a line break next to source characters the prose lacks (trailing
 * spaces before it; the next line's indentation or "> " after it; markup): replacing the break, or
 * inserting right after it, would leave them mid-line as text.
 */
function joinsPrefixedLine(seg: ProseSegment, k: number): boolean {
  const c = seg.text[k];
  if (c !== '\n' && c !== '\r') return false;
  const gapBefore = k > 0 && seg.starts[k] !== seg.ends[k - 1];
  const gapAfter = k + 1 < seg.text.length && seg.starts[k + 1] !== seg.ends[k];
  return gapBefore || gapAfter;
}

/**
 * True when a deletion takes the start (or the end) of an emphasis's or a link's text but not all of
 * it: "Vous **devez migrer**" would become "… de** migrer**" and "makes no **sense.**" "…**.**", which
 * are no longer emphasis.
 */
function cutsMarkupEdge(seg: ProseSegment, deletion: { start: number; end: number }): boolean {
  return seg.containers.some(
    (c) =>
      (deletion.start === c.inner.start && deletion.end < c.inner.end) ||
      (deletion.end === c.inner.end && deletion.start > c.inner.start && deletion.start < c.inner.end),
  );
}

/** A deletion that empties an emphasis or a link removes its markers too, instead of leaving `****`. */
function widenOverEmptiedMarkup(seg: ProseSegment, run: { start: number; end: number }): TextEdit {
  let start = run.start;
  let end = run.end;
  let widened = true;
  while (widened) {
    widened = false;
    for (const c of seg.containers) {
      if (c.inner.start >= start && c.inner.end <= end && (c.outer.start < start || c.outer.end > end)) {
        start = Math.min(start, c.outer.start);
        end = Math.max(end, c.outer.end);
        widened = true;
      }
    }
  }
  return { start, end, newText: '' };
}
