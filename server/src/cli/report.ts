// What a check produced, and the JSON contract built from it (version 1). Positions are those of LSP:
// 0-based lines, UTF-16 code-unit characters, end exclusive.
import { LineIndex, type Finding, type Lang, type Position, type Severity } from '../engine/index.js';
import type { SkipReason } from './document-input.js';

export interface CheckedFile {
  /** As shown to the user: relative to the working folder with "/" separators, or "<stdin>". */
  displayPath: string;
  text: string;
  lines: LineIndex;
  language: Lang;
  /** The findings to report (already filtered by --quiet). */
  findings: Finding[];
  /** Preferred fixes applied by --fix. */
  fixesApplied: number;
}

/** A document that was not checked: over the size limit, binary or not UTF-8. */
export interface SkippedFile {
  displayPath: string;
  reason: SkipReason;
  /** Its size in bytes; undefined for a stream abandoned once past the limit. */
  bytes: number | undefined;
  /** One line, starting with "not checked:". */
  message: string;
}

export interface JsonRange {
  start: Position;
  end: Position;
}

export interface JsonFix {
  title: string;
  preferred: boolean;
  edits: Array<{ range: JsonRange; newText: string }>;
}

export interface JsonDiagnostic {
  rule: string;
  category: string;
  severity: Severity;
  message: string;
  range: JsonRange;
  fixes: JsonFix[];
}

export interface JsonFileReport {
  path: string;
  language: Lang;
  diagnostics: JsonDiagnostic[];
}

export interface JsonSkippedFile {
  path: string;
  reason: SkipReason;
  bytes: number | null;
  message: string;
}

export interface JsonReport {
  version: 1;
  files: JsonFileReport[];
  skipped: JsonSkippedFile[];
}

export function rangeOf(lines: LineIndex, start: number, end: number): JsonRange {
  return { start: lines.positionAt(start), end: lines.positionAt(end) };
}

export function toJsonReport(files: readonly CheckedFile[], skipped: readonly SkippedFile[]): JsonReport {
  return {
    version: 1,
    files: files.map((file) => ({
      path: file.displayPath,
      language: file.language,
      diagnostics: file.findings.map((finding) => ({
        rule: finding.ruleId,
        category: finding.category,
        severity: finding.severity,
        message: finding.message,
        range: rangeOf(file.lines, finding.start, finding.end),
        fixes: finding.fixes.map((fix) => ({
          title: fix.title,
          preferred: fix.preferred,
          edits: fix.edits.map((edit) => ({ range: rangeOf(file.lines, edit.start, edit.end), newText: edit.newText })),
        })),
      })),
    })),
    skipped: skipped.map((file) => ({ path: file.displayPath, reason: file.reason, bytes: file.bytes ?? null, message: file.message })),
  };
}

export interface SeverityCounts {
  error: number;
  warning: number;
  information: number;
  hint: number;
}

export function countSeverities(findings: Iterable<Pick<Finding, 'severity'>>): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}
