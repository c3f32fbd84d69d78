// Markdown split into top-level blocks that remark parses alone exactly as it parses them inside the
// whole document. remark holds about 270 bytes per input byte while it parses, so a long proposal
// parsed in one piece costs gigabytes; parsed block by block, the cost is bounded by the largest block,
// and an edit only re-parses the blocks it touched.
//
// Correctness comes in two layers. A line scanner (`scanBlocks`) cuts only at blank lines where no
// construct can carry over, and merges whenever it is unsure. Then every block that could end inside
// a construct remark keeps open across blank lines (a fenced code block or an HTML block that never
// closes) is parsed and checked (`openAtEnd`): if it is open, it is merged with what follows. Link and
// footnote definitions are the one way a block reads another: the definitions a block refers to are
// parsed along with it (`withDefinitions`).
import type { Nodes, Root, RootContent } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { parseMarkdownTree, parseWithinLimits, proseFromTree, type MarkdownDocument } from './markdown.js';
import { plainBlockDocument } from './plain-markdown.js';

/** A block of the source: from its first line's start to its last non-blank line's end. */
export interface BlockSpan {
  start: number;
  end: number;
}

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

/** End of the line that starts at `from` (index of its line ending, or the text length). */
export function lineEndAt(text: string, from: number): number {
  let i = from;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) return i;
    i++;
  }
  return n;
}

export function nextLineStart(text: string, lineEnd: number): number {
  if (lineEnd >= text.length) return text.length;
  return text.charCodeAt(lineEnd) === CR && text.charCodeAt(lineEnd + 1) === LF ? lineEnd + 2 : lineEnd + 1;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== SPACE && c !== TAB) return false;
  }
  return true;
}

/** Columns of leading indentation (tabs to the next multiple of 4) and where the content starts. */
function indentation(text: string, start: number, end: number): { columns: number; at: number } {
  let columns = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === SPACE) columns++;
    else if (c === TAB) columns += 4 - (columns % 4);
    else break;
    i++;
  }
  return { columns, at: i };
}

const LIST_MARKER_RE = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const BACKTICK = 0x60;
const TILDE = 0x7e;
const LESS_THAN = 0x3c;

/** `-`, `+`, `*` or a digit: what `LIST_MARKER_RE` can match first. */
function mayStartListItem(c: number): boolean {
  return c === 0x2d || c === 0x2b || c === 0x2a || (c >= 0x30 && c <= 0x39);
}
const FENCE_OPEN_RE = /^(`{3,}|~{3,})(.*)$/;

/** Start conditions of the HTML blocks that run over blank lines (CommonMark kinds 1 to 5) and their ends. */
const HTML_RUNNING_BLOCKS: ReadonlyArray<{ open: RegExp; close: RegExp }> = [
  { open: /^<(?:script|pre|style|textarea)(?:[ \t>]|$)/i, close: /<\/(?:script|pre|style|textarea)>/i },
  { open: /^<!--/, close: /-->/ },
  { open: /^<\?/, close: /\?>/ },
  { open: /^<!\[CDATA\[/, close: /\]\]>/ },
  { open: /^<![A-Za-z]/, close: />/ },
];

function runningHtmlBlock(line: string): { close: RegExp } | undefined {
  return HTML_RUNNING_BLOCKS.find((h) => h.open.test(line));
}

/** A fence opener (up to 3 spaces of indentation), or undefined. */
function fenceOpener(line: string): { char: string; length: number } | undefined {
  const m = FENCE_OPEN_RE.exec(line);
  if (!m) return undefined;
  const seq = m[1] as string;
  // A backtick fence's info string cannot hold a backtick: "``` a ``` b" is inline code.
  if (seq[0] === '`' && (m[2] as string).includes('`')) return undefined;
  return { char: seq[0] as string, length: seq.length };
}

function closesFence(line: string, fence: { char: string; length: number }): boolean {
  let i = 0;
  while (i < line.length && line[i] === fence.char) i++;
  return i >= fence.length && /^[ \t]*$/.test(line.slice(i));
}

/** End of YAML (`---`) or TOML (`+++`) front matter at the very start, or -1 when there is none. */
export function frontMatterEnd(text: string): number {
  const firstEnd = lineEndAt(text, 0);
  const first = text.slice(0, firstEnd);
  const m = /^(---|\+\+\+)[ \t]*$/.exec(first);
  if (!m) return -1;
  const fence = m[1] as string;
  let pos = nextLineStart(text, firstEnd);
  while (pos < text.length) {
    const end = lineEndAt(text, pos);
    if (text.startsWith(fence, pos) && isBlank(text, pos + fence.length, end)) return end;
    pos = nextLineStart(text, end);
  }
  return -1;
}

/**
 * The first line when it opens front matter that never closes, with a blank line after it; else ''.
 * remark-frontmatter's failed attempt leaves micromark unable to open a container (list, block quote)
 * for the rest of the document; blocks after the first replay the attempt to parse as the whole does.
 */
export function unclosedFrontMatterLine(text: string): string {
  const firstEnd = lineEndAt(text, 0);
  const unclosed = /^(?:---|\+\+\+)[ \t]*$/.test(text.slice(0, firstEnd)) && frontMatterEnd(text) === -1;
  return unclosed ? `${text.slice(0, firstEnd)}\n\n` : '';
}

/** Front matter that is a block of its own, as remark-frontmatter reads it: the lines between the fences. */
function frontMatterAlone(text: string, end: number): { value: string; range: BlockSpan } {
  const contentStart = nextLineStart(text, lineEndAt(text, 0));
  const closingLine = lineStartBefore(text, end);
  let contentEnd = closingLine;
  if (contentEnd > contentStart) contentEnd -= text.charCodeAt(contentEnd - 1) === LF && text.charCodeAt(contentEnd - 2) === CR ? 2 : 1;
  return { value: text.slice(contentStart, Math.max(contentStart, contentEnd)), range: { start: 0, end } };
}

/**
 * Cuts the text into top-level blocks at blank lines. A cut is made only before a line that starts
 * at column 0 (an indented line may continue a list item, a footnote or indented code), never inside
 * front matter, a fenced code block or a running HTML block, and never between list items (a list
 * parses whole). Blank lines between blocks belong to no block.
 */
export function scanBlocks(text: string): BlockSpan[] {
  return scanBlocksFrom(text, 0).spans;
}

/**
 * `scanBlocks` from `from`, which must be 0 or where a block starts: at a cut the scanner's state
 * depends only on the line it cuts before, so scanning from there gives what the whole scan gives.
 * For the same reason it may stop at a cut where `stopAt` says the rest is already known (an edit's
 * unchanged tail): `stoppedAt` is then the start of the block it did not scan.
 */
export function scanBlocksFrom(
  text: string,
  from: number,
  stopAt?: (blockStart: number) => boolean,
): { spans: BlockSpan[]; stoppedAt: number | undefined } {
  const blocks: BlockSpan[] = [];
  const n = text.length;
  let blockStart = -1;
  let contentEnd = 0;
  let blankSince = false;
  let blockHasListItem = false;
  // micromark still counts indented code as the current construct after blank lines, so a list
  // after it parses as if it interrupted the code ("2. x" becomes a paragraph): keep them together.
  let lastLineIndented = false;
  let fence: { char: string; length: number } | undefined;
  let html: { close: RegExp } | undefined;
  let pos = from;

  const fmEnd = from === 0 ? frontMatterEnd(text) : -1;
  if (fmEnd !== -1) {
    blockStart = 0;
    contentEnd = fmEnd;
    pos = nextLineStart(text, fmEnd);
  }

  while (pos < n) {
    const end = lineEndAt(text, pos);
    const next = nextLineStart(text, end);
    if (isBlank(text, pos, end)) {
      if (blockStart !== -1) blankSince = true;
      pos = next;
      continue;
    }
    const { columns, at } = indentation(text, pos, end);
    // Most lines are prose: the line is only cut out when its first character may start a construct.
    const first = text.charCodeAt(at);
    if (fence || html) {
      if (fence && columns <= 3 && first === fence.char.charCodeAt(0) && closesFence(text.slice(at, end), fence)) fence = undefined;
      else if (html && html.close.test(text.slice(pos, end))) html = undefined;
      blankSince = false;
      lastLineIndented = false;
      contentEnd = end;
      pos = next;
      continue;
    }
    const isListItem = columns <= 3 && mayStartListItem(first) && LIST_MARKER_RE.test(text.slice(at, end));
    if (blockStart === -1) {
      blockStart = pos;
    } else if (blankSince && columns === 0 && !(isListItem && (blockHasListItem || lastLineIndented))) {
      blocks.push({ start: blockStart, end: contentEnd });
      if (stopAt?.(pos)) return { spans: blocks, stoppedAt: pos };
      blockStart = pos;
      blockHasListItem = false;
    }
    blankSince = false;
    lastLineIndented = columns >= 4;
    if (isListItem) blockHasListItem = true;
    if (columns <= 3 && (first === BACKTICK || first === TILDE || first === LESS_THAN)) {
      const line = text.slice(at, end);
      fence = fenceOpener(line);
      if (!fence) {
        const opened = runningHtmlBlock(line);
        if (opened && !opened.close.test(line.slice(2))) html = opened;
      }
    }
    contentEnd = end;
    pos = next;
  }
  if (blockStart !== -1) blocks.push({ start: blockStart, end: contentEnd });
  return { spans: blocks, stoppedAt: undefined };
}

// ---------------------------------------------------------------------------------------------------
// Definitions: `[label]: url` and `[^label]: text` are visible from the whole document.

/** CommonMark's label matching: whitespace collapsed, trimmed, case folded. */
export function normalizeLabel(raw: string): string {
  return raw
    .replace(/[\t\n\r ]+/g, ' ')
    .replace(/^ | $/g, '')
    .toLowerCase()
    .toUpperCase()
    .toLowerCase();
}

const LABEL_CANDIDATE_RE = /\[((?:[^[\]\\]|\\[\s\S]){1,999})\]/g;

/** Marks "every definition": a label that spans lines may carry container prefixes a scan cannot strip. */
const ANY_LABEL = '\u0000any';

/** Labels the block may refer to (normalized; footnotes keep their `^`), a superset of its references. */
export function referencedLabels(blockText: string): Set<string> {
  const labels = new Set<string>();
  if (!blockText.includes('[')) return labels;
  for (const m of blockText.matchAll(LABEL_CANDIDATE_RE)) {
    const raw = m[1] as string;
    if (/[\r\n]/.test(raw)) labels.add(ANY_LABEL);
    else labels.add(normalizeLabel(raw));
  }
  return labels;
}

/** The defined labels, among `defined`, that a block must see to parse as it does in the document. */
export function definitionsFor(blockText: string, defined: ReadonlySet<string>, own: ReadonlySet<string>): string[] {
  if (defined.size === 0) return [];
  return definitionsAmong(referencedLabels(blockText), defined, own);
}

/** `definitionsFor` from the block's `referencedLabels`, for callers that keep them. */
export function definitionsAmong(wanted: ReadonlySet<string>, defined: ReadonlySet<string>, own: ReadonlySet<string>): string[] {
  if (wanted.size === 0 || defined.size === 0) return [];
  const out: string[] = [];
  const all = wanted.has(ANY_LABEL);
  for (const label of defined) {
    if (own.has(label)) continue;
    if (all || wanted.has(label)) out.push(label);
  }
  return out.sort();
}

/**
 * Markdown that defines the labels and nothing else visible. Footnotes come first, each after a blank
 * line (a footnote's text would swallow a following definition lazily); an empty HTML comment closes
 * the run so that the block after it starts from a clean top level.
 */
function definitionsSource(labels: readonly string[]): string {
  const footnotes = labels.filter((l) => l.startsWith('^')).map((l) => `[${l}]: -\n\n`);
  const links = labels.filter((l) => !l.startsWith('^')).map((l) => `[${l}]: #\n`);
  return `${footnotes.join('')}${links.join('')}\n<!---->\n\n`;
}

/** Normalized labels of the definitions anywhere in the tree (iteratively: trees can be deep). */
function definedLabels(nodes: readonly Nodes[], out: Set<string>): void {
  const stack: Nodes[] = [...nodes];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'definition') out.add(normalizeLabel(node.identifier));
    else if (node.type === 'footnoteDefinition') out.add(`^${normalizeLabel(node.identifier)}`);
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push(child);
  }
}

// ---------------------------------------------------------------------------------------------------
// Parsing one block.

/**
 * What is parsed for a block: the span and the blank lines after it. The document's parse sees them
 * too, and an open construct keeps them (an unclosed HTML block in a list item ends after them, and
 * so does its list); micromark also ends some lazy lines differently at the very end of the input.
 */
export function blockSource(text: string, span: BlockSpan): string {
  return text.slice(span.start, blockSourceEnd(text, span));
}

/** Where `blockSource` ends: the start of the next non-blank line, or the end of the text. */
export function blockSourceEnd(text: string, span: BlockSpan): number {
  let at = nextLineStart(text, span.end);
  while (at < text.length) {
    const end = lineEndAt(text, at);
    if (!isBlank(text, at, end)) break;
    at = nextLineStart(text, end);
  }
  return at;
}

export interface ParsedBlock {
  span: BlockSpan;
  /** Prose, front matter and comments of the block, with offsets into the whole text. */
  doc: MarkdownDocument;
  /** Labels the block defines (normalized; footnotes with their `^`). */
  definitions: Set<string>;
  /** True when the block ends inside a fenced code or HTML block that blank lines do not close. */
  openAtEnd: boolean;
}

/**
 * CommonMark alone: what markdown.ts's parser (with GFM and front matter) gives for a source that
 * holds nothing either extension reacts to, in a third of the time (GFM's autolink literals look at
 * nearly every letter). Which extensions react to what:
 * - tables need a `|`; strikethrough a `~`; footnotes `[^`; task list items `[ ]`, `[x]`;
 * - autolink literals `www`, `://` or `@`, also once decoded from `&…;` references or `\` escapes;
 * - front matter only at the very start of the source.
 */
const commonMarkParser = unified().use(remarkParse);

const GFM_TRIGGER_RE = /[|~@&\\]|www|:\/\/|\[(?:\^|[\s\S]\])/i;

function needsFullParser(source: string): boolean {
  return source.startsWith('---') || source.startsWith('+++') || GFM_TRIGGER_RE.test(source);
}

/**
 * Parses `text[span]` alone. A block that does not start the document gets a prefix, so that a
 * `---` line is not taken for front matter, and the definitions it refers to; the block at offset 0
 * gets them after it instead (front matter must stay first).
 */
export function parseBlock(
  text: string,
  span: BlockSpan,
  definitions: readonly string[] = [],
  /** `unclosedFrontMatterLine(text)`, which callers parsing many blocks of one text compute once. */
  unclosedFrontMatter = unclosedFrontMatterLine(text),
): ParsedBlock {
  const body = blockSource(text, span);
  let source: string;
  let bodyAt: number;
  if (span.start === 0) {
    source = definitions.length > 0 ? `${body}${body.endsWith('\n') || body.endsWith('\r') ? '' : '\n'}\n${definitionsSource(definitions)}` : body;
    bodyAt = 0;
  } else {
    const prefix = unclosedFrontMatter + (definitions.length > 0 ? definitionsSource(definitions) : '\n');
    source = prefix + body;
    bodyAt = prefix.length;
  }
  if (span.start === 0 && definitions.length === 0 && frontMatterEnd(text) === span.end) {
    return { span, doc: { segments: [], comments: [], frontMatter: frontMatterAlone(text, span.end) }, definitions: new Set(), openAtEnd: false };
  }
  if (definitions.length === 0 && unclosedFrontMatter === '') {
    const plain = plainBlockDocument(text.slice(span.start, span.end), span.start);
    if (plain) return { span, doc: plain, definitions: new Set(), openAtEnd: false };
  }
  const tree = needsFullParser(source) ? parseMarkdownTree(source) : parseWithinLimits(commonMarkParser, source);
  const bodyEnd = bodyAt + body.length;
  const own = tree.children.filter((node) => {
    const at = node.position?.start.offset ?? 0;
    return at >= bodyAt && at < bodyEnd;
  });
  const ownTree: Root = { ...tree, children: own };
  const doc = proseFromTree(source, ownTree, span.start - bodyAt);
  const defined = new Set<string>();
  definedLabels(own, defined);
  return { span, doc, definitions: defined, openAtEnd: openAtEnd(source, own, bodyEnd) };
}

/**
 * Whether the block ends inside a fenced code or running HTML block. At top level, one that never
 * closes would swallow the blocks after it. Inside a list item or a footnote it cannot (the cut is
 * before a line at column 0, which ends them), but it still takes the blank lines after it, and so
 * moves the end of its list: such a block is merged too, closed or not, since closing there is
 * relative to the container's indentation.
 */
function openAtEnd(source: string, nodes: readonly RootContent[], bodyEnd: number): boolean {
  let last: Nodes | undefined = nodes[nodes.length - 1];
  let nested = false;
  while (last && (last.type === 'list' || last.type === 'listItem' || last.type === 'blockquote' || last.type === 'footnoteDefinition')) {
    last = last.children[last.children.length - 1];
    nested = true;
  }
  if (!last?.position || (last.type !== 'code' && last.type !== 'html')) return false;
  const from = last.position.start.offset ?? 0;
  const to = last.position.end.offset ?? 0;
  if (to < lastLineStart(source, bodyEnd)) return false;
  const lines = source.slice(from, to).split(/\r\n|\r|\n/);
  const first = (lines[0] as string).replace(/^[ \t]*/, '');
  const lastLine = lines[lines.length - 1] as string;
  if (last.type === 'code') {
    const fence = fenceOpener(first);
    if (!fence) return false;
    if (nested || lines.length < 2) return true;
    const { columns, at } = indentation(lastLine, 0, lastLine.length);
    return !(columns <= 3 && closesFence(lastLine.slice(at), fence));
  }
  const running = runningHtmlBlock(first);
  if (!running) return false;
  if (nested) return true;
  return !running.close.test(lines.length === 1 ? first.slice(2) : lastLine);
}

/** Start of the last non-empty line before `end`. */
function lastLineStart(text: string, end: number): number {
  let e = end;
  while (e > 0 && (text.charCodeAt(e - 1) === LF || text.charCodeAt(e - 1) === CR)) e--;
  return lineStartBefore(text, e);
}

function lineStartBefore(text: string, offset: number): number {
  let i = offset;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === LF || c === CR) break;
    i--;
  }
  return i;
}

// ---------------------------------------------------------------------------------------------------
// Settling the cut: blocks that end open swallow what follows.

/** Blocks whose parse may show them open at the end: they hold something like a fence or HTML opener. */
export function mayEndOpen(blockText: string): boolean {
  return /```|~~~|</.test(blockText);
}

/** Blocks that may hold a definition. */
export function mayDefine(blockText: string): boolean {
  return blockText.includes(']:');
}

/**
 * Walks the scanned blocks in order and yields each settled block with its parse when one was
 * needed to settle it. A block found open at the end is merged with the following ones, doubling the
 * number merged each time so that a long run of misjudged blocks costs O(n log n) parsing.
 */
export function* settleBlocks(
  text: string,
  scanned: readonly BlockSpan[],
  parse: (span: BlockSpan) => { openAtEnd: boolean } | undefined,
): Generator<BlockSpan> {
  let i = 0;
  while (i < scanned.length) {
    let j = i;
    for (;;) {
      const span = { start: (scanned[i] as BlockSpan).start, end: (scanned[j] as BlockSpan).end };
      const parsed = j < scanned.length - 1 && mayEndOpen(text.slice(span.start, span.end)) ? parse(span) : undefined;
      if (!parsed?.openAtEnd) {
        yield span;
        break;
      }
      j = Math.min(scanned.length - 1, j + (j - i + 1));
    }
    i = j + 1;
  }
}

/**
 * The whole document's prose, parsed block by block: the same segments, comments and front matter
 * as `extractProse(text)`, offsets included. Holds every segment at once: the analysis path streams
 * instead (see incremental.ts); this is for callers that want the document.
 */
export function extractProseInBlocks(text: string): MarkdownDocument {
  const spans = settledSpans(text);
  const quirk = unclosedFrontMatterLine(text);
  const defined = new Set<string>();
  const ownDefinitions = new Map<BlockSpan, Set<string>>();
  for (const span of spans) {
    if (!mayDefine(text.slice(span.start, span.end))) continue;
    const { definitions } = parseBlock(text, span, [], quirk);
    ownDefinitions.set(span, definitions);
    for (const d of definitions) defined.add(d);
  }
  const out: MarkdownDocument = { segments: [], comments: [] };
  for (const span of spans) {
    const body = text.slice(span.start, span.end);
    const { doc } = parseBlock(text, span, definitionsFor(body, defined, ownDefinitions.get(span) ?? new Set()), quirk);
    out.segments.push(...doc.segments);
    out.comments.push(...doc.comments);
    if (doc.frontMatter && !out.frontMatter) out.frontMatter = doc.frontMatter;
  }
  return out;
}

/** The scanned blocks, settled (parsing the ones that may end open). */
export function settledSpans(text: string): BlockSpan[] {
  const quirk = unclosedFrontMatterLine(text);
  return [...settleBlocks(text, scanBlocks(text), (span) => parseBlock(text, span, [], quirk))];
}
