// A binary file opened as text (an editor's "open anyway", an image saved as .md): the built server gives
// it one notice instead of findings read from noise, the way it treats a document over
// proposalTone.maxFileSize, and analyses it again once the NUL characters are gone.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CodeActionRequest, DiagnosticSeverity, HoverRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver/node';
import { BINARY_SNIFF_BYTES } from '../../server/src/engine/document-limits.js';
import { REPORT_METHOD, type ReportResponse } from '../../server/src/lsp/report-protocol.js';
import { TestClient, ensureServerBuilt, fileUri, type SettingsProvider } from './lsp-harness.js';
import { noise } from '../binary-noise.js';

const FR_ORDER = 'Vous devez migrer vers le cloud.';
const EN_ORDER = 'You must migrate to the cloud.';

function messageText(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

/** Noise with NULs, decoded as an editor does (invalid sequences become U+FFFD), after a first line. */
function binaryText(firstLine: string): string {
  const bytes = noise(3000, 0x5eed);
  for (let i = 0; i < bytes.length; i += 61) bytes[i] = 0;
  return `${firstLine}\n${bytes.toString('utf8')}`;
}

describe('binary documents', () => {
  let client: TestClient;
  let settings: Record<string, unknown> = {};
  const provider: SettingsProvider = () => settings;

  before(async () => {
    ensureServerBuilt();
    client = await TestClient.start({ settings: provider });
  });

  after(async () => {
    await client.stop();
  });

  it('a document with NUL characters gets one notice at the top, no findings, no fixes, no hover', async () => {
    const uri = fileUri('binary-fr.md');
    const firstLine = `# Proposition ${FR_ORDER}`;
    const text = binaryText(firstLine);
    assert.ok(text.includes(FR_ORDER), 'a frontal phrase is there to be (wrongly) found');
    await client.open(uri, text);
    const { diagnostics } = await client.diagnosticsForVersion(uri, 1);
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics.map((d) => d.code)));
    const [notice] = diagnostics;
    assert.ok(notice);
    assert.equal(notice.code, 'binary-file');
    assert.equal(notice.source, 'proposal-tone');
    assert.equal(notice.severity, DiagnosticSeverity.Information);
    assert.deepEqual(notice.range, { start: { line: 0, character: 0 }, end: { line: 0, character: firstLine.length } });
    const nulAt = Buffer.from(text, 'utf8').indexOf(0);
    assert.equal(messageText(notice), `Document non vérifié par Proposal Tone : il contient un caractère NUL (octet ${nulAt}), ce qui signale un fichier binaire et non un texte.`);

    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLine.length } },
      context: { diagnostics },
    })) as CodeAction[] | null;
    assert.deepEqual(actions ?? [], []);
    assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 16 } }), null);
    const report: ReportResponse = await client.connection.sendRequest(REPORT_METHOD, { textDocument: { uri } });
    assert.deepEqual(report, { status: 'binary', uri, version: 1, nulOffset: nulAt });

    // The NULs removed, the same text is analysed again.
    const since = client.published.length;
    const version = await client.replaceText(uri, `${firstLine}\n\n${FR_ORDER}\n`);
    const analysed = await client.diagnosticsForVersion(uri, version, since);
    assert.deepEqual(
      analysed.diagnostics.map((d) => [d.code, d.range.start.line]),
      [
        ['imposition/vous-devez', 0],
        ['imposition/vous-devez', 2],
      ],
    );
    await client.close(uri);
  });

  it('the notice is in the document language', async () => {
    const uri = fileUri('binary-en.md');
    await client.open(uri, `The steering group approved the scope and the plan for the team.\n\u0000\u0000${EN_ORDER}\n`);
    const { diagnostics } = await client.diagnosticsForVersion(uri, 1);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, messageText(d)]),
      [['binary-file', `Not checked by Proposal Tone: this document contains a NUL character (byte ${'The steering group approved the scope and the plan for the team.\n'.length}), the mark of a binary file, not text.`]],
    );
    await client.close(uri);
  });

  it('a NUL past the first 8 KB is text with a stray character: analysed as usual', async () => {
    const uri = fileUri('binary-late-nul.md');
    const paragraph = 'Le comité a validé le périmètre du premier lot.\n\n';
    const opening = paragraph.repeat(Math.ceil(BINARY_SNIFF_BYTES / Buffer.byteLength(paragraph)));
    await client.open(uri, `${opening}\u0000 ${FR_ORDER}\n`);
    const { diagnostics } = await client.diagnosticsForVersion(uri, 1);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['imposition/vous-devez'],
    );
    await client.close(uri);
  });

  it('a binary document over proposalTone.maxFileSize gets the size notice (the cheaper test comes first)', async () => {
    const uri = fileUri('binary-large.md');
    settings = { maxFileSize: 1000 };
    await client.configurationChanged();
    try {
      await client.open(uri, binaryText('# Image'));
      const { diagnostics } = await client.diagnosticsForVersion(uri, 1);
      assert.deepEqual(
        diagnostics.map((d) => d.code),
        ['max-file-size'],
      );
    } finally {
      settings = {};
      await client.configurationChanged();
      await client.close(uri);
    }
  });
});
