// Wires the language server's parts to a connection: document sync, scheduled checks, settings, code
// actions, hover and the fix-all command.
import { CodeActionKind, TextDocumentSyncKind, TextDocuments } from 'vscode-languageserver/node';
import type { CodeAction, Connection, Hover, InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentAnalyser, type CheckOutcome } from './analysis.js';
import { FIX_ALL_KIND, fixAllAction, fixAllEdit, kindRequested, quickFixes } from './code-actions.js';
import { APPLY_FIX_ALL_COMMAND, SERVER_COMMANDS, documentUriArgument, type ApplyFixAllResult } from './commands.js';
import { RuleDocumentation } from './convert.js';
import { DiagnosticsPublisher } from './diagnostics.js';
import { STEPS_KIND, editorActions } from './editor-actions.js';
import { describeError, guarded } from './guard.js';
import { hoverAt } from './hover.js';
import { REPORT_METHOD, type ReportResponse } from './report-protocol.js';
import { UNKNOWN_DOCUMENT, reportResponse, reportedUri } from './report-request.js';
import { ProjectConfiguration, isConfigFileUri } from './project-config.js';
import { SERVER_TEXT } from './messages.js';
import { CheckScheduler, TYPING_DEBOUNCE_MS } from './scheduler.js';
import { SERVER_INFO_REQUEST, serverInfo } from './server-info.js';
import { SETTINGS_SECTION, SettingsCache, type ProposalToneSettings } from './settings.js';
import { documentEdit } from './workspace-edit.js';

export interface LanguageServerOptions {
  /** Folder of the rule pages (`docs/rules`), which diagnostics link to. */
  rulesDirectory: string;
  serverInfo: { name: string; version: string };
}

interface DocumentState {
  document: TextDocument;
  settings: ProposalToneSettings;
  outcome: CheckOutcome;
}

export function startLanguageServer(connection: Connection, options: LanguageServerOptions): void {
  const logger = connection.console;
  const documents = new TextDocuments(TextDocument);
  const projectConfig = new ProjectConfiguration(connection, documents, {
    recheckAll: () => {
      for (const document of documents.all()) scheduler.schedule(document.uri, true, 0);
    },
  });
  const analyser = new DocumentAnalyser(projectConfig);
  const documentation = new RuleDocumentation(options.rulesDirectory);
  /** Documents checked at least once since they opened: their next change is typing, not opening. */
  const seen = new Set<string>();
  let versionedEdits = false;
  let clientAppliesEdits = false;
  let settings = new SettingsCache(undefined, () => undefined);
  let publisher = new DiagnosticsPublisher(connection, documents, settings, analyser, documentation);
  const scheduler = new CheckScheduler(
    // Configuration files are synchronised for their buffers; their diagnostics are project-config's.
    (uri, forced) => (isConfigFileUri(uri) ? Promise.resolve() : publisher.check(uri, forced)),
    (uri, error) => logger.error(`checking ${uri} failed: ${describeError(error)}`),
  );

  /** The document's current version, its settings and what checking it gives; undefined once closed. */
  async function stateOf(uri: string): Promise<DocumentState | undefined> {
    if (!documents.get(uri)) return undefined;
    const documentSettings = await settings.get(uri);
    const document = documents.get(uri);
    if (!document) return undefined;
    return { document, settings: documentSettings, outcome: analyser.check(document, documentSettings) };
  }

  connection.onInitialize((params): InitializeResult => {
    const workspace = params.capabilities.workspace;
    versionedEdits = workspace?.workspaceEdit?.documentChanges === true;
    clientAppliesEdits = workspace?.applyEdit === true;
    projectConfig.initialize(params.initializationOptions, params.capabilities);
    const fetch =
      workspace?.configuration === true
        ? (uri: string): Promise<unknown> => connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION })
        : undefined;
    settings = new SettingsCache(fetch, (uri, error) => logger.error(`reading settings for ${uri} failed: ${describeError(error)}`));
    publisher = new DiagnosticsPublisher(connection, documents, settings, analyser, documentation);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, STEPS_KIND, FIX_ALL_KIND], resolveProvider: false },
        hoverProvider: true,
        executeCommandProvider: { commands: [...SERVER_COMMANDS] },
      },
      serverInfo: options.serverInfo,
    };
  });

  connection.onInitialized(() => {
    projectConfig.startWatching();
    logger.info(`${options.serverInfo.name} ${options.serverInfo.version} ready; rule pages in ${options.rulesDirectory}`);
  });

  documents.onDidChangeContent((event) => {
    const uri = event.document.uri;
    const opening = !seen.has(uri);
    seen.add(uri);
    scheduler.schedule(uri, opening, opening ? 0 : TYPING_DEBOUNCE_MS);
  });

  documents.onDidSave((event) => scheduler.schedule(event.document.uri, true, 0));

  documents.onDidClose((event) => {
    const uri = event.document.uri;
    seen.delete(uri);
    scheduler.cancel(uri);
    analyser.forget(uri);
    settings.forget(uri);
    publisher.clear(uri).catch((error: unknown) => logger.error(`clearing diagnostics of ${uri} failed: ${describeError(error)}`));
  });

  connection.onDidChangeConfiguration(() => {
    settings.clear();
    analyser.clear();
    for (const document of documents.all()) scheduler.schedule(document.uri, true, 0);
  });

  connection.onCodeAction(
    guarded(logger, 'textDocument/codeAction', [] as CodeAction[], async (params) => {
      const uri = params.textDocument.uri;
      const document = documents.get(uri);
      if (!document) return [];
      const only = params.context.only;
      const actions: CodeAction[] = [];
      if (kindRequested(only, CodeActionKind.QuickFix)) {
        // The ranges in a diagnostic's data belong to the version it was published for.
        const version = publisher.publishedVersion(uri) ?? document.version;
        actions.push(...quickFixes(params.context.diagnostics, { uri, version, versioned: versionedEdits }));
      }
      if (kindRequested(only, CodeActionKind.QuickFix) || kindRequested(only, STEPS_KIND)) {
        const state = await stateOf(uri);
        if (state?.outcome.kind === 'analysed') {
          const { diagnostics } = params.context;
          actions.push(...editorActions({ document: state.document, analysis: state.outcome.result, diagnostics, range: params.range, only, versioned: versionedEdits }));
        }
      }
      // Rewriting the whole document is only worth it when asked for by kind (menu or codeActionsOnSave).
      if (only && kindRequested(only, FIX_ALL_KIND)) {
        const state = await stateOf(uri);
        if (state?.outcome.kind === 'analysed') {
          const action = fixAllAction(state.document, state.outcome.result, state.outcome.options, versionedEdits);
          if (action) actions.push(action);
        }
      }
      return actions;
    }),
  );

  connection.onHover(
    guarded(logger, 'textDocument/hover', null as Hover | null, async (params) => {
      const state = await stateOf(params.textDocument.uri);
      if (state?.outcome.kind !== 'analysed') return null;
      return hoverAt(state.document, state.outcome.result, params.position);
    }),
  );

  connection.onExecuteCommand(
    guarded(logger, 'workspace/executeCommand', null as ApplyFixAllResult | null, async (params) => {
      if (params.command !== APPLY_FIX_ALL_COMMAND) {
        logger.warn(`unknown command ${params.command}`);
        return null;
      }
      const nothing: ApplyFixAllResult = { applied: 0 };
      const uri = documentUriArgument(params.arguments);
      if (!uri) {
        logger.warn(`${APPLY_FIX_ALL_COMMAND} needs a document URI as its argument`);
        return nothing;
      }
      if (!clientAppliesEdits) {
        logger.warn(`${APPLY_FIX_ALL_COMMAND}: the client does not accept workspace/applyEdit`);
        return nothing;
      }
      const state = await stateOf(uri);
      if (!state) {
        logger.warn(`${APPLY_FIX_ALL_COMMAND}: ${uri} is not open`);
        return nothing;
      }
      if (state.outcome.kind !== 'analysed') return nothing;
      const fix = fixAllEdit(state.document, state.outcome.options);
      if (!fix) return nothing;
      const response = await connection.workspace.applyEdit({
        label: SERVER_TEXT[state.outcome.result.language].fixAllEditLabel,
        edit: documentEdit(uri, state.document.version, fix.edits, versionedEdits),
      });
      if (!response.applied) logger.warn(`${APPLY_FIX_ALL_COMMAND}: the client did not apply the edit (${response.failureReason ?? 'no reason given'})`);
      return { applied: response.applied ? fix.applied : 0 };
    }),
  );

  connection.onRequest(SERVER_INFO_REQUEST, (params) =>
    serverInfo(params, {
      workspaceTrusted: projectConfig.workspaceTrusted,
      openDocuments: documents.all().length,
      cachedAnalyses: analyser.cachedDocuments,
      configBuffers: projectConfig.openConfigBuffers,
      analysisStats: analyser.analysisStats,
    }),
  );

  connection.onRequest(
    REPORT_METHOD,
    guarded(logger, REPORT_METHOD, UNKNOWN_DOCUMENT as ReportResponse, async (params: unknown) => {
      const uri = reportedUri(params);
      return reportResponse(uri === undefined ? undefined : await stateOf(uri));
    }),
  );

  connection.onShutdown(() => {
    scheduler.cancelAll();
    projectConfig.dispose();
  });

  documents.listen(connection);
  connection.listen();
}
