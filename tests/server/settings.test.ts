// Settings reach the server per document through workspace/configuration, are cached per URI until the
// configuration changes, and take effect on open documents without a reload.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CodeActionRequest, DiagnosticSeverity, ExecuteCommandRequest, HoverRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver/node';
import { TestClient, ensureServerBuilt, fileUri, type SettingsProvider } from './lsp-harness.js';

const FRENCH = '# Plan\n\nLe comité a validé le périmètre.\n\nVous devez migrer vers le cloud.\n';
const ENGLISH = '# Plan\n\nThe steering group approved the scope.\n\nYou must migrate to the cloud.\n';
const SENTENCE_LINE = 4;

type Section = Record<string, unknown>;

/** The test editor's settings: one section for every document, and overrides for some URIs. */
class EditorSettings {
  global: Section = {};
  readonly byUri = new Map<string, Section>();

  readonly provider: SettingsProvider = (scopeUri) => {
    const override = scopeUri ? this.byUri.get(scopeUri) : undefined;
    return {
      ...this.global,
      ...override,
      severity: { ...(this.global.severity as Section | undefined), ...(override?.severity as Section | undefined) },
    };
  };
}

function messageText(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

async function fixAllActions(client: TestClient, uri: string): Promise<CodeAction[]> {
  const result = await client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['source.fixAll'] },
  });
  return (result ?? []) as CodeAction[];
}

describe('settings', () => {
  const settings = new EditorSettings();
  let client: TestClient;
  const french = fileUri('settings-fr.md');
  const english = fileUri('settings-en.md');

  /** Changes the settings, notifies the server, and waits for both documents to be checked again. */
  async function reconfigure(change: () => void): Promise<void> {
    change();
    const since = client.published.length;
    await client.configurationChanged();
    await Promise.all([french, english].map((uri) => client.diagnosticsForVersion(uri, client.version(uri), since)));
  }

  function codesOf(uri: string): (string | number | undefined)[] {
    return client.latest(uri)?.diagnostics.map((d) => d.code) ?? [];
  }

  before(async () => {
    ensureServerBuilt();
    client = await TestClient.start({ settings: settings.provider });
    await client.open(french, FRENCH);
    await client.open(english, ENGLISH);
    await client.diagnosticsForVersion(french, 1);
    await client.diagnosticsForVersion(english, 1);
  });

  after(async () => {
    await client.stop();
  });

  it('asks for the proposalTone section once per document, scoped to its URI, until the configuration changes', async () => {
    assert.deepEqual(
      client.configurationRequests.filter((uri) => uri === french),
      [french],
    );
    const since = client.published.length;
    const version = await client.replaceText(french, `${FRENCH}\nLe calendrier suit.\n`);
    await client.diagnosticsForVersion(french, version, since);
    assert.equal(client.configurationRequests.filter((uri) => uri === french).length, 1, 'a change reuses the cached settings');

    await reconfigure(() => undefined);
    assert.equal(client.configurationRequests.filter((uri) => uri === french).length, 2, 'a configuration change asks again');
  });

  it('a category set to off disappears; a new severity replaces the old one', async () => {
    assert.deepEqual(codesOf(french), ['imposition/vous-devez']);
    await reconfigure(() => (settings.global = { severity: { imposition: 'off' } }));
    assert.deepEqual(codesOf(french), []);
    assert.deepEqual(codesOf(english), []);

    await reconfigure(() => (settings.global = { severity: { imposition: 'error' } }));
    assert.deepEqual(
      client.latest(french)?.diagnostics.map((d) => [d.code, d.severity]),
      [['imposition/vous-devez', DiagnosticSeverity.Error]],
    );

    await reconfigure(() => (settings.global = { severity: { imposition: 'hint' } }));
    assert.deepEqual(
      client.latest(english)?.diagnostics.map((d) => [d.code, d.severity]),
      [['imposition/you-must', DiagnosticSeverity.Hint]],
    );
    await reconfigure(() => (settings.global = {}));
  });

  it('settings are read per document URI', async () => {
    await reconfigure(() => settings.byUri.set(english, { severity: { imposition: 'information' } }));
    assert.equal(client.latest(english)?.diagnostics[0]?.severity, DiagnosticSeverity.Information);
    assert.equal(client.latest(french)?.diagnostics[0]?.severity, DiagnosticSeverity.Warning);
    await reconfigure(() => settings.byUri.clear());
  });

  it('disabledRules turns off a rule or a category in one language only', async () => {
    await reconfigure(() => (settings.global = { disabledRules: { fr: ['imposition/vous-devez'], en: [] } }));
    assert.deepEqual(codesOf(french), []);
    assert.deepEqual(codesOf(english), ['imposition/you-must']);

    await reconfigure(() => (settings.global = { disabledRules: { fr: [], en: ['imposition'] } }));
    assert.deepEqual(codesOf(french), ['imposition/vous-devez']);
    assert.deepEqual(codesOf(english), []);
    await reconfigure(() => (settings.global = {}));
  });

  it('enable: false clears the diagnostics and turns hovers and fixes off; true brings them back', async () => {
    await reconfigure(() => (settings.global = { enable: false }));
    assert.deepEqual(codesOf(french), []);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: english }, position: { line: SENTENCE_LINE, character: 2 } });
    assert.equal(hover, null);
    assert.deepEqual(await fixAllActions(client, french), []);
    const result: unknown = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'proposalTone.applyFixAll', arguments: [french] });
    assert.deepEqual(result, { applied: 0 });

    await reconfigure(() => (settings.global = { enable: true }));
    assert.deepEqual(codesOf(french), ['imposition/vous-devez']);
    assert.deepEqual(codesOf(english), ['imposition/you-must']);
    await reconfigure(() => (settings.global = {}));
  });

  it('blockquotes and quoted speech are checked only when turned on', async () => {
    const uri = fileUri('settings-quotes.md');
    await client.open(uri, '# Citations\n\n> Vous devez migrer vers le cloud.\n\nLe comité a écrit « Vous devez migrer vers le cloud. » hier.\n');
    assert.deepEqual((await client.diagnosticsForVersion(uri, 1)).diagnostics, []);
    const lines = async (): Promise<number[]> => {
      const since = client.published.length;
      await client.configurationChanged();
      return (await client.diagnosticsForVersion(uri, 1, since)).diagnostics.map((d) => d.range.start.line);
    };
    settings.global = { checkBlockquotes: true };
    assert.deepEqual(await lines(), [2]);
    settings.global = { checkQuotes: true };
    assert.deepEqual(await lines(), [4]);
    settings.global = {};
    assert.deepEqual(await lines(), []);
    await client.close(uri);
  });

  it('documents larger than maxFileSize get one notice at the top and no analysis', async () => {
    const uri = fileUri('settings-too-large.md');
    const limit = 120;
    settings.byUri.set(uri, { maxFileSize: limit });
    const text = `# Proposition\n\n${'Vous devez migrer vers le cloud. '.repeat(8)}\n`;
    assert.ok(Buffer.byteLength(text) > limit);
    await client.open(uri, text);
    const { diagnostics } = await client.diagnosticsForVersion(uri, 1);
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
    const [notice] = diagnostics;
    assert.ok(notice);
    assert.equal(notice.severity, DiagnosticSeverity.Information);
    assert.equal(notice.code, 'max-file-size');
    assert.equal(notice.source, 'proposal-tone');
    assert.deepEqual(notice.range, { start: { line: 0, character: 0 }, end: { line: 0, character: '# Proposition'.length } });
    assert.match(messageText(notice), /proposalTone\.maxFileSize/);
    assert.match(messageText(notice), /Document non vérifié/, 'in the document language');
    assert.deepEqual(await fixAllActions(client, uri), []);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 2 } });
    assert.equal(hover, null);

    // Under the limit again (a smaller text), the document is analysed.
    const since = client.published.length;
    const version = await client.replaceText(uri, 'Vous devez migrer.\n');
    const analysed = await client.diagnosticsForVersion(uri, version, since);
    assert.deepEqual(
      analysed.diagnostics.map((d) => d.code),
      ['imposition/vous-devez'],
    );
    settings.byUri.delete(uri);
    await client.close(uri);
  });

  it('the default limit is 2 MB', async () => {
    const uri = fileUri('settings-huge.md');
    const paragraph = 'The steering group approved the scope of the first release and the migration plan.\n\n';
    const text = `# Appendix\n\n${paragraph.repeat(Math.ceil((2 * 1024 * 1024 + 1) / paragraph.length))}`;
    assert.ok(Buffer.byteLength(text) > 2 * 1024 * 1024);
    await client.open(uri, text);
    const { diagnostics } = await client.diagnosticsForVersion(uri, 1);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.range.start.line]),
      [['max-file-size', 0]],
    );
    assert.match(messageText(diagnostics[0]!), /^Not checked/, 'in the document language');
    await client.close(uri);
  });
});

describe('run: onSave', () => {
  let client: TestClient;

  before(async () => {
    ensureServerBuilt();
    client = await TestClient.start({ settings: () => ({ run: 'onSave' }) });
  });

  after(async () => {
    await client.stop();
  });

  it('checks on open and on save, not while typing', async () => {
    const uri = fileUri('on-save.md');
    await client.open(uri, '# Notes\n\nLe comité a validé le périmètre.\n');
    assert.deepEqual((await client.diagnosticsForVersion(uri, 1)).diagnostics, [], 'checked on open');

    const version = await client.edit(uri, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: '\nVous devez migrer vers le cloud.\n' }]);
    await client.waitForLog((log) => log.message.startsWith(`typing check of ${uri} v${version} skipped`), 'the typing check to be skipped');
    assert.ok(!client.published.some((p) => p.uri === uri && p.version === version), 'nothing published while typing');

    await client.save(uri);
    const saved = await client.diagnosticsForVersion(uri, version);
    assert.deepEqual(
      saved.diagnostics.map((d) => [d.code, d.range.start.line]),
      [['imposition/vous-devez', 4]],
    );
    await client.close(uri);
  });
});

describe('a client without workspace/configuration or versioned edits', () => {
  let client: TestClient;

  before(async () => {
    ensureServerBuilt();
    client = await TestClient.start({
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
      settings: () => {
        throw new Error('the server must not ask this client for settings');
      },
    });
  });

  after(async () => {
    await client.stop();
  });

  it('gets the default settings and plain (unversioned) edits', async () => {
    const uri = fileUri('minimal-client.md');
    await client.open(uri, ENGLISH);
    const { diagnostics } = await client.diagnosticsForVersion(uri, 1);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity]),
      [['imposition/you-must', DiagnosticSeverity.Warning]],
    );
    assert.deepEqual(client.configurationRequests, []);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostics[0]!.range,
      context: { diagnostics },
    })) as CodeAction[];
    const [preferred] = actions;
    assert.ok(preferred?.edit?.changes, 'edits as `changes`');
    assert.equal(preferred.edit.documentChanges, undefined);
    await client.applyWorkspaceEdit(preferred.edit);
    assert.equal(client.text(uri).split('\n')[SENTENCE_LINE], 'We suggest that you migrate to the cloud.');
    const result: unknown = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'proposalTone.applyFixAll', arguments: [uri] });
    assert.deepEqual(result, { applied: 0 }, 'a client without workspace/applyEdit cannot run the command');
    await client.close(uri);
  });
});

describe('node IPC transport (what VS Code uses)', () => {
  it('serves diagnostics over --node-ipc', async () => {
    ensureServerBuilt();
    const client = await TestClient.start({ transport: 'ipc' });
    try {
      const uri = fileUri('ipc.md');
      await client.open(uri, FRENCH);
      const { diagnostics } = await client.diagnosticsForVersion(uri, 1);
      assert.deepEqual(
        diagnostics.map((d) => d.code),
        ['imposition/vous-devez'],
      );
    } finally {
      await client.stop();
    }
  });
});
