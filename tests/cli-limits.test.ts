// The built CLI on what it must not analyse: a 20 MB file, binary files, text that is not UTF-8, endless
// input. Each is skipped with one line that names it and says why, in every output format and input mode,
// the run ends, and the exit code says the run did not pass. The files are generated in a temporary
// folder; sizes and offsets in the expected messages are computed, not written by hand.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_MAX_FILE_SIZE } from '../server/src/engine/document-limits.js';
import { formatBytes, parseByteSize } from '../server/src/cli/document-input.js';
import { noise } from './binary-noise.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const TWENTY_MB = 20 * 1024 * 1024;
const FR_ORDER = 'Vous devez migrer vers le cloud.';
const EN_ORDER = 'You must migrate to the cloud.';
/** A PNG signature and the start of its IHDR chunk: the first NUL is at offset 8. */
const PNG_HEADER = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);

interface Run {
  status: number | null;
  stdout: Buffer;
  stderr: string;
}

/** Runs the CLI to its end. Input the CLI stops reading (past the size limit) is not an error here. */
function cli(args: readonly string[], options: { cwd: string; input?: Buffer | string }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd, env: { ...process.env, NO_COLOR: '1' } });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.stdin.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') reject(error);
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr).toString('utf8') }));
    child.stdin.end(options.input ?? '');
  });
}

interface JsonReport {
  version: number;
  files: Array<{ path: string; diagnostics: Array<{ rule: string }> }>;
  skipped: Array<{ path: string; reason: string; bytes: number | null; message: string }>;
}

function jsonOf(run: Run): JsonReport {
  assert.equal(run.stderr, '', 'nothing on stderr');
  return JSON.parse(run.stdout.toString('utf8')) as JsonReport;
}

function newestMtime(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Builds the bundles with the project's own build when dist/cli.js is missing or older than the sources. */
function ensureBuiltCli(): void {
  const built = statSync(CLI, { throwIfNoEntry: false });
  if (built && built.mtimeMs >= Math.max(newestMtime(join(ROOT, 'server', 'src')), newestMtime(join(ROOT, 'package.json')))) return;
  const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(build.status, 0, `npm run build failed:\n${build.stdout}\n${build.stderr}`);
}

let workspace: string;
function folder(name: string): string {
  const dir = join(workspace, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Noise with NULs sprinkled in, after a PNG header: what an image saved as .md looks like. */
function binaryBytes(): Buffer {
  const bytes = noise(4096, 0x5eed);
  for (let i = 0; i < bytes.length; i += 97) bytes[i] = 0;
  return Buffer.concat([PNG_HEADER, bytes]);
}

/** About `size` bytes of Markdown full of findings, so that analysing it by mistake would be slow and loud. */
function hugeMarkdown(size: number): Buffer {
  const paragraph = Buffer.from(`${FR_ORDER} ${EN_ORDER}\n\n`);
  return Buffer.alloc(size, paragraph);
}

const TOO_LARGE = (bytes: number, limit: number): string =>
  `not checked: ${formatBytes(bytes)} is over the --max-file-size limit of ${formatBytes(limit)}; raise the limit to check it`;

before(() => {
  ensureBuiltCli();
  workspace = mkdtempSync(join(tmpdir(), 'proposal-tone-cli-limits-'));
});
after(() => rmSync(workspace, { recursive: true, force: true }));

describe('CLI: documents it does not analyse', () => {
  let cwd: string;
  before(() => {
    cwd = folder('mixed');
    writeFileSync(join(cwd, 'huge.md'), hugeMarkdown(TWENTY_MB));
    writeFileSync(join(cwd, 'image.md'), binaryBytes());
    writeFileSync(join(cwd, 'proposal.md'), `# Plan\n\n${EN_ORDER}\n`);
  });

  it('a 20 MB file and a binary file in a folder: skipped in the JSON report with one message each, the rest checked, exit 1', async () => {
    const run = await cli(['check', '--format', 'json', '.'], { cwd });
    assert.equal(run.status, 1);
    const report = jsonOf(run);
    assert.deepEqual(
      report.files.map((f) => [f.path, f.diagnostics.map((d) => d.rule)]),
      [['proposal.md', ['imposition/you-must']]],
    );
    assert.deepEqual(report.skipped, [
      { path: 'huge.md', reason: 'too-large', bytes: TWENTY_MB, message: TOO_LARGE(TWENTY_MB, DEFAULT_MAX_FILE_SIZE) },
      { path: 'image.md', reason: 'binary', bytes: statSync(join(cwd, 'image.md')).size, message: 'not checked: binary file, not text (NUL byte at offset 8)' },
    ]);
    assert.match(report.skipped[0]!.message, /20 MB \(20,971,520 bytes\) is over the --max-file-size limit of 2 MB \(2,097,152 bytes\)/);
  });

  it('stylish output: one line per skipped file and a failing summary', async () => {
    const run = await cli(['check', 'huge.md', 'image.md', 'proposal.md'], { cwd });
    assert.equal(run.status, 1);
    assert.equal(run.stderr, '');
    const lines = run.stdout.toString('utf8').split('\n');
    assert.ok(lines.includes(`huge.md: ${TOO_LARGE(TWENTY_MB, DEFAULT_MAX_FILE_SIZE)}`), run.stdout.toString('utf8'));
    assert.ok(lines.includes('image.md: not checked: binary file, not text (NUL byte at offset 8)'));
    assert.ok(lines.includes('✖ 2 files were not checked (see above).'));
    assert.equal(lines.filter((l) => l.includes('not checked:')).length, 2, 'exactly one line per skipped file');
  });

  it('SARIF: an error-level tool notification per skipped file, results for the others', async () => {
    const run = await cli(['check', '--format', 'sarif', '.'], { cwd });
    assert.equal(run.status, 1);
    assert.equal(run.stderr, '');
    const sarif = JSON.parse(run.stdout.toString('utf8')) as {
      runs: Array<{
        invocations: Array<{
          executionSuccessful: boolean;
          toolExecutionNotifications: Array<{
            descriptor: { id: string };
            level: string;
            message: { text: string };
            locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }>;
          }>;
        }>;
        results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>;
      }>;
    };
    const [sarifRun] = sarif.runs;
    assert.ok(sarifRun);
    assert.deepEqual(
      sarifRun.results.map((r) => [r.ruleId, r.locations[0]!.physicalLocation.artifactLocation.uri]),
      [['imposition/you-must', 'proposal.md']],
    );
    const [invocation] = sarifRun.invocations;
    assert.ok(invocation);
    assert.equal(invocation.executionSuccessful, true);
    assert.deepEqual(
      invocation.toolExecutionNotifications.map((n) => [n.descriptor.id, n.level, n.locations[0]!.physicalLocation.artifactLocation]),
      [
        ['skipped/too-large', 'error', { uri: 'huge.md', uriBaseId: '%SRCROOT%' }],
        ['skipped/binary', 'error', { uri: 'image.md', uriBaseId: '%SRCROOT%' }],
      ],
    );
    assert.equal(invocation.toolExecutionNotifications[1]!.message.text, 'image.md: not checked: binary file, not text (NUL byte at offset 8)');
  });

  it('a skipped file fails the run even with --max-warnings or --quiet, and a clean run still exits 0', async () => {
    const clean = folder('clean');
    writeFileSync(join(clean, 'clean.md'), 'Nous proposons une migration progressive.\n');
    writeFileSync(join(clean, 'image.md'), binaryBytes());
    assert.equal((await cli(['check', 'clean.md'], { cwd: clean })).status, 0);
    assert.equal((await cli(['check', '--max-warnings', '100', 'clean.md', 'image.md'], { cwd: clean })).status, 1);
    assert.equal((await cli(['check', '--quiet', 'clean.md', 'image.md'], { cwd: clean })).status, 1);
  });

  it('a glob reaches the same files and skips them the same way', async () => {
    const report = jsonOf(await cli(['check', '--format', 'json', '*.md'], { cwd }));
    assert.deepEqual(
      report.skipped.map((s) => [s.path, s.reason]),
      [
        ['huge.md', 'too-large'],
        ['image.md', 'binary'],
      ],
    );
    assert.deepEqual(
      report.files.map((f) => f.path),
      ['proposal.md'],
    );
  });

  it('a binary file named on the command line, whatever its extension, is skipped too', async () => {
    const dir = folder('named');
    writeFileSync(join(dir, 'diagram.png'), binaryBytes());
    const report = jsonOf(await cli(['check', '--format', 'json', 'diagram.png'], { cwd: dir }));
    assert.deepEqual(
      report.skipped.map((s) => [s.path, s.reason]),
      [['diagram.png', 'binary']],
    );
    assert.deepEqual(report.files, []);
  });
});

describe('CLI: text that is not UTF-8', () => {
  it('Latin-1 and UTF-16 files are skipped with where to look, and --fix leaves their bytes alone', async () => {
    const cwd = folder('encodings');
    const latin1 = Buffer.from(`# Plan\n\n${FR_ORDER} Le comité valide.\n`, 'latin1');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${FR_ORDER}\n`, 'utf16le')]);
    writeFileSync(join(cwd, 'latin1.md'), latin1);
    writeFileSync(join(cwd, 'utf16.md'), utf16);
    writeFileSync(join(cwd, 'utf8.md'), `${FR_ORDER}\n`);
    const run = await cli(['check', '--fix', '--format', 'json', '.'], { cwd });
    assert.equal(run.status, 1);
    const report = jsonOf(run);
    const invalidAt = latin1.indexOf(0xe9);
    assert.deepEqual(report.skipped, [
      {
        path: 'latin1.md',
        reason: 'not-utf8',
        bytes: latin1.length,
        message: `not checked: not UTF-8 text (invalid byte 0xE9 on line 3, offset ${invalidAt}); save it as UTF-8 to check it`,
      },
      { path: 'utf16.md', reason: 'not-utf8', bytes: utf16.length, message: 'not checked: UTF-16 (little-endian) text, not UTF-8; save it as UTF-8 to check it' },
    ]);
    assert.deepEqual(readFileSync(join(cwd, 'latin1.md')), latin1, 'not rewritten');
    assert.deepEqual(readFileSync(join(cwd, 'utf16.md')), utf16, 'not rewritten');
    assert.notEqual(readFileSync(join(cwd, 'utf8.md'), 'utf8'), `${FR_ORDER}\n`, 'the UTF-8 file was fixed');
  });
});

describe('CLI: --max-file-size', () => {
  it('counts bytes without the byte-order mark, as the editor does; the limit itself is allowed', async () => {
    const cwd = folder('boundary');
    const atLimit = `${FR_ORDER}\n`.padEnd(1024, '.');
    assert.equal(Buffer.byteLength(atLimit), 1024);
    writeFileSync(join(cwd, 'at-limit.md'), atLimit);
    writeFileSync(join(cwd, 'bom-at-limit.md'), `\uFEFF${atLimit}`);
    writeFileSync(join(cwd, 'over.md'), `${atLimit}.`);
    const report = jsonOf(await cli(['check', '--format', 'json', '--max-file-size', '1KB', '.'], { cwd }));
    assert.deepEqual(
      report.files.map((f) => f.path),
      ['at-limit.md', 'bom-at-limit.md'],
    );
    assert.deepEqual(report.skipped, [{ path: 'over.md', reason: 'too-large', bytes: 1025, message: TOO_LARGE(1025, 1024) }]);
    // The same limit in bytes, and a limit large enough for the 1,025-byte file.
    assert.equal(jsonOf(await cli(['check', '--format', 'json', '--max-file-size', '1024', 'over.md'], { cwd })).skipped.length, 1);
    assert.equal(jsonOf(await cli(['check', '--format', 'json', '--max-file-size', '1025', 'over.md'], { cwd })).skipped.length, 0);
  });

  it('raising it checks a file the default skips', async () => {
    const cwd = folder('raised');
    const text = Buffer.concat([Buffer.from(`${FR_ORDER}\n\n`), Buffer.alloc(DEFAULT_MAX_FILE_SIZE, 'Le comité valide le périmètre.\n\n')]);
    writeFileSync(join(cwd, 'big.md'), text);
    assert.equal(jsonOf(await cli(['check', '--format', 'json', 'big.md'], { cwd })).skipped[0]?.reason, 'too-large');
    const report = jsonOf(await cli(['check', '--format', 'json', '--max-file-size', '3MB', 'big.md'], { cwd }));
    assert.deepEqual(report.skipped, []);
    assert.equal(report.files[0]?.diagnostics[0]?.rule, 'imposition/vous-devez');
  });

  it('rejects what is not a size (exit 2, one line)', async () => {
    const cwd = folder('usage');
    writeFileSync(join(cwd, 'a.md'), `${FR_ORDER}\n`);
    for (const value of ['0', '-1', 'big', '2GB', '1.5.2MB', '']) {
      // "=" so that Node's parser takes "-1" as the value rather than as an option.
      const run = await cli(['check', `--max-file-size=${value}`, 'a.md'], { cwd });
      assert.equal(run.status, 2, `--max-file-size "${value}"`);
      assert.equal(run.stdout.length, 0);
      assert.match(run.stderr, /^proposal-tone: --max-file-size must be a size of at least one byte/);
      assert.equal(run.stderr.trim().split('\n').length, 1);
    }
  });

  it('sizes: bytes, KB and MB (1,024-based, as the editor counts), decimals, any case', () => {
    assert.equal(parseByteSize('2097152'), 2_097_152);
    assert.equal(parseByteSize('2MB'), 2 * 1024 * 1024);
    assert.equal(parseByteSize('2 mb'), 2 * 1024 * 1024);
    assert.equal(parseByteSize('1.5MiB'), 1.5 * 1024 * 1024);
    assert.equal(parseByteSize('500KB'), 500 * 1024);
    assert.equal(parseByteSize('500k'), 500 * 1024);
    assert.equal(parseByteSize('12B'), 12);
    for (const bad of ['0', '0.1', '-5', '5 GB', 'MB', '1e6', '']) assert.equal(parseByteSize(bad), undefined, bad);
  });

  it('defaults to the editor setting proposalTone.maxFileSize, from one shared constant', async () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      contributes: { configuration: { properties: Record<string, { default?: unknown }> } };
    };
    assert.equal(manifest.contributes.configuration.properties['proposalTone.maxFileSize']?.default, DEFAULT_MAX_FILE_SIZE);
    const help = await cli(['--help'], { cwd: ROOT });
    assert.ok(help.stdout.toString('utf8').includes(`default: ${formatBytes(DEFAULT_MAX_FILE_SIZE)}`));
  });
});

describe('CLI: standard input', () => {
  it('a binary document on standard input is skipped and reported as <stdin>', async () => {
    const cwd = folder('stdin-binary');
    const report = jsonOf(await cli(['check', '--stdin', '--format', 'json'], { cwd, input: binaryBytes() }));
    assert.deepEqual(
      report.skipped.map((s) => [s.path, s.reason, s.message]),
      [['<stdin>', 'binary', 'not checked: binary file, not text (NUL byte at offset 8)']],
    );
    const named = jsonOf(await cli(['check', '--stdin', '--stdin-filename', 'docs/x.md', '--format', 'json'], { cwd, input: binaryBytes() }));
    assert.deepEqual(
      named.skipped.map((s) => s.path),
      ['docs/x.md'],
    );
  });

  it('20 MB on standard input: reading stops past the limit, the size is unknown, the run ends with exit 1', async () => {
    const cwd = folder('stdin-huge');
    const run = await cli(['check', '--stdin', '--format', 'json'], { cwd, input: hugeMarkdown(TWENTY_MB) });
    assert.equal(run.status, 1);
    assert.deepEqual(jsonOf(run).skipped, [
      {
        path: '<stdin>',
        reason: 'too-large',
        bytes: null,
        message: `not checked: more than the --max-file-size limit of ${formatBytes(DEFAULT_MAX_FILE_SIZE)}; raise the limit to check it`,
      },
    ]);
  });

  it('--stdin --fix passes a skipped document through unchanged, byte for byte, and says why on stderr', async () => {
    const cwd = folder('stdin-fix');
    for (const [input, reason] of [
      [binaryBytes(), 'binary file'],
      [hugeMarkdown(TWENTY_MB), 'is over the --max-file-size limit'],
      [Buffer.from(`${FR_ORDER} Le comité valide.\n`, 'latin1'), 'not UTF-8 text'],
    ] as const) {
      const run = await cli(['check', '--stdin', '--fix'], { cwd, input });
      assert.equal(run.status, 1);
      assert.ok(run.stdout.equals(input), `${reason}: standard output is the input`);
      const lines = run.stderr.trim().split('\n');
      assert.equal(lines.length, 1, run.stderr);
      assert.ok(lines[0]!.startsWith('proposal-tone: <stdin>: not checked: ') && lines[0]!.includes(reason), lines[0]);
    }
  });
});

describe('CLI: endless input', { skip: !existsSync('/dev/zero') && 'no /dev/zero here' }, () => {
  it('a named device that never ends is read only up to the limit', async () => {
    const run = await cli(['check', '--format', 'json', '--max-file-size', '64KB', '/dev/zero'], { cwd: folder('endless') });
    assert.equal(run.status, 1);
    const [skipped] = jsonOf(run).skipped;
    assert.equal(skipped?.reason, 'too-large');
    assert.equal(skipped?.bytes, null);
  });
});
