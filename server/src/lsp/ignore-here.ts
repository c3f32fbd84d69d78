// "Ignore here": the inline directive that silences one finding, placed so that the Markdown around it
// reads exactly as before. An HTML comment on a line of its own starts an HTML block, and such a block
// interrupts a paragraph (CommonMark, HTML block condition 2): in the middle of a paragraph it would
// split it in two. So the comment goes on its own line only before a block's first line (the block then
// starts right after it); anywhere else it goes at the end of the finding's line, as inline HTML.
import type { Finding, TextEdit } from '../engine/index.js';

export type IgnoredFinding = Pick<Finding, 'ruleId' | 'start' | 'block'>;

const DIRECTIVE_BODY = /^\s*proposal-tone-(disable-next-line|disable-line)\b/;
/** Where a directive's reason starts, as the engine reads it (`--` after whitespace or the keyword). */
const REASON_SEPARATOR = /\s--|^--/;
/** Only indentation and blockquote markers may stand before a block that gets a comment line above it. */
const LINE_PREFIX = /^[ \t>]*$/;
const DELIMITER_ROW = /^[ \t>]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

function lineStartAt(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

function lineEndAt(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** Start of the line after the one ending at `lineEnd`, or undefined on the last line. */
function nextLineStart(text: string, lineEnd: number): number | undefined {
  if (lineEnd >= text.length) return undefined;
  return text.startsWith('\r\n', lineEnd) ? lineEnd + 2 : lineEnd + 1;
}

/** The document's own line break (its first one), so that an inserted line matches its neighbours. */
export function lineBreakOf(text: string): string {
  const m = /\r\n|\r|\n/.exec(text);
  return m ? m[0] : '\n';
}

function isDelimiterRow(line: string): boolean {
  return line.includes('|') && line.includes('-') && DELIMITER_ROW.test(line);
}

/** Whether the line starting at `lineStart` is a row of a GFM table (header row included). */
function isTableRow(text: string, lineStart: number): boolean {
  const lineEnd = lineEndAt(text, lineStart);
  if (!text.slice(lineStart, lineEnd).includes('|')) return false;
  const next = nextLineStart(text, lineEnd);
  if (next !== undefined && isDelimiterRow(text.slice(next, lineEndAt(text, next)))) return true;
  // A table runs until a blank line: look up through the non-blank lines for its delimiter row.
  let start = lineStart;
  while (start > 0) {
    const previousEnd = text[start - 1] === '\n' && text[start - 2] === '\r' ? start - 2 : start - 1;
    start = lineStartAt(text, previousEnd);
    const line = text.slice(start, previousEnd);
    if (line.trim() === '') return false;
    if (isDelimiterRow(line)) return true;
  }
  return false;
}

interface DirectiveComment {
  kind: 'disable-next-line' | 'disable-line';
  /** Offsets of the text between `<!--` and `-->`. */
  bodyStart: number;
  bodyEnd: number;
}

/** The directive comment that ends exactly at `end` (trailing whitespace aside), if any. */
function directiveEndingAt(text: string, end: number): DirectiveComment | undefined {
  const before = text.slice(0, end).trimEnd();
  if (!before.endsWith('-->')) return undefined;
  const open = before.lastIndexOf('<!--');
  if (open === -1) return undefined;
  const bodyStart = open + 4;
  const bodyEnd = before.length - 3;
  if (bodyEnd < bodyStart) return undefined;
  const m = DIRECTIVE_BODY.exec(text.slice(bodyStart, bodyEnd));
  if (!m) return undefined;
  return { kind: m[1] as DirectiveComment['kind'], bodyStart, bodyEnd };
}

/**
 * Adds a target to an existing directive, or undefined when it names no target (it then concerns every
 * rule, and adding one would narrow it).
 */
function addTarget(text: string, directive: DirectiveComment, ruleId: string): TextEdit | undefined {
  const body = text.slice(directive.bodyStart, directive.bodyEnd);
  const keywordEnd = DIRECTIVE_BODY.exec(body)?.[0].length ?? 0;
  const rest = body.slice(keywordEnd);
  const reason = REASON_SEPARATOR.exec(rest);
  const targetsText = reason ? rest.slice(0, reason.index) : rest;
  if (targetsText.trim() === '') return undefined;
  const at = directive.bodyStart + keywordEnd + targetsText.trimEnd().length;
  const separator = targetsText.includes(',') ? ', ' : ' ';
  return { start: at, end: at, newText: `${separator}${ruleId}` };
}

function lineDirective(ruleId: string): string {
  return `<!-- proposal-tone-disable-line ${ruleId} -->`;
}

/** Appends a disable-line directive at the end of the finding's line, keeping a hard line break last. */
function appendToLine(text: string, finding: IgnoredFinding, tableRow: boolean): TextEdit {
  const lineStart = lineStartAt(text, finding.start);
  const lineEnd = lineEndAt(text, finding.start);
  const existing = directiveEndingAt(text, lineEnd);
  if (existing?.kind === 'disable-line' && existing.bodyStart > lineStart) {
    const merged = addTarget(text, existing, finding.ruleId);
    if (merged) return merged;
  }
  const line = text.slice(lineStart, lineEnd);
  let at = lineStart + line.trimEnd().length;
  // A backslash at the end of a paragraph line is a hard break: it must stay the line's last character.
  const trailingBackslashes = /\\+$/.exec(text.slice(lineStart, at))?.[0].length ?? 0;
  if (!tableRow && trailingBackslashes % 2 === 1 && nextLineStart(text, lineEnd) !== undefined) at -= 1;
  const spaceBefore = at > lineStart && !/[ \t]/.test(text[at - 1] as string) ? ' ' : '';
  return { start: at, end: at, newText: `${spaceBefore}${lineDirective(finding.ruleId)}` };
}

/** The edit that silences this one finding with an inline directive. */
export function ignoreHereEdit(text: string, finding: IgnoredFinding): TextEdit {
  const findingLineStart = lineStartAt(text, finding.start);
  if (isTableRow(text, findingLineStart)) return appendToLine(text, finding, true);
  const blockLineStart = lineStartAt(text, finding.block.start);
  const prefix = text.slice(blockLineStart, finding.block.start);
  if (findingLineStart !== blockLineStart || !LINE_PREFIX.test(prefix)) return appendToLine(text, finding, false);

  // A disable-next-line comment above (blank lines skipped) points at this very line: a new comment
  // between them would take its place, so the rule joins its targets instead.
  const above = directiveEndingAt(text, blockLineStart);
  if (above?.kind === 'disable-next-line') return addTarget(text, above, finding.ruleId) ?? appendToLine(text, finding, false);
  const newText = `${prefix}<!-- proposal-tone-disable-next-line ${finding.ruleId} -->${lineBreakOf(text)}`;
  return { start: blockLineStart, end: blockLineStart, newText };
}
