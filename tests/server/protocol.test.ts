// The language server as an editor sees it: the built bundle, spoken to over stdio (and node IPC), with
// diagnostics, quick fixes, fix-all, hover, the fix-all command and the behaviour around them.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  DiagnosticSeverity,
  ExecuteCommandRequest,
  HoverRequest,
  type CodeAction,
  type Diagnostic,
  type MarkupContent,
  type TextDocumentEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CATEGORY_TEXT, analyse, applyEdits, fixAll, type Finding } from '../../server/src/engine/index.js';
import { ROOT, TestClient, ensureServerBuilt, fileUri } from './lsp-harness.js';

interface LanguageCase {
  lang: 'fr' | 'en';
  text: string;
  sentence: string;
  phrase: string;
  ruleId: string;
  preferredRewrite: string;
}

// The product's contract for one sentence per language, placed on line 4 after a heading and a paragraph.
const CASES: readonly LanguageCase[] = [
  {
    lang: 'fr',
    text: '# Plan de migration\n\nLe comité a validé le périmètre.\n\nVous devez migrer vers le cloud.\n',
    sentence: 'Vous devez migrer vers le cloud.',
    phrase: 'Vous devez',
    ruleId: 'imposition/vous-devez',
    preferredRewrite: 'Nous vous suggérons de migrer vers le cloud.',
  },
  {
    lang: 'en',
    text: '# Migration plan\n\nThe steering group approved the scope.\n\nYou must migrate to the cloud.\n',
    sentence: 'You must migrate to the cloud.',
    phrase: 'You must',
    ruleId: 'imposition/you-must',
    preferredRewrite: 'We suggest that you migrate to the cloud.',
  },
];

const SENTENCE_LINE = 4;
const FIX_ALL_KIND = 'source.fixAll.proposalTone';

function ruleDocumentationHref(ruleId: string): string {
  return pathToFileURL(path.join(ROOT, 'docs', 'rules', ...ruleId.split('/')) + '.md').href;
}

function onlyFinding(text: string): Finding {
  const { findings } = analyse(text);
  assert.equal(findings.length, 1, `the engine finds one phrase in the test text: ${JSON.stringify(findings.map((f) => f.ruleId))}`);
  return findings[0]!;
}

function codeActions(client: TestClient, uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return client.connection
    .sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } })
    .then((result) => (result ?? []).filter((item): item is CodeAction => !('command' in item && typeof item.command === 'string')));
}

function singleDocumentEdit(action: CodeAction): TextDocumentEdit {
  const changes = action.edit?.documentChanges;
  assert.ok(changes && changes.length === 1, `"${action.title}" edits one document through documentChanges`);
  const [change] = changes;
  assert.ok(change && 'textDocument' in change && 'edits' in change);
  return change;
}

function lineOf(text: string, line: number): string | undefined {
  return text.split('\n')[line];
}

function assertPublishedVersionsNeverGoBack(client: TestClient): void {
  const lastByUri = new Map<string, number>();
  for (const publication of client.published) {
    if (publication.version === undefined) {
      lastByUri.delete(publication.uri);
      continue;
    }
    const last = lastByUri.get(publication.uri);
    assert.ok(last === undefined || publication.version >= last, `${publication.uri}: v${publication.version} published after v${last}`);
    lastByUri.set(publication.uri, publication.version);
  }
}

describe('language server over stdio, default settings', () => {
  let client: TestClient;

  before(async () => {
    ensureServerBuilt();
    client = await TestClient.start();
  });

  after(async () => {
    assertPublishedVersionsNeverGoBack(client);
    const errors = client.logs.filter((log) => log.type === 1);
    await client.stop();
    assert.deepEqual(errors, [], 'no errors logged');
    assert.equal(client.exitCode, 0, 'the server exits cleanly after shutdown and exit');
  });

  it('announces incremental sync with save, quick fixes and fix-all, hover and the fix-all command', () => {
    const result = client.initializeResult;
    assert.ok(result);
    assert.deepEqual(result.capabilities.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
    const codeActionProvider = result.capabilities.codeActionProvider;
    assert.ok(typeof codeActionProvider === 'object');
    assert.deepEqual(codeActionProvider.codeActionKinds, ['quickfix', 'refactor.rewrite.proposalTone.steps', FIX_ALL_KIND]);
    assert.equal(result.capabilities.hoverProvider, true);
    assert.deepEqual(result.capabilities.executeCommandProvider?.commands, ['proposalTone.applyFixAll']);
    assert.equal(result.serverInfo?.name, 'proposal-tone');
  });

  for (const languageCase of CASES) {
    describe(`${languageCase.lang}: ${languageCase.sentence}`, () => {
      it('publishes one diagnostic on the phrase with rule, link, severity, source, message and fixes', async () => {
        const uri = fileUri(`diagnostic-${languageCase.lang}.md`);
        await client.open(uri, languageCase.text);
        const { diagnostics, version } = await client.diagnosticsForVersion(uri, 1);
        assert.equal(version, 1);
        assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
        const [diagnostic] = diagnostics;
        assert.ok(diagnostic);
        assert.deepEqual(diagnostic.range, {
          start: { line: SENTENCE_LINE, character: 0 },
          end: { line: SENTENCE_LINE, character: languageCase.phrase.length },
        });
        assert.equal(diagnostic.code, languageCase.ruleId);
        assert.equal(diagnostic.source, 'proposal-tone');
        assert.equal(diagnostic.severity, DiagnosticSeverity.Warning);
        assert.deepEqual(diagnostic.codeDescription, { href: ruleDocumentationHref(languageCase.ruleId) });

        // The server converts the engine's finding: message as written, every fix with LSP ranges.
        const finding = onlyFinding(languageCase.text);
        const document = TextDocument.create(uri, 'markdown', 1, languageCase.text);
        assert.equal(diagnostic.message, finding.message);
        assert.deepEqual(diagnostic.data, {
          ruleId: languageCase.ruleId,
          fixes: finding.fixes.map((fix) => ({
            title: fix.title,
            preferred: fix.preferred,
            edits: fix.edits.map((edit) => ({
              range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) },
              newText: edit.newText,
            })),
          })),
        });
        await client.close(uri);
      });

      it('offers one quick fix per rewrite; the preferred one rewrites the sentence and the diagnostic goes away', async () => {
        const uri = fileUri(`preferred-${languageCase.lang}.md`);
        await client.open(uri, languageCase.text);
        const { diagnostics } = await client.diagnosticsForVersion(uri, 1);
        const finding = onlyFinding(languageCase.text);
        // The rewrites come first; "disable in this document" and "ignore here" follow (editor-actions.test.ts).
        const actions = (await codeActions(client, uri, diagnostics)).slice(0, finding.fixes.length);
        assert.deepEqual(
          actions.map((action) => action.title),
          finding.fixes.map((fix) => fix.title),
        );
        assert.deepEqual(
          actions.map((action) => action.isPreferred),
          finding.fixes.map((_, index) => index === 0),
        );
        for (const action of actions) {
          assert.equal(action.kind, 'quickfix');
          assert.deepEqual(action.diagnostics, diagnostics);
          assert.deepEqual(singleDocumentEdit(action).textDocument, { uri, version: 1 });
        }

        const [preferred] = actions;
        assert.ok(preferred?.edit);
        const since = client.published.length;
        await client.applyWorkspaceEdit(preferred.edit);
        assert.equal(lineOf(client.text(uri), SENTENCE_LINE), languageCase.preferredRewrite);
        assert.equal(client.text(uri), languageCase.text.replace(languageCase.sentence, languageCase.preferredRewrite), 'nothing else changed');
        const after = await client.diagnosticsForVersion(uri, 2, since);
        assert.deepEqual(after.diagnostics, [], 'the rewritten sentence is clean');
        await client.close(uri);
      });

      it('the second quick fix applies the second stance', async () => {
        const uri = fileUri(`second-${languageCase.lang}.md`);
        await client.open(uri, languageCase.text);
        const { diagnostics } = await client.diagnosticsForVersion(uri, 1);
        const actions = await codeActions(client, uri, diagnostics);
        const second = actions[1];
        assert.ok(second?.edit, 'at least two quick fixes');
        assert.equal(second.isPreferred, false);
        const expectedFix = onlyFinding(languageCase.text).fixes[1]!;
        assert.equal(second.title, expectedFix.title);

        await client.applyWorkspaceEdit(second.edit);
        assert.equal(client.text(uri), applyEdits(languageCase.text, expectedFix.edits));
        assert.equal(lineOf(client.text(uri), SENTENCE_LINE), expectedFix.preview);
        assert.notEqual(expectedFix.preview, languageCase.preferredRewrite);
        const after = await client.diagnosticsForVersion(uri, 2);
        assert.deepEqual(after.diagnostics, []);
        await client.close(uri);
      });

      it('hovering the phrase explains the posture and lists the rewrites', async () => {
        const uri = fileUri(`hover-${languageCase.lang}.md`);
        await client.open(uri, languageCase.text);
        const { diagnostics } = await client.diagnosticsForVersion(uri, 1);
        const hover = await client.connection.sendRequest(HoverRequest.type, {
          textDocument: { uri },
          position: { line: SENTENCE_LINE, character: 2 },
        });
        assert.ok(hover, 'a hover on the phrase');
        assert.deepEqual(hover.range, diagnostics[0]?.range);
        const contents = hover.contents as MarkupContent;
        assert.equal(contents.kind, 'markdown');
        const finding = onlyFinding(languageCase.text);
        const category = CATEGORY_TEXT[languageCase.lang].imposition;
        assert.ok(contents.value.includes(`**${category.label}**`), contents.value);
        assert.ok(contents.value.includes(finding.note), 'the note');
        assert.ok(contents.value.includes(finding.message), 'the message');
        for (const fix of finding.fixes) assert.ok(contents.value.includes(fix.preview), `the rewrite "${fix.preview}"`);
        assert.ok(contents.value.includes(languageCase.preferredRewrite));

        const elsewhere = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 3 } });
        assert.equal(elsewhere, null, 'no hover away from findings');
        await client.close(uri);
      });
    });
  }

  describe('fixing a whole document', () => {
    const text =
      '# Étapes\n\nVous devez migrer vers le cloud. Il faut archiver les anciens journaux.\n\nLe comité valide le budget.\n\nVous devez former les équipes.\n';

    it('the engine finds several phrases in the test text', () => {
      assert.ok(analyse(text).findings.length >= 3);
    });

    it('offers source.fixAll.proposalTone as one minimal edit that leaves no finding', async () => {
      const uri = fileUri('fix-all-action.md');
      await client.open(uri, text);
      const { diagnostics } = await client.diagnosticsForVersion(uri, 1);
      assert.ok(diagnostics.length >= 3);

      const quickFixesOnly = await codeActions(client, uri, diagnostics, ['quickfix']);
      assert.ok(quickFixesOnly.every((action) => action.kind === 'quickfix'));
      const unrestricted = await codeActions(client, uri, diagnostics);
      assert.ok(!unrestricted.some((action) => action.kind === FIX_ALL_KIND), 'fix-all is computed only when asked for by kind');

      for (const only of [['source.fixAll'], [FIX_ALL_KIND], ['source']]) {
        const actions = await codeActions(client, uri, [], only);
        assert.deepEqual(
          actions.map((action) => action.kind),
          [FIX_ALL_KIND],
          `only ${only.join(',')}`,
        );
      }
      const [fixAllAction] = await codeActions(client, uri, [], ['source.fixAll']);
      assert.ok(fixAllAction?.edit);
      const change = singleDocumentEdit(fixAllAction);
      assert.deepEqual(change.textDocument, { uri, version: 1 });
      assert.equal(change.edits.length, 1);
      const [edit] = change.edits;
      assert.ok(edit && 'range' in edit);
      assert.deepEqual(edit.range.start, { line: 2, character: 0 }, 'the edit starts at the first change, not at the top');

      await client.applyWorkspaceEdit(fixAllAction.edit);
      assert.equal(client.text(uri), fixAll(text).text);
      const after = await client.diagnosticsForVersion(uri, 2);
      assert.deepEqual(after.diagnostics, []);
      const nothingLeft = await codeActions(client, uri, [], ['source.fixAll']);
      assert.deepEqual(nothingLeft, [], 'no fix-all action on a clean document');
      await client.close(uri);
    });

    it('proposalTone.applyFixAll rewrites the document through workspace/applyEdit', async () => {
      const uri = fileUri('fix-all-command.md');
      await client.open(uri, text);
      await client.diagnosticsForVersion(uri, 1);
      const expected = fixAll(text);
      const result: unknown = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'proposalTone.applyFixAll', arguments: [uri] });
      assert.deepEqual(result, { applied: expected.applied });
      assert.equal(client.text(uri), expected.text);
      const after = await client.diagnosticsForVersion(uri, 2);
      assert.deepEqual(after.diagnostics, []);

      const again: unknown = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'proposalTone.applyFixAll', arguments: [uri] });
      assert.deepEqual(again, { applied: 0 }, 'nothing left to rewrite');
      await client.close(uri);
    });

    it('reports nothing applied when the editor refuses the edit', async () => {
      const uri = fileUri('fix-all-refused.md');
      await client.open(uri, text);
      await client.diagnosticsForVersion(uri, 1);
      client.acceptEdits = false;
      try {
        const result: unknown = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'proposalTone.applyFixAll', arguments: [uri] });
        assert.deepEqual(result, { applied: 0 });
        assert.equal(client.text(uri), text);
      } finally {
        client.acceptEdits = true;
      }
      await client.close(uri);
    });
  });

  describe('typing', () => {
    it('a burst of changes is checked once, for the last version', async () => {
      const uri = fileUri('typing-burst.md');
      await client.open(uri, '# Notes\n\n');
      await client.diagnosticsForVersion(uri, 1);
      const since = client.published.length;
      for (const word of ['Vous ', 'devez ', 'migrer.']) {
        const end = client.text(uri).length;
        const position = TextDocument.create(uri, 'markdown', 0, client.text(uri)).positionAt(end);
        await client.edit(uri, [{ range: { start: position, end: position }, newText: word }]);
      }
      const final = await client.diagnosticsForVersion(uri, 4, since);
      assert.deepEqual(
        final.diagnostics.map((d) => d.code),
        ['imposition/vous-devez'],
      );
      const forThisDocument = client.published.slice(since).filter((p) => p.uri === uri);
      assert.deepEqual(
        forThisDocument.map((p) => p.version),
        [4],
        'intermediate versions are not published',
      );
      await client.close(uri);
    });
  });

  describe('closed documents', () => {
    it('closing clears the diagnostics; requests about a closed document answer cleanly', async () => {
      const [french] = CASES;
      assert.ok(french);
      const uri = fileUri('closed.md');
      await client.open(uri, french.text);
      const { diagnostics } = await client.diagnosticsForVersion(uri, 1);
      const since = client.published.length;
      await client.close(uri);
      const cleared = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0, 'the diagnostics to be cleared', { since });
      assert.equal(cleared.version, undefined);

      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: SENTENCE_LINE, character: 2 } });
      assert.equal(hover, null);
      assert.deepEqual(await codeActions(client, uri, diagnostics), []);
      assert.deepEqual(await codeActions(client, uri, [], ['source.fixAll']), []);
      const result: unknown = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'proposalTone.applyFixAll', arguments: [uri] });
      assert.deepEqual(result, { applied: 0 });
    });

    it('ignores diagnostics that are not its own', async () => {
      const [english] = CASES;
      assert.ok(english);
      const uri = fileUri('foreign-diagnostics.md');
      await client.open(uri, english.text);
      const { diagnostics } = await client.diagnosticsForVersion(uri, 1);
      const foreign: Diagnostic[] = diagnostics.map((d) => ({ ...d, source: 'markdownlint' }));
      const mangled: Diagnostic[] = diagnostics.map((d) => ({ ...d, data: { ruleId: d.code, fixes: 'none' } }));
      assert.deepEqual(await codeActions(client, uri, foreign), []);
      assert.deepEqual(await codeActions(client, uri, mangled), []);
      await client.close(uri);
    });
  });

  describe('a failing handler', () => {
    it('is logged and answered, and the server keeps working', async () => {
      const [french] = CASES;
      assert.ok(french);
      const uri = fileUri('failing-handler.md');
      await client.open(uri, french.text);
      await client.diagnosticsForVersion(uri, 1);
      const errorsBefore = client.logs.filter((log) => log.type === 1).length;
      // A hover without a position makes the handler throw inside the server.
      const broken = await client.connection.sendRequest(HoverRequest.method, { textDocument: { uri } });
      assert.equal(broken, null);
      const logged = await client.waitForLog((log) => log.type === 1 && log.message.startsWith('textDocument/hover failed'), 'the error to be logged');
      assert.ok(logged.message.length > 'textDocument/hover failed'.length, 'the log says what went wrong');
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: SENTENCE_LINE, character: 2 } });
      assert.ok(hover, 'the next hover works');
      // This error was provoked on purpose: remove it so that the suite's no-error check still applies.
      const provoked = client.logs.indexOf(logged);
      client.logs.splice(provoked, 1);
      assert.equal(client.logs.filter((log) => log.type === 1).length, errorsBefore);
      await client.close(uri);
    });
  });
});
