// A read-only Markdown report of a document's findings per category, served from a virtual document
// (its own URI scheme, so the checker does not analyse the report itself).
import * as vscode from 'vscode';
import { CATEGORY_TEXT } from '../../server/src/engine/rules/categories.js';
import { CATEGORIES } from '../../server/src/engine/types.js';
import { summaryOf } from './findings-summary.js';

export const REPORT_SCHEME = 'proposal-tone-report';

/** Category names follow the interface language (the report is part of the UI, not of the document). */
function uiLanguage(): 'fr' | 'en' {
  return vscode.env.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

export function reportMarkdown(source: vscode.Uri): string {
  const summary = summaryOf(source);
  const labels = CATEGORY_TEXT[uiLanguage()];
  const name = source.path.split('/').pop() || source.toString();
  const lines = [
    `# ${vscode.l10n.t('Proposal Tone report: {0}', escapeCell(name))}`,
    '',
    `| ${vscode.l10n.t('Category')} | ${vscode.l10n.t('Findings')} |`,
    '|---|---:|',
    ...CATEGORIES.map((category) => `| ${escapeCell(labels[category].label)} (\`${category}\`) | ${summary.byCategory[category]} |`),
    `| **${vscode.l10n.t('Total')}** | **${summary.total}** |`,
    '',
  ];
  return lines.join('\n');
}

export class ReportProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changes = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changes.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return reportMarkdown(vscode.Uri.parse(uri.query, true));
  }

  /** The report's URI for a document; it ends in .md so the editor treats it as Markdown. */
  reportUri(source: vscode.Uri): vscode.Uri {
    const name = source.path.split('/').pop() || 'document';
    return vscode.Uri.from({ scheme: REPORT_SCHEME, path: `/${name.replace(/\.md$/i, '')}.report.md`, query: source.toString() });
  }

  async show(source: vscode.Uri): Promise<void> {
    const uri = this.reportUri(source);
    // Already open reports are stale: recompute their content.
    this.changes.fire(uri);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { preview: true, preserveFocus: false, viewColumn: vscode.ViewColumn.Beside });
  }

  dispose(): void {
    this.changes.dispose();
  }
}
