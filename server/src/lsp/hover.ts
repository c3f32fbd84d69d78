// Hover on a flagged phrase: which posture it takes and why (the category's label and the rule's note),
// the message, and the rewrites on offer, all in the finding's language.
import { MarkupKind } from 'vscode-languageserver/node';
import type { Hover, Position } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CATEGORY_TEXT, STANCE_LABEL } from '../engine/index.js';
import type { AnalysisResult, Finding } from '../engine/index.js';
import { rangeOf } from './convert.js';
import { SERVER_TEXT } from './messages.js';

/** Escapes inline Markdown so that prose with `*`, `_`, `[` or `<` reads as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (character) => `\\${character}`);
}

function findingMarkdown(finding: Finding): string {
  const category = CATEGORY_TEXT[finding.lang][finding.category];
  // French typography puts a (non-breaking) space before a colon.
  const colon = finding.lang === 'fr' ? '\u00a0:' : ':';
  const lines = [`**${escapeMarkdown(category.label)}** — ${escapeMarkdown(finding.message)}`, '', escapeMarkdown(finding.note)];
  if (finding.fixes.length > 0) {
    lines.push('', `${SERVER_TEXT[finding.lang].rewritesHeading}${colon}`, '');
    for (const fix of finding.fixes) lines.push(`- *${escapeMarkdown(STANCE_LABEL[finding.lang][fix.stance])}*${colon} ${escapeMarkdown(fix.preview)}`);
  }
  return lines.join('\n');
}

/** The hover for the findings under `position`, or null when there is none. */
export function hoverAt(document: TextDocument, analysis: AnalysisResult, position: Position): Hover | null {
  const offset = document.offsetAt(position);
  const under = analysis.findings.filter((finding) => finding.start <= offset && offset < finding.end);
  const [first] = under;
  if (!first) return null;
  const start = Math.min(...under.map((finding) => finding.start));
  const end = Math.max(...under.map((finding) => finding.end));
  return {
    contents: { kind: MarkupKind.Markdown, value: under.map(findingMarkdown).join('\n\n---\n\n') },
    range: rangeOf(document, start, end),
  };
}
