// `npm run test:vscode`: the same mocha suite as `npm run test:e2e`, in a desktop VS Code downloaded and
// started by @vscode/test-electron. For machines that can reach the VS Code update service (a developer
// laptop, a hosted CI runner); offline, use `npm run test:e2e` (code-server) instead.
// Linux without a display needs one, e.g. `xvfb-run -a npm run test:vscode`.
//
// Environment: VSCODE_TEST_VERSION ('stable' by default, or e.g. '1.91.0', the oldest supported),
// PROPOSAL_TONE_E2E_KEEP=1 (keep the temporary folders).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildExtensionIfNeeded, buildSuite, fixtureWorkspace, repoRoot } from './build.mjs';
import { e2eCacheDir } from './provision.mjs';

const version = process.env.VSCODE_TEST_VERSION ?? 'stable';
const keepTemp = process.env.PROPOSAL_TONE_E2E_KEEP === '1';

function say(message) {
  process.stdout.write(`${message}\n`);
}

async function main() {
  buildExtensionIfNeeded();
  const extensionTestsPath = await buildSuite();
  const runRoot = mkdtempSync(join(tmpdir(), 'proposal-tone-test-electron-'));
  const workspace = join(runRoot, 'workspace');
  const userDataDir = join(runRoot, 'user-data');
  cpSync(fixtureWorkspace, workspace, { recursive: true });
  mkdirSync(userDataDir);
  const resultsFile = join(runRoot, 'results.json');

  let exitCode = 1;
  try {
    exitCode = await runTests({
      version,
      // The download lives with the other e2e tools, outside the clone.
      cachePath: join(e2eCacheDir(), 'vscode-test'),
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath,
      // A fresh profile per run: a reused one restores editors and races with files rewritten on disk.
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--user-data-dir', userDataDir],
      extensionTestsEnv: { PROPOSAL_TONE_E2E_RESULTS: resultsFile },
    });
  } catch (error) {
    say(`[test:vscode] ${error instanceof Error ? error.message : String(error)}`);
    say('[test:vscode] could not download or start VS Code; offline, run `npm run test:e2e` (code-server) instead');
  }
  const summary = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : undefined;
  if (!keepTemp) rmSync(runRoot, { recursive: true, force: true });
  say(summary ? `${summary.passed} passed, ${summary.failed} failed` : '0 passed, 1 failed');
  return exitCode === 0 && summary !== undefined && summary.failed === 0 ? 0 : 1;
}

process.exitCode = await main();
