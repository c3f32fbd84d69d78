// Checks documents and pushes their diagnostics. A check always analyses the document's text as it is
// when the check runs (after the settings arrive), so what it publishes is never older than the document.
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckOutcome, DocumentAnalyser } from './analysis.js';
import { BINARY_CODE, findingToDiagnostic, noticeDiagnostic, tooLargeDiagnostic, type RuleDocumentation } from './convert.js';
import { SERVER_TEXT } from './messages.js';
import type { SettingsCache } from './settings.js';

export class DiagnosticsPublisher {
  /** The version each document's current diagnostics (and the ranges in their `data`) were computed for. */
  private readonly publishedVersions = new Map<string, number>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsCache,
    private readonly analyser: DocumentAnalyser,
    private readonly documentation: RuleDocumentation,
  ) {}

  publishedVersion(uri: string): number | undefined {
    return this.publishedVersions.get(uri);
  }

  /** Runs one check; in onSave mode an unforced (typing) check does nothing. */
  async check(uri: string, forced: boolean): Promise<void> {
    if (!this.documents.get(uri)) return;
    const settings = await this.settings.get(uri);
    // Read the document again: it may have changed, or closed, while the settings were on their way.
    const document = this.documents.get(uri);
    if (!document) return;
    if (!forced && settings.run === 'onSave') {
      this.connection.console.debug(`typing check of ${uri} v${document.version} skipped: proposalTone.run is onSave`);
      return;
    }
    const started = performance.now();
    const outcome = this.analyser.check(document, settings);
    const last = this.publishedVersions.get(uri);
    if (last !== undefined && document.version < last) return;
    const diagnostics = this.diagnosticsOf(document, outcome);
    this.connection.console.debug(`checked ${uri} v${document.version}: ${outcome.kind}, ${diagnostics.length} diagnostic(s) in ${Math.round(performance.now() - started)} ms`);
    this.publishedVersions.set(uri, document.version);
    await this.connection.sendDiagnostics({ uri, version: document.version, diagnostics });
  }

  /** Removes a closed document's diagnostics. */
  async clear(uri: string): Promise<void> {
    this.publishedVersions.delete(uri);
    await this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private diagnosticsOf(document: TextDocument, outcome: CheckOutcome): Diagnostic[] {
    switch (outcome.kind) {
      case 'disabled':
        return [];
      case 'too-large':
        return [tooLargeDiagnostic(document, SERVER_TEXT[outcome.language].tooLarge(outcome.bytes, outcome.limit))];
      case 'binary':
        return [noticeDiagnostic(document, BINARY_CODE, SERVER_TEXT[outcome.language].binary(outcome.nulOffset))];
      case 'analysed':
        return outcome.result.findings.map((finding) => findingToDiagnostic(document, finding, this.documentation));
    }
  }
}
