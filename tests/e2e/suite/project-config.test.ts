// The project configuration (.proposal-tone.json) in a real VS Code, trusted or not. The same tests run in
// the normal (trusted) run, where the file applies and a broken one is reported on the file, and in the
// Restricted Mode run (`PROPOSAL_TONE_E2E_TRUST=untrusted`, scripts/e2e/run-code-server.mjs), where the
// workspace's project files must have no effect at all — as package.json's untrustedWorkspaces declares.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, describeDiagnostics, proposalToneDiagnostics, ruleIdOf, waitForDiagnostics, workspaceRoot } from './helpers';

const TEAM_CONFIG = {
  disabledRules: ['imposition/you-must'],
  rules: [
    {
      id: 'imposition/without-delay',
      lang: 'en',
      category: 'imposition',
      patterns: ['without delay'],
      message: '{phrase} reads as an order: suggest a timeline instead.',
      alternatives: ['at a pace that suits you'],
    },
  ],
};
const PROPOSAL = '# Plan\n\nYou must migrate to the cloud.\n\nPlease sign the contract without delay.\n\nYour plan is flawed.\n';
const BROKEN_CONFIG = '{\n  "severity": { "imposition": "loud" }\n}\n';

interface ExtensionApi {
  client: { sendRequest<R>(method: string, params: unknown): Promise<R> };
  ready: Promise<void>;
}

async function writeWorkspaceFile(relativePath: string, content: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), relativePath);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  return uri;
}

async function openProposal(relativePath: string, content: string): Promise<vscode.TextDocument> {
  const uri = await writeWorkspaceFile(relativePath, content);
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

function rules(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map((d) => ruleIdOf(d) ?? '?').sort();
}

suite(`Project configuration (${vscode.workspace.isTrusted ? 'trusted workspace' : 'Restricted Mode'})`, () => {
  const trusted = vscode.workspace.isTrusted;

  suiteSetup(async () => {
    const extension = vscode.extensions.getExtension<ExtensionApi>(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is installed`);
    const api = await extension.activate();
    await api.ready;
    // The server holds the same view of trust as the workbench: that is what decides whether it reads the file.
    const info = await api.client.sendRequest<{ workspaceTrusted: boolean }>('proposalTone/serverInfo', null);
    assert.equal(info.workspaceTrusted, trusted, 'the server was told whether the workspace is trusted');
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test(trusted ? 'a team file disables a rule and adds a phrase' : 'a team file in the workspace has no effect', async () => {
    await writeWorkspaceFile('team/.proposal-tone.json', JSON.stringify(TEAM_CONFIG, null, 2));
    const document = await openProposal('team/proposal.md', PROPOSAL);
    // Every publication covers the whole document: once `rejet/flawed` is there, the rest is decided too.
    const diagnostics = await waitForDiagnostics(document.uri, (all) => all.some((d) => ruleIdOf(d) === 'rejet/flawed'), 'a check of the proposal');
    if (trusted) {
      assert.deepEqual(rules(diagnostics), ['imposition/without-delay', 'rejet/flawed'], describeDiagnostics(diagnostics));
    } else {
      assert.deepEqual(rules(diagnostics), ['imposition/you-must', 'rejet/flawed'], `built-in rules only: ${describeDiagnostics(diagnostics)}`);
    }
  });

  test(trusted ? 'a broken team file is reported on the file, and checking goes on' : 'a broken team file is not read, so not reported', async () => {
    const configUri = await writeWorkspaceFile('broken/.proposal-tone.json', BROKEN_CONFIG);
    const document = await openProposal('broken/proposal.md', PROPOSAL);
    const diagnostics = await waitForDiagnostics(document.uri, (all) => all.some((d) => ruleIdOf(d) === 'rejet/flawed'), 'a check of the proposal');
    assert.deepEqual(rules(diagnostics), ['imposition/you-must', 'rejet/flawed'], describeDiagnostics(diagnostics));
    if (trusted) {
      const [error] = await waitForDiagnostics(configUri, (all) => all.length > 0, 'the configuration error on the file');
      assert.ok(error);
      assert.equal(error.severity, vscode.DiagnosticSeverity.Error);
      assert.match(error.message, /severity\.imposition/);
      assert.equal(error.range.start.line, 1);
      const configText = new TextDecoder().decode(await vscode.workspace.fs.readFile(configUri));
      assert.equal(configText.split('\n')[1]!.slice(error.range.start.character, error.range.end.character), '"loud"');
    } else {
      // The server looks at configuration files shortly after a document opens, and checks typing later
      // still (a longer debounce): once an edit's diagnostics are back, a trusted server would have
      // reported the file (as the trusted run shows).
      const editor = await vscode.window.showTextDocument(document, { preview: false });
      const end = document.lineAt(document.lineCount - 1).range.end;
      assert.equal(await editor.edit((edit) => edit.insert(end, '\nThis is a bad idea.\n')), true);
      await waitForDiagnostics(document.uri, (all) => all.some((d) => ruleIdOf(d) === 'rejet/bad-idea'), 'a check of the edit');
      assert.deepEqual(proposalToneDiagnostics(configUri), [], describeDiagnostics(proposalToneDiagnostics(configUri)));
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  if (trusted) {
    test('a team file created on disk applies to the open proposals below it (file watching)', async () => {
      const proposal = await openProposal('watched/proposal.md', PROPOSAL);
      await waitForDiagnostics(proposal.uri, (all) => all.some((d) => ruleIdOf(d) === 'imposition/you-must'), 'the built-in rules');
      await writeWorkspaceFile('watched/.proposal-tone.json', JSON.stringify(TEAM_CONFIG));
      const diagnostics = await waitForDiagnostics(
        proposal.uri,
        (all) => all.some((d) => ruleIdOf(d) === 'imposition/without-delay'),
        'the new configuration applied without touching the proposal',
      );
      assert.deepEqual(rules(diagnostics), ['imposition/without-delay', 'rejet/flawed']);
    });

    test('an unsaved edit of an open team file applies at once', async () => {
      const configUri = await writeWorkspaceFile('live/.proposal-tone.json', '{}\n');
      const proposal = await openProposal('live/proposal.md', PROPOSAL);
      await waitForDiagnostics(proposal.uri, (all) => all.some((d) => ruleIdOf(d) === 'imposition/you-must'), 'the built-in rules');
      const configDocument = await vscode.workspace.openTextDocument(configUri);
      const editor = await vscode.window.showTextDocument(configDocument, { preview: false, viewColumn: vscode.ViewColumn.Beside });
      const whole = new vscode.Range(0, 0, configDocument.lineCount, 0);
      assert.equal(await editor.edit((edit) => edit.replace(whole, JSON.stringify(TEAM_CONFIG, null, 2))), true);
      assert.equal(configDocument.isDirty, true, 'the change is not saved');
      const diagnostics = await waitForDiagnostics(
        proposal.uri,
        (all) => all.some((d) => ruleIdOf(d) === 'imposition/without-delay'),
        'the unsaved configuration applied',
      );
      assert.deepEqual(rules(diagnostics), ['imposition/without-delay', 'rejet/flawed']);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });
  }
});
