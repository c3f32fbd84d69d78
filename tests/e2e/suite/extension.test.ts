// End-to-end behaviour of the extension inside a real VS Code: diagnostics, quick fixes, settings,
// untitled documents, code blocks and commands. The fixture workspace is a per-run copy, so tests may
// write files into it; each test that edits a document works on its own copy of a fixture.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  DIAGNOSTIC_SOURCE,
  EXTENSION_ID,
  closeUntitledMarkdown,
  describeDiagnostics,
  fencedCodeBlockRanges,
  messageLanguage,
  openNewProposal,
  openUntitledMarkdown,
  proposalToneDiagnostics,
  quickFixesFor,
  rangeOfText,
  readWorkspaceFile,
  ruleIdOf,
  setSetting,
  waitForDiagnostics,
  waitForRule,
} from './helpers';

interface LanguageCase {
  lang: 'fr' | 'en';
  fixture: string;
  sentence: string;
  phrase: string;
  ruleId: string;
  preferredRewrite: string;
  secondRewrite: string;
}

// The behaviour the extension promises for one sentence per language (the product's contract).
const LANGUAGE_CASES: readonly LanguageCase[] = [
  {
    lang: 'fr',
    fixture: 'proposition-fr.md',
    sentence: 'Vous devez migrer vers le cloud.',
    phrase: 'Vous devez',
    ruleId: 'imposition/vous-devez',
    preferredRewrite: 'Nous vous suggérons de migrer vers le cloud.',
    secondRewrite: 'Dans un premier temps, vous pourriez migrer vers le cloud.',
  },
  {
    lang: 'en',
    fixture: 'proposal-en.md',
    sentence: 'You must migrate to the cloud.',
    phrase: 'You must',
    ruleId: 'imposition/you-must',
    preferredRewrite: 'We suggest that you migrate to the cloud.',
    secondRewrite: 'As a first step, you could migrate to the cloud.',
  },
];

const CONTRACT_COMMANDS = ['proposalTone.restartServer', 'proposalTone.showOutput', 'proposalTone.fixAll', 'proposalTone.showReport'];

async function openFixture(fileName: string): Promise<vscode.TextDocument> {
  const [folder] = vscode.workspace.workspaceFolders ?? [];
  assert.ok(folder, 'a workspace folder is open');
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, fileName));
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/** The diagnostic of `ruleId` on the sentence's phrase (the first occurrence, outside code), once published. */
async function flaggedPhrase(document: vscode.TextDocument, languageCase: LanguageCase): Promise<vscode.Diagnostic> {
  const diagnostics = await waitForRule(document.uri, languageCase.ruleId);
  const sentenceStart = rangeOfText(document, languageCase.sentence).start;
  const found = diagnostics.find((d) => ruleIdOf(d) === languageCase.ruleId && d.range.start.line === sentenceStart.line);
  assert.ok(found, `a ${languageCase.ruleId} diagnostic on line ${sentenceStart.line}; got ${describeDiagnostics(diagnostics)}`);
  return found;
}

function sentenceIsClean(line: number): (diagnostics: vscode.Diagnostic[]) => boolean {
  return (diagnostics) => diagnostics.every((d) => d.range.start.line !== line && d.range.end.line !== line);
}

suite('Proposal Tone in a real VS Code', () => {
  suiteSetup(async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is installed`);
    await extension.activate();
  });

  suiteTeardown(async () => {
    await closeUntitledMarkdown();
  });

  for (const languageCase of LANGUAGE_CASES) {
    suite(`${languageCase.lang}: ${languageCase.sentence}`, () => {
      test('reports exactly one diagnostic, on the phrase, with rule, link, severity, source and language', async () => {
        const document = await openFixture(languageCase.fixture);
        const diagnostic = await flaggedPhrase(document, languageCase);
        const all = proposalToneDiagnostics(document.uri);
        assert.equal(all.length, 1, `only the phrase is flagged in ${languageCase.fixture}: ${describeDiagnostics(all)}`);

        const phraseRange = rangeOfText(document, languageCase.sentence);
        const expectedRange = new vscode.Range(phraseRange.start, phraseRange.start.translate(0, languageCase.phrase.length));
        assert.ok(
          diagnostic.range.isEqual(expectedRange),
          `range ${describeDiagnostics([diagnostic])} covers exactly "${languageCase.phrase}" (${expectedRange.start.line}:${expectedRange.start.character}-${expectedRange.end.line}:${expectedRange.end.character})`,
        );
        assert.equal(document.getText(diagnostic.range), languageCase.phrase);
        assert.equal(diagnostic.source, DIAGNOSTIC_SOURCE);
        assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
        assert.equal(typeof diagnostic.code, 'object', 'the code carries a link to the rule documentation');
        const code = diagnostic.code as { value: string | number; target: vscode.Uri };
        assert.equal(code.value, languageCase.ruleId);
        assert.ok(code.target instanceof vscode.Uri, 'code.target is a URI');
        assert.match(code.target.toString(), /docs\/rules\//);
        assert.equal(messageLanguage(diagnostic.message), languageCase.lang, `message in ${languageCase.lang}: "${diagnostic.message}"`);
      });

      test('reports nothing inside fenced code blocks', async () => {
        const document = await openFixture(languageCase.fixture);
        const diagnostics = await waitForRule(document.uri, languageCase.ruleId);
        const fences = fencedCodeBlockRanges(document);
        assert.ok(fences.length > 0, `${languageCase.fixture} has a fenced code block`);
        const insideFence = fences.filter((fence) => fence.contains(rangeOfText(document, languageCase.sentence, 1)));
        assert.equal(insideFence.length, 1, 'the fixture repeats the flagged sentence inside a code block');
        const flaggedInCode = diagnostics.filter((d) => fences.some((fence) => fence.intersection(d.range) !== undefined));
        assert.deepEqual(flaggedInCode, [], `no diagnostics in code: ${describeDiagnostics(flaggedInCode)}`);
      });

      test('the preferred quick fix rewrites the sentence and the diagnostic goes away', async () => {
        const fixtureText = await readWorkspaceFile(languageCase.fixture);
        const document = await openNewProposal(`preferred-fix-${languageCase.lang}.md`, fixtureText);
        const diagnostic = await flaggedPhrase(document, languageCase);
        const fixes = await quickFixesFor(document, diagnostic);
        const [preferred] = fixes;
        assert.ok(preferred?.edit, 'a quick fix with an edit');
        assert.equal(preferred.isPreferred, true, `the first fix "${preferred.title}" is the preferred one`);
        assert.equal(preferred.kind?.value, vscode.CodeActionKind.QuickFix.value);

        const line = diagnostic.range.start.line;
        assert.equal(await vscode.workspace.applyEdit(preferred.edit), true, 'the edit applies');
        assert.equal(document.lineAt(line).text, languageCase.preferredRewrite);
        await waitForDiagnostics(document.uri, sentenceIsClean(line), 'the rewritten sentence to be clean');
        const expectedText = fixtureText.replace(languageCase.sentence, languageCase.preferredRewrite);
        assert.equal(document.getText(), expectedText, 'nothing outside the sentence changed');
        assert.equal(await document.save(), true);
      });

      test('the second quick fix gives the "first step" stance', async () => {
        const fixtureText = await readWorkspaceFile(languageCase.fixture);
        const document = await openNewProposal(`second-fix-${languageCase.lang}.md`, fixtureText);
        const diagnostic = await flaggedPhrase(document, languageCase);
        const fixes = await quickFixesFor(document, diagnostic);
        assert.ok(fixes.length >= 2, `at least two fixes: ${fixes.map((fix) => fix.title).join(' | ')}`);
        const second = fixes[1];
        assert.ok(second?.edit);
        assert.notEqual(second.isPreferred, true, 'only the first fix is preferred');

        const line = diagnostic.range.start.line;
        assert.equal(await vscode.workspace.applyEdit(second.edit), true, 'the edit applies');
        assert.equal(
          document.lineAt(line).text,
          languageCase.secondRewrite,
          `the second of the fixes offered (${fixes.map((fix) => `"${fix.title}"`).join(', ')}) gives the first-step stance`,
        );
        await waitForDiagnostics(document.uri, sentenceIsClean(line), 'the rewritten sentence to be clean');
      });

      test('an untitled Markdown document is checked', async () => {
        // Left open until the suite ends, so that the next language's document gets a name of its own.
        const document = await openUntitledMarkdown(`${languageCase.sentence}\n`);
        assert.equal(document.uri.scheme, 'untitled');
        const diagnostic = await flaggedPhrase(document, languageCase);
        assert.equal(document.getText(diagnostic.range), languageCase.phrase);
      });
    });
  }

  suite('settings apply without reload', () => {
    const [french] = LANGUAGE_CASES;

    teardown(async () => {
      await setSetting('severity.imposition', undefined);
      await setSetting('enable', undefined);
    });

    test('turning the category off removes its diagnostics; a new severity replaces the old one', async () => {
      assert.ok(french);
      const document = await openNewProposal('settings-severity.md', await readWorkspaceFile(french.fixture));
      const line = (await flaggedPhrase(document, french)).range.start.line;
      const onTheSentence = (diagnostics: vscode.Diagnostic[]): vscode.Diagnostic[] =>
        diagnostics.filter((d) => ruleIdOf(d) === french.ruleId && d.range.start.line === line);

      await setSetting('severity.imposition', 'off');
      await waitForDiagnostics(document.uri, (diagnostics) => onTheSentence(diagnostics).length === 0, 'imposition to be off');

      await setSetting('severity.imposition', 'error');
      const asErrors = await waitForDiagnostics(
        document.uri,
        (diagnostics) => onTheSentence(diagnostics).length === 1,
        'the imposition diagnostic to come back',
      );
      assert.equal(onTheSentence(asErrors)[0]?.severity, vscode.DiagnosticSeverity.Error);

      await setSetting('severity.imposition', 'hint');
      await waitForDiagnostics(
        document.uri,
        (diagnostics) => onTheSentence(diagnostics)[0]?.severity === vscode.DiagnosticSeverity.Hint,
        'the diagnostic to become a hint',
      );
    });

    test('proposalTone.enable turns checking off and on', async () => {
      assert.ok(french);
      const document = await openNewProposal('settings-enable.md', await readWorkspaceFile(french.fixture));
      await flaggedPhrase(document, french);

      await setSetting('enable', false);
      await waitForDiagnostics(document.uri, (diagnostics) => diagnostics.length === 0, 'no diagnostics while disabled');

      await setSetting('enable', true);
      await flaggedPhrase(document, french);
    });
  });

  suite('commands', () => {
    test('every contributed command runs without throwing, and checking works afterwards', async () => {
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(extension);
      const contributed = ((extension.packageJSON as { contributes?: { commands?: { command: string }[] } }).contributes?.commands ?? []).map(
        (entry) => entry.command,
      );
      for (const command of CONTRACT_COMMANDS) assert.ok(contributed.includes(command), `${command} is contributed`);

      const [french] = LANGUAGE_CASES;
      assert.ok(french);
      // Commands such as fixAll and showReport act on the active Markdown editor.
      const document = await openNewProposal('commands.md', await readWorkspaceFile(french.fixture));
      await flaggedPhrase(document, french);
      const registered = await vscode.commands.getCommands(true);
      for (const command of contributed) {
        assert.ok(registered.includes(command), `${command} is registered`);
        await vscode.window.showTextDocument(document, { preview: false });
        await vscode.commands.executeCommand(command);
      }

      const afterwards = await openNewProposal('after-commands.md', `${french.sentence}\n`);
      const diagnostic = await flaggedPhrase(afterwards, french);
      assert.equal(afterwards.getText(diagnostic.range), french.phrase);
    });
  });
});
