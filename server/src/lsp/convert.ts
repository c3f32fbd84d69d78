// Engine findings → LSP diagnostics. Each diagnostic carries its fixes in `data` (as LSP ranges), so that
// code actions answer from the diagnostic itself without analysing the document again.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import type { Diagnostic, Range, TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../engine/index.js';

export const DIAGNOSTIC_SOURCE = 'proposal-tone';
/** Code of the single notice a document too large to analyse gets. */
export const TOO_LARGE_CODE = 'max-file-size';
/** Code of the single notice a binary document (a NUL near its start) gets. */
export const BINARY_CODE = 'binary-file';

export interface DiagnosticFix {
  title: string;
  preferred: boolean;
  edits: TextEdit[];
}

export interface DiagnosticData {
  ruleId: string;
  fixes: DiagnosticFix[];
}

const LSP_SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function lspSeverity(severity: Severity): DiagnosticSeverity {
  return LSP_SEVERITY[severity];
}

export function rangeOf(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

/** Links rule ids to their documentation pages: `docs/rules/<category>/<name>.md` under `rulesDirectory`. */
export class RuleDocumentation {
  constructor(private readonly rulesDirectory: string) {}

  href(ruleId: string): string | undefined {
    const segments = ruleId.split('/');
    // A rule id is a relative path below docs/rules; anything that could climb out of it gets no link.
    if (segments.some((segment) => segment === '' || segment === '.' || segment === '..' || segment.includes('\\'))) return undefined;
    return pathToFileURL(`${path.join(this.rulesDirectory, ...segments)}.md`).href;
  }
}

export function findingToDiagnostic(document: TextDocument, finding: Finding, documentation: RuleDocumentation): Diagnostic {
  const data: DiagnosticData = {
    ruleId: finding.ruleId,
    fixes: finding.fixes.map((fix) => ({
      title: fix.title,
      preferred: fix.preferred,
      edits: fix.edits.map((edit) => ({ range: rangeOf(document, edit.start, edit.end), newText: edit.newText })),
    })),
  };
  const href = documentation.href(finding.ruleId);
  return {
    range: rangeOf(document, finding.start, finding.end),
    severity: lspSeverity(finding.severity),
    source: DIAGNOSTIC_SOURCE,
    code: finding.ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    message: finding.message,
    data,
  };
}

/** The notice shown on the first line of a document that is too large to analyse. */
export function tooLargeDiagnostic(document: TextDocument, message: string): Diagnostic {
  return noticeDiagnostic(document, TOO_LARGE_CODE, message);
}

/** The notice shown on the first line of a document that is not analysed: an information, not a finding. */
export function noticeDiagnostic(document: TextDocument, code: string, message: string): Diagnostic {
  const text = document.getText({ start: { line: 0, character: 0 }, end: { line: 1, character: 0 } });
  const firstLineLength = text.replace(/(?:\r\n|\r|\n)$/, '').length;
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLineLength } },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    code,
    message,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isPosition(value: unknown): boolean {
  return isRecord(value) && Number.isInteger(value.line) && Number.isInteger(value.character);
}

function isTextEdit(value: unknown): value is TextEdit {
  return isRecord(value) && typeof value.newText === 'string' && isRecord(value.range) && isPosition(value.range.start) && isPosition(value.range.end);
}

function isDiagnosticFix(value: unknown): value is DiagnosticFix {
  return (
    isRecord(value) &&
    typeof value.title === 'string' &&
    typeof value.preferred === 'boolean' &&
    Array.isArray(value.edits) &&
    value.edits.every(isTextEdit)
  );
}

/** The fixes of a diagnostic this server published, or undefined for anyone else's (or a mangled one). */
export function diagnosticDataOf(diagnostic: Diagnostic): DiagnosticData | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const data: unknown = diagnostic.data;
  if (!isRecord(data) || typeof data.ruleId !== 'string' || !Array.isArray(data.fixes) || !data.fixes.every(isDiagnosticFix)) return undefined;
  return { ruleId: data.ruleId, fixes: data.fixes };
}
