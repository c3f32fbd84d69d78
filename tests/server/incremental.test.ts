// The server analyses a long proposal incrementally: after a one-paragraph edit it parses only the block
// the edit touched, and what it publishes is still exactly what a fresh analysis of the new text gives —
// including after edits that change how the rest of the document reads (a fence opened and closed).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { analyse } from '../../server/src/engine/index.js';
import type { ServerInfo } from '../../server/src/lsp/server-info.js';
import { generateProposal } from '../../bench/generate.mjs';
import { TestClient, ensureServerBuilt, fileUri } from './lsp-harness.js';

function diagnosticKeys(published: PublishDiagnosticsParams): string[] {
  return published.diagnostics.map((d) => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`).sort();
}

function expectedKeys(uri: string, text: string): string[] {
  const document = TextDocument.create(uri, 'markdown', 0, text);
  return analyse(text)
    .findings.map((f) => {
      const start = document.positionAt(f.start);
      const end = document.positionAt(f.end);
      return `${f.ruleId}@${start.line}:${start.character}-${end.line}:${end.character}`;
    })
    .sort();
}

async function statsOf(client: TestClient, uri: string): Promise<ServerInfo['analysisStats'][string]> {
  const info = await client.connection.sendRequest<ServerInfo>('proposalTone/serverInfo', null);
  const stats = info.analysisStats[uri];
  assert.ok(stats, `the server keeps an incremental analysis of ${uri}`);
  return stats;
}

describe('incremental analysis in the server', () => {
  let client: TestClient;

  before(async () => {
    ensureServerBuilt();
    client = await TestClient.start();
  });

  after(async () => {
    await client.stop();
  });

  it('re-parses only the edited block of a 150 KB proposal and publishes what a fresh analysis gives', async () => {
    const uri = fileUri('incremental/long-proposal.md');
    const text = generateProposal({ lang: 'fr', size: 150_000, seed: 11 });
    const opened = client.published.length;
    await client.open(uri, text);
    const first = await client.diagnosticsForVersion(uri, 1, opened);
    assert.deepEqual(diagnosticKeys(first), expectedKeys(uri, text));
    const full = await statsOf(client, uri);
    assert.ok(full.blocks > 200, `a long proposal has many blocks (${full.blocks})`);
    assert.equal(full.reused, 0);

    // Add a frontal sentence at the end of a prose paragraph in the middle.
    const document = client.documents.get(uri)!;
    const paragraph = /\n\n(Nous [^\n`*_]*\.)\n/g;
    paragraph.lastIndex = Math.floor(text.length / 2);
    const found = paragraph.exec(text);
    assert.ok(found, 'a prose paragraph after the middle');
    const position = document.positionAt(found.index + 2 + found[1]!.length);
    const version = await client.edit(uri, [{ range: { start: position, end: position }, newText: ' Vous devez valider ce lot.' }]);
    const edited = await client.diagnosticsForVersion(uri, version, opened);
    assert.deepEqual(diagnosticKeys(edited), expectedKeys(uri, client.text(uri)));
    assert.ok(diagnosticKeys(edited).length > diagnosticKeys(first).length, 'the new order is reported');
    const incremental = await statsOf(client, uri);
    assert.equal(incremental.blocks, full.blocks);
    assert.ok(incremental.parsed <= 1, `parsed ${incremental.parsed} blocks after a one-paragraph edit`);
    assert.ok(incremental.reused >= incremental.blocks - 1, `reused ${incremental.reused} of ${incremental.blocks} blocks`);
    await client.close(uri);
  });

  it('follows edits that open a fence over the rest of the document and close it again', async () => {
    const uri = fileUri('incremental/fence.md');
    const text = generateProposal({ lang: 'en', size: 40_000, seed: 12 });
    const opened = client.published.length;
    await client.open(uri, text);
    const before = await client.diagnosticsForVersion(uri, 1, opened);
    const cut = client.documents.get(uri)!.positionAt(text.indexOf('\n\n', text.length / 3) + 2);

    const fenced = await client.edit(uri, [{ range: { start: cut, end: cut }, newText: '```\n' }]);
    const inFence = await client.diagnosticsForVersion(uri, fenced, opened);
    assert.deepEqual(diagnosticKeys(inFence), expectedKeys(uri, client.text(uri)));
    assert.ok(inFence.diagnostics.length < before.diagnostics.length, 'what the fence swallows is no longer reported');

    const end = { line: cut.line + 1, character: 0 };
    const unfenced = await client.edit(uri, [{ range: { start: cut, end }, newText: '' }]);
    assert.equal(client.text(uri), text);
    const back = await client.diagnosticsForVersion(uri, unfenced, opened);
    assert.deepEqual(diagnosticKeys(back), expectedKeys(uri, text));
    await client.close(uri);

    const info = await client.connection.sendRequest<ServerInfo>('proposalTone/serverInfo', null);
    assert.equal(info.analysisStats[uri], undefined, 'a closed document keeps no incremental state');
  });
});
