// Markdown → prose segments that remember, for every prose character, where it came from in the source.
// Rules read plain prose; fixes are mapped back through these offsets so that markup around and inside
// a sentence survives a rewrite.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { OffsetRange } from './types.js';

/** Stands for an inline code span or an image inside prose: one opaque "word" rules can see but never rewrite. */
export const OPAQUE_CHAR = '\uFFFC';

export type SegmentKind = 'paragraph' | 'heading' | 'tableCell';

/** Markup that wraps prose (emphasis, strong, delete, link): removed whole if a fix empties it. */
export interface InlineContainer {
  outer: OffsetRange;
  inner: OffsetRange;
}

export interface ListContext {
  /** Source offset of the list node: items of one list share it. */
  listStart: number;
  listEnd: number;
  ordered: boolean;
  /** Index of the item in its list. */
  itemIndex: number;
}

export interface ProseSegment {
  kind: SegmentKind;
  /** Prose with markup removed; inline code and images become OPAQUE_CHAR. */
  text: string;
  /** Source offset where prose character i starts. */
  starts: Int32Array;
  /** Source offset where prose character i ends. */
  ends: Int32Array;
  /** 1 for a prose character whose source position could not be aligned exactly (never rewritten). */
  inexact: Uint8Array;
  containers: InlineContainer[];
  /** The whole block node in the source. */
  block: OffsetRange;
  inBlockquote: boolean;
  list?: ListContext;
}

export interface HtmlComment {
  /** Text between `<!--` and `-->`, trimmed. */
  body: string;
  range: OffsetRange;
}

export interface MarkdownDocument {
  segments: ProseSegment[];
  frontMatter?: { value: string; range: OffsetRange };
  comments: HtmlComment[];
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

/**
 * Containers (block quotes, list items) one line may open. remark's cost grows with the square of the
 * nesting and its tree walks recurse once per level, so "- - - - …" ten thousand deep takes minutes and
 * then overflows the stack. Hand-written proposals nest a handful of levels.
 */
export const MAX_LINE_CONTAINER_DEPTH = 32;

const CONTAINER_MARKER_RE = /[ \t]*(?:>|[-+*](?=[ \t\r\n]|$)|\d{1,9}[.)](?=[ \t\r\n]|$))/y;

/** The source with every line that opens too many containers blanked out (offsets unchanged). */
export function blankOverDeepLines(source: string): string {
  let out: string[] | undefined;
  let copied = 0;
  let lineStart = 0;
  while (lineStart <= source.length) {
    let lineEnd = lineStart;
    while (lineEnd < source.length && source[lineEnd] !== '\n' && source[lineEnd] !== '\r') lineEnd++;
    let depth = 0;
    CONTAINER_MARKER_RE.lastIndex = lineStart;
    while (depth <= MAX_LINE_CONTAINER_DEPTH && CONTAINER_MARKER_RE.exec(source) !== null) depth++;
    if (depth > MAX_LINE_CONTAINER_DEPTH) {
      out ??= [];
      out.push(source.slice(copied, lineStart), ' '.repeat(lineEnd - lineStart));
      copied = lineEnd;
    }
    lineStart = lineEnd + (source[lineEnd] === '\r' && source[lineEnd + 1] === '\n' ? 2 : 1);
  }
  if (!out) return source;
  out.push(source.slice(copied));
  return out.join('');
}

export function parseMarkdownTree(source: string): Root {
  return parseWithinLimits(parser, source);
}

/** Parses with `processor` (remark, with or without GFM) within the nesting limit above. */
export function parseWithinLimits(processor: { parse(source: string): Root }, source: string): Root {
  try {
    return processor.parse(blankOverDeepLines(source));
  } catch (error) {
    // Nesting built up over many lines can still exhaust the stack: no prose rather than no analysis.
    if (error instanceof RangeError) return { type: 'root', children: [] };
    throw error;
  }
}

export function extractProse(source: string): MarkdownDocument {
  return proseFromTree(source, parseMarkdownTree(source), 0);
}

/**
 * Walks a tree parsed from `source` (or from a slice of a larger text that starts at `baseOffset`)
 * and returns its prose with offsets into the larger text.
 */
export function proseFromTree(source: string, tree: Root, baseOffset: number): MarkdownDocument {
  const out: MarkdownDocument = { segments: [], comments: [] };
  const walker = new ProseWalker(source, baseOffset, out);
  try {
    walker.walkBlocks(tree.children, { inBlockquote: false });
  } catch (error) {
    // A tree deep enough to exhaust the stack here: the document's prose is skipped, not half read.
    if (error instanceof RangeError) return { segments: [], comments: [] };
    throw error;
  }
  return out;
}

interface BlockContext {
  inBlockquote: boolean;
  list?: ListContext;
}

const COMMENT_RE = /<!--([\s\S]*?)-->/g;

/** The `<!-- … -->` comments of raw HTML that starts at source offset `at`. */
export function htmlComments(raw: string, at: number): HtmlComment[] {
  const comments: HtmlComment[] = [];
  for (const m of raw.matchAll(COMMENT_RE)) {
    const start = at + (m.index ?? 0);
    comments.push({ body: (m[1] ?? '').trim(), range: { start, end: start + m[0].length } });
  }
  return comments;
}

/** A segment's offsets and containers while its inline content is walked. */
interface SegmentDraft {
  starts: number[];
  ends: number[];
  inexact: number[];
  containers: InlineContainer[];
}

class ProseWalker {
  constructor(
    private readonly source: string,
    private readonly base: number,
    private readonly out: MarkdownDocument,
  ) {}

  walkBlocks(nodes: readonly RootContent[], ctx: BlockContext): void {
    for (const node of nodes) this.walkBlock(node, ctx);
  }

  private walkBlock(node: RootContent, ctx: BlockContext): void {
    switch (node.type) {
      case 'paragraph':
        this.addSegment('paragraph', node, ctx);
        return;
      case 'heading':
        this.addSegment('heading', node, ctx);
        return;
      case 'blockquote':
        this.walkBlocks(node.children, { ...ctx, inBlockquote: true });
        return;
      case 'list': {
        const listStart = this.offsetOf(node, 'start');
        const listEnd = this.offsetOf(node, 'end');
        node.children.forEach((item, itemIndex) => {
          this.walkBlocks(item.children, {
            ...ctx,
            list: { listStart, listEnd, ordered: node.ordered === true, itemIndex },
          });
        });
        return;
      }
      case 'table':
        for (const row of node.children) {
          for (const cell of row.children) this.addSegment('tableCell', cell, ctx);
        }
        return;
      case 'footnoteDefinition':
        this.walkBlocks(node.children, ctx);
        return;
      case 'html':
        this.collectComments(node);
        return;
      case 'yaml':
      case 'toml' as RootContent['type']:
        if (node.position && this.out.frontMatter === undefined && 'value' in node) {
          this.out.frontMatter = {
            value: String(node.value),
            range: { start: this.offsetOf(node, 'start'), end: this.offsetOf(node, 'end') },
          };
        }
        return;
      default:
        // code, definitions, thematic breaks, math: not prose.
        return;
    }
  }

  private collectComments(node: Nodes): void {
    if (!node.position || !('value' in node)) return;
    const start = this.offsetOf(node, 'start');
    const raw = this.source.slice(start - this.base, this.offsetOf(node, 'end') - this.base);
    this.out.comments.push(...htmlComments(raw, start));
  }

  private offsetOf(node: Nodes, which: 'start' | 'end'): number {
    return (node.position?.[which].offset ?? 0) + this.base;
  }

  private addSegment(kind: SegmentKind, node: Parent, ctx: BlockContext): void {
    const draft: SegmentDraft = { starts: [], ends: [], inexact: [], containers: [] };
    const chars: string[] = [];
    this.walkInline(node.children as PhrasingContent[], draft, chars);
    const text = chars.join('');
    if (text.trim().length === 0) return;
    this.out.segments.push({
      kind,
      text,
      starts: Int32Array.from(draft.starts),
      ends: Int32Array.from(draft.ends),
      inexact: Uint8Array.from(draft.inexact),
      containers: draft.containers,
      block: { start: this.offsetOf(node as Nodes, 'start'), end: this.offsetOf(node as Nodes, 'end') },
      inBlockquote: ctx.inBlockquote,
      ...(ctx.list ? { list: ctx.list } : {}),
    });
  }

  private push(seg: SegmentDraft, chars: string[], ch: string, start: number, end: number, exact = true): void {
    chars.push(ch);
    seg.starts.push(start);
    seg.ends.push(end);
    seg.inexact.push(exact ? 0 : 1);
  }

  private walkInline(nodes: readonly PhrasingContent[], seg: SegmentDraft, chars: string[]): void {
    for (const node of nodes) {
      if (!node.position) continue;
      const start = this.offsetOf(node, 'start');
      const end = this.offsetOf(node, 'end');
      switch (node.type) {
        case 'text':
          this.alignText(node.value, start, end, seg, chars);
          break;
        case 'emphasis':
        case 'strong':
        case 'delete':
        case 'link':
        case 'linkReference': {
          const kids = node.children;
          const first = kids[0];
          const last = kids[kids.length - 1];
          if (first?.position && last?.position) {
            seg.containers.push({
              outer: { start, end },
              inner: { start: this.offsetOf(first, 'start'), end: this.offsetOf(last, 'end') },
            });
          }
          this.walkInline(kids, seg, chars);
          break;
        }
        case 'inlineCode':
        case 'image':
        case 'imageReference':
          this.push(seg, chars, OPAQUE_CHAR, start, end);
          break;
        case 'break':
          this.push(seg, chars, '\n', start, end);
          break;
        case 'html':
          this.collectComments(node);
          break;
        default:
          // footnote references and anything unknown carry no prose.
          break;
      }
    }
  }

  /**
   * Aligns a text node's decoded value with its source slice: escapes (`\*`), character references
   * (`&amp;`) and continuation prefixes (indentation, `>`) occupy source characters the value lacks.
   */
  private alignText(value: string, start: number, end: number, seg: SegmentDraft, chars: string[]): void {
    const src = this.source;
    let i = start - this.base;
    const stop = end - this.base;
    const abs = (k: number): number => k + this.base;
    let j = 0;
    while (j < value.length) {
      const v = value[j] as string;
      if (i >= stop) {
        // Could not align the rest: keep the text readable for rules, but never rewrite it.
        this.push(seg, chars, v, abs(stop), abs(stop), false);
        j++;
        continue;
      }
      const s = src[i] as string;
      if (s === '&') {
        const ref = /^&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/.exec(src.slice(i, i + 40));
        const decoded = ref ? decodeCharacterReference(ref[0]) : undefined;
        // Only a reference the parser decoded: "&notanentity;" stays literal text.
        if (ref && decoded !== undefined && !value.startsWith(ref[0], j) && value.startsWith(decoded, j)) {
          const refEnd = i + ref[0].length;
          // "&fjlig;" decodes to two letters that share one source range: readable, never rewritten.
          const exact = [...decoded].length === 1;
          for (let k = 0; k < decoded.length; k++, j++) {
            this.push(seg, chars, value[j] as string, abs(i), abs(refEnd), exact);
          }
          i = refEnd;
          continue;
        }
      }
      // The parser reads NUL as U+FFFD (CommonMark's rule for insecure characters).
      if (s === v || (s === '\0' && v === '\uFFFD')) {
        this.push(seg, chars, v, abs(i), abs(i + 1));
        i++;
        j++;
        continue;
      }
      if (s === '\\' && src[i + 1] === v) {
        this.push(seg, chars, v, abs(i), abs(i + 2));
        i += 2;
        j++;
        continue;
      }
      // Source-only character (indentation, blockquote marker, table pipe padding…).
      i++;
    }
  }
}

const decodedReferences = new Map<string, string | undefined>();
const MAX_DECODED_REFERENCES = 4096;

/**
 * What the parser decodes a character reference to, asked of the parser itself: out-of-range numbers
 * become U+FFFD, some names decode to two characters, unknown names stay literal.
 */
function decodeCharacterReference(ref: string): string | undefined {
  if (decodedReferences.has(ref)) return decodedReferences.get(ref);
  const paragraph = parser.parse(ref).children[0];
  const decoded =
    paragraph?.type === 'paragraph' && paragraph.children.every((c) => c.type === 'text')
      ? paragraph.children.map((c) => (c.type === 'text' ? c.value : '')).join('')
      : undefined;
  if (decodedReferences.size >= MAX_DECODED_REFERENCES) decodedReferences.clear();
  decodedReferences.set(ref, decoded);
  return decoded;
}
