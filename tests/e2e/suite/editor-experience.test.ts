// The editor experience in a real VS Code: "rephrase as steps", "ignore here" and "disable in this
// document" applied through the code actions VS Code lists, and the tone report (a webview panel, and
// the server's proposalTone/report answer). Each test works on an untitled document of its own, under a
// URI used once in the run (openUnsavedProposal), closed without saving at the end: a file written to disk
// just before it is edited can race with the file watcher (a reload cancels requests, and a save then
// sees a newer file on disk).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  EXTENSION_ID,
  closeWithoutSaving,
  describeDiagnostics,
  openUnsavedProposal,
  quickFixesFor,
  ruleIdOf,
  waitForDiagnostics,
} from './helpers';

const REPORT_VIEW_TYPE = 'proposalTone.report';
const REPORT_METHOD = 'proposalTone/report';
const TAB_TIMEOUT_MS = 30_000;
/** A code-action request VS Code cancels (it happens right after diagnostics arrive) is asked again, this many times. */
const CANCELLED_ATTEMPTS = 5;

interface ReportAnswer {
  status: string;
  version?: number;
  report?: {
    total: number;
    byCategory: Record<string, number>;
    balance: { suggestions: number; orders: number };
    sections: { title?: string; line: number; total: number }[];
    findings: { ruleId: string; range: { start: { line: number; character: number } } }[];
  };
}

interface ExtensionApi {
  client: { sendRequest(method: string, params: unknown): Promise<unknown> };
}

async function api(): Promise<ExtensionApi> {
  const extension = vscode.extensions.getExtension<ExtensionApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is installed`);
  return extension.isActive ? extension.exports : extension.activate();
}

function onLine(diagnostics: readonly vscode.Diagnostic[], line: number, ruleId: string): vscode.Diagnostic {
  const found = diagnostics.find((d) => d.range.start.line === line && ruleIdOf(d) === ruleId);
  assert.ok(found, `a ${ruleId} diagnostic on line ${line}; got ${describeDiagnostics(diagnostics)}`);
  return found;
}

function isCancellation(error: unknown): boolean {
  return error instanceof Error && (error.name === 'Canceled' || error.message === 'Canceled');
}

/** The quick fixes for a diagnostic, asking again when VS Code cancels the request. */
async function fixesFor(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await quickFixesFor(document, diagnostic);
    } catch (error) {
      if (!isCancellation(error) || attempt >= CANCELLED_ATTEMPTS) throw error;
    }
  }
}

/** Accepts exactly the diagnostics this test's text gives (rule and line of each), nothing more or less. */
function exactly(expected: readonly (readonly [number, string])[]): (diagnostics: vscode.Diagnostic[]) => boolean {
  const key = (line: number, ruleId: string | undefined): string => `${line} ${ruleId}`;
  const wanted = expected.map(([line, ruleId]) => key(line, ruleId)).sort();
  return (diagnostics) => JSON.stringify(diagnostics.map((d) => key(d.range.start.line, ruleIdOf(d))).sort()) === JSON.stringify(wanted);
}

function reportTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(REPORT_VIEW_TYPE));
}

/** Resolves with the report's tab as soon as one is open, checking now and on every change of tabs. */
function waitForReportTab(): Promise<vscode.Tab> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const [tab] = reportTabs();
      if (!tab) return false;
      subscription.dispose();
      clearTimeout(timer);
      resolve(tab);
      return true;
    };
    const subscription = vscode.window.tabGroups.onDidChangeTabs(() => check());
    const timer = setTimeout(() => {
      subscription.dispose();
      const open = vscode.window.tabGroups.all.flatMap((group) => group.tabs).map((tab) => tab.label);
      reject(new Error(`no ${REPORT_VIEW_TYPE} webview tab after ${TAB_TIMEOUT_MS} ms; open tabs: ${open.join(', ') || '(none)'}`));
    }, TAB_TIMEOUT_MS);
    check();
  });
}

suite('Proposal Tone editor experience', () => {
  let document: vscode.TextDocument | undefined;

  suiteSetup(async () => {
    await api();
  });

  teardown(async () => {
    if (document) await closeWithoutSaving(document);
    document = undefined;
  });

  test('rephrase as steps turns a paragraph of orders into one sequence', async () => {
    const paragraph = 'Vous devez migrer la base. Il faut recruter un développeur. Vous devez **former** les équipes.';
    document = await openUnsavedProposal('rephrase-as-steps', `# Plan\n\n${paragraph}\n\nLa suite du plan est à définir ensemble.\n`);
    const diagnostics = await waitForDiagnostics(document.uri, exactly([[2, 'imposition/vous-devez'], [2, 'imposition/il-faut'], [2, 'imposition/vous-devez']]), 'three orders on line 2');
    const fixes = await fixesFor(document, onLine(diagnostics, 2, 'imposition/vous-devez'));
    const steps = fixes.find((fix) => fix.title === 'Reformuler en étapes (3)');
    assert.ok(steps?.edit, `a "Reformuler en étapes (3)" fix among: ${fixes.map((fix) => fix.title).join(' | ')}`);
    assert.notEqual(steps.isPreferred, true);

    assert.equal(await vscode.workspace.applyEdit(steps.edit), true, 'the edit applies');
    assert.equal(
      document.lineAt(2).text,
      'Dans un premier temps, vous pourriez migrer la base. Ensuite, vous pourriez recruter un développeur. Enfin, vous pourriez **former** les équipes.',
    );
    assert.equal(document.lineAt(4).text, 'La suite du plan est à définir ensemble.', 'the next paragraph is untouched');
    await waitForDiagnostics(document.uri, (found) => found.every((d) => d.range.start.line !== 2), 'the sequence to be clean');
  });

  test('ignore here silences the finding and keeps the paragraph whole', async () => {
    const text = 'Le contexte est posé.\nVous devez migrer avant la fin du support.\nLa suite reste ouverte.\n\nVous devez former les équipes.\n';
    document = await openUnsavedProposal('ignore-here', text);
    const diagnostics = await waitForDiagnostics(document.uri, exactly([[1, 'imposition/vous-devez'], [4, 'imposition/vous-devez']]), 'two orders');
    const fixes = await fixesFor(document, onLine(diagnostics, 1, 'imposition/vous-devez'));
    const ignore = fixes[fixes.length - 1];
    assert.ok(ignore?.edit);
    assert.equal(ignore.title, 'Ignorer ici (imposition/vous-devez)', `"ignore here" comes last: ${fixes.map((fix) => fix.title).join(' | ')}`);
    assert.notEqual(ignore.isPreferred, true);

    assert.equal(await vscode.workspace.applyEdit(ignore.edit), true);
    // The comment ends the flagged line: no line of its own, so the paragraph is not split.
    assert.equal(
      document.getText(),
      'Le contexte est posé.\nVous devez migrer avant la fin du support. <!-- proposal-tone-disable-line imposition/vous-devez -->\nLa suite reste ouverte.\n\nVous devez former les équipes.\n',
    );
    const after = await waitForDiagnostics(document.uri, (found) => found.every((d) => d.range.start.line !== 1), 'the finding on line 1 to go away');
    assert.ok(
      after.some((d) => d.range.start.line === 4 && ruleIdOf(d) === 'imposition/vous-devez'),
      `the other order is still flagged: ${describeDiagnostics(after)}`,
    );
  });

  test('disable in this document writes the front matter and turns the rule off in the whole file', async () => {
    const text = 'You must migrate to the cloud.\n\nOf course, the first batch starts in March.\n\nYou must train the teams.\n';
    document = await openUnsavedProposal('disable-in-document', text);
    const diagnostics = await waitForDiagnostics(
      document.uri,
      exactly([[0, 'imposition/you-must'], [2, 'absolu/of-course'], [4, 'imposition/you-must']]),
      'two orders and a certainty',
    );
    const fixes = await fixesFor(document, onLine(diagnostics, 0, 'imposition/you-must'));
    const disable = fixes.find((fix) => fix.title === 'Disable imposition/you-must in this document');
    assert.ok(disable?.edit, fixes.map((fix) => fix.title).join(' | '));

    assert.equal(await vscode.workspace.applyEdit(disable.edit), true);
    assert.equal(document.getText(), `---\nproposal-tone:\n  disable: [imposition/you-must]\n---\n${text}`);
    const after = await waitForDiagnostics(
      document.uri,
      (found) => found.every((d) => ruleIdOf(d) !== 'imposition/you-must') && found.length > 0,
      'no imposition/you-must diagnostic, the others kept',
    );
    assert.ok(
      after.every((d) => ruleIdOf(d)?.startsWith('absolu/')),
      `only the certainty is left: ${describeDiagnostics(after)}`,
    );
  });

  test('the report opens in a webview, and the server reports the counts of the document', async () => {
    const text = [
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
    document = await openUnsavedProposal('tone-report', text);
    const diagnostics = await waitForDiagnostics(
      document.uri,
      exactly([[6, 'imposition/vous-devez'], [6, 'imposition/il-faut'], [12, 'absolu/bien-entendu']]),
      'two orders and a certainty',
    );
    for (const tab of reportTabs()) await vscode.window.tabGroups.close(tab);

    await vscode.commands.executeCommand('proposalTone.showReport');
    const tab = await waitForReportTab();
    assert.ok(tab.input instanceof vscode.TabInputWebview);

    const answer = (await (await api()).client.sendRequest(REPORT_METHOD, { textDocument: { uri: document.uri.toString() } })) as ReportAnswer;
    assert.equal(answer.status, 'analysed');
    assert.equal(answer.version, document.version);
    const report = answer.report;
    assert.ok(report);
    assert.equal(report.total, diagnostics.length);
    assert.equal(report.byCategory.imposition, 2);
    assert.equal(report.byCategory.absolu, 1);
    assert.equal(report.byCategory.imposition + report.byCategory.absolu, diagnostics.length, describeDiagnostics(diagnostics));
    assert.deepEqual(report.balance, { suggestions: 2, orders: 2 });
    assert.deepEqual(
      report.sections.map((section) => [section.title, section.line, section.total]),
      [
        ['Contexte', 0, 0],
        ['Approche', 4, 2],
        ['Calendrier', 10, 1],
      ],
    );
    assert.deepEqual(
      report.findings.map((finding) => finding.range.start.line),
      [...diagnostics].map((d) => d.range.start.line).sort((a, b) => a - b),
    );

    await vscode.window.tabGroups.close(tab);
    assert.deepEqual(reportTabs(), [], 'the report tab closed');
  });
});
