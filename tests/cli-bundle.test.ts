// The CLI as it ships (scripts/cli-bundle.mjs): a launcher and a minified, ASCII-only bundle, run
// through V8's code cache (server/src/code-cache.ts). Built once into a temporary folder; every test
// that touches the cache works on its own copy of that folder.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isBuiltin } from 'node:module';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import * as esbuild from 'esbuild';
import ts from 'typescript';
import { buildCli, escapeNonAscii, escapeRegularExpressionLiterals } from '../scripts/cli-bundle.mjs';
import { codeCacheFileOf, codeCacheHeader, codeCacheKey } from '../server/src/code-cache.js';
import { generateProposal } from '../bench/generate.mjs';

const ROOT = join(import.meta.dirname, '..');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function node(args: readonly string[], env: NodeJS.ProcessEnv = {}): Run {
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The code-cache outcomes a run reported through NODE_DEBUG, in order. */
function cacheEvents(run: Run): string[] {
  return [...run.stderr.matchAll(/code cache: ([a-z]+)/g)].map((m) => m[1]!);
}

describe('the CLI as it ships', () => {
  let work: string;
  let built: string;
  let plain: string;
  let docs: string[];

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'proposal-tone-cli-bundle-'));
    built = join(work, 'built');
    await buildCli({ outdir: built, launcher: 'cli.js', bundle: 'cli-main.js', production: true });
    // The reference: the same sources bundled the plain way (not minified, regular expressions as written).
    plain = join(work, 'plain.cjs');
    await esbuild.build({
      entryPoints: [join(ROOT, 'server', 'src', 'cli.ts')],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      outfile: plain,
      logLevel: 'error',
    });
    const folder = join(work, 'docs');
    mkdirSync(folder);
    docs = [
      ...['proposition-fr.md', 'proposal-en.md'].map((name) => {
        cpSync(join(ROOT, 'examples', name), join(folder, name));
        return join(folder, name);
      }),
      ...(['fr', 'en'] as const).map((lang) => {
        const file = join(folder, `generated-${lang}.md`);
        writeFileSync(file, generateProposal({ lang, size: 6_000, seed: 7 }));
        return file;
      }),
    ];
  });

  after(() => {
    rmSync(work, { recursive: true, force: true });
  });

  /** A fresh copy of the built launcher and bundle, without any cache. */
  function copyOfBuild(): string {
    const copy = mkdtempSync(join(work, 'copy-'));
    for (const name of ['cli.js', 'cli-main.js']) cpSync(join(built, name), join(copy, name));
    return copy;
  }

  it('is ASCII-only and imports nothing at run time but Node built-ins', () => {
    const bundle = readFileSync(join(built, 'cli-main.js'), 'utf8');
    assert.equal(bundle.search(/[^\x00-\x7f]/), -1, 'no character outside ASCII');
    // vm.Script gives the bundle no dynamic import() and no loader for anything but require().
    assert.doesNotMatch(bundle, /\bimport\(/);
    const required = new Set([...bundle.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]!));
    assert.deepEqual([...required].filter((name) => !isBuiltin(name)), []);
    assert.match(readFileSync(join(built, 'cli.js'), 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });

  it('reports exactly what the plain bundle reports, in every format, with and without its code cache', () => {
    const copy = copyOfBuild();
    for (const format of ['json', 'sarif', 'stylish']) {
      const args = ['check', '--format', format, ...docs];
      const expected = node([plain, ...args]);
      assert.equal(expected.stderr, '');
      assert.equal(expected.status, 1, 'the documents have findings');
      const runs = [node([join(copy, 'cli.js'), ...args], { NODE_DEBUG: 'proposal-tone' })];
      if (format === 'json') {
        runs.push(node([join(copy, 'cli.js'), ...args], { NODE_DEBUG: 'proposal-tone' }));
        runs.push(node([join(copy, 'cli.js'), ...args], { NODE_DISABLE_COMPILE_CACHE: '1' }));
        assert.deepEqual(cacheEvents(runs[0]!), ['missing', 'written']);
        assert.deepEqual(cacheEvents(runs[1]!), ['accepted']);
        assert.equal(runs[2]!.stderr, '');
      } else {
        assert.deepEqual(cacheEvents(runs[0]!), ['accepted']);
      }
      for (const run of runs) {
        assert.equal(run.stdout, expected.stdout, `${format} output`);
        assert.equal(run.status, expected.status);
      }
    }
  });

  it('writes its cache from a check, never from --help or --version', () => {
    const copy = copyOfBuild();
    const cache = codeCacheFileOf(join(copy, 'cli-main.js'));
    for (const args of [['--version'], ['--help']]) {
      const run = node([join(copy, 'cli.js'), ...args], { NODE_DEBUG: 'proposal-tone' });
      assert.equal(run.status, 0);
      assert.deepEqual(cacheEvents(run), ['missing']);
      assert.equal(existsSync(cache), false);
    }
    const check = node([join(copy, 'cli.js'), 'check', '--format', 'json', docs[0]!], { NODE_DEBUG: 'proposal-tone' });
    assert.deepEqual(cacheEvents(check), ['missing', 'written']);
    assert.ok(existsSync(cache));
    const version = node([join(copy, 'cli.js'), '--version'], { NODE_DEBUG: 'proposal-tone' });
    assert.deepEqual(cacheEvents(version), ['accepted']);
  });

  it('ignores and replaces a cache made for another bundle of the same length', () => {
    const copy = copyOfBuild();
    const bundle = join(copy, 'cli-main.js');
    node([join(copy, 'cli.js'), 'check', '--format', 'json', docs[0]!]);
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const text = readFileSync(bundle, 'utf8');
    const other = `${version.slice(0, -1)}${version.endsWith('9') ? '8' : '9'}`;
    assert.ok(text.includes(`"${version}"`), 'the bundle holds the version string');
    writeFileSync(bundle, text.replace(`"${version}"`, `"${other}"`));
    assert.equal(readFileSync(bundle, 'utf8').length, text.length);

    const stale = node([join(copy, 'cli.js'), '--version'], { NODE_DEBUG: 'proposal-tone' });
    assert.equal(stale.stdout, `${other}\n`, 'the new bundle ran, not the cached one');
    assert.deepEqual(cacheEvents(stale), ['stale']);
    const check = node([join(copy, 'cli.js'), 'check', '--format', 'json', docs[0]!], { NODE_DEBUG: 'proposal-tone' });
    assert.deepEqual(cacheEvents(check), ['stale', 'written']);
    assert.deepEqual(cacheEvents(node([join(copy, 'cli.js'), '--version'], { NODE_DEBUG: 'proposal-tone' })), ['accepted']);
  });

  it('ignores a truncated or damaged cache, and one whose data V8 rejects, then writes a good one', () => {
    const copy = copyOfBuild();
    const bundle = join(copy, 'cli-main.js');
    const cache = codeCacheFileOf(bundle);
    const args = [join(copy, 'cli.js'), 'check', '--format', 'json', docs[1]!];
    const expected = node([plain, 'check', '--format', 'json', docs[1]!]).stdout;
    node(args);
    const good = readFileSync(cache);
    const key = codeCacheKey(readFileSync(bundle), crc32);
    const headerLength = good.indexOf(0x0a) + 1;
    const data = good.subarray(headerLength);
    const damaged = Buffer.from(good);
    const middle = headerLength + Math.floor(data.length / 2);
    damaged[middle] = damaged[middle]! ^ 0xff;
    const garbage = Buffer.alloc(data.length, 0x5a);
    const cases: Array<[string, Buffer, string]> = [
      ['truncated', good.subarray(0, good.length - 100), 'stale'],
      ['damaged', damaged, 'stale'],
      // A header that vouches for the data: V8's own checks are what stop it.
      ['rejected by V8', Buffer.concat([Buffer.from(codeCacheHeader(key, garbage, crc32), 'latin1'), garbage]), 'rejected'],
    ];
    for (const [what, content, outcome] of cases) {
      writeFileSync(cache, content);
      const run = node(args, { NODE_DEBUG: 'proposal-tone' });
      assert.equal(run.stdout, expected, what);
      assert.deepEqual(cacheEvents(run), [outcome, 'written'], what);
    }
    assert.deepEqual(cacheEvents(node(args, { NODE_DEBUG: 'proposal-tone' })), ['accepted'], 'replaced');
  });

  it('runs without a cache where none can be written, and leaves nothing behind', () => {
    const copy = copyOfBuild();
    const cache = codeCacheFileOf(join(copy, 'cli-main.js'));
    mkdirSync(cache); // a folder where the cache should go: renaming onto it fails, as in a read-only install
    const args = ['check', '--format', 'json', docs[0]!];
    const run = node([join(copy, 'cli.js'), ...args]);
    assert.equal(run.stdout, node([plain, ...args]).stdout);
    assert.equal(run.status, 1);
    assert.equal(run.stderr, '', 'nothing to say about it');
    assert.deepEqual(readdirSync(copy).sort(), ['cli-main.js', 'cli-main.js.v8-cache', 'cli.js']);
    assert.match(node([join(copy, 'cli.js'), ...args], { NODE_DEBUG: 'proposal-tone' }).stderr, /code cache: not written/);
  });

  it('leaves a valid cache when several checks write it at once', async () => {
    const copy = copyOfBuild();
    const args = [join(copy, 'cli.js'), 'check', '--format', 'json', docs[0]!];
    const runs = await Promise.all(
      Array.from(
        { length: 3 },
        () =>
          new Promise<string>((resolve, reject) => {
            const child = spawn(process.execPath, args, { env: { ...process.env, NODE_DEBUG: 'proposal-tone' } });
            let stdout = '';
            child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
            child.on('error', reject);
            child.on('close', () => resolve(stdout));
          }),
      ),
    );
    const expected = node([plain, 'check', '--format', 'json', docs[0]!]).stdout;
    for (const stdout of runs) assert.equal(stdout, expected);
    assert.deepEqual(readdirSync(copy).sort(), ['cli-main.js', 'cli-main.js.v8-cache', 'cli.js'], 'no temporary file left');
    assert.deepEqual(cacheEvents(node(args, { NODE_DEBUG: 'proposal-tone' })), ['accepted']);
  });
});

describe('ASCII-only regular expressions', () => {
  /** Evaluates a regular expression literal as written. */
  const literal = (source: string): RegExp => new Function(`return ${source};`)() as RegExp;

  const cases: Array<[string, string[]]> = [
    ['/[’é]/u', ['l’offre', 'été', "l'offre", 'e']],
    ['/[’\'-]+/g', ["aujourd’hui", "l'a", 'a-b']],
    ['/x\\’y/', ['x’y', 'xy', 'x\\’y']],
    ['/x\\\\é/', ['x\\é', 'xé']],
    ['/😀+/u', ['😀😀', '\ud83d', 'a']],
    ['/[😀-😂]/u', ['😁', '😃', '\ude00']],
    ['/^[«“]\\s?/', ['« Oui', '“Yes', '"No']],
    ['/[\\p{L}’]+/gu', ['Qu’il vienne', 'abc']],
  ];

  for (const [source, samples] of cases) {
    it(`${source} matches what it matched before escaping`, () => {
      const escaped = escapeNonAscii(source);
      assert.equal(escaped.search(/[^\x00-\x7f]/), -1, escaped);
      const before = literal(source);
      const after = literal(escaped);
      assert.equal(after.flags, before.flags);
      for (const sample of samples) {
        assert.deepEqual(sample.match(after), sample.match(before), `${escaped} on ${JSON.stringify(sample)}`);
      }
    });
  }

  it('escapes regular expression literals only: strings, comments, templates and divisions stay as written', () => {
    const source = [
      "const quote = '’'; // l’apostrophe",
      'const ratio = a / b / 2; const t = `été ${ratio}`;',
      'const raw = String.raw`’`;',
      'const apostrophe = /’/g; const x = 3 / 4;',
      '/* é */ const classes = [/[é]/, /a\\/é/];',
    ].join('\n');
    const escaped = escapeRegularExpressionLiterals(ts, 'sample.ts', source);
    assert.equal(
      escaped,
      [
        "const quote = '’'; // l’apostrophe",
        'const ratio = a / b / 2; const t = `été ${ratio}`;',
        'const raw = String.raw`’`;',
        'const apostrophe = /\\u2019/g; const x = 3 / 4;',
        '/* é */ const classes = [/[\\u00e9]/, /a\\/\\u00e9/];',
      ].join('\n'),
    );
  });
});
