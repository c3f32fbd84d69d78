// A status bar item with the number of findings in the Markdown document being edited, and their count
// per category in its tooltip; a click opens the report.
import * as vscode from 'vscode';
import { CATEGORY_TEXT } from '../../server/src/engine/rules/categories.js';
import { CATEGORIES } from '../../server/src/engine/types.js';
import { summaryOf } from './findings-summary.js';
import { isCheckedMarkdown } from './markdown-documents.js';
import { uiLanguage } from './ui-language.js';

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
    const { total, byCategory } = summaryOf(document.uri);
    this.item.text = `$(comment-discussion) ${total}`;
    const headline =
      total === 1
        ? vscode.l10n.t('Proposal Tone: 1 frontal phrasing in this document. Click for the report.')
        : vscode.l10n.t('Proposal Tone: {0} frontal phrasings in this document. Click for the report.', total);
    const labels = CATEGORY_TEXT[uiLanguage()];
    const perCategory = CATEGORIES.map((category) => vscode.l10n.t('{0}: {1}', labels[category].label, byCategory[category]));
    this.item.tooltip = [headline, '', ...perCategory].join('\n');
    this.item.show();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.item.dispose();
  }
}
