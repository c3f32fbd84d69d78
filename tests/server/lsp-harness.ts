// A minimal LSP client for the protocol tests: spawns the built server (`node dist/server.js --stdio`),
// answers the requests a real editor answers (workspace/configuration, workspace/applyEdit), keeps each
// document's text so that edits from code actions can be applied, and lets tests wait for notifications
// with bounded timeouts instead of sleeping.
import { fork, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  ApplyWorkspaceEditRequest,
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  ExitNotification,
  InitializeRequest,
  InitializedNotification,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  IPCMessageReader,
  IPCMessageWriter,
  createMessageConnection,
  type ClientCapabilities,
  type InitializeResult,
  type LogMessageParams,
  type MessageConnection,
  type PublishDiagnosticsParams,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const SERVER_BUNDLE = path.join(ROOT, 'dist', 'server.js');
const DEFAULT_TIMEOUT_MS = 15_000;

function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    const stat = statSync(full);
    newest = Math.max(newest, stat.isDirectory() ? newestSourceTime(full) : stat.mtimeMs);
  }
  return newest;
}

/** Builds the bundles when dist/server.js is missing or older than the server's sources. */
export function ensureServerBuilt(): void {
  const sourcesTime = Math.max(newestSourceTime(path.join(ROOT, 'server', 'src')), statSync(path.join(ROOT, 'package.json')).mtimeMs);
  if (existsSync(SERVER_BUNDLE) && statSync(SERVER_BUNDLE).mtimeMs >= sourcesTime) return;
  const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
}

export function fileUri(name: string): string {
  return `file:///tmp/proposal-tone-protocol-tests/${name}`;
}

/** What the test's "editor" answers for `workspace/configuration`: the proposalTone section per URI. */
export type SettingsProvider = (scopeUri: string | undefined) => unknown;

export interface StartOptions {
  settings?: SettingsProvider;
  /** How to talk to the server: stdio (`--stdio`, the default) or node IPC (`--node-ipc`, what VS Code uses). */
  transport?: 'stdio' | 'ipc';
  /** Client capabilities; by default those of an editor with configuration, versioned edits and applyEdit. */
  capabilities?: ClientCapabilities;
  /** Sent as `initializationOptions` (e.g. `{ workspaceTrusted: false }`). */
  initializationOptions?: unknown;
  /** Node and V8 flags for the server process (what the client passes as `options.execArgv`); none by default. */
  execArgv?: string[];
  /** The server bundle to run; dist/server.js by default. */
  bundle?: string;
}

export const EDITOR_CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true }, didChangeConfiguration: { dynamicRegistration: false } },
  textDocument: {
    synchronization: { didSave: true, dynamicRegistration: false },
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    codeAction: {
      dataSupport: true,
      isPreferredSupport: true,
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
    },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
};

interface Waiter<T> {
  accept: (value: T) => boolean;
  resolve: (value: T) => void;
  reject: (error: Error) => void;
}

export class TestClient {
  readonly connection: MessageConnection;
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: LogMessageParams[] = [];
  /** URIs the server asked settings for, in order. */
  readonly configurationRequests: (string | undefined)[] = [];
  readonly documents = new Map<string, TextDocument>();
  initializeResult: InitializeResult | undefined;
  settings: SettingsProvider;
  /** Whether the test "editor" accepts workspace/applyEdit requests. */
  acceptEdits = true;
  private stderr = '';
  private stopping = false;
  private readonly diagnosticWaiters: Waiter<PublishDiagnosticsParams>[] = [];
  private readonly logWaiters: Waiter<LogMessageParams>[] = [];

  private constructor(
    private readonly child: ChildProcess,
    options: StartOptions,
  ) {
    this.settings = options.settings ?? (() => null);
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      this.stderr += chunk;
    });
    // A server that dies fails the waiting test at once, with its stderr, rather than after a timeout.
    child.once('exit', (code, signal) => {
      if (this.stopping) return;
      const error = new Error(`the server exited (code ${code}, signal ${signal}) while a test waited\nserver stderr: ${this.stderr}`);
      for (const waiter of [...this.diagnosticWaiters, ...this.logWaiters]) waiter.reject(error);
    });
    if (options.transport === 'ipc') {
      this.connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    } else {
      if (!child.stdout || !child.stdin) throw new Error('the server process has no stdio pipes');
      this.connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    }
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      this.notify(this.diagnosticWaiters, params);
    });
    this.connection.onNotification(LogMessageNotification.type, (params) => {
      this.logs.push(params);
      this.notify(this.logWaiters, params);
    });
    this.connection.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((item) => {
        this.configurationRequests.push(item.scopeUri);
        return this.settings(item.scopeUri);
      }),
    );
    this.connection.onRequest(ApplyWorkspaceEditRequest.type, async (params) => {
      if (!this.acceptEdits) return { applied: false, failureReason: 'refused by the test' };
      await this.applyWorkspaceEdit(params.edit);
      return { applied: true };
    });
    this.connection.listen();
  }

  static async start(options: StartOptions = {}): Promise<TestClient> {
    const bundle = options.bundle ?? SERVER_BUNDLE;
    const child =
      options.transport === 'ipc'
        ? fork(bundle, ['--node-ipc'], { cwd: ROOT, silent: true, execArgv: options.execArgv ?? [] })
        : spawn(process.execPath, [...(options.execArgv ?? []), bundle, '--stdio'], { cwd: ROOT, stdio: 'pipe' });
    const client = new TestClient(child, options);
    client.initializeResult = await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: options.capabilities ?? EDITOR_CAPABILITIES,
      locale: 'en',
      initializationOptions: options.initializationOptions,
    });
    await client.connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  get serverStderr(): string {
    return this.stderr;
  }

  get exitCode(): number | null {
    return this.child.exitCode;
  }

  text(uri: string): string {
    const document = this.documents.get(uri);
    if (!document) throw new Error(`${uri} is not open in the test client`);
    return document.getText();
  }

  version(uri: string): number {
    const document = this.documents.get(uri);
    if (!document) throw new Error(`${uri} is not open in the test client`);
    return document.version;
  }

  async open(uri: string, text: string): Promise<void> {
    const document = TextDocument.create(uri, 'markdown', 1, text);
    this.documents.set(uri, document);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'markdown', version: document.version, text },
    });
  }

  /** Applies edits to the client's copy and sends them as an incremental didChange; returns the new version. */
  async edit(uri: string, edits: TextEdit[]): Promise<number> {
    const document = this.documents.get(uri);
    if (!document) throw new Error(`${uri} is not open in the test client`);
    const version = document.version + 1;
    // Send the edits last first, so that each range still refers to the text the server holds.
    const changes = [...edits]
      .sort((a, b) => document.offsetAt(b.range.start) - document.offsetAt(a.range.start))
      .map((edit) => ({ range: edit.range, text: edit.newText }));
    this.documents.set(uri, TextDocument.update(document, changes, version));
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Replaces the whole text (a change without a range); returns the new version. */
  async replaceText(uri: string, text: string): Promise<number> {
    const document = this.documents.get(uri);
    if (!document) throw new Error(`${uri} is not open in the test client`);
    const version = document.version + 1;
    this.documents.set(uri, TextDocument.update(document, [{ text }], version));
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async configurationChanged(): Promise<void> {
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  /** Applies a WorkspaceEdit the way an editor does: refuses a versioned edit for another version. */
  async applyWorkspaceEdit(edit: WorkspaceEdit): Promise<void> {
    for (const change of edit.documentChanges ?? []) {
      if (!('textDocument' in change)) throw new Error('only text document edits are expected');
      const { uri, version } = change.textDocument;
      if (version !== null && version !== this.version(uri)) throw new Error(`edit for ${uri} v${version}, but the document is at v${this.version(uri)}`);
      await this.edit(uri, change.edits.filter((e): e is TextEdit => 'range' in e && 'newText' in e));
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) await this.edit(uri, edits);
  }

  /** The latest diagnostics published for `uri`, if any. */
  latest(uri: string): PublishDiagnosticsParams | undefined {
    return this.published.filter((p) => p.uri === uri).at(-1);
  }

  /**
   * Resolves with the first publication for `uri` that satisfies `accept`, among those received from
   * index `since` of `published` on (already received or to come).
   */
  waitForDiagnostics(
    uri: string,
    accept: (params: PublishDiagnosticsParams) => boolean,
    what: string,
    { since = 0, timeoutMs = DEFAULT_TIMEOUT_MS }: { since?: number; timeoutMs?: number } = {},
  ): Promise<PublishDiagnosticsParams> {
    const matches = (p: PublishDiagnosticsParams): boolean => p.uri === uri && accept(p);
    const already = this.published.slice(since).find(matches);
    if (already) return Promise.resolve(already);
    return this.wait(this.diagnosticWaiters, matches, `${what} for ${uri}`, timeoutMs, () =>
      this.published
        .filter((p) => p.uri === uri)
        .map((p) => `v${p.version}: ${p.diagnostics.map((d) => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}`).join(', ') || '(none)'}`)
        .join(' | '),
    );
  }

  /** Diagnostics published for exactly this version of the document. */
  diagnosticsForVersion(uri: string, version: number, since = 0): Promise<PublishDiagnosticsParams> {
    return this.waitForDiagnostics(uri, (p) => p.version === version, `diagnostics for v${version}`, { since });
  }

  waitForLog(accept: (params: LogMessageParams) => boolean, what: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<LogMessageParams> {
    const already = this.logs.find(accept);
    if (already) return Promise.resolve(already);
    return this.wait(this.logWaiters, accept, what, timeoutMs, () => this.logs.map((l) => l.message).join('\n'));
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.child.exitCode === null) {
      const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
      try {
        await this.connection.sendRequest(ShutdownRequest.type);
        await this.connection.sendNotification(ExitNotification.type);
      } catch {
        this.child.kill();
      }
      await exited;
    }
    this.connection.dispose();
  }

  private notify<T>(waiters: Waiter<T>[], value: T): void {
    for (const waiter of [...waiters]) {
      if (waiter.accept(value)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(value);
      }
    }
  }

  private wait<T>(waiters: Waiter<T>[], accept: (value: T) => boolean, what: string, timeoutMs: number, describe: () => string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        accept,
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        reject: (error) => {
          clearTimeout(timer);
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(error);
        },
      };
      const timer = setTimeout(() => {
        waiters.splice(waiters.indexOf(waiter), 1);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; received so far: ${describe() || '(nothing)'}\nserver stderr: ${this.stderr}`));
      }, timeoutMs);
      waiters.push(waiter);
    });
  }
}
