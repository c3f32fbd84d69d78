// The tone report of a Markdown document in a webview panel. The numbers come from the server
// (`proposalTone/report`), which answers from the analysis it already holds; the panel refreshes when
// the document's diagnostics change, and a click on a finding or a section reveals it in the editor.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CATEGORY_TEXT } from '../../server/src/engine/rules/categories.js';
import { CATEGORIES, type Category } from '../../server/src/engine/types.js';
import { REPORT_METHOD, type ReportResponse } from '../../server/src/lsp/report-protocol.js';
import { parseReportMessage, reportBodyHtml, reportPageHtml, type ReportStrings, type ReportView } from './report-html.js';
import { uiLanguage } from './ui-language.js';

/** The webview panel's type; the end-to-end tests look for a tab of this type. */
export const REPORT_VIEW_TYPE = 'proposalTone.report';

function reportStrings(): ReportStrings {
  return {
    title: (documentName) => vscode.l10n.t('Tone report: {0}', documentName),
    frontalPhrasings: vscode.l10n.t('Frontal phrasings'),
    wordsOfProse: vscode.l10n.t('Words of prose'),
    perThousandWords: vscode.l10n.t('Per 1,000 words'),
    suggestions: vscode.l10n.t('Suggestions'),
    orders: vscode.l10n.t('Orders'),
    balanceHeading: vscode.l10n.t('Suggestions versus orders'),
    moreSuggestions: vscode.l10n.t('More suggestions than orders: the proposal offers more than it imposes.'),
    moreOrders: vscode.l10n.t('More orders than suggestions: consider rephrasing some orders as steps.'),
    asManySuggestionsAsOrders: vscode.l10n.t('As many suggestions as orders.'),
    neitherSuggestionsNorOrders: vscode.l10n.t('Neither suggestions nor orders.'),
    chartTitle: vscode.l10n.t('Findings per category'),
    perCategory: vscode.l10n.t('Per category'),
    perSection: vscode.l10n.t('Per section'),
    category: vscode.l10n.t('Category'),
    findings: vscode.l10n.t('Findings'),
    total: vscode.l10n.t('Total'),
    section: vscode.l10n.t('Section'),
    beforeFirstHeading: vscode.l10n.t('Before the first heading'),
    everyFinding: vscode.l10n.t('Every finding'),
    line: (line) => vscode.l10n.t('Line {0}', line),
    noFindings: vscode.l10n.t('No frontal phrasing in this document.'),
    goToFinding: vscode.l10n.t('Go to the finding'),
    goToSection: vscode.l10n.t('Go to the section'),
    disabled: vscode.l10n.t('Checking is turned off for this document (proposalTone.enable).'),
    tooLarge: (limit) => vscode.l10n.t('This document is larger than proposalTone.maxFileSize ({0} bytes) and is not checked.', limit),
    binary: vscode.l10n.t('This document contains NUL characters: it is a binary file, not text, and is not checked.'),
    unknownDocument: vscode.l10n.t('The Proposal Tone server does not have this document open.'),
  };
}

function categoryLabels(): Record<Category, string> {
  const text = CATEGORY_TEXT[uiLanguage()];
  return Object.fromEntries(CATEGORIES.map((category) => [category, text[category].label])) as Record<Category, string>;
}

function documentName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.toString();
}

export class ReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private source: vscode.Uri | undefined;
  private shown: ReportResponse | undefined;
  /** The page has loaded and listens for refreshed content (set back when its page is replaced). */
  private pageReady = false;
  /** Bumped by every refresh, so that a slow answer never replaces a newer one. */
  private generation = 0;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient) {
    this.subscriptions.push(
      vscode.languages.onDidChangeDiagnostics((event) => {
        const source = this.source?.toString();
        if (this.panel && source && event.uris.some((uri) => uri.toString() === source)) void this.refresh();
      }),
    );
  }

  /** Opens the panel beside the editor (or brings it back) with the document's report. */
  async show(document: vscode.TextDocument): Promise<void> {
    this.source = document.uri;
    if (this.panel) {
      this.panel.reveal(undefined, true);
    } else {
      const panel = vscode.window.createWebviewPanel(
        REPORT_VIEW_TYPE,
        reportStrings().title(documentName(document.uri)),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: true, enableCommandUris: false, enableForms: false, localResourceRoots: [], enableFindWidget: true },
      );
      this.panel = panel;
      this.pageReady = false;
      panel.onDidDispose(() => {
        this.panel = undefined;
        this.shown = undefined;
        this.pageReady = false;
      });
      panel.onDidChangeViewState((event) => {
        // A hidden webview is torn down; shown again, it reloads its page, which may predate the last refresh.
        if (!event.webviewPanel.visible) this.pageReady = false;
        else void this.refresh();
      });
      panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message));
    }
    this.pageReady = false;
    await this.refresh();
  }

  private async refresh(): Promise<void> {
    const panel = this.panel;
    const source = this.source;
    if (!panel || !source) return;
    const generation = ++this.generation;
    let response: ReportView['response'];
    try {
      response = await this.client.sendRequest<ReportResponse>(REPORT_METHOD, { textDocument: { uri: this.client.code2ProtocolConverter.asUri(source) } });
    } catch (error) {
      response = { status: 'failed', message: vscode.l10n.t('The report could not be computed: {0}', error instanceof Error ? error.message : String(error)) };
    }
    if (generation !== this.generation || this.panel !== panel) return;
    this.shown = response.status === 'failed' ? undefined : response;
    const strings = reportStrings();
    const body = reportBodyHtml({ documentName: documentName(source), response, strings, categoryLabels: categoryLabels(), locale: vscode.env.language });
    panel.title = strings.title(documentName(source));
    if (this.pageReady && panel.visible) {
      // Swapping the content keeps the reader's scroll position, which replacing the page would lose.
      await panel.webview.postMessage({ type: 'render', html: body });
      return;
    }
    this.pageReady = false;
    panel.webview.html = reportPageHtml({
      body,
      title: strings.title(documentName(source)),
      nonce: randomBytes(18).toString('base64'),
      cspSource: panel.webview.cspSource,
      lang: uiLanguage(),
    });
  }

  private receive(value: unknown): void {
    const message = parseReportMessage(value);
    if (!message) return;
    if (message.type === 'ready') {
      this.pageReady = true;
      return;
    }
    const shown = this.shown;
    if (shown?.status !== 'analysed') return;
    const range =
      message.type === 'reveal-finding'
        ? shown.report.findings[message.index]?.range
        : (() => {
            const line = shown.report.sections[message.index]?.line;
            return line === undefined ? undefined : { start: { line, character: 0 }, end: { line, character: 0 } };
          })();
    if (!range) return;
    const target = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
    this.reveal(this.client.protocol2CodeConverter.asUri(shown.uri), target).catch((error: unknown) => {
      void vscode.window.showWarningMessage(vscode.l10n.t('Could not reveal the finding: {0}', error instanceof Error ? error.message : String(error)));
    });
  }

  /** Shows the range in the document's editor (the one already open, else the first column). */
  private async reveal(uri: vscode.Uri, range: vscode.Range): Promise<void> {
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri.toString());
    const document = visible?.document ?? (await vscode.workspace.openTextDocument(uri));
    const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, selection: range, preserveFocus: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.panel?.dispose();
  }
}
