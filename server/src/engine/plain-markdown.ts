// The prose of the simplest Markdown blocks, read without remark: a paragraph, an ATX heading or a tight
// list of one-line items, whose inline markup is at most `code` and **strong**. Most of a proposal is
// such blocks, and parsing them with micromark is most of the cost of checking a long document.
//
// Anything outside that subset returns undefined and goes to remark. Inside it, the result must be
// exactly what remark and markdown.ts's walker give (same text, offsets, containers, list contexts):
// the tests compare the two on random blocks. So every rule below only accepts; when in doubt, it
// rejects.
import { OPAQUE_CHAR, type InlineContainer, type ListContext, type ProseSegment, type SegmentKind } from './markdown.js';
import type { OffsetRange } from './types.js';

/**
 * What makes remark read a text as more than plain text and `code`/**strong**: other inline markup
 * (emphasis with `_`, links, HTML, references, escapes), GFM (tables, strikethrough, autolinks),
 * carriage returns and control characters.
 */
const UNSUPPORTED_RE = /[\\_[\]<>&|~@\x00-\x08\x0b-\x1f\x7f]|www|:\/\//i;
/** At the start of a line: every block construct (headings, lists, quotes, fences, setext, breaks, indentation). */
const BLOCK_START_RE = /^(?:[ \t#\-+*=><`~_|[]|\d+[.)])/;
const TRAILING_SPACE_RE = /[ \t]$/m;
const ATX_HEADING_RE = /^(#{1,6})[ \t]+(?=\S)([^#\n]*[^#\s])$/;
const LIST_ITEM_RE = /^( *)([-*+]|\d{1,9}[.)]) (\S.*)$/;
const WORD_CHAR_RE = /[\p{L}\p{N}]/u;
/** What may follow a closing `**` in the subset: the end, a space or closing punctuation. */
const AFTER_STRONG_RE = /^(?:$|[ \n.,;:!?)»…])/;
const CLOSING_PUNCTUATION_RE = /^[.,;:!?)»…’"]$/;
/** A line may start with inline code or strong, which no block construct starts with. */
const INLINE_AT_START_RE = /^(?:`[^`]|\*\*[\p{L}\p{N}])/u;

function startsBlock(line: string): boolean {
  return BLOCK_START_RE.test(line) && !INLINE_AT_START_RE.test(line);
}

/** The block's prose when the block is in the subset; undefined sends it to remark. */
export function plainBlockProse(content: string, at: number): ProseSegment[] | undefined {
  if (content.length === 0 || UNSUPPORTED_RE.test(content) || TRAILING_SPACE_RE.test(content) || /^$/m.test(content)) return undefined;
  const heading = ATX_HEADING_RE.exec(content);
  if (heading) {
    const from = content.length - (heading[2] as string).length;
    const seg = inlineSegment('heading', content, from, content.length, at, { start: at, end: at + content.length });
    return seg ? [seg] : undefined;
  }
  const firstLineEnd = content.indexOf('\n');
  if (LIST_ITEM_RE.test(firstLineEnd === -1 ? content : content.slice(0, firstLineEnd))) return plainList(content, at);
  if (content.split('\n').some(startsBlock)) return undefined;
  const seg = inlineSegment('paragraph', content, 0, content.length, at, { start: at, end: at + content.length });
  return seg ? [seg] : undefined;
}

interface OpenList {
  /** Column of the markers of this list. */
  indent: number;
  /** Column where its last item's text starts (a nested list is indented to it). */
  contentColumn: number;
  marker: string;
  ordered: boolean;
  start: number;
  items: number;
  /** Segments of this list's items, whose list context is completed when the list closes. */
  segments: ProseSegment[];
}

/**
 * A tight list of one-line items, nested lists indented exactly to their parent's text. Segments come
 * in document order (an item's paragraph, then its nested list), as markdown.ts walks them.
 */
function plainList(content: string, at: number): ProseSegment[] | undefined {
  const out: ProseSegment[] = [];
  const open: OpenList[] = [];
  let lineStart = 0;
  let lastEnd = 0;
  const close = (list: OpenList): void => {
    for (const seg of list.segments) (seg.list as ListContext).listEnd = at + lastEnd;
  };
  for (const line of content.split('\n')) {
    const m = LIST_ITEM_RE.exec(line);
    if (!m) return undefined;
    const indent = (m[1] as string).length;
    const marker = m[2] as string;
    const ordered = /\d/.test(marker);
    const markerKind = ordered ? marker.slice(-1) : marker;
    const text = m[3] as string;
    if (startsBlock(text)) return undefined;
    while (open.length > 0 && indent < (open[open.length - 1] as OpenList).indent) close(open.pop() as OpenList);
    let list = open[open.length - 1];
    if (list && indent === list.indent) {
      if (list.marker !== markerKind) return undefined;
      // Each item has its own text column ("9." and "10." differ): nested lists are indented to it.
      list.contentColumn = indent + marker.length + 1;
    } else if (!list ? indent === 0 : indent === list.contentColumn) {
      // A nested list interrupts its parent's paragraph: only a bullet or an ordered list from 1 can.
      if (list && ordered && !/^1[.)]$/.test(marker)) return undefined;
      list = { indent, contentColumn: indent + marker.length + 1, marker: markerKind, ordered, start: lineStart + indent, items: 0, segments: [] };
      open.push(list);
    } else {
      return undefined;
    }
    const from = lineStart + indent + marker.length + 1;
    const end = lineStart + line.length;
    const seg = inlineSegment('paragraph', content, from, end, at, { start: at + from, end: at + end });
    if (!seg) return undefined;
    seg.list = { listStart: at + list.start, listEnd: -1, ordered: list.ordered, itemIndex: list.items++ };
    list.segments.push(seg);
    out.push(seg);
    lastEnd = end;
    lineStart += line.length + 1;
  }
  while (open.length > 0) close(open.pop() as OpenList);
  return out;
}

/**
 * `content[from, to)` as prose: characters one for one, a code span as one opaque character, a
 * **strong** span as its inner text with its markers recorded as a container.
 */
function inlineSegment(kind: SegmentKind, content: string, from: number, to: number, at: number, block: OffsetRange): ProseSegment | undefined {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const containers: InlineContainer[] = [];
  const push = (ch: string, start: number, end: number): void => {
    chars.push(ch);
    starts.push(at + start);
    ends.push(at + end);
  };
  let i = from;
  while (i < to) {
    const c = content[i] as string;
    if (c === '`') {
      const close = content.indexOf('`', i + 1);
      if (close === -1 || close >= to || close === i + 1 || content[close + 1] === '`' || content.slice(i + 1, close).includes('\n')) return undefined;
      push(OPAQUE_CHAR, i, close + 1);
      i = close + 1;
      continue;
    }
    if (c === '*') {
      const strong = strongAt(content, i, to);
      if (!strong) return undefined;
      containers.push({ outer: { start: at + i, end: at + strong.end + 2 }, inner: { start: at + i + 2, end: at + strong.end } });
      for (let k = i + 2; k < strong.end; k++) push(content[k] as string, k, k + 1);
      i = strong.end + 2;
      continue;
    }
    push(c, i, i + 1);
    i++;
  }
  const text = chars.join('');
  if (text.trim().length === 0) return undefined;
  return { kind, text, starts, ends, inexact: new Array<boolean>(text.length).fill(false), containers, block, inBlockquote: false };
}

/** A `**…**` at `i` that CommonMark reads as strong whatever surrounds it, or undefined. */
function strongAt(content: string, i: number, to: number): { end: number } | undefined {
  if (content[i + 1] !== '*' || content[i + 2] === '*') return undefined;
  const before = i === 0 ? '' : (content[i - 1] as string);
  if (before !== '' && before !== ' ' && before !== '\n') return undefined;
  if (!WORD_CHAR_RE.test(content[i + 2] ?? '')) return undefined;
  const end = content.indexOf('**', i + 2);
  if (end === -1 || end + 2 > to) return undefined;
  const inner = content.slice(i + 2, end);
  if (/[*`\n]/.test(inner) || content[end + 2] === '*' || !AFTER_STRONG_RE.test(content.slice(end + 2, end + 3))) return undefined;
  // Right-flanking: after a letter or digit, or after punctuation when a space or punctuation follows
  // (which AFTER_STRONG_RE has checked): "**Note :** la suite".
  const last = content[end - 1] as string;
  if (!WORD_CHAR_RE.test(last) && !CLOSING_PUNCTUATION_RE.test(last)) return undefined;
  return { end };
}
