// This run is only meaningful if the workbench really is in Restricted Mode: say so, or fail.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID } from '../suite/helpers';

suite('Restricted Mode', () => {
  test('the workspace is untrusted, and the extension runs in it (limited support)', async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'the run opened the workspace in Restricted Mode');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is installed`);
    await extension.activate();
    assert.equal(extension.isActive, true);
    const capability = (extension.packageJSON as { capabilities?: { untrustedWorkspaces?: { supported?: unknown } } }).capabilities?.untrustedWorkspaces;
    assert.equal(capability?.supported, 'limited');
  });
});
