// The packages hold only what runs: the .vsix that `npm run package` builds (through .vscodeignore) and
// what `npm pack` would publish (through .npmignore), each checked entry by entry against an allow-list.
// The .vsix is built in a copy of the checkout (scripts/e2e/package-vsix.mjs), so dist/ is left alone.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { packageVsix, repoRoot, vsceAvailable, zipEntries } from '../scripts/e2e/package-vsix.mjs';

/** Every file below a folder of the checkout, as "/"-separated paths relative to the checkout. */
function filesUnder(folder: string): string[] {
  const absolute = path.join(repoRoot, folder);
  return readdirSync(absolute).flatMap((name) => {
    const child = `${folder}/${name}`;
    return statSync(path.join(repoRoot, child)).isDirectory() ? filesUnder(child) : [child];
  });
}

/** What the extension needs at run time, and what the licences require to ship with it. */
const RUNTIME_FILES = [
  'dist/client.js',
  'dist/server.js',
  'dist/cli.js',
  'dist/cli-main.js',
  'package.json',
  'package.nls.json',
  'package.nls.fr.json',
  'l10n/bundle.l10n.fr.json',
  'syntaxes/proposal-tone.injection.tmLanguage.json',
  'schemas/proposal-tone.schema.json',
  'images/icon.png',
  'THIRD-PARTY-NOTICES.md',
  'server/src/engine/rewrite/data/fr-verbs.json',
  'server/src/engine/rewrite/data/LICENSE-LGPLLR.txt',
];
/** vsce stores these under its own names (and lists them in the manifest as such). */
const RENAMED_BY_VSCE = ['readme.md', 'changelog.md', 'LICENSE.txt'];
const VSIX_METADATA = ['extension.vsixmanifest', '[Content_Types].xml'];

function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  assert.equal(png.toString('latin1', 1, 4), 'PNG', `${file} is a PNG`);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('the .vsix', { skip: vsceAvailable() ? false : '@vscode/vsce is not installed (npm ci installs it): the .vsix cannot be built' }, () => {
  let outDir: string;
  let entries: string[];

  before(() => {
    outDir = mkdtempSync(path.join(tmpdir(), 'proposal-tone-vsix-'));
    const vsix = path.join(outDir, 'proposal-tone.vsix');
    packageVsix(vsix);
    entries = zipEntries(vsix);
  });

  after(() => {
    rmSync(outDir, { recursive: true, force: true });
  });

  it('holds exactly the bundles, manifest, translations, grammar, schema, icon, rule pages, notices and the Lefff table', () => {
    const expected = [
      ...VSIX_METADATA,
      ...[...RUNTIME_FILES, ...RENAMED_BY_VSCE, ...filesUnder('docs/rules')].map((file) => `extension/${file}`),
    ].sort();
    assert.deepEqual([...entries].sort(), expected);
  });

  it('holds no sources, tests, dependencies or sourcemaps', () => {
    const unwanted = entries.filter((entry) => /\.(ts|map|mjs)$|node_modules|\/tests\/|\/client\/src\//.test(entry));
    assert.deepEqual(unwanted, []);
  });

  it('has a 128×128 icon that the manifest names', () => {
    const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { icon?: string };
    assert.equal(manifest.icon, 'images/icon.png');
    assert.deepEqual(pngSize(path.join(repoRoot, manifest.icon)), { width: 128, height: 128 });
  });
});

describe('the npm package', () => {
  it('holds the bundles, the schema, the rule pages and the notices, and nothing else', () => {
    const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: repoRoot, encoding: 'utf8' });
    assert.equal(pack.status, 0, pack.stderr);
    const [report] = JSON.parse(pack.stdout) as [{ files: { path: string }[] }];
    const expected = [
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'THIRD-PARTY-NOTICES.md',
      'dist/cli.js',
      'dist/cli-main.js',
      'dist/client.js',
      'dist/server.js',
      'schemas/proposal-tone.schema.json',
      'server/src/engine/rewrite/data/fr-verbs.json',
      'server/src/engine/rewrite/data/LICENSE-LGPLLR.txt',
      ...filesUnder('docs/rules'),
    ].sort();
    assert.deepEqual(report.files.map((file) => file.path).sort(), expected);
  });
});
