// The extension's manifest and UI strings: every %key% of package.json is translated (EN, FR), every
// vscode.l10n.t string of the client has a French translation, and the contributed settings match what
// the server reads.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CATEGORIES, DEFAULT_SEVERITY } from '../../server/src/engine/index.js';
import { defaultSettings, SETTINGS_SECTION } from '../../server/src/lsp/settings.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SHOW_REPORT_COMMAND = 'proposalTone.showReport';

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as unknown;
}

interface Manifest {
  l10n?: string;
  activationEvents?: string[];
  capabilities?: { untrustedWorkspaces?: { supported?: boolean | string; description?: string } };
  contributes: {
    configuration: { properties: Record<string, { default?: unknown; enum?: string[] }> };
    commands: { command: string; title: string; category: string }[];
  };
}

const manifestText = readFileSync(path.join(ROOT, 'package.json'), 'utf8');
const manifest = JSON.parse(manifestText) as Manifest;
const english = readJson('package.nls.json') as Record<string, string>;
const french = readJson('package.nls.fr.json') as Record<string, string>;

describe('package.json localization', () => {
  it('every %key% has an English and a French text, and nothing else is translated', () => {
    const keys = [...new Set([...manifestText.matchAll(/"%([^%"]+)%"/g)].map((match) => match[1]!))].sort();
    assert.ok(keys.length > 10);
    assert.deepEqual(Object.keys(english).sort(), keys);
    assert.deepEqual(Object.keys(french).sort(), keys);
    for (const key of keys) {
      assert.ok(english[key]?.trim(), `English text for ${key}`);
      assert.ok(french[key]?.trim(), `French text for ${key}`);
    }
  });
});

describe('client UI strings', () => {
  const sources = readdirSync(path.join(ROOT, 'client', 'src'))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => readFileSync(path.join(ROOT, 'client', 'src', name), 'utf8'));
  const messages = [...new Set(sources.flatMap((source) => [...source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((match) => match[1]!)))];
  const bundle = readJson('l10n/bundle.l10n.fr.json') as Record<string, string>;

  it('go through vscode.l10n.t and all have a French translation', () => {
    assert.equal(manifest.l10n, './l10n');
    assert.ok(messages.length >= 10, `found ${messages.length} messages`);
    assert.deepEqual(Object.keys(bundle).sort(), [...messages].sort(), 'the bundle has exactly the client strings');
    for (const message of messages) {
      const translation = bundle[message]!;
      assert.ok(translation?.trim(), `"${message}" is translated`);
      const placeholders = (text: string): string[] => (text.match(/\{\d+\}/g) ?? []).sort();
      assert.deepEqual(placeholders(translation), placeholders(message), `placeholders of "${message}"`);
    }
  });
});

describe('contributed settings and commands', () => {
  const properties = manifest.contributes.configuration.properties;

  it('declare every setting the server reads, with the same defaults', () => {
    const defaults = defaultSettings();
    const expected: Record<string, unknown> = {
      enable: defaults.enable,
      language: defaults.language,
      checkQuotes: defaults.checkQuotes,
      checkBlockquotes: defaults.checkBlockquotes,
      run: defaults.run,
      disabledRules: defaults.disabledRules,
      maxFileSize: defaults.maxFileSize,
      ...Object.fromEntries(CATEGORIES.map((category) => [`severity.${category}`, DEFAULT_SEVERITY[category]])),
    };
    assert.deepEqual(Object.keys(properties).sort(), Object.keys(expected).map((key) => `${SETTINGS_SECTION}.${key}`).sort());
    for (const [key, value] of Object.entries(expected)) assert.deepEqual(properties[`${SETTINGS_SECTION}.${key}`]?.default, value, key);
    for (const category of CATEGORIES) {
      assert.deepEqual(properties[`${SETTINGS_SECTION}.severity.${category}`]?.enum, ['error', 'warning', 'information', 'hint', 'off']);
    }
  });

  it('contribute the four commands under the Proposal Tone category, each registered by the client', () => {
    const extension = readFileSync(path.join(ROOT, 'client', 'src', 'extension.ts'), 'utf8');
    assert.deepEqual(
      manifest.contributes.commands.map((entry) => entry.command).sort(),
      ['proposalTone.fixAll', 'proposalTone.restartServer', 'proposalTone.showOutput', 'proposalTone.showReport'],
    );
    for (const entry of manifest.contributes.commands) {
      assert.equal(entry.category, '%command.category%');
      assert.match(entry.title, /^%command\./);
      // The report command is registered through its constant, shared with the status bar item.
      const registration = entry.command === SHOW_REPORT_COMMAND ? 'registerCommand(SHOW_REPORT_COMMAND' : `registerCommand('${entry.command}'`;
      assert.ok(extension.includes(registration), `${entry.command} is registered in client/src/extension.ts`);
    }
  });

  it('activates on Markdown and runs in untrusted workspaces, with limits it declares', () => {
    assert.deepEqual(manifest.activationEvents, ['onLanguage:markdown']);
    // Restricted Mode does not read .proposal-tone.json (server/src/lsp/project-config.ts), and says so.
    assert.equal(manifest.capabilities?.untrustedWorkspaces?.supported, 'limited');
    assert.equal(manifest.capabilities?.untrustedWorkspaces?.description, '%capabilities.untrustedWorkspaces.description%');
    assert.match(english['capabilities.untrustedWorkspaces.description'] ?? '', /\.proposal-tone\.json/);
    assert.match(french['capabilities.untrustedWorkspaces.description'] ?? '', /\.proposal-tone\.json/);
  });
});
