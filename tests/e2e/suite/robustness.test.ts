// Crash recovery in a real VS Code: the language server process is killed outright (SIGKILL, no chance
// to say goodbye); the client restarts it on its own and diagnostics come back, for a document that was
// open before the crash and for an edit made after it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, describeDiagnostics, openNewProposal, ruleIdOf, waitForDiagnostics, waitForRule } from './helpers';
// Bundled into the suite when it is built: the flags the client must start the server with.
import serverV8Flags from '../../../server/v8-flags.json';

/** What the extension's activate() returns (client/src/extension.ts). */
interface ExtensionApi {
  client: {
    sendRequest<R>(method: string, params: unknown): Promise<R>;
    onDidChangeState(listener: (event: { oldState: number; newState: number }) => void): vscode.Disposable;
    readonly state: number;
  };
  ready: Promise<void>;
}

/** vscode-languageclient's State.Running. */
const RUNNING = 2;
const RESTART_TIMEOUT_MS = 60_000;

interface ServerInfo {
  pid: number;
  workspaceTrusted: boolean;
  execArgv: string[];
}

/** Every V8 flag of server/v8-flags.json is on the server's command line (the debug mode adds its own). */
function assertServerV8Flags(info: ServerInfo, which: string): void {
  for (const flag of serverV8Flags.execArgv) assert.ok(info.execArgv.includes(flag), `the ${which} server runs with ${flag} (execArgv: ${info.execArgv.join(' ')})`);
}

async function extensionApi(): Promise<ExtensionApi> {
  const extension = vscode.extensions.getExtension<ExtensionApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is installed`);
  const api = await extension.activate();
  await api.ready;
  return api;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Resolves once the client has gone through a stop and is running again (a restart), or rejects in time. */
function nextRestart(api: ExtensionApi): Promise<void> {
  return new Promise((resolve, reject) => {
    let left = false;
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`the client did not restart the server within ${RESTART_TIMEOUT_MS} ms (state ${api.client.state})`));
    }, RESTART_TIMEOUT_MS);
    const subscription = api.client.onDidChangeState(({ newState }) => {
      if (newState !== RUNNING) left = true;
      else if (left) {
        clearTimeout(timer);
        subscription.dispose();
        resolve();
      }
    });
  });
}

suite('Robustness: the server process dies', () => {
  test('SIGKILL on the server: the client restarts it and diagnostics come back', async () => {
    const api = await extensionApi();
    const document = await openNewProposal('crash-recovery.md', '# Plan\n\nYou must migrate to the cloud.\n');
    await waitForRule(document.uri, 'imposition/you-must');

    const before = await api.client.sendRequest<ServerInfo>('proposalTone/serverInfo', null);
    assert.ok(Number.isInteger(before.pid) && before.pid !== process.pid, `the server runs in its own process (pid ${before.pid})`);
    assert.ok(isAlive(before.pid), 'the reported process exists');
    assertServerV8Flags(before, 'first');

    const restarted = nextRestart(api);
    process.kill(before.pid, 'SIGKILL');
    await restarted;
    const after = await api.client.sendRequest<ServerInfo>('proposalTone/serverInfo', null);
    assert.notEqual(after.pid, before.pid, 'a new server process');
    assert.equal(isAlive(before.pid), false, 'the killed process is gone');
    assert.equal(after.workspaceTrusted, vscode.workspace.isTrusted, 'the new server was told the workspace trust again');
    assertServerV8Flags(after, 'restarted');

    // The document open before the crash is checked again by the new server...
    await waitForRule(document.uri, 'imposition/you-must');
    // ...and so is what is typed after it.
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    const end = document.lineAt(document.lineCount - 1).range.end;
    assert.equal(await editor.edit((edit) => edit.insert(end, '\nYour plan is flawed.\n')), true);
    const diagnostics = await waitForDiagnostics(
      document.uri,
      (all) => all.some((d) => ruleIdOf(d) === 'rejet/flawed') && all.some((d) => ruleIdOf(d) === 'imposition/you-must'),
      'both findings after the restart',
    );
    assert.equal(diagnostics.length, 2, describeDiagnostics(diagnostics));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
