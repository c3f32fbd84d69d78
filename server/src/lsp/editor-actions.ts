// The code actions beyond a finding's own rewrites: "rephrase as steps" for a paragraph or list that
// stacks several orders, "disable this rule in this document" (front matter) and "ignore here" (inline
// directive, always last). They need the document's analysis (blocks, sentences, front matter), so
// they answer from the current version's analysis and match the request's diagnostics to its findings.
import { CodeActionKind } from 'vscode-languageserver/node';
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { blocksWithSeveralOrders, rephraseAsSteps } from '../engine/index.js';
import type { AnalysisResult, Finding, OffsetRange, TextEdit } from '../engine/index.js';
import { kindRequested } from './code-actions.js';
import { diagnosticDataOf, rangeOf } from './convert.js';
import { EDITOR_ACTION_TEXT } from './editor-action-text.js';
import { disableInDocumentEdit } from './front-matter-edit.js';
import { ignoreHereEdit } from './ignore-here.js';
import { documentEdit } from './workspace-edit.js';

/** "Rephrase as steps" when asked for as a refactoring (the editor's Refactor menu, or by kind). */
export const STEPS_KIND = `${CodeActionKind.RefactorRewrite}.proposalTone.steps`;

export interface EditorActionRequest {
  document: TextDocument;
  /** The analysis of the document's current version. */
  analysis: AnalysisResult;
  diagnostics: readonly Diagnostic[];
  /** The editor's selection or cursor. */
  range: Range;
  only: readonly string[] | undefined;
  /** The client accepts versioned edits (documentChanges). */
  versioned: boolean;
}

interface FlaggedDiagnostic {
  diagnostic: Diagnostic;
  finding: Finding;
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function sameBlock(a: OffsetRange, b: OffsetRange): boolean {
  return a.start === b.start && a.end === b.end;
}

/** The request's diagnostics that are ours and still stand, with the finding each one shows. */
function flaggedDiagnostics(request: EditorActionRequest): FlaggedDiagnostic[] {
  const { document, analysis } = request;
  const flagged: FlaggedDiagnostic[] = [];
  for (const diagnostic of request.diagnostics) {
    const data = diagnosticDataOf(diagnostic);
    if (!data) continue;
    // A diagnostic from an older version whose finding moved or went away matches nothing here.
    const finding = analysis.findings.find((f) => f.ruleId === data.ruleId && sameRange(rangeOf(document, f.start, f.end), diagnostic.range));
    if (finding) flagged.push({ diagnostic, finding });
  }
  return flagged;
}

function edit(request: EditorActionRequest, edits: readonly TextEdit[]): CodeAction['edit'] {
  const { document } = request;
  return documentEdit(
    document.uri,
    document.version,
    edits.map((e) => ({ range: rangeOf(document, e.start, e.end), newText: e.newText })),
    request.versioned,
  );
}

function stepsAction(request: EditorActionRequest, block: OffsetRange, kind: string, diagnostics: Diagnostic[]): CodeAction | undefined {
  const fix = rephraseAsSteps(request.document.getText(), request.analysis.findings, block);
  if (!fix) return undefined;
  return {
    title: fix.title,
    kind,
    ...(diagnostics.length > 0 ? { diagnostics } : {}),
    isPreferred: false,
    edit: edit(request, fix.edits),
  };
}

/**
 * Rephrase-as-steps, disable-in-document and ignore-here actions, in that order (after the rewrites the
 * caller lists first). Rephrase-as-steps is a quick fix for a diagnostic whose block holds several
 * orders, and a refactoring for a cursor inside such a block when no diagnostic brought it.
 */
export function editorActions(request: EditorActionRequest): CodeAction[] {
  const text = request.document.getText();
  const flagged = flaggedDiagnostics(request);
  const severalOrders = blocksWithSeveralOrders(request.analysis.findings);
  const wantQuickFixes = kindRequested(request.only, CodeActionKind.QuickFix);
  const actions: CodeAction[] = [];

  const offered: OffsetRange[] = [];
  if (wantQuickFixes) {
    for (const block of severalOrders) {
      const inBlock = flagged.filter(({ finding }) => sameBlock(finding.block, block));
      if (inBlock.length === 0) continue;
      const action = stepsAction(request, block, CodeActionKind.QuickFix, inBlock.map(({ diagnostic }) => diagnostic));
      if (action) {
        actions.push(action);
        offered.push(block);
      }
    }
  }
  if (kindRequested(request.only, STEPS_KIND)) {
    const from = request.document.offsetAt(request.range.start);
    const to = request.document.offsetAt(request.range.end);
    for (const block of severalOrders) {
      if (offered.some((done) => sameBlock(done, block)) || to < block.start || from > block.end) continue;
      const action = stepsAction(request, block, STEPS_KIND, []);
      if (action) actions.push(action);
    }
  }
  if (!wantQuickFixes) return actions;

  const disabled = new Set<string>();
  for (const { diagnostic, finding } of flagged) {
    if (disabled.has(finding.ruleId)) continue;
    disabled.add(finding.ruleId);
    const change = disableInDocumentEdit(text, finding.ruleId);
    if (!change) continue;
    actions.push({
      title: EDITOR_ACTION_TEXT[finding.lang].disableInDocument(finding.ruleId),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: false,
      edit: edit(request, [change]),
    });
  }
  for (const { diagnostic, finding } of flagged) {
    actions.push({
      title: EDITOR_ACTION_TEXT[finding.lang].ignoreHere(finding.ruleId),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: false,
      edit: edit(request, [ignoreHereEdit(text, finding)]),
    });
  }
  return actions;
}
