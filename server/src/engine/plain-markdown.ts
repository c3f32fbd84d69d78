// The prose of the simplest Markdown blocks, read without remark: a paragraph, an ATX heading, a list
// of one-line items (tight or with blank lines between items), a pipe table or a one-level block quote,
// whose inline markup is at most `code`, *emphasis* or _emphasis_, **strong** or __strong__ and
// [links](…); fenced and indented code and HTML comments, which hold no prose; and runs of these
// separated by blank lines. Most of a proposal is such
// blocks, and parsing them with micromark is most of the cost of checking a long document.
//
// Anything outside that subset returns undefined and goes to remark. Inside it, the result must be
// exactly what remark and markdown.ts's walker give (same text, offsets, containers, list contexts):
// the tests compare the two on random blocks. So every rule below only accepts; when in doubt, it
// rejects.
import { htmlComments, OPAQUE_CHAR, type HtmlComment, type InlineContainer, type ListContext, type MarkdownDocument, type ProseSegment, type SegmentKind } from './markdown.js';
import type { OffsetRange } from './types.js';

/**
 * What makes remark read a text as more than plain text, `code`, emphasis and links: other inline
 * markup (HTML, references, escapes), GFM (tables, strikethrough, autolinks),
 * carriage returns and control characters.
 */
const UNSUPPORTED_RE = /[\\<>&~@\x00-\x08\x0b-\x1f\x7f]|www|:\/\//i;
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
const INLINE_AT_START_RE = /^(?:`[^`]|\*{1,2}[\p{L}\p{N}]|_{1,2}[\p{L}\p{N}]|\[[^\]\n]+\]\()/u;

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
  return plainBlockDocument(content, at)?.segments;
}

/** The block's prose and HTML comments when the block is in the subset; undefined sends it to remark. */
export function plainBlockDocument(content: string, at: number): Pick<MarkdownDocument, 'segments' | 'comments'> | undefined {
  if (content.length === 0 || content.includes('\r')) return undefined;
  // Most blocks are one run of lines that is neither code, a quote nor a comment.
  const first = content.charCodeAt(0);
  const special =
    first === 0x60 || first === 0x7e || first === 0x3e || first === 0x20 || first === 0x3c || (first === 0x23 && content.includes('\n')) || THEMATIC_BREAK_RE.test(content);
  if (!special && !BLANK_LINE_RE.test(content)) {
    const segments = oneBlockProse(content, at);
    return segments && { segments, comments: [] };
  }
  return blocksProse(content, at);
}

/** A thematic break on the first line ("---", "* * *", "___"), at column 0. */
const THEMATIC_BREAK_RE = /^([-*_])(?:[ \t]*\1){2,}[ \t]*(?:\n|$)/;

/** A line of spaces only, anywhere (a trailing or leading empty line too). */
const BLANK_LINE_RE = /^ *$/m;

/** Blocks separated by blank lines, code, quotes, comments: each in turn, as markdown.ts would walk them. */
function blocksProse(content: string, at: number): Pick<MarkdownDocument, 'segments' | 'comments'> | undefined {
  const out: ProseSegment[] = [];
  const comments: HtmlComment[] = [];
  let previous: 'none' | 'code' | 'list' | 'other' = 'none';
  let pos = 0;
  while (pos < content.length) {
    const lineEnd = lineEndAt(content, pos);
    if (isSpacesOnly(content, pos, lineEnd)) {
      pos = lineEnd + 1;
      continue;
    }
    if (content.startsWith('```', pos) || content.startsWith('~~~', pos)) {
      // Fenced code: no prose, whatever it holds, once it closes before a blank line or the end.
      const end = fencedCodeEnd(content, pos);
      if (end === -1) return undefined;
      pos = end + 1;
      previous = 'other';
      continue;
    }
    if (THEMATIC_BREAK_RE.test(content.slice(pos, lineEnd + 1))) {
      // A line of its own, no prose; the next line starts afresh.
      pos = lineEnd + 1;
      previous = 'other';
      continue;
    }
    if (content.startsWith('<!--', pos)) {
      // An HTML block that opens a comment runs to the end of the line where a comment ends ("-->"
      // after the opening "<!--": "<!-->" is a comment of its own): no prose, its comments. The next
      // line starts afresh.
      const close = content.indexOf('-->', pos + 4);
      if (close === -1 || content.indexOf('-->', pos) !== close) return undefined;
      const end = lineEndAt(content, close + 3);
      comments.push(...htmlComments(content.slice(pos, end), at + pos));
      pos = end + 1;
      previous = 'other';
      continue;
    }
    const chunkEnd = chunkEndAt(content, pos);
    if (content.startsWith('    ', pos)) {
      // Indented code, unless it continues the list item before it.
      if (previous === 'list' || !everyLineIndented(content, pos, chunkEnd)) return undefined;
      pos = chunkEnd + 1;
      previous = 'code';
      continue;
    }
    if (LIST_ITEM_RE.test(content.slice(pos, lineEnd))) {
      // A list runs over blank lines as long as each chunk starts with an item or is indented (a
      // paragraph of an item).
      let end = chunkEnd;
      for (let next = nextChunkStart(content, end); next !== -1 && continuesList(content, next); next = nextChunkStart(content, end)) {
        end = chunkEndAt(content, next);
      }
      // After indented code micromark reads a list that could not interrupt a paragraph as a paragraph.
      if (previous === 'code' && !/^ *(?:[-*+]|1[.)]) /.test(content.slice(pos, lineEnd))) return undefined;
      const segments = oneBlockProse(content.slice(pos, end), at + pos);
      if (!segments) return undefined;
      out.push(...segments);
      pos = end + 1;
      previous = 'list';
      continue;
    }
    // A paragraph after a list must start at column 0 (indented, it continues the last item).
    if (content.charCodeAt(pos) === 0x20) return undefined;
    if (content.charCodeAt(pos) === 0x23 && chunkEnd > lineEnd) {
      // An ATX heading is one line: the next one starts afresh.
      const heading = oneBlockProse(content.slice(pos, lineEnd), at + pos);
      if (!heading) return undefined;
      out.push(...heading);
      pos = lineEnd + 1;
      previous = 'other';
      continue;
    }
    const segments = content.charCodeAt(pos) === 0x3e ? plainQuote(content.slice(pos, chunkEnd), at + pos) : oneBlockProse(content.slice(pos, chunkEnd), at + pos);
    if (!segments) return undefined;
    out.push(...segments);
    pos = chunkEnd + 1;
    previous = 'other';
  }
  return { segments: out, comments };
}

function continuesList(content: string, chunkStart: number): boolean {
  return content.charCodeAt(chunkStart) === 0x20 || LIST_ITEM_RE.test(content.slice(chunkStart, lineEndAt(content, chunkStart)));
}

/** Index of the line ending of the line that starts at `from`, or the text's length. */
function lineEndAt(content: string, from: number): number {
  const end = content.indexOf('\n', from);
  return end === -1 ? content.length : end;
}

function isSpacesOnly(content: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (content.charCodeAt(i) !== 0x20) return false;
  return true;
}

/** End of the chunk of non-blank lines that starts at `from` (the line ending before a blank line, or the end). */
function chunkEndAt(content: string, from: number): number {
  let end = lineEndAt(content, from);
  while (end < content.length) {
    const nextEnd = lineEndAt(content, end + 1);
    if (isSpacesOnly(content, end + 1, nextEnd)) break;
    end = nextEnd;
  }
  return end;
}

/** Start of the next chunk after blank lines, or -1 when none follows or no blank line separates it. */
function nextChunkStart(content: string, chunkEnd: number): number {
  let pos = chunkEnd + 1;
  let blank = false;
  while (pos < content.length) {
    const end = lineEndAt(content, pos);
    if (!isSpacesOnly(content, pos, end)) return blank ? pos : -1;
    blank = true;
    pos = end + 1;
  }
  return -1;
}

function everyLineIndented(content: string, from: number, to: number): boolean {
  for (let pos = from; pos < to; pos = lineEndAt(content, pos) + 1) {
    if (!content.startsWith('    ', pos)) return false;
  }
  return true;
}

const FENCE_OPEN_RE = /^(`{3,}|~{3,})(.*)$/;

/**
 * A fenced code block opening at `from` (column 0): the end of its closing line, when that line is
 * followed by a blank line or the end; -1 otherwise (unclosed, or more on the next line).
 */
function fencedCodeEnd(content: string, from: number): number {
  const open = FENCE_OPEN_RE.exec(content.slice(from, lineEndAt(content, from)));
  if (!open) return -1;
  const fence = open[1] as string;
  // A backtick fence's info string cannot hold a backtick ("``` a ``` b" is inline code).
  if (fence[0] === '`' && (open[2] as string).includes('`')) return -1;
  const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \t]*$`);
  for (let pos = lineEndAt(content, from) + 1; pos < content.length; pos = lineEndAt(content, pos) + 1) {
    const end = lineEndAt(content, pos);
    if (!closing.test(content.slice(pos, end))) continue;
    if (end === content.length) return end;
    const next = lineEndAt(content, end + 1);
    return isSpacesOnly(content, end + 1, next) ? end : -1;
  }
  return -1;
}

/**
 * A block quote of one paragraph: every line "> " and text that starts no block (no lazy line, no
 * nested construct). Its segment is the paragraph inside the quote.
 */
function plainQuote(chunk: string, at: number): ProseSegment[] | undefined {
  const ranges: Array<{ from: number; to: number }> = [];
  const inner: string[] = [];
  let lineStart = 0;
  for (const line of chunk.split('\n')) {
    if (!line.startsWith('> ') || line.length === 2 || startsBlock(line.slice(2))) return undefined;
    ranges.push({ from: lineStart + 2, to: lineStart + withoutTrailingSpaces(line) });
    inner.push(line.slice(2));
    lineStart += line.length + 1;
  }
  const text = inner.join('\n');
  if (LINE_END_BREAK_RE.test(text) || text.includes('|')) return undefined;
  if (UNSUPPORTED_RE.test(text.includes('](') ? text.replace(LINK_DESTINATION_RE, '](') : text)) return undefined;
  const seg = inlineSegment('paragraph', chunk, ranges, at, { start: at + 2, end: at + chunk.length });
  if (!seg) return undefined;
  seg.inBlockquote = true;
  return [seg];
}

/** One block without blank lines (or a list with blank lines between its items), or undefined. */
function oneBlockProse(content: string, at: number): ProseSegment[] | undefined {
  if (content.length === 0 || LINE_END_BREAK_RE.test(content)) return undefined;
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
  return plainParagraph(content, at);
}

/** Lines that start no block, as one paragraph. */
function plainParagraph(content: string, at: number): ProseSegment[] | undefined {
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
 * A list of one-line items, nested lists indented exactly to their parent's text, blank lines allowed
 * between items (a loose list reads the same prose), and after a blank line an indented paragraph
 * that continues an item. Segments come in document order (an item's paragraphs and nested lists),
 * as markdown.ts walks them.
 */
function plainList(content: string, at: number): ProseSegment[] | undefined {
  const out: ProseSegment[] = [];
  const open: OpenList[] = [];
  let lineStart = 0;
  let lastEnd = 0;
  let blankBefore = false;
  const close = (list: OpenList): void => {
    for (const seg of list.segments) (seg.list as ListContext).listEnd = at + lastEnd;
  };
  const lines = content.split('\n');
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] as string;
    if (/^ *$/.test(line)) {
      blankBefore = true;
      lineStart += line.length + 1;
      continue;
    }
    const m = LIST_ITEM_RE.exec(line);
    if (!m) {
      // After a blank line, an indented line opens a paragraph in the deepest item whose text column
      // it reaches (less than four columns further: more would be code); it runs to the next blank line.
      if (!blankBefore) return undefined;
      const indent = leadingSpaces(line);
      if (indent === 0) return undefined;
      while (open.length > 0 && (open[open.length - 1] as OpenList).contentColumn > indent) close(open.pop() as OpenList);
      const list = open[open.length - 1];
      if (!list || indent - list.contentColumn >= 4) return undefined;
      const ranges: Array<{ from: number; to: number }> = [];
      let end = lineStart;
      let k = li;
      for (; k < lines.length && !/^ *$/.test(lines[k] as string); k++) {
        const paragraphLine = lines[k] as string;
        const lead = leadingSpaces(paragraphLine);
        if (startsBlock(paragraphLine.slice(lead))) return undefined;
        ranges.push({ from: lineStart + lead, to: lineStart + withoutTrailingSpaces(paragraphLine) });
        end = lineStart + paragraphLine.length;
        lineStart += paragraphLine.length + 1;
      }
      const seg = inlineSegment('paragraph', content, ranges, at, { start: at + (ranges[0] as { from: number }).from, end: at + end });
      if (!seg) return undefined;
      seg.list = { listStart: at + list.start, listEnd: -1, ordered: list.ordered, itemIndex: list.items - 1 };
      list.segments.push(seg);
      out.push(seg);
      lastEnd = end;
      li = k - 1;
      blankBefore = false;
      continue;
    }
    const indent = (m[1] as string).length;
    const marker = m[2] as string;
    const textColumn = indent + marker.length + (m[3] as string).length;
    const ordered = /\d/.test(marker);
    const markerKind = ordered ? marker.slice(-1) : marker;
    const text = m[4] as string;
    if (startsBlock(text)) return undefined;
    while (open.length > 0 && indent < (open[open.length - 1] as OpenList).indent) close(open.pop() as OpenList);
    let list = open[open.length - 1];
    if (list && indent === list.indent && list.marker !== markerKind) {
      // Another marker starts another list, which only a blank line keeps from reading as text.
      if (!blankBefore) return undefined;
      close(open.pop() as OpenList);
      const parent = open[open.length - 1];
      if (parent && ordered && !/^1[.)]$/.test(marker)) return undefined;
      list = { indent, contentColumn: textColumn, marker: markerKind, ordered, start: lineStart + indent, items: 0, segments: [] };
      open.push(list);
    } else if (list && indent === list.indent) {
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
    blankBefore = false;
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

function leadingSpaces(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 0x20) n++;
  return n;
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
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    if (index !== 1 && !tableRow(content, line, lineStart, columns, at, out)) return undefined;
    lineStart += line.length + 1;
  }
  return out;
}

/** The cells of a row that starts at `lineStart`, added to `out`; false when the row is not one of `columns` cells between pipes. */
function tableRow(content: string, line: string, lineStart: number, columns: number, at: number, out: ProseSegment[]): boolean {
  const pipes: number[] = [];
  for (let i = line.indexOf('|'); i !== -1; i = line.indexOf('|', i + 1)) pipes.push(i);
  if (pipes[0] !== 0 || pipes[pipes.length - 1] !== line.length - 1 || pipes.length !== columns + 1) return false;
  for (let c = 0; c < columns; c++) {
    let a = (pipes[c] as number) + 1;
    let b = pipes[c + 1] as number;
    while (a < b && (line[a] === ' ' || line[a] === '\t')) a++;
    while (b > a && (line[b - 1] === ' ' || line[b - 1] === '\t')) b--;
    if (a === b) continue;
    const cellEnd = c === columns - 1 ? line.length : (pipes[c + 1] as number);
    const block = { start: at + lineStart + (pipes[c] as number), end: at + lineStart + cellEnd };
    const seg = inlineSegment('tableCell', content, [{ from: lineStart + a, to: lineStart + b }], at, block);
    if (!seg) return false;
    out.push(seg);
  }
  return true;
}

/** An inline link `[text](destination)` whose destination has no space, parenthesis, angle bracket or escape. */
const LINK_RE = /\[([^[\]\\\n]+)\]\(([^\s()<>\\]*)\)/y;
/** Link destinations, which GFM's autolinks and the other checks never read as text. */
export const LINK_DESTINATION_RE = /\]\([^\s()<>\\]*\)/g;

/**
 * Prose being built for one segment: runs of source characters copied one for one (kept as slices of
 * the source, joined once), synthetic characters, and the source offsets of each, in scratch buffers
 * reused from segment to segment (building is never re-entered).
 */
class ProseBuilder {
  private starts = new Int32Array(4096);
  private ends = new Int32Array(4096);
  private length = 0;
  private pieces: string[] = [];
  private runFrom = -1;
  private runTo = -1;
  private content = '';
  private at = 0;
  containers: InlineContainer[] = [];

  reset(content: string, at: number): void {
    this.length = 0;
    this.pieces = [];
    this.runFrom = -1;
    this.runTo = -1;
    this.content = content;
    this.at = at;
    this.containers = [];
  }

  /** `content[k]` as the next prose character. */
  copy(k: number): void {
    this.record(k, k + 1);
    if (this.runFrom !== -1 && this.runTo === k) {
      this.runTo++;
      return;
    }
    this.flush();
    this.runFrom = k;
    this.runTo = k + 1;
  }

  /** `ch` as the next prose character, standing for `content[start, end)`. */
  put(ch: string, start: number, end: number): void {
    this.record(start, end);
    this.flush();
    this.pieces.push(ch);
  }

  container(outerStart: number, outerEnd: number, innerStart: number, innerEnd: number): void {
    const at = this.at;
    this.containers.push({ outer: { start: at + outerStart, end: at + outerEnd }, inner: { start: at + innerStart, end: at + innerEnd } });
  }

  text(): string {
    this.flush();
    return this.pieces.length === 1 ? (this.pieces[0] as string) : this.pieces.join('');
  }

  /** The offsets recorded so far, as arrays of their exact length (views into a shared arena). */
  offsets(): { starts: Int32Array; ends: Int32Array } {
    const n = this.length;
    const starts = offsetArena.take(n);
    starts.set(this.starts.subarray(0, n));
    const ends = offsetArena.take(n);
    ends.set(this.ends.subarray(0, n));
    return { starts, ends };
  }

  private record(start: number, end: number): void {
    if (this.length === this.starts.length) {
      const starts = new Int32Array(this.length * 2);
      const ends = new Int32Array(this.length * 2);
      starts.set(this.starts);
      ends.set(this.ends);
      this.starts = starts;
      this.ends = ends;
    }
    this.starts[this.length] = this.at + start;
    this.ends[this.length] = this.at + end;
    this.length++;
  }

  private flush(): void {
    if (this.runFrom === -1) return;
    this.pieces.push(this.content.slice(this.runFrom, this.runTo));
    this.runFrom = -1;
  }
}

const builder = new ProseBuilder();

/**
 * Typed arrays of many small segments carved out of a few large buffers: allocating one buffer per
 * array costs an allocation outside the heap each time. A region is never handed out twice, so it is
 * zero until its segment writes it; a buffer lives as long as one of its segments does.
 */
class Arena<T extends Int32Array | Uint8Array> {
  private buffer: T;
  private used = 0;

  constructor(
    private readonly create: (length: number) => T,
    private readonly chunk: number,
  ) {
    this.buffer = create(chunk);
  }

  take(length: number): T {
    if (this.used + length > this.buffer.length) {
      this.buffer = this.create(Math.max(this.chunk, length));
      this.used = 0;
    }
    const view = this.buffer.subarray(this.used, this.used + length) as T;
    this.used += length;
    return view;
  }
}

const offsetArena = new Arena((n) => new Int32Array(n), 1 << 16);
const flagArena = new Arena((n) => new Uint8Array(n), 1 << 16);

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
  builder.reset(content, at);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as { from: number; to: number };
    // The line ending between two lines of a paragraph: prose '\n' on the source's own.
    if (index > 0) builder.copy(content.indexOf('\n', (lines[index - 1] as { to: number }).to));
    if (!inlineInto(content, line.from, line.to, true)) return undefined;
  }
  const text = builder.text();
  if (text.trim().length === 0) return undefined;
  const { starts, ends } = builder.offsets();
  return { kind, text, starts, ends, inexact: flagArena.take(text.length), containers: builder.containers, block, inBlockquote: false };
}

function inlineInto(content: string, from: number, to: number, linksAllowed: boolean): boolean {
  let i = from;
  while (i < to) {
    const c = content.charCodeAt(i);
    if (c === 0x60) {
      // `code`
      const close = content.indexOf('`', i + 1);
      if (close === -1 || close >= to || close === i + 1 || content[close + 1] === '`' || content.slice(i + 1, close).includes('\n')) return false;
      builder.put(OPAQUE_CHAR, i, close + 1);
      i = close + 1;
      continue;
    }
    if (c === 0x2a || c === 0x5f) {
      // *emphasis*, **strong**, _emphasis_, __strong__
      const span = delimitedAt(content, i, to);
      if (!span) return false;
      builder.container(i, span.end + span.size, i + span.size, span.end);
      for (let k = i + span.size; k < span.end; k++) builder.copy(k);
      i = span.end + span.size;
      continue;
    }
    if (c === 0x5b) {
      // [link](destination)
      LINK_RE.lastIndex = i;
      const link = linksAllowed && content[i - 1] !== '!' ? LINK_RE.exec(content) : null;
      if (!link || i + link[0].length > to) return false;
      const textEnd = i + 1 + (link[1] as string).length;
      builder.container(i, i + link[0].length, i + 1, textEnd);
      if (!inlineInto(content, i + 1, textEnd, false)) return false;
      i += link[0].length;
      continue;
    }
    if (c === 0x5d) return false;
    builder.copy(i);
    i++;
  }
  return true;
}

/**
 * A `*…*`, `**…**`, `_…_` or `__…__` at `i` that CommonMark reads as emphasis or strong whatever
 * surrounds it: it opens after a space or at a line start and before a letter or digit; it closes
 * after a letter, a digit or closing punctuation, before a space, the end or punctuation (a `*` also
 * before a letter: "*a*b"; a `_` never, "_a_b" is text); nothing inside is markup.
 */
function delimitedAt(content: string, i: number, to: number): { size: 1 | 2; end: number } | undefined {
  const marker = content[i] as '*' | '_';
  const size = content[i + 1] === marker ? 2 : 1;
  if (content[i + size] === marker) return undefined;
  // Left-flanking and not right-flanking: after a space, a line start or opening punctuation, before a
  // letter or digit.
  if (i > 0 && !OPENING_CONTEXT_RE.test(content[i - 1] as string)) return undefined;
  if (!WORD_CHAR_RE.test(content[i + size] ?? '')) return undefined;
  const end = content.indexOf(marker, i + size);
  if (end === -1 || end + size > to) return undefined;
  if (content.slice(end, end + size) !== marker.repeat(size) || content[end + size] === marker) return undefined;
  if (/[`\n[\]*_]/.test(content.slice(i + size, end))) return undefined;
  // Right-flanking: after a letter or digit, or after punctuation when the end, a space or more
  // punctuation follows: "**Note :** la suite". A "_" must also not be left-flanking: no letter after.
  const last = content[end - 1] as string;
  const after = content.slice(end + size, end + size + 1);
  if (marker === '_' && !AFTER_STRONG_RE.test(after)) return undefined;
  if (WORD_CHAR_RE.test(last)) return { size, end };
  if (CLOSING_PUNCTUATION_RE.test(last) && AFTER_STRONG_RE.test(after)) return { size, end };
  return undefined;
}
