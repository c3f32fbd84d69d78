// What the tone report needs to know about a document's structure — its top-level headings, and its
// paragraphs of prose (for counting suggestion phrasings) — read by a line scanner rather than by
// remark: remark holds about 270 bytes per byte it parses, and a report of a 2 MB proposal must stay
// cheap. The scanner follows CommonMark where it changes the answer (front matter, fenced and indented
// code, HTML comments and HTML blocks, ATX and setext headings, lists and blockquotes); the tests
// compare its headings with remark's tree.

export interface OutlineHeading {
  depth: number;
  /** The heading as it reads (markup removed). */
  title: string;
  /** Offset of the heading's first line. */
  start: number;
}

export interface OutlineParagraph {
  /** Offset of the paragraph's first line. */
  start: number;
  /** The prose of its lines joined by spaces, with inline code, HTML and link destinations removed. */
  text: string;
  /** In a blockquote: someone else's words, not the author's. */
  quoted: boolean;
}

export interface Outline {
  headings: OutlineHeading[];
  paragraphs: OutlineParagraph[];
}

interface Line {
  start: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (const m of text.matchAll(breaks)) {
    lines.push({ start, text: text.slice(start, m.index) });
    start = (m.index ?? 0) + m[0].length;
  }
  if (start < text.length || lines.length === 0) lines.push({ start, text: text.slice(start) });
  return lines;
}

/** Columns of leading whitespace (a tab goes to the next multiple of 4). */
function indentColumns(line: string): number {
  let columns = 0;
  for (const c of line) {
    if (c === ' ') columns++;
    else if (c === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

const BLANK = /^[ \t]*$/;
const FRONT_MATTER_FENCE: Readonly<Record<string, RegExp>> = { '---': /^---[ \t]*$/, '+++': /^\+\+\+[ \t]*$/ };
/** Blockquote markers and at most one list marker in front of a line's content. */
const CONTAINER_PREFIX = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)?/;
const FENCE_OPEN = /^(`{3,}|~{3,})(.*)$/;
const ATX = /^ {0,3}(#{1,6})(?=[ \t]|$)(.*)$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^( {0,3})([-+*]|\d{1,9}[.)])([ \t]+|$)/;
const BLOCKQUOTE = /^ {0,3}>/;
/** HTML block start conditions 1 (raw text until its closing tag) and 6 (known block tags, until a blank line). */
const HTML_RAW_OPEN = /^ {0,3}<(script|pre|style|textarea)(?=[\s>]|$)/i;
const HTML_BLOCK_TAG =
  /^ {0,3}<\/?(address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?=[\s/>]|$)/i;
/** HTML block start condition 7: a lone complete tag on its line (cannot interrupt a paragraph). */
const HTML_LONE_TAG = /^ {0,3}<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>[ \t]*$/;
const HTML_OTHER_BLOCK = /^ {0,3}<(?:\?|![A-Za-z]|!\[CDATA\[)/;

/** A heading's text as it reads: inline code kept, markup, link destinations and HTML removed. */
export function plainHeadingText(source: string): string {
  // Escaped characters are set aside first, so that `\*` is never read as emphasis.
  const escaped: string[] = [];
  const hidden = source.replace(/\\([!-/:-@[-`{-~])/g, (_match, character: string) => `\uE000${escaped.push(character) - 1}\uE001`);
  return hidden
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/!?\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<\/?[A-Za-z][^<>]*>/g, '')
    .replace(/\[:(?:fr|en)?\]/g, '')
    .replace(/(\*\*|__|\*|_|~~|`+)(\S(?:[\s\S]*?\S)?)\1/g, '$2')
    .replace(/\uE000(\d+)\uE001/g, (_match, index: string) => escaped[Number(index)] ?? '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** A line's prose for phrase counting: inline code, comments, tags and link destinations removed. */
function proseOfLine(source: string): string {
  return source
    .replace(/(`+)[\s\S]*?\1/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/?[A-Za-z][^<>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[[\]*_~]/g, '');
}

type BlockState =
  | { kind: 'normal' }
  | { kind: 'fence'; marker: string; length: number }
  | { kind: 'html-comment' }
  | { kind: 'html-raw'; tag: string }
  | { kind: 'html-until-blank' };

interface OpenParagraph {
  start: number;
  lines: string[];
  quoted: boolean;
  /** A top-level paragraph, which a setext underline can turn into a section heading. */
  topLevel: boolean;
}

export function scanOutline(text: string): Outline {
  const outline: Outline = { headings: [], paragraphs: [] };
  const lines = splitLines(text);
  let state: BlockState = { kind: 'normal' };
  let paragraph: OpenParagraph | undefined;
  /** Content column of the list item the following lines may continue. */
  let listContent: number | undefined;
  let previousBlank = true;

  const closeParagraph = (): void => {
    if (paragraph) {
      outline.paragraphs.push({ start: paragraph.start, text: paragraph.lines.join(' '), quoted: paragraph.quoted });
      paragraph = undefined;
    }
  };
  const addProse = (line: Line, content: string, quoted: boolean, topLevel: boolean): void => {
    if (!paragraph) paragraph = { start: line.start, lines: [], quoted, topLevel };
    paragraph.lines.push(proseOfLine(content));
  };

  let index = 0;
  // Front matter only counts when its fence opens the document and closes later on.
  const opening = lines[0]?.text.replace(/^\uFEFF/, '') ?? '';
  const frontFence = Object.entries(FRONT_MATTER_FENCE).find(([, re]) => re.test(opening));
  if (frontFence) {
    const close = lines.findIndex((line, i) => i > 0 && frontFence[1].test(line.text));
    if (close > 0) index = close + 1;
  }

  for (; index < lines.length; index++) {
    const line = lines[index]!;
    const raw = line.text;
    if (state.kind === 'fence') {
      const inner = raw.replace(CONTAINER_PREFIX, '');
      const close = /^(`{3,}|~{3,})[ \t]*$/.exec(inner.trimStart());
      if (close && close[1]![0] === state.marker && close[1]!.length >= state.length) state = { kind: 'normal' };
      continue;
    }
    if (state.kind === 'html-comment') {
      if (raw.includes('-->')) state = { kind: 'normal' };
      continue;
    }
    if (state.kind === 'html-raw') {
      if (new RegExp(`</${state.tag}>`, 'i').test(raw)) state = { kind: 'normal' };
      continue;
    }
    if (state.kind === 'html-until-blank') {
      if (BLANK.test(raw)) {
        state = { kind: 'normal' };
        previousBlank = true;
      }
      continue;
    }

    if (BLANK.test(raw)) {
      closeParagraph();
      previousBlank = true;
      continue;
    }
    const indent = indentColumns(raw);
    // A line indented less than the open list item's content, after a blank line, ends the list.
    if (listContent !== undefined && indent < listContent && previousBlank && !LIST_ITEM.test(raw)) listContent = undefined;
    const inList = listContent !== undefined && (indent >= listContent || (paragraph !== undefined && !paragraph.topLevel));
    const relativeIndent = inList ? Math.max(0, indent - (listContent ?? 0)) : indent;
    const wasBlank = previousBlank;
    previousBlank = false;

    const afterContainers = raw.replace(CONTAINER_PREFIX, '');
    const fence = FENCE_OPEN.exec(afterContainers);
    if (fence && relativeIndent <= 3 && !(fence[1]![0] === '`' && fence[2]!.includes('`'))) {
      closeParagraph();
      state = { kind: 'fence', marker: fence[1]![0]!, length: fence[1]!.length };
      continue;
    }
    if (relativeIndent >= 4 && !paragraph) continue; // indented code
    const quoted = BLOCKQUOTE.test(raw);
    const content = quoted ? raw.replace(/^[ \t]*(?:>[ \t]?)+/, '') : raw.slice(raw.length - raw.trimStart().length);
    const block = inList ? raw.trimStart() : raw;

    if (/^ {0,3}<!--/.test(block) || /^<!--/.test(content)) {
      closeParagraph();
      if (!/<!--[\s\S]*?-->/.test(raw.slice(raw.indexOf('<!--')))) state = { kind: 'html-comment' };
      continue;
    }
    const rawTag = HTML_RAW_OPEN.exec(block);
    if (rawTag) {
      closeParagraph();
      if (!new RegExp(`</${rawTag[1]}>`, 'i').test(raw)) state = { kind: 'html-raw', tag: rawTag[1]! };
      continue;
    }
    if (HTML_BLOCK_TAG.test(block) || HTML_OTHER_BLOCK.test(block) || (!paragraph && HTML_LONE_TAG.test(block))) {
      closeParagraph();
      state = { kind: 'html-until-blank' };
      continue;
    }

    const topLevel = !inList && !quoted;
    if (topLevel) {
      const atx = ATX.exec(raw);
      if (atx) {
        closeParagraph();
        const title = plainHeadingText(atx[2]!.replace(/(?:^|[ \t]+)#+[ \t]*$/, ''));
        outline.headings.push({ depth: atx[1]!.length, title, start: line.start });
        outline.paragraphs.push({ start: line.start, text: proseOfLine(title), quoted: false });
        listContent = undefined;
        continue;
      }
      const underline = SETEXT_UNDERLINE.exec(raw);
      if (underline && paragraph?.topLevel && !paragraph.quoted) {
        outline.headings.push({ depth: underline[1]![0] === '=' ? 1 : 2, title: plainHeadingText(paragraph.lines.join(' ')), start: paragraph.start });
        closeParagraph();
        continue;
      }
    }
    if (THEMATIC_BREAK.test(raw)) {
      closeParagraph();
      if (indent <= 3) listContent = undefined;
      continue;
    }
    const item = LIST_ITEM.exec(inList ? raw.slice(raw.length - raw.trimStart().length) : raw);
    if (item && (!paragraph || wasBlank || !paragraph.topLevel || inList || item[2] === '-' || item[2] === '*' || item[2] === '+' || /^1[.)]$/.test(item[2]!))) {
      closeParagraph();
      const spaces = item[3]!.length;
      const markerEnd = indent + item[2]!.length;
      listContent = markerEnd + (spaces === 0 || spaces > 4 ? 1 : spaces);
      addProse(line, raw.slice(item[0].length + (inList ? raw.length - raw.trimStart().length : 0)), false, false);
      continue;
    }
    // A top-level line right after a list item's paragraph is its lazy continuation.
    const continuesList = !topLevel || (paragraph !== undefined && !paragraph.topLevel && !wasBlank);
    if (paragraph && paragraph.quoted !== quoted && !continuesList) closeParagraph();
    addProse(line, content, quoted, topLevel && !continuesList);
  }
  closeParagraph();
  return outline;
}
