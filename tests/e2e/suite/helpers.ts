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

/** The document's version and the start of its text, when it is open: what a timed-out wait was looking at. */
function describeDocumentAt(uri: vscode.Uri): string {
  const document = vscode.workspace.textDocuments.find((open) => open.uri.toString() === uri.toString());
  if (!document) return 'the document is not open';
  const text = document.getText();
  const shown = text.length > 160 ? `${text.slice(0, 160)}…` : text;
  return `the document is at version ${document.version}, text ${JSON.stringify(shown)}`;
}

/**
 * Resolves with the document's proposal-tone diagnostics as soon as they satisfy `accept`, checking now
 * and on every diagnostics change of that document; rejects after a bounded time, saying what the
 * diagnostics and the document's text were then (diagnostics that look stale may be right for the text).
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
              `diagnostics now: ${describeDiagnostics(proposalToneDiagnostics(uri))}; ${describeDocumentAt(uri)}`,
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

/** How many documents openUnsavedProposal has opened in this run: each gets a URI of its own. */
let unsavedProposals = 0;

/**
 * Opens a new untitled Markdown document holding `content`, under a URI no other document of this run has
 * had (`untitled:<workspace>/<name>-<n>.md`), and shows it. Nothing is written to disk, so no file
 * watcher can reload it under the test.
 *
 * Not `openTextDocument({ language, content })`: VS Code names such documents `Untitled-N` with the lowest
 * free N, so a test's document gets the name of the previous test's document just closed; and it fills a
 * new untitled document from the backup of its URI, if there is one, rather than from `content`. The
 * backup of the document just reverted is sometimes still there (4 new documents in 15 opened with the
 * previous one's text in a probe): the diagnostics then rightly showed the previous test's text, and a
 * wait for this test's findings timed out.
 */
export async function openUnsavedProposal(name: string, content: string): Promise<vscode.TextDocument> {
  unsavedProposals += 1;
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `${workspaceRoot().path}/${name}-${unsavedProposals}.md` });
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: false });
  if (document.getText() !== '') throw new Error(`${uri.toString()} opened with a text of its own: ${JSON.stringify(document.getText())}`);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(0, 0), content);
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`could not write the test's text into ${uri.toString()}`);
  if (document.getText() !== content) throw new Error(`${uri.toString()} holds ${JSON.stringify(document.getText())} instead of the test's text`);
  return document;
}

/** Untitled documents opened by openUntitledMarkdown and not closed yet. */
const untitledMarkdown: vscode.TextDocument[] = [];

/**
 * Opens `content` as VS Code's own untitled Markdown (`untitled:Untitled-N`), the way a user's new file
 * is. The document stays open until closeUntitledMarkdown(): while it is open no other untitled document
 * gets its name, so none can be filled from the backup of a document closed under that name (see
 * openUnsavedProposal). Fails at once if VS Code did fill it with another text.
 */
export async function openUntitledMarkdown(content: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  untitledMarkdown.push(document);
  await vscode.window.showTextDocument(document, { preview: false });
  if (document.getText() !== content) {
    throw new Error(`${document.uri.toString()} opened with ${JSON.stringify(document.getText())} instead of the test's text (restored from a backup of that name?)`);
  }
  return document;
}

/** Closes a document's editor without a save prompt (a dialog would block the workbench for the next tests). */
export async function closeWithoutSaving(document: vscode.TextDocument): Promise<void> {
  if (document.isClosed) return;
  await vscode.window.showTextDocument(document, { preview: false });
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

/** Closes, without saving, every document openUntitledMarkdown opened. */
export async function closeUntitledMarkdown(): Promise<void> {
  for (const document of untitledMarkdown.splice(0)) await closeWithoutSaving(document);
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
