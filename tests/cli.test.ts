// The built CLI (dist/cli.js) run as a user would: JSON contract, exit codes, --fix, --stdin, SARIF,
// --max-warnings, --quiet, folders, globs, ignores and project configuration. Every run works on copies
// in a temporary folder; expected positions are computed from the texts, never written by hand.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as esbuild from 'esbuild';
import { analyse, applyEdits, LineIndex } from '../server/src/engine/index.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

const FR_ORDER = 'Vous devez migrer vers le cloud.';
const FR_SUGGESTION = 'Nous vous suggérons de migrer vers le cloud.';
const EN_ORDER = 'You must migrate to the cloud.';
const EN_SUGGESTION = 'We suggest that you migrate to the cloud.';
const FR_CLEAN = 'Nous proposons une migration progressive, validée avec vos équipes à chaque étape.';

function newestMtime(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Builds dist/cli.js when it is missing or older than the sources (write then rename: never half a file). */
async function ensureBuiltCli(): Promise<void> {
  const built = statSync(CLI, { throwIfNoEntry: false });
  if (built && built.mtimeMs >= Math.max(newestMtime(join(ROOT, 'server', 'src')), newestMtime(join(ROOT, 'package.json')))) return;
  const result = await esbuild.build({
    entryPoints: [join(ROOT, 'server', 'src', 'cli.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
    write: false,
    outfile: CLI,
    logLevel: 'error',
  });
  mkdirSync(dirname(CLI), { recursive: true });
  const temporary = `${CLI}.${process.pid}.tmp`;
  writeFileSync(temporary, result.outputFiles[0]!.contents);
  renameSync(temporary, CLI);
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: readonly string[], options: { cwd: string; input?: string }): Run {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function json(run: Run): JsonReport {
  assert.equal(run.stderr, '', 'nothing on stderr');
  return JSON.parse(run.stdout) as JsonReport;
}

interface JsonPosition {
  line: number;
  character: number;
}
interface JsonRange {
  start: JsonPosition;
  end: JsonPosition;
}
interface JsonReport {
  version: number;
  files: Array<{
    path: string;
    language: string;
    diagnostics: Array<{
      rule: string;
      category: string;
      severity: string;
      message: string;
      range: JsonRange;
      fixes: Array<{ title: string; preferred: boolean; edits: Array<{ range: JsonRange; newText: string }> }>;
    }>;
  }>;
  skipped: Array<{ path: string; reason: string; bytes: number | null; message: string }>;
}

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: Array<{
    tool: {
      driver: {
        name: string;
        version: string;
        rules: Array<{ id: string; shortDescription: { text: string }; fullDescription: { text: string }; helpUri: string; defaultConfiguration: { level: string } }>;
      };
    };
    columnKind: string;
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: SarifRegion } }>;
      fixes: Array<{
        description: { text: string };
        artifactChanges: Array<{ artifactLocation: { uri: string }; replacements: Array<{ deletedRegion: SarifRegion; insertedContent: { text: string } }> }>;
      }>;
    }>;
  }>;
}

/** Asserts a usage/file/config failure: exit 2, one line on stderr, no stack trace, nothing on stdout. */
function assertFailure(run: Run, mentions: readonly string[]): void {
  assert.equal(run.status, 2, `exit 2, got ${run.status} (stderr: ${run.stderr})`);
  assert.equal(run.stdout, '');
  const lines = run.stderr.split('\n').filter((l) => l.length > 0);
  assert.equal(lines.length, 1, `one line on stderr: ${JSON.stringify(run.stderr)}`);
  assert.match(lines[0]!, /^proposal-tone: /);
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  for (const m of mentions) assert.ok(lines[0]!.includes(m), `"${lines[0]}" mentions "${m}"`);
}

let workspace: string;
function freshFolder(name: string): string {
  const dir = join(workspace, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}
function write(dir: string, relative: string, text: string): string {
  const file = join(dir, relative);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}
function positionOf(text: string, needle: string): JsonPosition {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" is in the text`);
  return new LineIndex(text).positionAt(at);
}

before(async () => {
  await ensureBuiltCli();
  workspace = mkdtempSync(join(tmpdir(), 'proposal-tone-cli-'));
});
after(() => rmSync(workspace, { recursive: true, force: true }));

describe('CLI: help, version, usage errors', () => {
  it('--help prints the usage and exits 0', () => {
    const run = cli(['--help'], { cwd: ROOT });
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^Usage: proposal-tone check/);
    for (const option of ['--format', '--lang', '--fix', '--stdin', '--config', '--max-warnings', '--quiet', '--max-file-size']) {
      assert.ok(run.stdout.includes(option), `help lists ${option}`);
    }
  });

  it('--version prints the package version', () => {
    const run = cli(['--version'], { cwd: ROOT });
    assert.equal(run.status, 0);
    assert.equal(run.stdout.trim(), VERSION);
  });

  it('usage errors exit 2 with one line', () => {
    const cwd = freshFolder('usage');
    write(cwd, 'a.md', FR_ORDER);
    assertFailure(cli([], { cwd }), ['missing command']);
    assertFailure(cli(['lint', 'a.md'], { cwd }), ['unknown command "lint"']);
    assertFailure(cli(['check'], { cwd }), ['no paths given']);
    assertFailure(cli(['check', '--bogus', 'a.md'], { cwd }), ['unknown option --bogus']);
    assertFailure(cli(['check', '--format', 'xml', 'a.md'], { cwd }), ['--format', 'xml']);
    assertFailure(cli(['check', '--lang', 'de', 'a.md'], { cwd }), ['--lang', 'de']);
    assertFailure(cli(['check', '--max-warnings', 'many', 'a.md'], { cwd }), ['--max-warnings', 'many']);
    assertFailure(cli(['check', '--max-warnings'], { cwd }), ['--max-warnings']);
    assertFailure(cli(['check', '--stdin', 'a.md'], { cwd, input: FR_ORDER }), ['--stdin']);
    assertFailure(cli(['check', '--stdin-filename', 'x.md', 'a.md'], { cwd }), ['--stdin-filename']);
  });

  it('a missing file exits 2 and names it', () => {
    const cwd = freshFolder('missing');
    assertFailure(cli(['check', 'nope.md'], { cwd }), ['nope.md']);
  });
});

describe('CLI: JSON contract', () => {
  it('reports files, LSP positions and fixes exactly in the documented shape', () => {
    const cwd = freshFolder('json');
    const frText = `# Proposition\n\n🚀 ${FR_ORDER}\n\n${FR_CLEAN}\n`;
    const enText = `# Proposal\r\n\r\nTo start, ${EN_ORDER.charAt(0).toLowerCase()}${EN_ORDER.slice(1)}\r\n`;
    write(cwd, 'docs/fr.md', frText);
    write(cwd, 'docs/en.md', enText);
    const run = cli(['check', '--format', 'json', 'docs'], { cwd });
    assert.equal(run.status, 1, 'warnings remain → exit 1');
    const report = json(run);
    assert.deepEqual(Object.keys(report), ['version', 'files', 'skipped']);
    assert.equal(report.version, 1);
    assert.deepEqual(report.skipped, [], 'every file was checked');
    assert.deepEqual(report.files.map((f) => f.path), ['docs/en.md', 'docs/fr.md']);
    for (const file of report.files) {
      assert.deepEqual(Object.keys(file), ['path', 'language', 'diagnostics']);
      for (const d of file.diagnostics) {
        assert.deepEqual(Object.keys(d), ['rule', 'category', 'severity', 'message', 'range', 'fixes']);
        assert.ok(['error', 'warning', 'information', 'hint'].includes(d.severity));
        assert.deepEqual(Object.keys(d.range), ['start', 'end']);
        assert.deepEqual(Object.keys(d.range.start), ['line', 'character']);
        for (const fix of d.fixes) {
          assert.deepEqual(Object.keys(fix), ['title', 'preferred', 'edits']);
          for (const edit of fix.edits) assert.deepEqual(Object.keys(edit), ['range', 'newText']);
        }
        assert.equal(d.fixes.filter((f) => f.preferred).length, 1, 'exactly one preferred fix');
        assert.equal(d.fixes[0]!.preferred, true, 'the preferred fix comes first');
      }
    }

    const fr = report.files[1]!;
    assert.equal(fr.language, 'fr');
    const [order] = fr.diagnostics;
    assert.ok(order);
    assert.equal(order.rule, 'imposition/vous-devez');
    assert.equal(order.category, 'imposition');
    assert.equal(order.severity, 'warning');
    // The rocket is two UTF-16 code units: the phrase starts at character 3 of line 2.
    assert.deepEqual(order.range.start, positionOf(frText, 'Vous devez'));
    assert.deepEqual(order.range.start, { line: 2, character: 3 });
    assert.deepEqual(order.range.end, { line: 2, character: 3 + 'Vous devez'.length });
    const lines = new LineIndex(frText);
    const edits = order.fixes[0]!.edits.map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText }));
    assert.equal(applyEdits(frText, edits), frText.replace(FR_ORDER, FR_SUGGESTION));

    const en = report.files[0]!;
    assert.equal(en.language, 'en');
    assert.equal(en.diagnostics[0]?.rule, 'imposition/you-must');
    assert.deepEqual(en.diagnostics[0]!.range.start, positionOf(enText, 'you must'));
    assert.deepEqual(en.diagnostics[0]!.range.start, { line: 2, character: 'To start, '.length }, 'CRLF counts as one line end');
  });

  it('the diagnostics are the engine\'s findings for the same text', () => {
    const cwd = freshFolder('json-engine');
    const text = readFileSync(join(ROOT, 'examples', 'proposition-fr.md'), 'utf8');
    write(cwd, 'p.md', text);
    const report = json(cli(['check', '--format', 'json', 'p.md'], { cwd }));
    const expected = analyse(text).findings.map((f) => [f.ruleId, f.severity, f.message, f.start, f.end]);
    const lines = new LineIndex(text);
    const reported = report.files[0]!.diagnostics.map((d) => [d.rule, d.severity, d.message, lines.offsetAt(d.range.start), lines.offsetAt(d.range.end)]);
    assert.deepEqual(reported, expected);
  });
});

describe('CLI: exit codes and output formats', () => {
  it('exit 0 and a clean summary when nothing is flagged', () => {
    const cwd = freshFolder('clean');
    write(cwd, 'clean.md', `${FR_CLEAN}\n`);
    const run = cli(['check', 'clean.md'], { cwd });
    assert.equal(run.status, 0);
    assert.match(run.stdout, /No problems in 1 file/);
  });

  it('stylish: grouped per file, line:col, severity, message, rule, then the preferred rewrite; no colours in a pipe', () => {
    const cwd = freshFolder('stylish');
    const text = `Intro.\n\n${FR_ORDER}\n`;
    write(cwd, 'a.md', text);
    const run = cli(['check', 'a.md'], { cwd });
    assert.equal(run.status, 1);
    assert.doesNotMatch(run.stdout, /\u001b\[/, 'no ANSI colours when stdout is not a terminal');
    const out = run.stdout.split('\n');
    assert.match(out[0]!, /^a\.md \(fr\)$/);
    assert.match(out[1]!, /^ {2}3:1 +warning +« Vous devez » .+ +imposition\/vous-devez$/);
    assert.equal(out[2]!.trim(), `→ ${FR_SUGGESTION}`);
    assert.match(run.stdout, /1 problem \(0 errors, 1 warning\) in 1 file/);
    assert.match(run.stdout, /--fix/);
  });

  it('--max-warnings N fails only above N warnings', () => {
    const cwd = freshFolder('max-warnings');
    write(cwd, 'a.md', `${FR_ORDER}\n\nVous devez aussi former vos équipes.\n`);
    const count = json(cli(['check', '--format', 'json', 'a.md'], { cwd })).files[0]!.diagnostics.filter((d) => d.severity === 'warning').length;
    assert.equal(count, 2);
    assert.equal(cli(['check', '--max-warnings', String(count), 'a.md'], { cwd }).status, 0);
    assert.equal(cli(['check', '--max-warnings', String(count - 1), 'a.md'], { cwd }).status, 1);
    assert.equal(cli(['check', '--max-warnings=0', 'a.md'], { cwd }).status, 1);
  });

  it('--quiet reports errors only, and warnings alone then pass', () => {
    const cwd = freshFolder('quiet');
    write(cwd, 'warn/a.md', `${FR_ORDER}\n`);
    const quiet = cli(['check', '--quiet', '--format', 'json', 'warn/a.md'], { cwd });
    assert.equal(quiet.status, 0);
    assert.deepEqual(json(quiet).files[0]!.diagnostics, []);
    assert.equal(cli(['check', '--quiet', '--max-warnings', '0', 'warn/a.md'], { cwd }).status, 1, '--max-warnings still counts hidden warnings');

    write(cwd, 'err/.proposal-tone.json', JSON.stringify({ extends: 'strict' }));
    write(cwd, 'err/a.md', `${FR_ORDER}\n`);
    const errors = cli(['check', '--quiet', '--format', 'json', 'err/a.md'], { cwd });
    assert.equal(errors.status, 1);
    assert.deepEqual(json(errors).files[0]!.diagnostics.map((d) => d.severity), ['error']);
  });

  it('--format sarif is structurally valid SARIF 2.1.0 and matches the JSON positions', () => {
    const cwd = freshFolder('sarif');
    const text = `# Titre\n\nPour commencer, ${FR_ORDER.charAt(0).toLowerCase()}${FR_ORDER.slice(1)}\n\n${EN_ORDER}\n`;
    write(cwd, 'doc.md', text);
    const run = cli(['check', '--format', 'sarif', 'doc.md'], { cwd });
    assert.equal(run.status, 1);
    assert.equal(run.stderr, '');
    const sarif = JSON.parse(run.stdout) as SarifLog;
    assert.equal(sarif.version, '2.1.0');
    assert.match(sarif.$schema, /sarif-2\.1\.0/);
    assert.ok(Array.isArray(sarif.runs) && sarif.runs.length === 1);
    const sarifRun = sarif.runs[0]!;
    const driver = sarifRun.tool.driver;
    assert.equal(driver.name, 'proposal-tone');
    assert.equal(driver.version, VERSION);
    assert.equal(sarifRun.columnKind, 'utf16CodeUnits');
    const levels = ['none', 'note', 'warning', 'error'];
    const ids = new Set<string>();
    for (const rule of driver.rules) {
      assert.equal(typeof rule.id, 'string');
      assert.ok(!ids.has(rule.id), `rule ${rule.id} described once`);
      ids.add(rule.id);
      assert.ok(rule.shortDescription.text.length > 0);
      assert.ok(rule.fullDescription.text.length > 0);
      assert.equal(rule.helpUri, `docs/rules/${rule.id}.md`);
      assert.ok(levels.includes(rule.defaultConfiguration.level));
    }
    const expected = json(cli(['check', '--format', 'json', 'doc.md'], { cwd })).files[0]!.diagnostics;
    assert.equal(sarifRun.results.length, expected.length);
    assert.ok(expected.length >= 2);
    sarifRun.results.forEach((result, i) => {
      const d = expected[i]!;
      assert.equal(result.ruleId, d.rule);
      assert.equal(driver.rules[result.ruleIndex]?.id, d.rule);
      assert.ok(levels.includes(result.level));
      assert.equal(result.message.text, d.message);
      const location = result.locations[0]!.physicalLocation;
      assert.equal(location.artifactLocation.uri, 'doc.md');
      assert.deepEqual(
        [location.region.startLine, location.region.startColumn, location.region.endLine, location.region.endColumn],
        [d.range.start.line + 1, d.range.start.character + 1, d.range.end.line + 1, d.range.end.character + 1],
      );
      assert.equal(result.fixes.length, d.fixes.length);
      result.fixes.forEach((fix, j) => {
        assert.ok(fix.description.text.length > 0);
        assert.equal(fix.artifactChanges.length, 1);
        const change = fix.artifactChanges[0]!;
        assert.equal(change.artifactLocation.uri, 'doc.md');
        assert.equal(change.replacements.length, d.fixes[j]!.edits.length);
        change.replacements.forEach((r, k) => {
          const edit = d.fixes[j]!.edits[k]!;
          assert.equal(r.deletedRegion.startLine, edit.range.start.line + 1);
          assert.equal(r.deletedRegion.startColumn, edit.range.start.character + 1);
          assert.equal(r.insertedContent.text, edit.newText);
        });
      });
    });
  });
});

describe('CLI: --fix and --stdin', () => {
  it('--fix rewrites a copy of an example, reports what remains, and a second --fix changes nothing', () => {
    const cwd = freshFolder('fix');
    const file = join(cwd, 'proposition-fr.md');
    copyFileSync(join(ROOT, 'examples', 'proposition-fr.md'), file);
    const original = readFileSync(file, 'utf8');
    const fixable = analyse(original).findings.filter((f) => f.fixes.length > 0);
    assert.ok(fixable.length > 0, 'the example has fixable findings');

    const first = cli(['check', '--fix', '--format', 'json', 'proposition-fr.md'], { cwd });
    const fixed = readFileSync(file, 'utf8');
    assert.notEqual(fixed, original, 'the file changed');
    const firstFix = fixable[0]!;
    assert.ok(fixed.includes(firstFix.fixes[0]!.preview), `the preferred rewrite "${firstFix.fixes[0]!.preview}" is in the file`);
    const remaining = analyse(fixed).findings;
    assert.equal(first.status, remaining.some((f) => f.severity === 'warning' || f.severity === 'error') ? 1 : 0);
    const afterFix = json(first);
    assert.deepEqual(afterFix.files[0]!.diagnostics.map((d) => d.rule), remaining.map((f) => f.ruleId), 'reports the findings left in the fixed file');
    assert.deepEqual(afterFix, json(cli(['check', '--format', 'json', 'proposition-fr.md'], { cwd })), 'same report as checking the fixed file');

    const second = cli(['check', '--fix', 'proposition-fr.md'], { cwd });
    assert.equal(readFileSync(file, 'utf8'), fixed, 'a second --fix changes nothing');
    assert.match(second.stdout, /Applied 0 rewrites/);
  });

  it('--fix keeps a byte-order mark and CRLF line ends', () => {
    const cwd = freshFolder('fix-bom');
    const file = write(cwd, 'a.md', `\uFEFF# Titre\r\n\r\n${FR_ORDER}\r\n`);
    const run = cli(['check', '--fix', 'a.md'], { cwd });
    assert.equal(run.status, 0);
    assert.equal(readFileSync(file, 'utf8'), `\uFEFF# Titre\r\n\r\n${FR_SUGGESTION}\r\n`);
  });

  it('--stdin checks standard input, shown as <stdin> or --stdin-filename', () => {
    const cwd = freshFolder('stdin');
    const report = json(cli(['check', '--stdin', '--format', 'json'], { cwd, input: `${EN_ORDER}\n` }));
    assert.equal(report.files[0]!.path, '<stdin>');
    assert.equal(report.files[0]!.language, 'en');
    assert.deepEqual(report.files[0]!.diagnostics.map((d) => d.rule), ['imposition/you-must']);
    const named = json(cli(['check', '--stdin', '--stdin-filename', 'drafts/offer.md', '--format', 'json'], { cwd, input: `${EN_ORDER}\n` }));
    assert.equal(named.files[0]!.path, 'drafts/offer.md');
  });

  it('--stdin --fix prints the fixed text and nothing else', () => {
    const cwd = freshFolder('stdin-fix');
    const en = cli(['check', '--stdin', '--fix'], { cwd, input: `${EN_ORDER}\n` });
    assert.equal(en.status, 0);
    assert.equal(en.stdout, `${EN_SUGGESTION}\n`);
    const fr = cli(['check', '--stdin', '--fix', '--format', 'json'], { cwd, input: `# Titre\n\n${FR_ORDER}\n` });
    assert.equal(fr.stdout, `# Titre\n\n${FR_SUGGESTION}\n`);
  });

  it('--lang forces the language', () => {
    const cwd = freshFolder('lang');
    write(cwd, 'a.md', `${EN_ORDER}\n`);
    assert.deepEqual(json(cli(['check', '--format', 'json', '--lang', 'en', 'a.md'], { cwd })).files[0]!.diagnostics.map((d) => d.rule), ['imposition/you-must']);
    const forcedFrench = json(cli(['check', '--format', 'json', '--lang', 'fr', 'a.md'], { cwd })).files[0]!;
    assert.equal(forcedFrench.language, 'fr');
    assert.deepEqual(forcedFrench.diagnostics, [], 'English rules do not run on text forced to French');
  });
});

describe('CLI: folders, globs and ignores', () => {
  function tree(name: string): string {
    const cwd = freshFolder(name);
    write(cwd, 'a.md', `${FR_ORDER}\n`);
    write(cwd, 'sub/b.markdown', `${FR_ORDER}\n`);
    write(cwd, 'sub/deeper/c.md', `${FR_ORDER}\n`);
    write(cwd, 'sub/notes.txt', `${FR_ORDER}\n`);
    write(cwd, 'node_modules/pkg/readme.md', `${FR_ORDER}\n`);
    write(cwd, '.hidden/d.md', `${FR_ORDER}\n`);
    write(cwd, 'drafts/e.md', `${FR_ORDER}\n`);
    write(cwd, 'sub/f.draft.md', `${FR_ORDER}\n`);
    return cwd;
  }
  const paths = (run: Run) => json(run).files.map((f) => f.path);

  it('a folder means its Markdown files, recursively, outside node_modules and hidden folders', () => {
    const cwd = tree('folders');
    assert.deepEqual(paths(cli(['check', '--format', 'json', '.'], { cwd })), [
      'a.md',
      'drafts/e.md',
      'sub/b.markdown',
      'sub/deeper/c.md',
      'sub/f.draft.md',
    ]);
    assert.deepEqual(paths(cli(['check', '--format', 'json', 'sub/notes.txt'], { cwd })), ['sub/notes.txt'], 'a named file is checked whatever its extension');
  });

  it('globs: * stays in a folder, ** crosses folders, ? is one character; no match is an error', () => {
    const cwd = tree('globs');
    assert.deepEqual(paths(cli(['check', '--format', 'json', '*.md'], { cwd })), ['a.md']);
    assert.deepEqual(paths(cli(['check', '--format', 'json', 'sub/**/*.md'], { cwd })), ['sub/deeper/c.md', 'sub/f.draft.md']);
    assert.deepEqual(paths(cli(['check', '--format', 'json', '**/?.md'], { cwd })), ['a.md', 'drafts/e.md', 'sub/deeper/c.md']);
    assert.deepEqual(paths(cli(['check', '--format', 'json', 'sub/*'], { cwd })), ['sub/b.markdown', 'sub/f.draft.md']);
    assertFailure(cli(['check', 'nothing/**/*.md'], { cwd }), ['no Markdown files match', 'nothing/**/*.md']);
  });

  it('the configuration\'s ignore globs drop files from folders, globs and named paths', () => {
    const cwd = tree('ignores');
    write(cwd, '.proposal-tone.json', JSON.stringify({ ignore: ['drafts', '*.draft.md'] }));
    assert.deepEqual(paths(cli(['check', '--format', 'json', '.'], { cwd })), ['a.md', 'sub/b.markdown', 'sub/deeper/c.md']);
    assert.deepEqual(paths(cli(['check', '--format', 'json', '**/*.md'], { cwd })), ['a.md', 'sub/deeper/c.md']);
    const named = cli(['check', '--format', 'json', 'drafts/e.md'], { cwd });
    assert.equal(named.status, 0);
    assert.deepEqual(json(named).files, []);
  });
});

describe('CLI: project configuration', () => {
  it('the nearest .proposal-tone.json wins', () => {
    const cwd = freshFolder('nearest');
    write(cwd, '.proposal-tone.json', JSON.stringify({ severity: { imposition: 'error' } }));
    write(cwd, 'client-a/.proposal-tone.json', JSON.stringify({ severity: { imposition: 'information' } }));
    write(cwd, 'top.md', `${FR_ORDER}\n`);
    write(cwd, 'client-a/deep/offer.md', `${FR_ORDER}\n`);
    const report = json(cli(['check', '--format', 'json', '.'], { cwd }));
    const severityOf = (p: string) => report.files.find((f) => f.path === p)!.diagnostics.map((d) => d.severity);
    assert.deepEqual(severityOf('top.md'), ['error']);
    assert.deepEqual(severityOf('client-a/deep/offer.md'), ['information']);
    assert.equal(cli(['check', 'client-a'], { cwd }).status, 0, 'information does not fail the check');
    assert.equal(cli(['check', 'top.md'], { cwd }).status, 1);
  });

  it('extends a file and a preset; --config overrides discovery', () => {
    const cwd = freshFolder('extends');
    write(cwd, 'shared/base.json', JSON.stringify({ extends: 'relaxed', disabledRules: { en: ['imposition/you-must'] } }));
    write(cwd, 'team/.proposal-tone.json', JSON.stringify({ extends: '../shared/base.json', severity: { imposition: 'error' } }));
    write(cwd, 'team/a.md', `${FR_ORDER}\n\n${EN_ORDER}\n`);
    const report = json(cli(['check', '--format', 'json', 'team/a.md'], { cwd }));
    assert.deepEqual(report.files[0]!.diagnostics.map((d) => [d.rule, d.severity]), [['imposition/vous-devez', 'error']]);
    const relaxed = json(cli(['check', '--format', 'json', '--config', 'shared/base.json', 'team/a.md'], { cwd }));
    assert.deepEqual(relaxed.files[0]!.diagnostics.map((d) => [d.rule, d.severity]), [['imposition/vous-devez', 'information']]);
  });

  it('a cycle in extends is a configuration error', () => {
    const cwd = freshFolder('cycle');
    write(cwd, '.proposal-tone.json', JSON.stringify({ extends: './a.json' }));
    write(cwd, 'a.json', JSON.stringify({ extends: './.proposal-tone.json' }));
    write(cwd, 'doc.md', `${FR_ORDER}\n`);
    assertFailure(cli(['check', 'doc.md'], { cwd }), ['cycle', 'a.json', 'extends']);
  });

  it('a bad configuration exits 2 with the file, the JSON path and the problem', () => {
    const cwd = freshFolder('bad-config');
    write(cwd, 'doc.md', `${FR_ORDER}\n`);
    write(cwd, '.proposal-tone.json', '{\n  "severity": { "imposition": "loud" }\n}\n');
    assertFailure(cli(['check', 'doc.md'], { cwd }), ['.proposal-tone.json:2:', 'severity.imposition', '"loud"']);
    write(cwd, '.proposal-tone.json', '{ "severity": ');
    assertFailure(cli(['check', 'doc.md'], { cwd }), ['.proposal-tone.json:1:', 'invalid JSON']);
    assertFailure(cli(['check', '--config', 'missing.json', 'doc.md'], { cwd }), ['missing.json']);
  });

  it('a bad phrase pattern is rejected with its path', () => {
    const cwd = freshFolder('bad-pattern');
    write(cwd, 'doc.md', `${FR_ORDER}\n`);
    const config = {
      rules: [{ id: 'imposition/merci-de', lang: 'fr', category: 'imposition', patterns: ['merci de >> {nosuchslot}'], message: 'x' }],
    };
    write(cwd, '.proposal-tone.json', JSON.stringify(config, null, 2));
    assertFailure(cli(['check', 'doc.md'], { cwd }), ['rules[0].patterns[0]', '{nosuchslot}']);
  });

  it('a team phrase rule flags and fixes', () => {
    const cwd = freshFolder('custom-rule');
    write(
      cwd,
      '.proposal-tone.json',
      JSON.stringify({
        rules: [
          {
            id: 'imposition/merci-de',
            lang: 'fr',
            category: 'imposition',
            patterns: ['^ merci de >> {inf}'],
            message: '{phrase} sonne comme un ordre poli : proposez plutôt.',
            alternatives: ['nous vous proposons de'],
            examples: { flagged: ['Merci de valider le devis.'], notFlagged: ['Nous vous disons merci de votre accueil.'] },
          },
        ],
      }),
    );
    const file = write(cwd, 'offre.md', '# Offre\n\nMerci de valider le devis avant vendredi.\n');
    const report = json(cli(['check', '--format', 'json', 'offre.md'], { cwd }));
    const [finding] = report.files[0]!.diagnostics;
    assert.equal(finding?.rule, 'imposition/merci-de');
    assert.equal(finding.message, '« Merci de » sonne comme un ordre poli : proposez plutôt.');
    assert.equal(cli(['check', '--fix', 'offre.md'], { cwd }).status, 0);
    assert.equal(readFileSync(file, 'utf8'), '# Offre\n\nNous vous proposons de valider le devis avant vendredi.\n');
  });
});
