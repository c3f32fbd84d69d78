// `npm run test:vsix`: the extension as users install it. Builds the .vsix as `npm run package` does (in a
// copy of the checkout: scripts/e2e/package-vsix.mjs), installs it into a fresh extensions folder with
// `code-server --install-extension`, starts code-server on that folder WITHOUT extensionDevelopmentPath
// (so no extension test runner either: the workbench is driven through the page, as a user would), opens
// a proposal and checks that the installed extension activates, runs its own server and reports findings.
// Ends with the line `N passed, N failed`; exits non-zero on any failure.
//
// Environment: PROPOSAL_TONE_E2E_CACHE, PROPOSAL_TONE_E2E_TIMEOUT_MS, PROPOSAL_TONE_E2E_KEEP (as test:e2e).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { launchBrowser } from './browser.mjs';
import { fixtureWorkspace, runDir } from './build.mjs';
import { startCodeServer, tailOfFile, workbenchUrl } from './code-server.mjs';
import { packageVsix } from './package-vsix.mjs';
import { provision } from './provision.mjs';

const EXTENSION_ID = 'proposal-tone.proposal-tone';
const FIXTURE = 'proposition-fr.md';
const RULE = 'imposition/vous-devez';
const overallTimeoutMs = Number(process.env.PROPOSAL_TONE_E2E_TIMEOUT_MS ?? 420_000);
const keepTemp = process.env.PROPOSAL_TONE_E2E_KEEP === '1';
const STEP_TIMEOUT_MS = 120_000;
const FAILURE_SCREENSHOT = join(runDir, 'vsix-failure.png');

function say(message) {
  process.stdout.write(`${message}\n`);
}

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/** Polls the server's log files until one line satisfies `accept`; bounded. */
async function waitForLogLine(dir, fileName, accept, what) {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    for (const file of filesUnder(dir).filter((path) => basename(path) === fileName)) {
      const line = readFileSync(file, 'utf8')
        .split('\n')
        .find((candidate) => accept(candidate));
      if (line) return line;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no ${what} in ${fileName} under ${dir} after ${STEP_TIMEOUT_MS} ms`);
}

/** `code-server --install-extension` into `extensionsDir`, with its own home and user data. */
function installExtension(paths, vsix, extensionsDir, scratch) {
  const home = join(scratch, 'install-home');
  mkdirSync(home, { recursive: true });
  const result = spawnSync(
    paths.nodeBin,
    [paths.codeServerEntry, '--install-extension', vsix, '--extensions-dir', extensionsDir, '--user-data-dir', join(scratch, 'install-user-data')],
    { encoding: 'utf8', env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_DATA_HOME: join(home, '.local', 'share') } },
  );
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.status !== 0) throw new Error(`code-server --install-extension failed (${result.status ?? result.signal}):\n${output}`);
  const installed = readdirSync(extensionsDir).filter((name) => name.startsWith(`${EXTENSION_ID}-`));
  if (installed.length !== 1) throw new Error(`expected one ${EXTENSION_ID} folder in ${extensionsDir}, found: ${readdirSync(extensionsDir).join(', ') || 'nothing'}\n${output}`);
  return join(extensionsDir, installed[0]);
}

async function scenario(step, scratch, paths, state) {
  const vsix = join(scratch, 'proposal-tone.vsix');
  await step('npm run package builds the .vsix', () => {
    packageVsix(vsix);
    if (statSync(vsix).size === 0) throw new Error('the .vsix is empty');
  });

  const extensionsDir = join(scratch, 'extensions');
  mkdirSync(extensionsDir);
  let installedAt = '';
  await step('code-server --install-extension installs it, without sources', () => {
    installedAt = installExtension(paths, vsix, extensionsDir, scratch);
    for (const file of ['dist/client.js', 'dist/server.js', 'docs/rules/README.md']) {
      if (!existsSync(join(installedAt, file))) throw new Error(`${file} is missing from ${installedAt}`);
    }
    for (const file of ['client', 'tests', 'node_modules', 'dist/server.js.map']) {
      if (existsSync(join(installedAt, file))) throw new Error(`${file} should not be in ${installedAt}`);
    }
  });

  const workspace = join(scratch, 'workspace');
  cpSync(fixtureWorkspace, workspace, { recursive: true });
  state.server = await startCodeServer({ paths, keepTemp, extensionsDir });
  state.browser = await launchBrowser({ chromiumPath: paths.chromiumPath });
  const { page } = state.browser;
  const logs = join(state.server.userDataDir, 'logs');

  await step('the workbench opens the fixture folder, with no extension under development', async () => {
    await page.goto(workbenchUrl(state.server.url, { folder: workspace, payload: [['skipWelcome', 'true']] }));
    await page.locator('.monaco-workbench').waitFor({ timeout: STEP_TIMEOUT_MS });
  });

  await step(`opening ${FIXTURE} activates the installed extension`, async () => {
    const row = page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: FIXTURE });
    await row.waitFor({ timeout: STEP_TIMEOUT_MS });
    await row.dblclick();
    await page.locator('.tabs-container .tab.active').filter({ hasText: FIXTURE }).waitFor({ timeout: STEP_TIMEOUT_MS });
    await waitForLogLine(logs, 'remoteexthost.log', (line) => line.includes(`_doActivateExtension ${EXTENSION_ID}`) && line.includes('onLanguage:markdown'), 'activation on Markdown');
  });

  await step('its language server starts from the installed package', async () => {
    const ready = await waitForLogLine(logs, 'Proposal Tone.log', (line) => line.includes(' ready; rule pages in '), 'server start');
    if (!ready.includes(`${installedAt}/docs/rules`)) throw new Error(`the server is not the installed one: ${ready}`);
  });

  await step(`the proposal gets a warning squiggle and a problem for ${RULE}`, async () => {
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.squiggly-warning').first().waitFor({ timeout: STEP_TIMEOUT_MS });
    await editor.locator('.view-lines').click();
    await page.keyboard.press('Control+Shift+M');
    const problem = page.locator('.markers-panel .monaco-list-row').filter({ hasText: RULE });
    await problem.first().waitFor({ timeout: STEP_TIMEOUT_MS });
    const text = (await problem.first().textContent()) ?? '';
    if (!text.includes('proposal-tone')) throw new Error(`the problem does not name its source: ${text}`);
  });
}

async function main() {
  const scratch = mkdtempSync(join(tmpdir(), 'proposal-tone-vsix-test-'));
  const state = { server: undefined, browser: undefined };
  let passed = 0;
  let timer;
  const step = async (name, action) => {
    const startedAt = Date.now();
    await action();
    passed += 1;
    say(`  ✔ ${name} (${Date.now() - startedAt} ms)`);
  };
  try {
    say('vsix: the packaged extension, installed into code-server');
    const paths = provision();
    const timeout = new Promise((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`the vsix test exceeded ${overallTimeoutMs} ms`)), overallTimeoutMs);
    });
    await Promise.race([scenario(step, scratch, paths, state), timeout]);
    say(`${passed} passed, 0 failed`);
    return 0;
  } catch (error) {
    say(`  ✘ ${error instanceof Error ? error.message : String(error)}`);
    if (state.browser) {
      mkdirSync(runDir, { recursive: true });
      await state.browser.page.screenshot({ path: FAILURE_SCREENSHOT }).then(
        () => say(`failure screenshot: ${FAILURE_SCREENSHOT}`),
        () => undefined,
      );
    }
    if (state.server) say(`last code-server output:\n${tailOfFile(state.server.logFile, 20)}`);
    say(`${passed} passed, 1 failed`);
    return 1;
  } finally {
    clearTimeout(timer);
    const teardownGuard = setTimeout(() => {
      say('teardown hung; exiting');
      process.exit(1);
    }, 30_000);
    await state.browser?.close();
    await state.server?.stop();
    if (!keepTemp) rmSync(scratch, { recursive: true, force: true });
    clearTimeout(teardownGuard);
  }
}

process.exitCode = await main();
