// The project configuration (.proposal-tone.json) in the language server: it applies to the documents
// below it, merges with the user's settings as docs/configuration.md says, ignores paths, is read from the
// editor's buffer when the file is open, reports its own errors on the file while checking goes on with
// the last good configuration, follows file changes, and is not read at all in an untrusted workspace.
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  HoverRequest,
  RegistrationRequest,
  type CodeAction,
  type Diagnostic,
  type PublishDiagnosticsParams,
  type Registration,
} from 'vscode-languageserver/node';
import { EDITOR_CAPABILITIES, ROOT, TestClient, ensureServerBuilt } from './lsp-harness.js';

const PROPOSAL = '# Plan\n\nYou must migrate to the cloud.\n\nPlease sign the contract without delay.\n\nYour plan is flawed.\n';
const WITHOUT_DELAY_RULE = {
  id: 'imposition/without-delay',
  lang: 'en',
  category: 'imposition',
  patterns: ['without delay'],
  message: '{phrase} reads as an order: suggest a timeline instead.',
  alternatives: ['at a pace that suits you'],
};
/** The team's house style: one built-in rule off, `rejet` raised to error, one phrase of its own. */
const TEAM_CONFIG = {
  severity: { rejet: 'error' },
  disabledRules: ['imposition/you-must'],
  ignore: ['drafts/**'],
  rules: [WITHOUT_DELAY_RULE],
};

let root: string;

function write(relative: string, content: string | object): string {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
  return file;
}

function uriOf(relative: string): string {
  return pathToFileURL(path.join(root, relative)).href;
}

function codes(params: PublishDiagnosticsParams | undefined): string[] {
  return (params?.diagnostics ?? []).map((d) => String(d.code)).sort();
}

function messageText(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

function severityOf(params: PublishDiagnosticsParams, code: string): DiagnosticSeverity | undefined {
  return params.diagnostics.find((d) => d.code === code)?.severity;
}

/** Opens a document and resolves with the diagnostics of its first version. */
async function openAndCheck(client: TestClient, uri: string, text: string): Promise<PublishDiagnosticsParams> {
  const since = client.published.length;
  await client.open(uri, text);
  return client.diagnosticsForVersion(uri, 1, since);
}

/** The next publication for `uri` after `since` that satisfies `accept`. */
function nextPublication(client: TestClient, uri: string, since: number, accept: (p: PublishDiagnosticsParams) => boolean, what: string): Promise<PublishDiagnosticsParams> {
  return client.waitForDiagnostics(uri, accept, what, { since });
}

before(() => ensureServerBuilt());

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'proposal-tone-config-'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('project configuration in the editor', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start();
  });
  after(async () => {
    await client.stop();
  });

  it('applies the nearest .proposal-tone.json: disabled rules, severities, custom phrases, ignored paths', async () => {
    write('team/.proposal-tone.json', TEAM_CONFIG);
    const team = await openAndCheck(client, uriOf('team/proposal.md'), PROPOSAL);
    assert.deepEqual(codes(team), ['imposition/without-delay', 'rejet/flawed']);
    assert.equal(severityOf(team, 'rejet/flawed'), DiagnosticSeverity.Error);
    const custom = team.diagnostics.find((d) => d.code === 'imposition/without-delay')!;
    assert.deepEqual(custom.range, { start: { line: 4, character: 25 }, end: { line: 4, character: 38 } });

    // A folder outside the team's has only the built-in rules at their default severities.
    const other = await openAndCheck(client, uriOf('other/proposal.md'), PROPOSAL);
    assert.deepEqual(codes(other), ['imposition/you-must', 'rejet/flawed']);
    assert.equal(severityOf(other, 'rejet/flawed'), DiagnosticSeverity.Warning);

    // Ignored documents get no diagnostics at all; a subfolder still uses the team's file.
    const draft = await openAndCheck(client, uriOf('team/drafts/early.md'), PROPOSAL);
    assert.deepEqual(draft.diagnostics, []);
    const nested = await openAndCheck(client, uriOf('team/clients/acme.md'), PROPOSAL);
    assert.deepEqual(codes(nested), ['imposition/without-delay', 'rejet/flawed']);

    // Hover and quick fixes work on a team rule like on a built-in one.
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf('team/proposal.md') }, position: { line: 4, character: 28 } });
    assert.match(JSON.stringify(hover?.contents), /at a pace that suits you/);
    for (const name of ['team/proposal.md', 'other/proposal.md', 'team/drafts/early.md', 'team/clients/acme.md']) await client.close(uriOf(name));
  });

  it('fix-all rewrites with the project configuration, as the CLI\'s --fix does', async () => {
    write('team/.proposal-tone.json', TEAM_CONFIG);
    const uri = uriOf('team/fix-all.md');
    await openAndCheck(client, uri, PROPOSAL);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    const [fixAll] = actions;
    assert.ok(fixAll?.edit, 'a fix-all action');
    await client.applyWorkspaceEdit(fixAll.edit);
    const fixed = client.text(uri);
    // The team's disabled rule is left alone, the team's phrase takes its alternative.
    assert.match(fixed, /You must migrate to the cloud\./);
    assert.match(fixed, /Please sign the contract at a pace that suits you\./);
    assert.doesNotMatch(fixed, /is flawed/);
    const cli = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', '--fix', '--stdin', '--stdin-filename', 'team/fix-all.md'], {
      cwd: root,
      input: PROPOSAL,
      encoding: 'utf8',
    });
    assert.equal(cli.stdout, fixed, `the CLI's --fix gives the same text (stderr: ${cli.stderr})`);
    await client.close(uri);
  });

  it('reports a broken file on the file itself, at the faulty value, and keeps checking with the built-in rules', async () => {
    const configFile = write('broken/.proposal-tone.json', '{\n  "severity": { "imposition": "loud" }\n}\n');
    const configUri = pathToFileURL(configFile).href;
    const since = client.published.length;
    const proposal = await openAndCheck(client, uriOf('broken/proposal.md'), PROPOSAL);
    // Never valid, so nothing to fall back on but the built-in configuration.
    assert.deepEqual(codes(proposal), ['imposition/you-must', 'rejet/flawed']);
    const errors = await nextPublication(client, configUri, since, (p) => p.diagnostics.length > 0, 'configuration errors');
    assert.equal(errors.diagnostics.length, 1);
    const [error] = errors.diagnostics as [Diagnostic];
    assert.equal(error.severity, DiagnosticSeverity.Error);
    assert.equal(error.source, 'proposal-tone');
    assert.match(messageText(error), /^severity\.imposition: .*"loud"/);
    // `"loud"`, quotes included, on line 2.
    const column = '  "severity": { "imposition": '.length;
    assert.deepEqual(error.range, { start: { line: 1, character: column }, end: { line: 1, character: column + '"loud"'.length } });

    // Fixing the file on disk (a watcher event) clears its diagnostics and applies it.
    const fixed = client.published.length;
    write('broken/.proposal-tone.json', { severity: { imposition: 'error' } });
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
    await nextPublication(client, configUri, fixed, (p) => p.diagnostics.length === 0, 'the configuration errors cleared');
    const rechecked = await nextPublication(
      client,
      uriOf('broken/proposal.md'),
      fixed,
      (p) => severityOf(p, 'imposition/you-must') === DiagnosticSeverity.Error,
      'you-must raised to error',
    );
    assert.equal(rechecked.version, 1);
    await client.close(uriOf('broken/proposal.md'));
  });

  it('reads an open configuration buffer before the disk, and keeps the last good configuration while the buffer is invalid', async () => {
    const configFile = write('live/.proposal-tone.json', {});
    const configUri = pathToFileURL(configFile).href;
    const proposalUri = uriOf('live/proposal.md');
    const initial = await openAndCheck(client, proposalUri, PROPOSAL);
    assert.deepEqual(codes(initial), ['imposition/you-must', 'rejet/flawed']);

    // The unsaved buffer says more than the disk: it applies at once.
    let since = client.published.length;
    // The client synchronises .proposal-tone.json buffers too (client/src/extension.ts); the server
    // tells them from proposals by name, whatever their language id.
    await client.open(configUri, JSON.stringify(TEAM_CONFIG));
    await nextPublication(client, proposalUri, since, (p) => codes(p).includes('imposition/without-delay'), 'the buffer configuration applied');

    // The buffer becomes invalid: errors on the config file, the proposal keeps the last good configuration.
    since = client.published.length;
    const broken = JSON.stringify({ ...TEAM_CONFIG, severity: { rejet: 'error' }, disabledRules: ['imposition/you-mustt'] });
    await client.replaceText(configUri, broken);
    const errors = await nextPublication(client, configUri, since, (p) => p.diagnostics.length > 0, 'configuration errors');
    assert.match(messageText(errors.diagnostics[0]!), /disabledRules\[0\]: no rule has the id "imposition\/you-mustt"/);
    const offset = broken.indexOf('"imposition/you-mustt"');
    assert.deepEqual(errors.diagnostics[0]!.range, {
      start: { line: 0, character: offset },
      end: { line: 0, character: offset + '"imposition/you-mustt"'.length },
    });
    const kept = await nextPublication(client, proposalUri, since, () => true, 'a check after the configuration broke');
    assert.deepEqual(codes(kept), ['imposition/without-delay', 'rejet/flawed']);

    // Closing the buffer unsaved: the disk's (empty) configuration applies again, and it has no errors.
    since = client.published.length;
    await client.close(configUri);
    await nextPublication(client, configUri, since, (p) => p.diagnostics.length === 0, 'no configuration errors');
    await nextPublication(client, proposalUri, since, (p) => codes(p).includes('imposition/you-must'), 'the disk configuration applied');
    assert.equal(client.exitCode, null, 'the server is still running');
    await client.close(proposalUri);
  });

  it('survives configuration files that are not JSON at all, and says where', async () => {
    const garbage = ['', '\u0000\u0001\u00ff binary', '{"rules": [', '[1, 2, 3]', '{"extends": "./.proposal-tone.json"}', `${'['.repeat(5000)}`];
    for (const [i, text] of garbage.entries()) {
      const configFile = write(`garbage${i}/.proposal-tone.json`, text);
      const since = client.published.length;
      const proposal = await openAndCheck(client, uriOf(`garbage${i}/proposal.md`), PROPOSAL);
      assert.deepEqual(codes(proposal), ['imposition/you-must', 'rejet/flawed'], `checked with the built-in rules despite ${JSON.stringify(text.slice(0, 20))}`);
      const errors = await nextPublication(client, pathToFileURL(configFile).href, since, (p) => p.diagnostics.length > 0, `errors for ${JSON.stringify(text.slice(0, 20))}`);
      assert.ok(errors.diagnostics.every((d) => d.severity === DiagnosticSeverity.Error && messageText(d).length > 0));
      await client.close(uriOf(`garbage${i}/proposal.md`));
    }
    assert.equal(client.exitCode, null, 'the server is still running');
  });
});

describe('settings and the project file together', () => {
  let client: TestClient;
  let section: Record<string, unknown> = {};
  before(async () => {
    client = await TestClient.start({ settings: () => section });
  });
  after(async () => {
    await client.stop();
  });

  it('the project file wins for what it sets; the user settings fill in the rest; disabled rules add up', async () => {
    write('team/.proposal-tone.json', { severity: { rejet: 'hint' }, disabledRules: ['imposition/you-must'] });
    section = {
      severity: { rejet: 'error', imposition: 'error' },
      disabledRules: { en: ['rejet/flawed'], fr: [] },
    };
    const withBoth = await openAndCheck(client, uriOf('team/proposal.md'), `${PROPOSAL}\nYou need to approve the budget.\n\nThis is a bad idea.\n`);
    // you-must: off by the project; flawed: off by the user; bad-idea: the project's hint wins over the
    // user's error; you-need-to: the user's imposition severity (the project says nothing about it).
    assert.deepEqual(codes(withBoth), ['imposition/you-need-to', 'rejet/bad-idea']);
    assert.equal(severityOf(withBoth, 'rejet/bad-idea'), DiagnosticSeverity.Hint);
    assert.equal(severityOf(withBoth, 'imposition/you-need-to'), DiagnosticSeverity.Error);
    await client.close(uriOf('team/proposal.md'));
  });
});

describe('an untrusted workspace', () => {
  it('reads no project file (no effect, no errors) until the client says the workspace is trusted', async () => {
    const client = await TestClient.start({ initializationOptions: { workspaceTrusted: false } });
    try {
      write('team/.proposal-tone.json', TEAM_CONFIG);
      const brokenConfig = write('broken/.proposal-tone.json', '{ "severity": 3 }');
      const proposalUri = uriOf('team/proposal.md');
      const restricted = await openAndCheck(client, proposalUri, PROPOSAL);
      assert.deepEqual(codes(restricted), ['imposition/you-must', 'rejet/flawed']);
      assert.equal(severityOf(restricted, 'rejet/flawed'), DiagnosticSeverity.Warning);
      const logsBefore = client.logs.length;
      await openAndCheck(client, uriOf('broken/proposal.md'), PROPOSAL);
      // The server validates project files once documents open; wait until it has looked.
      await client.waitForLog((l) => client.logs.indexOf(l) >= logsBefore && l.message.includes('not read (untrusted workspace)'), 'the configuration refresh');
      const info = await client.connection.sendRequest('proposalTone/serverInfo', null);
      assert.equal((info as { workspaceTrusted: boolean }).workspaceTrusted, false);

      const since = client.published.length;
      await client.connection.sendNotification('proposalTone/workspaceTrusted');
      const trusted = await nextPublication(client, proposalUri, since, (p) => codes(p).includes('imposition/without-delay'), 'the project file applied');
      assert.deepEqual(codes(trusted), ['imposition/without-delay', 'rejet/flawed']);
      await nextPublication(client, pathToFileURL(brokenConfig).href, since, (p) => p.diagnostics.length > 0, 'the broken file reported once trusted');
      const before = client.published.slice(0, since).filter((p) => p.uri === pathToFileURL(brokenConfig).href);
      assert.deepEqual(before, [], 'nothing was published for a project file while the workspace was untrusted');
    } finally {
      await client.stop();
    }
  });
});

function watchedPatterns(registrations: readonly Registration[]): unknown[] {
  return registrations
    .filter((r) => r.method === DidChangeWatchedFilesNotification.method)
    .flatMap((r) => (r.registerOptions as { watchers: { globPattern: unknown }[] }).watchers.map((w) => w.globPattern));
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what()}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe('watching configuration files', () => {
  it('registers a watcher for **/.proposal-tone.json, and for files outside the workspace pattern that a configuration extends', async () => {
    const client = await TestClient.start({
      capabilities: {
        ...EDITOR_CAPABILITIES,
        workspace: { ...EDITOR_CAPABILITIES.workspace, didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true } },
      },
    });
    const registrations: Registration[] = [];
    let allRegistered: () => void = () => undefined;
    const threeWatchers = new Promise<void>((resolve) => {
      allRegistered = resolve;
    });
    client.connection.onRequest(RegistrationRequest.type, (params) => {
      registrations.push(...params.registrations);
      if (watchedPatterns(registrations).length >= 3) allRegistered();
    });
    try {
      write('shared/house-style.json', { severity: { rejet: 'error' } });
      write('team/.proposal-tone.json', { extends: '../shared/house-style.json' });
      const proposal = await openAndCheck(client, uriOf('team/proposal.md'), PROPOSAL);
      assert.equal(severityOf(proposal, 'rejet/flawed'), DiagnosticSeverity.Error);
      await withTimeout(threeWatchers, 15_000, () => `three watchers; registered so far: ${JSON.stringify(watchedPatterns(registrations))}`);
      const patterns = watchedPatterns(registrations);
      assert.deepEqual(patterns[0], '**/.proposal-tone.json');
      assert.deepEqual(
        patterns.slice(1).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
        [
          { baseUri: pathToFileURL(path.join(root, 'shared')).href, pattern: 'house-style.json' },
          { baseUri: pathToFileURL(path.join(root, 'team')).href, pattern: '.proposal-tone.json' },
        ],
      );
      await client.close(uriOf('team/proposal.md'));
    } finally {
      await client.stop();
    }
  });
});
