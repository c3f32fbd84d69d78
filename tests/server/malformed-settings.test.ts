// Malformed editor settings never stop the built server: each invalid value falls back to its default
// (VS Code flags it in the settings editor against the contributed schema) and the valid ones apply; when
// the client fails to answer workspace/configuration, the server logs it and goes on with the document's
// last good settings.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MessageType } from 'vscode-languageserver/node';
import { TestClient, ensureServerBuilt, fileUri, type SettingsProvider } from './lsp-harness.js';

const FRENCH = '# Plan\n\nLe comité a validé le périmètre.\n\nVous devez migrer vers le cloud.\n';
const ENGLISH = '# Plan\n\nThe steering group approved the scope.\n\nYou must migrate to the cloud.\n';

describe('malformed settings', () => {
  let client: TestClient;
  /** What the test editor answers; a function that throws makes the configuration request fail. */
  let answer: () => unknown = () => ({});
  const provider: SettingsProvider = () => answer();
  const french = fileUri('malformed-settings-fr.md');
  const english = fileUri('malformed-settings-en.md');

  /** Changes the answer, notifies the server, and returns each document's diagnostic codes once rechecked. */
  async function codesAfter(next: () => unknown): Promise<{ fr: string[]; en: string[] }> {
    answer = next;
    const since = client.published.length;
    await client.configurationChanged();
    const [fr, en] = await Promise.all([french, english].map((uri) => client.diagnosticsForVersion(uri, client.version(uri), since)));
    return { fr: fr!.diagnostics.map((d) => String(d.code)), en: en!.diagnostics.map((d) => String(d.code)) };
  }

  before(async () => {
    ensureServerBuilt();
    client = await TestClient.start({ settings: provider });
    await client.open(french, FRENCH);
    await client.open(english, ENGLISH);
    await Promise.all([french, english].map((uri) => client.diagnosticsForVersion(uri, 1)));
  });

  after(async () => {
    await client.stop();
  });

  it('a section of the wrong shape, or values of the wrong type, fall back to the defaults', async () => {
    const defaults = { fr: ['imposition/vous-devez'], en: ['imposition/you-must'] };
    for (const section of [null, 'proposalTone', 42, [], { enable: 'yes', language: 7, run: 'sometimes', maxFileSize: 'big', severity: 'loud' }]) {
      assert.deepEqual(await codesAfter(() => section), defaults, JSON.stringify(section));
    }
    assert.equal(client.exitCode, null, 'the server is still running');
  });

  it('valid values next to invalid ones still apply', async () => {
    const codes = await codesAfter(() => ({
      severity: { imposition: 'loud', absolu: 3 },
      disabledRules: { fr: 'imposition', en: [1, null, 'imposition'] },
      maxFileSize: -5,
    }));
    // "imposition" is disabled for English (the valid item of the list); the French string is not a list.
    assert.deepEqual(codes, { fr: ['imposition/vous-devez'], en: [] });
  });

  it('when the client fails to answer, the server says so and keeps the last good settings', async () => {
    const good = { disabledRules: { fr: [], en: ['imposition'] } };
    assert.deepEqual(await codesAfter(() => good), { fr: ['imposition/vous-devez'], en: [] });
    const logsBefore = client.logs.length;
    const failing = await codesAfter(() => {
      throw new Error('the settings store is locked');
    });
    assert.deepEqual(failing, { fr: ['imposition/vous-devez'], en: [] }, 'the last good settings, not the defaults');
    const errors = client.logs.slice(logsBefore).filter((l) => l.type === MessageType.Error);
    assert.ok(
      errors.some((l) => l.message.includes(`reading settings for ${english} failed`) && l.message.includes('the settings store is locked')),
      JSON.stringify(errors.map((l) => l.message)),
    );
    // The client answers again: its new settings apply.
    assert.deepEqual(await codesAfter(() => ({})), { fr: ['imposition/vous-devez'], en: ['imposition/you-must'] });
    assert.equal(client.exitCode, null, 'the server is still running');
  });
});
