// A URI closed and opened again at once with another text, as VS Code does when it gives a new untitled
// document the name of one just closed (untitled:Untitled-1): once the server has seen the close, what it
// publishes for that URI is the cleared list or the new text's diagnostics, never the old text's — even
// when a check of the old document was waiting for its settings while the close and the reopen arrived.
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigurationRequest, type PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse } from '../../server/src/engine/index.js';
import type { ServerInfo } from '../../server/src/lsp/server-info.js';
import { TestClient, ensureServerBuilt } from './lsp-harness.js';

const URI = 'untitled:Untitled-1';
const OLD_TEXT = 'Le contexte est posé.\nVous devez migrer avant la fin du support.\n';
const NEW_TEXT = '# Plan\n\nIl faut recruter un développeur.\n\nYour plan is flawed.\n';

/** What the engine says of a text, as rule@range keys: what a publication for that text must carry. */
function expectedKeys(text: string): string[] {
  const document = TextDocument.create(URI, 'markdown', 0, text);
  return analyse(text, {})
    .findings.map((f) => `${f.ruleId}@${JSON.stringify({ start: document.positionAt(f.start), end: document.positionAt(f.end) })}`)
    .sort();
}

function keysOf(publication: PublishDiagnosticsParams): string[] {
  return publication.diagnostics.map((d) => `${String(d.code)}@${JSON.stringify(d.range)}`).sort();
}

function describePublications(publications: readonly PublishDiagnosticsParams[]): string {
  return publications.map((p) => `v${p.version}: ${keysOf(p).join(', ') || '(none)'}`).join(' | ');
}

function isClearing(publication: PublishDiagnosticsParams): boolean {
  return publication.uri === URI && publication.version === undefined && publication.diagnostics.length === 0;
}

/** Rejects with `what` when `promise` has not settled within `ms`: a test that waits on the server never hangs. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A request answered after every message sent before it: publications it was queued behind are in. */
function roundTrip(client: TestClient): Promise<ServerInfo> {
  return client.connection.sendRequest<ServerInfo>('proposalTone/serverInfo', {});
}

/**
 * Index in `published` just after the list the server cleared on the last close it read: everything
 * from there on was sent after that close. Sends a round trip first, so that the clearing has arrived.
 */
async function afterLastClose(client: TestClient): Promise<number> {
  await roundTrip(client);
  const clearings = client.published.flatMap((p, index) => (isClearing(p) ? [index] : []));
  const last = clearings.at(-1);
  assert.ok(last !== undefined, 'the close cleared the diagnostics');
  return last + 1;
}

/** Waits for the reopened text's diagnostics after the last close, then checks that nothing else came. */
async function assertOnlyTheCurrentText(client: TestClient): Promise<void> {
  const since = await afterLastClose(client);
  const expected = expectedKeys(client.text(URI));
  const version = client.version(URI);
  const current = (p: PublishDiagnosticsParams): boolean => p.version === version && JSON.stringify(keysOf(p)) === JSON.stringify(expected);
  await client.waitForDiagnostics(URI, current, 'the current text’s diagnostics after the close', { since });
  await roundTrip(client);
  const afterClose = client.published.slice(since).filter((p) => p.uri === URI);
  assert.ok(
    afterClose.every(current),
    `after the close, every publication is the current text’s (v${version}: ${expected.join(', ')}); got ${describePublications(afterClose)}`,
  );
}

describe('a URI closed and opened again with another text', () => {
  let client: TestClient;

  before(async () => {
    ensureServerBuilt();
    assert.notDeepEqual(expectedKeys(OLD_TEXT), expectedKeys(NEW_TEXT), 'the two texts give different diagnostics');
    assert.ok(expectedKeys(NEW_TEXT).length > 0);
    client = await TestClient.start();
  });

  after(async () => {
    await client.stop();
  });

  beforeEach(async () => {
    if (client.documents.has(URI)) await client.close(URI);
  });

  it('publishes the new text at version 1, although the old document had reached a later version', async () => {
    await client.open(URI, OLD_TEXT);
    const start = { line: 0, character: 0 };
    for (const word of ['Bien entendu, ', 'il faut ', 'conclure. ']) await client.edit(URI, [{ range: { start, end: start }, newText: word }]);
    await client.diagnosticsForVersion(URI, 4);

    await client.close(URI);
    await client.open(URI, NEW_TEXT);
    await assertOnlyTheCurrentText(client);
  });

  it('a check waiting for its settings when the document closes and reopens publishes the new text only', async () => {
    // Hold the answers to workspace/configuration until the close and the reopen have been read.
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let asked!: () => void;
    const settingsAsked = new Promise<void>((resolve) => {
      asked = resolve;
    });
    client.connection.onRequest(ConfigurationRequest.type, async (params) => {
      asked();
      await released;
      return params.items.map(() => null);
    });
    try {
      const openedAt = client.published.length;
      await client.open(URI, OLD_TEXT);
      await within(settingsAsked, 15_000, 'the server to ask for the settings of the document it just opened');
      await client.close(URI);
      await client.open(URI, NEW_TEXT);
      // Answered after the close and the open were read, while the old document's check still waits.
      await roundTrip(client);
      assert.deepEqual(
        client.published.slice(openedAt).filter((p) => p.uri === URI && !isClearing(p)),
        [],
        'nothing but the clearing is published while the settings are on their way',
      );
      release();
      await assertOnlyTheCurrentText(client);
    } finally {
      release();
      client.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => null));
    }
  });

  it('after a burst of closes and reopens with alternating texts, only the last text is published after the last close', async () => {
    for (let round = 0; round < 20; round += 1) {
      if (client.documents.has(URI)) await client.close(URI);
      await client.open(URI, round % 2 === 0 ? NEW_TEXT : OLD_TEXT);
    }
    await assertOnlyTheCurrentText(client);
    assert.equal((await roundTrip(client)).openDocuments, 1);
  });
});
