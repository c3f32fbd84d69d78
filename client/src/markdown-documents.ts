// Which Markdown document the commands and the status bar are about: the active editor's when it is one
// we check, else the last such editor that was active (clicking the status bar or opening the report
// can move focus away from it).
import * as vscode from 'vscode';

export const CHECKED_SCHEMES: readonly string[] = ['file', 'untitled'];

export const DOCUMENT_SELECTOR: { scheme: string; language: string }[] = CHECKED_SCHEMES.map((scheme) => ({ scheme, language: 'markdown' }));

export function isCheckedMarkdown(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' && CHECKED_SCHEMES.includes(document.uri.scheme);
}

export class MarkdownDocumentTracker implements vscode.Disposable {
  private last: vscode.TextDocument | undefined;
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.remember(vscode.window.activeTextEditor);
    this.subscription = vscode.window.onDidChangeActiveTextEditor((editor) => this.remember(editor));
  }

  /** The Markdown document the user is working on, if any is still open. */
  current(): vscode.TextDocument | undefined {
    const active = vscode.window.activeTextEditor?.document;
    if (active && isCheckedMarkdown(active)) return active;
    if (this.last && !this.last.isClosed) return this.last;
    return undefined;
  }

  dispose(): void {
    this.subscription.dispose();
  }

  private remember(editor: vscode.TextEditor | undefined): void {
    if (editor && isCheckedMarkdown(editor.document)) this.last = editor.document;
  }
}
