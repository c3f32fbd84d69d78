// The VS Code side: starts the language server (dist/server.js over node IPC), and adds the commands,
// the output channel and the status bar item. Checking itself happens in the server.
import * as vscode from 'vscode';
import { ExecuteCommandRequest, LanguageClient, State } from 'vscode-languageclient/node';
import type { LanguageClientOptions } from 'vscode-languageclient/node';
import { MarkdownDocumentTracker, DOCUMENT_SELECTOR } from './markdown-documents.js';
import { ReportPanel } from './report.js';
import { RestartPolicy } from './restart-policy.js';
import { serverOptionsFor } from './server-options.js';
import { FindingsStatusBar, SHOW_REPORT_COMMAND } from './status-bar.js';

/** What `activate` returns, for the end-to-end tests. */
export interface ProposalToneApi {
  client: LanguageClient;
  /** Settles once the first start of the server has completed (rejects if it failed). */
  ready: Promise<void>;
}

const OUTPUT_CHANNEL_NAME = 'Proposal Tone';
/** The server command that applies every preferred rewrite of a document (see server/src/lsp/commands.ts). */
const SERVER_FIX_ALL_COMMAND = 'proposalTone.applyFixAll';
/** The server reads open buffers of project configuration files before the disk (server/src/lsp/project-config.ts). */
const CONFIG_FILE_SELECTOR = { scheme: 'file', pattern: '**/.proposal-tone.json' };
/** Tells the server it may now read project configuration files. */
const WORKSPACE_TRUSTED_NOTIFICATION = 'proposalTone/workspaceTrusted';
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 3 * 60_000;

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): ProposalToneApi {
  const output = vscode.window.createOutputChannel(OUTPUT_CHANNEL_NAME, { log: true });
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions = serverOptionsFor(serverModule);

  const restartPolicy = new RestartPolicy(MAX_RESTARTS, RESTART_WINDOW_MS, (restarts, windowMs) => {
    const showOutput = vscode.l10n.t('Show output');
    void vscode.window
      .showErrorMessage(
        vscode.l10n.t(
          'The Proposal Tone server crashed {0} times in {1} minutes and will not be restarted. Run "Proposal Tone: Restart server" once the cause is fixed.',
          restarts,
          Math.round(windowMs / 60_000),
        ),
        showOutput,
      )
      .then((choice) => {
        if (choice === showOutput) output.show(true);
      });
  });

  const clientOptions: LanguageClientOptions = {
    documentSelector: [...DOCUMENT_SELECTOR, CONFIG_FILE_SELECTOR],
    // A function, so that a restart after a crash or after trust was granted says the current state.
    initializationOptions: () => ({ workspaceTrusted: vscode.workspace.isTrusted }),
    synchronize: { configurationSection: 'proposalTone' },
    outputChannel: output,
    errorHandler: restartPolicy,
  };
  const languageClient = new LanguageClient('proposalTone', OUTPUT_CHANNEL_NAME, serverOptions, clientOptions);
  client = languageClient;

  const tracker = new MarkdownDocumentTracker();
  const reports = new ReportPanel(languageClient);
  const statusBar = new FindingsStatusBar();

  const ready = languageClient.start();
  ready.catch((error: unknown) => output.error(`The server did not start: ${error instanceof Error ? error.message : String(error)}`));

  async function fixAllInActiveDocument(): Promise<void> {
    const document = tracker.current();
    if (!document) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown document to rephrase its frontal wording.'));
      return;
    }
    // A command run while the server starts waits for it rather than failing.
    if (languageClient.state === State.Starting) await ready.catch(() => undefined);
    if (languageClient.state !== State.Running) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The Proposal Tone server is not running.'));
      return;
    }
    const result: unknown = await languageClient.sendRequest(ExecuteCommandRequest.type, {
      command: SERVER_FIX_ALL_COMMAND,
      arguments: [languageClient.code2ProtocolConverter.asUri(document.uri)],
    });
    const applied = typeof result === 'object' && result !== null && typeof (result as { applied?: unknown }).applied === 'number' ? (result as { applied: number }).applied : 0;
    const message =
      applied === 0
        ? vscode.l10n.t('Nothing to rephrase.')
        : applied === 1
          ? vscode.l10n.t('1 phrasing rephrased.')
          : vscode.l10n.t('{0} phrasings rephrased.', applied);
    void vscode.window.showInformationMessage(message);
  }

  async function showReport(): Promise<void> {
    const document = tracker.current();
    if (!document) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown document to see its Proposal Tone report.'));
      return;
    }
    if (languageClient.state === State.Starting) await ready.catch(() => undefined);
    if (languageClient.state !== State.Running) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The Proposal Tone server is not running.'));
      return;
    }
    await reports.show(document);
  }

  context.subscriptions.push(
    output,
    tracker,
    reports,
    statusBar,
    vscode.commands.registerCommand('proposalTone.restartServer', async () => {
      restartPolicy.reset();
      await languageClient.restart();
    }),
    vscode.commands.registerCommand('proposalTone.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('proposalTone.fixAll', fixAllInActiveDocument),
    vscode.commands.registerCommand(SHOW_REPORT_COMMAND, showReport),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      if (languageClient.state === State.Stopped) return;
      languageClient
        .sendNotification(WORKSPACE_TRUSTED_NOTIFICATION)
        .catch((error: unknown) => output.error(`Telling the server the workspace is trusted failed: ${error instanceof Error ? error.message : String(error)}`));
    }),
  );

  return { client: languageClient, ready };
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  if (running && running.state !== State.Stopped) await running.stop();
}
