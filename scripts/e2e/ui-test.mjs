// `npm run test:ui`: drives the real workbench the way a user does, through the page: open the French
// proposal from the Explorer, wait for the warning squiggle, F8 then Ctrl+. for the quick-fix menu, Enter
// applies the preferred fix, Ctrl+S saves, and the file on disk must hold the rewrite. Saves a screenshot
// of the open quick-fix menu to docs/images/quick-fix.png. Ends with `N passed, N failed`.
//
// Environment: as for test:e2e (PROPOSAL_TONE_E2E_CACHE, PROPOSAL_TONE_E2E_TIMEOUT_MS, PROPOSAL_TONE_E2E_KEEP).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './browser.mjs';
import { buildExtensionIfNeeded, fixtureWorkspace, repoRoot, runDir } from './build.mjs';
import { remoteUri, startCodeServer, tailOfFile, workbenchUrl } from './code-server.mjs';
import { provision } from './provision.mjs';

const FIXTURE = 'proposition-fr.md';
const FLAGGED_SENTENCE = 'Vous devez migrer vers le cloud.';
const PREFERRED_REWRITE = 'Nous vous suggérons de migrer vers le cloud.';
const SCREENSHOT = join(repoRoot, 'docs', 'images', 'quick-fix.png');
const FAILURE_SCREENSHOT = join(runDir, 'ui-failure.png');
const overallTimeoutMs = Number(process.env.PROPOSAL_TONE_E2E_TIMEOUT_MS ?? 420_000);
const keepTemp = process.env.PROPOSAL_TONE_E2E_KEEP === '1';
const STEP_TIMEOUT_MS = 120_000;

function say(message) {
  process.stdout.write(`${message}\n`);
}

/** Monaco renders spaces as no-break spaces in its view lines. */
function visibleText(text) {
  return text.replace(/\u00a0/g, ' ');
}

async function waitForFileContent(path, expected, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let content = '';
  while (Date.now() < deadline) {
    content = readFileSync(path, 'utf8');
    if (content === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${path} does not hold the expected text after saving; it holds:\n${content}`);
}

const QUICK_FIX_ATTEMPTS = 4;

/** Ctrl+. until the menu shows: a request made while the workbench is still busy can come back empty. */
async function openQuickFixMenu(page) {
  const menuRow = page.locator('.action-widget .monaco-list-row').first();
  for (let attempt = 1; attempt <= QUICK_FIX_ATTEMPTS; attempt += 1) {
    await page.keyboard.press('Control+.');
    try {
      await menuRow.waitFor({ timeout: STEP_TIMEOUT_MS / QUICK_FIX_ATTEMPTS });
      return;
    } catch {
      say(`    (no quick-fix menu after Ctrl+. attempt ${attempt})`);
    }
  }
  throw new Error(`no quick-fix menu after ${QUICK_FIX_ATTEMPTS} presses of Ctrl+.`);
}

async function step(name, action) {
  const startedAt = Date.now();
  await action();
  say(`  ✔ ${name} (${Date.now() - startedAt} ms)`);
}

async function scenario(page, serverUrl, workspace, extensionDevelopmentPath, screenshotPath) {
  const proposalPath = join(workspace, FIXTURE);
  const original = readFileSync(proposalPath, 'utf8');
  const expected = original.replace(FLAGGED_SENTENCE, PREFERRED_REWRITE);
  const payload = [
    ['extensionDevelopmentPath', remoteUri(extensionDevelopmentPath)],
    ['skipWelcome', 'true'],
  ];

  await step('the workbench opens the fixture folder', async () => {
    await page.goto(workbenchUrl(serverUrl, { folder: workspace, payload }));
    await page.locator('.monaco-workbench').waitFor({ timeout: STEP_TIMEOUT_MS });
  });

  await step(`${FIXTURE} opens from the Explorer`, async () => {
    const row = page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: FIXTURE });
    await row.waitFor({ timeout: STEP_TIMEOUT_MS });
    await row.dblclick();
    await page.locator('.tabs-container .tab.active').filter({ hasText: FIXTURE }).waitFor({ timeout: STEP_TIMEOUT_MS });
  });

  const editor = page.locator('.editor-instance .monaco-editor').first();
  await step('the flagged phrase gets a warning squiggle', async () => {
    await editor.locator('.squiggly-warning').first().waitFor({ timeout: STEP_TIMEOUT_MS });
  });

  await step('F8 then Ctrl+. opens the quick-fix menu', async () => {
    await editor.locator('.view-lines').click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('F8');
    await page.locator('.marker-widget').first().waitFor({ timeout: STEP_TIMEOUT_MS });
    await openQuickFixMenu(page);
    mkdirSync(dirname(screenshotPath), { recursive: true });
    await page.screenshot({ path: screenshotPath });
  });

  await step('Enter applies the preferred fix in the editor', async () => {
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (rewrite) =>
        [...document.querySelectorAll('.editor-instance .monaco-editor .view-line')].some(
          (line) => line.textContent?.replace(/\u00a0/g, ' ') === rewrite,
        ),
      PREFERRED_REWRITE,
      { timeout: STEP_TIMEOUT_MS },
    );
    const lines = await editor.locator('.view-line').allTextContents();
    if (lines.map(visibleText).includes(FLAGGED_SENTENCE)) throw new Error('the flagged sentence is still in the editor');
  });

  await step('Ctrl+S saves the rewrite to disk, and only the sentence changed', async () => {
    await page.keyboard.press('Control+S');
    await waitForFileContent(proposalPath, expected, STEP_TIMEOUT_MS);
  });
}

/** Resolves with the exit code. */
export async function runUiTest({ extensionDevelopmentPath = repoRoot, screenshotPath = SCREENSHOT } = {}) {
  const paths = provision();
  if (extensionDevelopmentPath === repoRoot) buildExtensionIfNeeded();
  const runRoot = mkdtempSync(join(tmpdir(), 'proposal-tone-ui-'));
  const workspace = join(runRoot, 'workspace');
  cpSync(fixtureWorkspace, workspace, { recursive: true });

  let server;
  let browser;
  let timer;
  try {
    server = await startCodeServer({ paths, keepTemp });
    browser = await launchBrowser({ chromiumPath: paths.chromiumPath });
    say('UI: quick fix through the workbench');
    const timeout = new Promise((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`the UI test exceeded ${overallTimeoutMs} ms`)), overallTimeoutMs);
    });
    await Promise.race([scenario(browser.page, server.url, workspace, extensionDevelopmentPath, screenshotPath), timeout]);
    say(`screenshot: ${screenshotPath}`);
    say('1 passed, 0 failed');
    return 0;
  } catch (error) {
    say(`  ✘ ${error instanceof Error ? error.message : String(error)}`);
    if (browser) {
      mkdirSync(runDir, { recursive: true });
      await browser.page.screenshot({ path: FAILURE_SCREENSHOT }).then(
        () => say(`failure screenshot: ${FAILURE_SCREENSHOT}`),
        () => undefined,
      );
    }
    if (server) say(`last code-server output:\n${tailOfFile(server.logFile, 20)}`);
    say('0 passed, 1 failed');
    return 1;
  } finally {
    clearTimeout(timer);
    const teardownGuard = setTimeout(() => {
      say('teardown hung; exiting');
      process.exit(1);
    }, 30_000);
    await browser?.close();
    await server?.stop();
    if (!keepTemp) rmSync(runRoot, { recursive: true, force: true });
    clearTimeout(teardownGuard);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await runUiTest();
}
