// The editor and the CLI give the same findings on the same documents under the same .proposal-tone.json:
// the built CLI (`dist/cli.js check --format json`) and the built server, over LSP with the editor's
// default settings, on real proposals and on every sentence of the evaluation fixtures, French and
// English, under a configuration that uses every kind of key.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { JsonReport } from '../../server/src/cli/report.js';
import { ROOT, TestClient, ensureServerBuilt } from './lsp-harness.js';

const CLI_BUNDLE = path.join(ROOT, 'dist', 'cli.js');

const TEAM_CONFIG = {
  extends: ['strict'],
  severity: { absolu: 'hint', complaisance: 'off' },
  disabledRules: { en: ['imposition/you-have-to'], fr: ['imposition/il-faut'] },
  ignore: ['drafts/**'],
  checkQuotes: true,
  rules: [
    {
      id: 'imposition/merci-de',
      lang: 'fr',
      category: 'imposition',
      patterns: ['^ merci de >> {inf}'],
      message: '{phrase} sonne comme un ordre poli : proposez plutôt.',
      alternatives: ['nous vous proposons de'],
    },
    {
      id: 'imposition/without-delay',
      lang: 'en',
      category: 'imposition',
      patterns: ['without delay'],
      message: '{phrase} reads as an order: suggest a timeline instead.',
      alternatives: ['at a pace that suits you'],
    },
  ],
};

const SEVERITY_NAMES: Record<number, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

interface ComparableFinding {
  rule: string;
  severity: string;
  message: string;
  range: unknown;
  fixes: unknown;
}

function byPosition(a: ComparableFinding, b: ComparableFinding): number {
  return JSON.stringify([a.range, a.rule]).localeCompare(JSON.stringify([b.range, b.rule]));
}

function fromServer(diagnostic: Diagnostic): ComparableFinding {
  const data = diagnostic.data as { fixes: unknown[] };
  return {
    rule: String(diagnostic.code),
    severity: SEVERITY_NAMES[diagnostic.severity ?? 0] ?? 'unknown',
    message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
    range: diagnostic.range,
    fixes: data.fixes,
  };
}

/** Every sentence of an evaluation fixture as its own paragraph (flagged and clean ones alike). */
function paragraphsOf(tsvFile: string, heading: string): string {
  const rows = readFileSync(tsvFile, 'utf8').trim().split('\n').slice(1);
  const sentences = rows.map((row) => row.split('\t')[4]).filter((sentence): sentence is string => Boolean(sentence));
  return `# ${heading}\n\n${sentences.join('\n\n')}\n`;
}

describe('the same findings in the editor and the CLI', () => {
  let root: string;
  let client: TestClient;

  before(async () => {
    ensureServerBuilt();
    root = mkdtempSync(path.join(tmpdir(), 'proposal-tone-parity-'));
    const team = path.join(root, 'team');
    mkdirSync(path.join(team, 'drafts'), { recursive: true });
    writeFileSync(path.join(team, '.proposal-tone.json'), JSON.stringify(TEAM_CONFIG, null, 2));
    cpSync(path.join(ROOT, 'examples'), team, { recursive: true });
    writeFileSync(path.join(team, 'phrases-fr.md'), paragraphsOf(path.join(ROOT, 'tests/fixtures/eval/fr.tsv'), 'Phrases'));
    writeFileSync(path.join(team, 'phrases-en.md'), paragraphsOf(path.join(ROOT, 'tests/fixtures/eval/en.tsv'), 'Sentences'));
    writeFileSync(path.join(team, 'equipe.md'), '# Équipe\n\nMerci de valider le devis avant vendredi.\n\nLe directeur a dit : « Vous devez signer le devis. »\n');
    writeFileSync(path.join(team, 'team.md'), '# Team\n\nPlease sign the contract without delay.\n\nYou have to sign the contract.\n');
    writeFileSync(path.join(team, 'drafts', 'early.md'), 'You must migrate to the cloud.\n');
    client = await TestClient.start();
  });

  after(async () => {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('reports the same rule, severity, message, range and fixes for every finding of every document', async () => {
    const cli = spawnSync(process.execPath, [CLI_BUNDLE, 'check', '--format', 'json', '--max-warnings', '100000', '.'], { cwd: root, encoding: 'utf8' });
    assert.ok(cli.status === 0 || cli.status === 1, `the CLI ran (exit ${cli.status}): ${cli.stderr}`);
    const report = JSON.parse(cli.stdout) as JsonReport;
    const cliFiles = report.files.map((file) => file.path).sort();
    // The ignored draft is not checked by either.
    assert.deepEqual(cliFiles, ['team/equipe.md', 'team/phrases-en.md', 'team/phrases-fr.md', 'team/proposal-en.md', 'team/proposition-fr.md', 'team/team.md']);

    let total = 0;
    const rulesSeen = new Set<string>();
    for (const file of [...report.files, { path: 'team/drafts/early.md', diagnostics: [] }]) {
      const absolute = path.join(root, file.path);
      const uri = pathToFileURL(absolute).href;
      const since = client.published.length;
      await client.open(uri, readFileSync(absolute, 'utf8'));
      const published = await client.diagnosticsForVersion(uri, 1, since);
      const editor = published.diagnostics.map(fromServer).sort(byPosition);
      const command = file.diagnostics
        .map((d) => ({ rule: d.rule, severity: d.severity, message: d.message, range: d.range, fixes: d.fixes }))
        .sort(byPosition);
      assert.deepEqual(editor, command, `${file.path}: the editor and the CLI disagree`);
      total += editor.length;
      for (const finding of editor) rulesSeen.add(finding.rule);
      await client.close(uri);
    }
    // The comparison covers the configuration's every effect, not an empty agreement.
    assert.ok(total > 200, `${total} findings compared`);
    for (const rule of ['imposition/merci-de', 'imposition/without-delay', 'imposition/vous-devez', 'imposition/you-must']) {
      assert.ok(rulesSeen.has(rule), `${rule} found by both`);
    }
    for (const rule of ['imposition/you-have-to', 'imposition/il-faut']) assert.ok(!rulesSeen.has(rule), `${rule} disabled for both`);
  });
});
