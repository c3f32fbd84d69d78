// The prose of the simplest Markdown blocks, read without remark: a paragraph, an ATX heading, a tight
// list of one-line items or a pipe table, whose inline markup is at most `code`, *emphasis*, **strong**
// and [links](…). Most of a proposal is
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
const UNSUPPORTED_RE = /[\\_<>&~@\x00-\x08\x0b-\x1f\x7f]|www|:\/\//i;
/**
 * At the start of a line: every block construct (headings, lists, quotes, fences, setext, breaks,
 * indentation, and ":--", which GFM reads as the delimiter row of a one-column table).
 */
const BLOCK_START_RE = /^(?:[ \t#\-+*=><`~_|[:]|\d+[.)])/;
/** A tab ending a line, or two spaces ending a line that another follows (a hard line break). */
const LINE_END_BREAK_RE = /\t *$|  \n/m;
const ATX_HEADING_RE = /^(#{1,6})[ \t]+(?=\S)([^#\n]*[^#\s]) *$/;
/** An item: its marker, then 1 to 4 spaces (which set where its text starts), then its text. */
const LIST_ITEM_RE = /^( *)([-*+]|\d{1,9}[.)])( {1,4})(\S.*)$/;
const WORD_CHAR_RE = /[\p{L}\p{N}]/u;
/** What may follow a closing `*` or `**` that comes after punctuation: the end, a space or punctuation. */
const AFTER_STRONG_RE = /^(?:$|[ \n.,;:!?)\]»…])/;
const OPENING_CONTEXT_RE = /^[ \n([«"“‘]$/;
const CLOSING_PUNCTUATION_RE = /^[.,;:!?)»…’"]$/;
/** A line may start with inline code, emphasis, strong or a link, which no block construct starts with. */
const INLINE_AT_START_RE = /^(?:`[^`]|\*{1,2}[\p{L}\p{N}]|\[[^\]\n]+\]\()/u;

/** The length of a line without the spaces that end it (only spaces: a no-break space is text). */
function withoutTrailingSpaces(line: string): number {
  let end = line.length;
  while (end > 0 && line.charCodeAt(end - 1) === 0x20) end--;
  return end;
}

function startsBlock(line: string): boolean {
  return BLOCK_START_RE.test(line) && !INLINE_AT_START_RE.test(line);
}

/** The block's prose when the block is in the subset; undefined sends it to remark. */
export function plainBlockProse(content: string, at: number): ProseSegment[] | undefined {
  if (content.length === 0 || LINE_END_BREAK_RE.test(content) || /^ *$/m.test(content)) return undefined;
  if (UNSUPPORTED_RE.test(content.includes('](') ? content.replace(LINK_DESTINATION_RE, '](') : content)) return undefined;
  if (content.startsWith('|')) return plainTable(content, at);
  // A pipe anywhere else may start a table under the line before.
  if (content.includes('|')) return undefined;
  const heading = ATX_HEADING_RE.exec(content);
  if (heading) {
    const from = (heading[1] as string).length + (/^[ \t]+/.exec(content.slice((heading[1] as string).length)) as RegExpExecArray)[0].length;
    const seg = inlineSegment('heading', content, [{ from, to: from + (heading[2] as string).length }], at, { start: at, end: at + content.length });
    return seg ? [seg] : undefined;
  }
  const firstLineEnd = content.indexOf('\n');
  if (LIST_ITEM_RE.test(firstLineEnd === -1 ? content : content.slice(0, firstLineEnd))) return plainList(content, at);
  const lines = content.split('\n');
  if (lines.some(startsBlock)) return undefined;
  // One range per line, without the spaces that end it (a single one, or any at the very end).
  const ranges: Array<{ from: number; to: number }> = [];
  let lineStart = 0;
  for (const line of lines) {
    ranges.push({ from: lineStart, to: lineStart + withoutTrailingSpaces(line) });
    lineStart += line.length + 1;
  }
  const seg = inlineSegment('paragraph', content, ranges, at, { start: at, end: at + content.length });
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
    const textColumn = indent + marker.length + (m[3] as string).length;
    const ordered = /\d/.test(marker);
    const markerKind = ordered ? marker.slice(-1) : marker;
    const text = m[4] as string;
    if (startsBlock(text)) return undefined;
    while (open.length > 0 && indent < (open[open.length - 1] as OpenList).indent) close(open.pop() as OpenList);
    let list = open[open.length - 1];
    if (list && indent === list.indent) {
      if (list.marker !== markerKind) return undefined;
      // Each item has its own text column ("9." and "10." differ): nested lists are indented to it.
      list.contentColumn = textColumn;
    } else if (!list ? indent === 0 : indent === list.contentColumn) {
      // A nested list interrupts its parent's paragraph: only a bullet or an ordered list from 1 can.
      if (list && ordered && !/^1[.)]$/.test(marker)) return undefined;
      list = { indent, contentColumn: textColumn, marker: markerKind, ordered, start: lineStart + indent, items: 0, segments: [] };
      open.push(list);
    } else {
      return undefined;
    }
    const from = lineStart + textColumn;
    const end = lineStart + line.length;
    const seg = inlineSegment('paragraph', content, [{ from, to: lineStart + withoutTrailingSpaces(line) }], at, { start: at + from, end: at + end });
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

const TABLE_DELIMITER_RE = /^\|(?:[ \t]*:?-+:?[ \t]*\|)+$/;

/**
 * A GFM table whose every row starts and ends with a pipe and has as many cells as the delimiter row.
 * A cell spans from its pipe to the next one (the last one takes the closing pipe too); its text is
 * what is inside, without the spaces around it. An empty cell has no prose.
 */
function plainTable(content: string, at: number): ProseSegment[] | undefined {
  const lines = content.split('\n');
  if (lines.length < 2 || !TABLE_DELIMITER_RE.test(lines[1] as string) || / $/m.test(content)) return undefined;
  const columns = (lines[1] as string).split('|').length - 2;
  const out: ProseSegment[] = [];
  let lineStart = 0;
  for (const [index, line] of lines.entries()) {
    if (index !== 1) {
      const pipes: number[] = [];
      for (let i = line.indexOf('|'); i !== -1; i = line.indexOf('|', i + 1)) pipes.push(i);
      if (pipes[0] !== 0 || pipes[pipes.length - 1] !== line.length - 1 || pipes.length !== columns + 1) return undefined;
      for (let c = 0; c < columns; c++) {
        let a = (pipes[c] as number) + 1;
        let b = pipes[c + 1] as number;
        while (a < b && (line[a] === ' ' || line[a] === '\t')) a++;
        while (b > a && (line[b - 1] === ' ' || line[b - 1] === '\t')) b--;
        if (a === b) continue;
        const cellEnd = c === columns - 1 ? line.length : (pipes[c + 1] as number);
        const block = { start: at + lineStart + (pipes[c] as number), end: at + lineStart + cellEnd };
        const seg = inlineSegment('tableCell', content, [{ from: lineStart + a, to: lineStart + b }], at, block);
        if (!seg) return undefined;
        out.push(seg);
      }
    }
    lineStart += line.length + 1;
  }
  return out;
}

/** An inline link `[text](destination)` whose destination has no space, parenthesis, angle bracket or escape. */
const LINK_RE = /\[([^[\]\\\n]+)\]\(([^\s()<>\\]*)\)/y;
/** Link destinations, which GFM's autolinks and the other checks never read as text. */
export const LINK_DESTINATION_RE = /\]\([^\s()<>\\]*\)/g;

interface InlineOut {
  chars: string[];
  starts: number[];
  ends: number[];
  containers: InlineContainer[];
}

/**
 * `content[from, to)` as prose: characters one for one, a code span as one opaque character, an
 * *emphasis*, a **strong** span or a [link](…) as its inner text with its markers recorded as a
 * container (the order markdown.ts records them in: outer first).
 */
function inlineSegment(
  kind: SegmentKind,
  content: string,
  lines: ReadonlyArray<{ from: number; to: number }>,
  at: number,
  block: OffsetRange,
): ProseSegment | undefined {
  const out: InlineOut = { chars: [], starts: [], ends: [], containers: [] };
  for (const [index, line] of lines.entries()) {
    if (index > 0) {
      // The line ending between two lines of a paragraph: prose '\n' on the source's own.
      const newline = content.indexOf('\n', (lines[index - 1] as { to: number }).to);
      out.chars.push('\n');
      out.starts.push(at + newline);
      out.ends.push(at + newline + 1);
    }
    if (!inlineInto(content, line.from, line.to, at, out, true)) return undefined;
  }
  const text = out.chars.join('');
  if (text.trim().length === 0) return undefined;
  const { starts, ends, containers } = out;
  return { kind, text, starts, ends, inexact: new Array<boolean>(text.length).fill(false), containers, block, inBlockquote: false };
}

function inlineInto(content: string, from: number, to: number, at: number, out: InlineOut, linksAllowed: boolean): boolean {
  const push = (ch: string, start: number, end: number): void => {
    out.chars.push(ch);
    out.starts.push(at + start);
    out.ends.push(at + end);
  };
  let i = from;
  while (i < to) {
    const c = content[i] as string;
    if (c === '`') {
      const close = content.indexOf('`', i + 1);
      if (close === -1 || close >= to || close === i + 1 || content[close + 1] === '`' || content.slice(i + 1, close).includes('\n')) return false;
      push(OPAQUE_CHAR, i, close + 1);
      i = close + 1;
      continue;
    }
    if (c === '*') {
      const span = delimitedAt(content, i, to);
      if (!span) return false;
      out.containers.push({ outer: { start: at + i, end: at + span.end + span.size }, inner: { start: at + i + span.size, end: at + span.end } });
      for (let k = i + span.size; k < span.end; k++) push(content[k] as string, k, k + 1);
      i = span.end + span.size;
      continue;
    }
    if (c === '[') {
      LINK_RE.lastIndex = i;
      const link = linksAllowed && content[i - 1] !== '!' ? LINK_RE.exec(content) : null;
      if (!link || i + link[0].length > to) return false;
      const textEnd = i + 1 + (link[1] as string).length;
      out.containers.push({ outer: { start: at + i, end: at + i + link[0].length }, inner: { start: at + i + 1, end: at + textEnd } });
      if (!inlineInto(content, i + 1, textEnd, at, out, false)) return false;
      i += link[0].length;
      continue;
    }
    if (c === ']') return false;
    push(c, i, i + 1);
    i++;
  }
  return true;
}

/**
 * A `*…*` or `**…**` at `i` that CommonMark reads as emphasis or strong whatever surrounds it: it
 * opens after a space or at a line start and before a letter or digit; it closes after a letter, a
 * digit or closing punctuation, before a space, the end or punctuation; nothing inside is markup.
 */
function delimitedAt(content: string, i: number, to: number): { size: 1 | 2; end: number } | undefined {
  const size = content[i + 1] === '*' ? 2 : 1;
  if (content[i + size] === '*') return undefined;
  // Left-flanking and not right-flanking: after a space, a line start or opening punctuation, before a
  // letter or digit.
  if (i > 0 && !OPENING_CONTEXT_RE.test(content[i - 1] as string)) return undefined;
  if (!WORD_CHAR_RE.test(content[i + size] ?? '')) return undefined;
  const end = content.indexOf('*', i + size);
  if (end === -1 || end + size > to) return undefined;
  if (content.slice(end, end + size) !== '*'.repeat(size) || content[end + size] === '*') return undefined;
  if (/[`\n[\]]/.test(content.slice(i + size, end))) return undefined;
  // Right-flanking: after a letter or digit, or after punctuation when the end, a space or more
  // punctuation follows: "**Note :** la suite".
  const last = content[end - 1] as string;
  if (WORD_CHAR_RE.test(last)) return { size, end };
  if (CLOSING_PUNCTUATION_RE.test(last) && AFTER_STRONG_RE.test(content.slice(end + size, end + size + 1))) return { size, end };
  return undefined;
}
