// The `proposalTone/report` request through the built server: the report of the version the server
// holds, consistent with the diagnostics it publishes, and a plain answer for documents it does not
// analyse.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver/node';
import { CATEGORIES, type Category } from '../../server/src/engine/index.js';
import { REPORT_METHOD, type ReportResponse } from '../../server/src/lsp/report-protocol.js';
import { TestClient, ensureServerBuilt, fileUri } from './lsp-harness.js';

const PROPOSITION = [
  'Notre proposition en bref.',
  '',
  '# Contexte',
  '',
  'La direction souhaite raccourcir la clôture.',
  '',
  '## Approche',
  '',
  'Vous devez migrer vers le cloud. Il faut recruter un développeur.',
  '',
  'Nous vous suggérons un atelier. Vous pourriez aussi classer les flux.',
  '',
  '## Calendrier',
  '',
  'Bien entendu, le premier lot démarre en mars.',
  '',
].join('\n');

function report(client: TestClient, uri: string): Promise<ReportResponse> {
  return client.connection.sendRequest(REPORT_METHOD, { textDocument: { uri } });
}

function countsOf(diagnostics: readonly Diagnostic[]): Record<Category, number> {
  const counts = Object.fromEntries(CATEGORIES.map((category) => [category, 0])) as Record<Category, number>;
  for (const diagnostic of diagnostics) counts[String(diagnostic.code).split('/')[0] as Category] += 1;
  return counts;
}

describe('proposalTone/report', () => {
  let client: TestClient;
  let settings: Record<string, unknown> = {};

  before(async () => {
    ensureServerBuilt();
    client = await TestClient.start({ settings: () => settings });
  });

  after(async () => {
    const errors = client.logs.filter((log) => log.type === 1);
    await client.stop();
    assert.deepEqual(errors, [], 'no errors logged');
  });

  it('answers with the counts of the diagnostics, per category and per section, and each finding where its diagnostic is', async () => {
    const uri = fileUri('report.md');
    await client.open(uri, PROPOSITION);
    const { diagnostics } = await client.diagnosticsForVersion(uri, 1);
    assert.ok(diagnostics.length >= 3, JSON.stringify(diagnostics.map((d) => d.code)));
    const response = await report(client, uri);
    assert.equal(response.status, 'analysed');
    assert.ok(response.status === 'analysed');
    assert.equal(response.uri, uri);
    assert.equal(response.version, 1);
    const { report: data } = response;
    assert.equal(data.language, 'fr');
    assert.equal(data.total, diagnostics.length);
    assert.deepEqual(data.byCategory, countsOf(diagnostics));
    assert.deepEqual(
      data.findings.map((f) => [f.ruleId, f.range, f.message]),
      [...diagnostics]
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
        .map((d) => [d.code, d.range, d.message]),
    );

    assert.deepEqual(
      data.sections.map((s) => [s.title, s.depth, s.line]),
      [
        [undefined, 0, 0],
        ['Contexte', 1, 2],
        ['Approche', 2, 6],
        ['Calendrier', 2, 12],
      ],
    );
    const approach = data.sections[2]!;
    assert.equal(approach.orders, 2);
    assert.equal(approach.suggestions, 2);
    assert.equal(approach.total, diagnostics.filter((d) => d.range.start.line === 8).length);
    for (const finding of data.findings) {
      const section = data.sections[finding.section]!;
      const next = data.sections[finding.section + 1];
      assert.ok(section.line <= finding.range.start.line && (!next || finding.range.start.line < next.line), `${finding.ruleId} is in "${section.title}"`);
    }
    assert.deepEqual(data.balance, { suggestions: 2, orders: data.byCategory.imposition });
    assert.ok(data.wordCount > 20);
    assert.equal(data.perThousandWords, (data.total * 1000) / data.wordCount);
    await client.close(uri);
  });

  it('follows the document: after an edit it reports the new version', async () => {
    const uri = fileUri('report-edit.md');
    await client.open(uri, PROPOSITION);
    await client.diagnosticsForVersion(uri, 1);
    const before = await report(client, uri);
    assert.ok(before.status === 'analysed');
    const since = client.published.length;
    const version = await client.replaceText(uri, `${PROPOSITION}\nVous devez former les équipes.\n`);
    const { diagnostics } = await client.diagnosticsForVersion(uri, version, since);
    const afterEdit = await report(client, uri);
    assert.ok(afterEdit.status === 'analysed');
    assert.equal(afterEdit.version, version);
    assert.equal(afterEdit.report.total, diagnostics.length);
    assert.equal(afterEdit.report.byCategory.imposition, before.report.byCategory.imposition + 1);
    assert.equal(afterEdit.report.sections.at(-1)!.orders, 1, 'the new order is under the last heading');
    await client.close(uri);
  });

  it('says when the document is not open, checking is off, or the document is too large', async () => {
    assert.deepEqual(await report(client, fileUri('never-opened.md')), { status: 'unknown-document' });
    assert.deepEqual(await client.connection.sendRequest(REPORT_METHOD, { nothing: true }), { status: 'unknown-document' });

    const uri = fileUri('report-settings.md');
    settings = { enable: false };
    await client.configurationChanged();
    await client.open(uri, PROPOSITION);
    assert.deepEqual(await report(client, uri), { status: 'disabled', uri, version: 1 });

    settings = { maxFileSize: 100 };
    await client.configurationChanged();
    assert.deepEqual(await report(client, uri), { status: 'too-large', uri, version: 1, bytes: Buffer.byteLength(PROPOSITION, 'utf8'), limit: 100 });
    settings = {};
    await client.configurationChanged();
    await client.close(uri);
  });
});
