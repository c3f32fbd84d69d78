// Quick fixes (one per rewrite of each of our diagnostics, read from the diagnostic's `data`) and the
// fix-all source action that `editor.codeActionsOnSave` runs.
import { CodeActionKind } from 'vscode-languageserver/node';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAll } from '../engine/index.js';
import type { AnalyseOptions, AnalysisResult } from '../engine/index.js';
import { diagnosticDataOf, rangeOf } from './convert.js';
import { SERVER_TEXT } from './messages.js';
import { minimalReplacement } from './text-diff.js';
import { documentEdit } from './workspace-edit.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.proposalTone`;

/**
 * Whether a request restricted to `only` asks for actions of `kind`. Kinds are hierarchical: asking for
 * "source.fixAll" includes "source.fixAll.proposalTone".
 */
export function kindRequested(only: readonly string[] | undefined, kind: string): boolean {
  if (!only) return true;
  return only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}

export interface EditTarget {
  uri: string;
  /** The document version the edits' ranges refer to. */
  version: number;
  /** The client accepts versioned edits (documentChanges). */
  versioned: boolean;
}

export function quickFixes(diagnostics: readonly Diagnostic[], target: EditTarget): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const data = diagnosticDataOf(diagnostic);
    if (!data) continue;
    for (const fix of data.fixes) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix.preferred,
        edit: documentEdit(target.uri, target.version, fix.edits, target.versioned),
      });
    }
  }
  return actions;
}

export interface FixAllEdit {
  edits: TextEdit[];
  /** Number of rewrites applied. */
  applied: number;
}

/**
 * Every preferred rewrite of the document as one minimal edit, or undefined when nothing changes.
 * `options` are those the document was analysed with (settings and project configuration merged).
 */
export function fixAllEdit(document: TextDocument, options: AnalyseOptions): FixAllEdit | undefined {
  const before = document.getText();
  const result = fixAll(before, options);
  const replacement = minimalReplacement(before, result.text);
  if (!replacement || result.applied === 0) return undefined;
  return {
    edits: [{ range: rangeOf(document, replacement.start, replacement.end), newText: replacement.newText }],
    applied: result.applied,
  };
}

export function fixAllAction(document: TextDocument, analysis: AnalysisResult, options: AnalyseOptions, versioned: boolean): CodeAction | undefined {
  // The analysis of this version is usually cached: when it found nothing, there is nothing to rewrite.
  if (!analysis.findings.some((finding) => finding.fixes.length > 0)) return undefined;
  const fix = fixAllEdit(document, options);
  if (!fix) return undefined;
  return {
    title: SERVER_TEXT[analysis.language].fixAllTitle,
    kind: FIX_ALL_KIND,
    edit: documentEdit(document.uri, document.version, fix.edits, versioned),
  };
}
