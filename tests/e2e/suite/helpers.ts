// Helpers for the end-to-end suite. They use only the `vscode` API so that the suite runs unchanged in
// code-server and in a desktop VS Code started by @vscode/test-electron.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'proposal-tone.proposal-tone';
export const DIAGNOSTIC_SOURCE = 'proposal-tone';
export const CONFIGURATION_SECTION = 'proposalTone';

/** The first analysis waits for the language server to start: seconds on an idle 2-core machine, far more on a busy one. */
const DIAGNOSTICS_TIMEOUT_MS = 60_000;
/** The first code-action request right after diagnostics arrive is sometimes cancelled: ask again. */
const CODE_ACTION_ATTEMPTS = 8;

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the end-to-end suite needs a workspace folder (the fixture copy)');
  return folder.uri;
}

export function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function proposalToneDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
}

export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return '(none)';
  return diagnostics
    .map((d) => {
      const { start, end } = d.range;
      return `${ruleIdOf(d)} ${vscode.DiagnosticSeverity[d.severity]} ${start.line}:${start.character}-${end.line}:${end.character} "${d.message}"`;
    })
    .join('; ');
}

/**
 * Resolves with the document's proposal-tone diagnostics as soon as they satisfy `accept`, checking now
 * and on every diagnostics change of that document; rejects after a bounded time.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  expectation: string,
  timeoutMs = DIAGNOSTICS_TIMEOUT_MS,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const subscriptions: vscode.Disposable[] = [];
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      for (const subscription of subscriptions) subscription.dispose();
      outcome();
    };
    const check = (): void => {
      const diagnostics = proposalToneDiagnostics(uri);
      if (accept(diagnostics)) settle(() => resolve(diagnostics));
    };
    const timer = setTimeout(() => {
      settle(() =>
        reject(
          new Error(
            `timed out after ${timeoutMs} ms waiting for ${expectation} in ${uri.toString()}; ` +
              `diagnostics now: ${describeDiagnostics(proposalToneDiagnostics(uri))}`,
          ),
        ),
      );
    }, timeoutMs);
    subscriptions.push(
      vscode.languages.onDidChangeDiagnostics((event) => {
        if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
      }),
    );
    check();
  });
}

export function waitForRule(uri: vscode.Uri, ruleId: string): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(uri, (diagnostics) => diagnostics.some((d) => ruleIdOf(d) === ruleId), `a ${ruleId} diagnostic`);
}

/** Range of the `occurrence`-th (0-based) appearance of `text` in the document. */
export function rangeOfText(document: vscode.TextDocument, text: string, occurrence = 0): vscode.Range {
  const content = document.getText();
  let offset = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) {
    offset = content.indexOf(text, offset + 1);
    if (offset < 0) throw new Error(`"${text}" occurs fewer than ${occurrence + 1} time(s) in ${document.uri.toString()}`);
  }
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + text.length));
}

/** Ranges of the fenced code blocks (``` or ~~~ fences), fences included. */
export function fencedCodeBlockRanges(document: vscode.TextDocument): vscode.Range[] {
  const ranges: vscode.Range[] = [];
  let openingLine: number | undefined;
  let fence = '';
  for (let line = 0; line < document.lineCount; line += 1) {
    const text = document.lineAt(line).text;
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (openingLine === undefined && marker) {
      openingLine = line;
      fence = marker;
    } else if (openingLine !== undefined && marker && marker[0] === fence[0] && marker.length >= fence.length && text.trim() === marker) {
      ranges.push(new vscode.Range(openingLine, 0, line, text.length));
      openingLine = undefined;
    }
  }
  return ranges;
}

function isCodeAction(item: vscode.CodeAction | vscode.Command): item is vscode.CodeAction {
  return typeof (item as vscode.Command).command !== 'string';
}

function editTouchesOnly(edit: vscode.WorkspaceEdit, uri: vscode.Uri): boolean {
  const entries = edit.entries();
  return entries.length > 0 && entries.every(([target]) => target.toString() === uri.toString());
}

/**
 * The proposal-tone quick fixes offered for a diagnostic, in the order VS Code lists them. Asks again a
 * bounded number of times, waiting a little longer each time, while the answer is empty.
 */
export async function quickFixesFor(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const ruleId = ruleIdOf(diagnostic);
  let lastAnswer = '(no answer)';
  for (let attempt = 1; attempt <= CODE_ACTION_ATTEMPTS; attempt += 1) {
    const items = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[] | undefined>(
      'vscode.executeCodeActionProvider',
      document.uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
      // Resolve lazily computed edits (codeAction/resolve) for up to this many actions.
      20,
    );
    const fixes = (items ?? [])
      .filter(isCodeAction)
      .filter((action) => action.edit !== undefined && editTouchesOnly(action.edit, document.uri))
      .filter(
        (action) =>
          action.diagnostics === undefined ||
          action.diagnostics.length === 0 ||
          action.diagnostics.some((d) => d.source === DIAGNOSTIC_SOURCE && ruleIdOf(d) === ruleId),
      );
    if (fixes.length > 0) return fixes;
    lastAnswer = (items ?? []).map((item) => item.title).join(' | ') || '(empty)';
    await new Promise((resolve) => setTimeout(resolve, 150 * attempt));
  }
  throw new Error(`no quick fix for ${ruleId} after ${CODE_ACTION_ATTEMPTS} requests; last answer: ${lastAnswer}`);
}

/** Writes a new Markdown file into the workspace copy and opens it, so that a test owns its document. */
export async function openNewProposal(fileName: string, content: string): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), fileName);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

export async function readWorkspaceFile(fileName: string): Promise<string> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceRoot(), fileName));
  return new TextDecoder().decode(bytes);
}

const FRENCH_FUNCTION_WORDS = new Set(
  'le la les l de des du d un une vous nous est et à en que qui qu pour par sur ce cette ces au aux ne pas plutôt ou se son sa ses il elle'.split(' '),
);
const ENGLISH_FUNCTION_WORDS = new Set(
  'the an of to you we is are and in that for this it not be as rather with your or its by from can could'.split(' '),
);

/** Which language a short message is written in, judged by its function words. */
export function messageLanguage(message: string): 'fr' | 'en' | 'undecided' {
  const words = message.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  const french = words.filter((word) => FRENCH_FUNCTION_WORDS.has(word)).length;
  const english = words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word)).length;
  if (french > english) return 'fr';
  if (english > french) return 'en';
  return 'undecided';
}

/** Sets a proposalTone setting in the workspace (the per-run copy), or removes it with `undefined`. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration(CONFIGURATION_SECTION).update(key, value, vscode.ConfigurationTarget.Workspace);
}
