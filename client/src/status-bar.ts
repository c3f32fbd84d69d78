// A status bar item with the number of findings in the Markdown document being edited; a click opens
// the report.
import * as vscode from 'vscode';
import { summaryOf } from './findings-summary.js';
import { isCheckedMarkdown } from './markdown-documents.js';

export const SHOW_REPORT_COMMAND = 'proposalTone.showReport';

export class FindingsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('proposalTone.findings', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    this.item.name = vscode.l10n.t('Proposal Tone findings');
    this.item.command = SHOW_REPORT_COMMAND;
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && event.uris.some((uri) => uri.toString() === active)) this.refresh();
      }),
    );
    this.refresh();
  }

  refresh(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isCheckedMarkdown(document)) {
      this.item.hide();
      return;
    }
    const { total } = summaryOf(document.uri);
    this.item.text = `$(comment-discussion) ${total}`;
    this.item.tooltip =
      total === 1
        ? vscode.l10n.t('Proposal Tone: 1 frontal phrasing in this document. Click for the report.')
        : vscode.l10n.t('Proposal Tone: {0} frontal phrasings in this document. Click for the report.', total);
    this.item.show();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.item.dispose();
  }
}
