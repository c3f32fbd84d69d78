// Builds what the real-VS-Code runs load: the extension (npm run build, only when dist/ is older than its
// sources) and the mocha suite (tests/e2e/suite/*.ts → CommonJS under tests/e2e/.run/suite, `vscode`
// external, mocha bundled in so that any extension host can load it).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const runDir = join(repoRoot, 'tests', 'e2e', '.run');
export const fixtureWorkspace = join(repoRoot, 'tests', 'e2e', 'workspace');
export const suiteSourceDir = join(repoRoot, 'tests', 'e2e', 'suite');
const extensionBundles = ['dist/client.js', 'dist/server.js', 'dist/cli.js'].map((file) => join(repoRoot, file));
const extensionSources = ['client/src', 'server/src', 'server/v8-flags.json', 'esbuild.mjs', 'package.json'].map((path) => join(repoRoot, path));

function newestModification(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestModification(join(path, name)));
  return newest;
}

/** Runs `npm run build` when a bundle is missing or older than the newest source file. */
export function buildExtensionIfNeeded(log = (message) => process.stderr.write(`${message}\n`)) {
  const oldestBundle = Math.min(...extensionBundles.map((file) => (existsSync(file) ? statSync(file).mtimeMs : 0)));
  const newestSource = Math.max(...extensionSources.map(newestModification));
  if (oldestBundle > 0 && oldestBundle >= newestSource) return;
  log('[e2e] building the extension (npm run build)');
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run build failed (${result.status ?? result.signal})`);
}

/**
 * Compiles a suite folder (index.ts and its *.test.ts: tests/e2e/suite by default) into
 * tests/e2e/.run/<folder name>; returns the absolute path of the extensionTestsPath module.
 */
export async function buildSuite(sourceDir = suiteSourceDir) {
  const suiteOutDir = join(runDir, basename(sourceDir));
  rmSync(suiteOutDir, { recursive: true, force: true });
  const entryPoints = readdirSync(sourceDir)
    .filter((name) => name === 'index.ts' || name.endsWith('.test.ts'))
    .map((name) => join(sourceDir, name));
  await esbuild.build({
    entryPoints,
    outdir: suiteOutDir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode'],
    logLevel: 'warning',
    // mocha's parallel mode (unused here) resolves worker files that a bundle cannot carry.
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
  return join(suiteOutDir, 'index.js');
}
