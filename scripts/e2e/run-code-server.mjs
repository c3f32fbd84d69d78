// `npm run test:e2e`: runs the mocha suite in tests/e2e/suite inside a real VS Code extension host
// (code-server), with the extension loaded from this checkout in development mode, and a headless
// chromium showing the workbench. Ends with the line `N passed, N failed`; exits non-zero on any failure
// or when the run (after provisioning and building) exceeds PROPOSAL_TONE_E2E_TIMEOUT_MS (default 7 min).
// Two runs: the suite in a trusted workspace, then tests/e2e/untrusted with workspace trust on and the
// workspace in Restricted Mode; the closing line sums both.
//
// Environment: PROPOSAL_TONE_E2E_CACHE (provisioning cache), PROPOSAL_TONE_E2E_TIMEOUT_MS (per run),
// PROPOSAL_TONE_E2E_KEEP=1 (keep the temporary folders), PROPOSAL_TONE_E2E_VERBOSE=1 (echo server output),
// PROPOSAL_TONE_E2E_TRUST=trusted|untrusted (only that run).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unwatchFile, watchFile, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './browser.mjs';
import { buildExtensionIfNeeded, buildSuite, fixtureWorkspace, repoRoot, runDir, suiteSourceDir } from './build.mjs';
import { remoteUri, startCodeServer, tailOfFile, workbenchUrl } from './code-server.mjs';
import { provision } from './provision.mjs';

const overallTimeoutMs = Number(process.env.PROPOSAL_TONE_E2E_TIMEOUT_MS ?? 420_000);
const keepTemp = process.env.PROPOSAL_TONE_E2E_KEEP === '1';
const verbose = process.env.PROPOSAL_TONE_E2E_VERBOSE === '1';
/** Where a run keeps its logs: tests/e2e/.run/logs, and a subfolder for each later run. */
let logsDir = join(runDir, 'logs');
const EXTENSION_ID = 'proposal-tone.proposal-tone';

function say(message) {
  process.stdout.write(`${message}\n`);
}

function elapsed(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

/** Prints the lines appended to `path` while the suite runs (the suite's reporter writes them). */
function followFile(path, onLine) {
  let offset = 0;
  let pending = '';
  const readNew = () => {
    if (!existsSync(path)) return;
    const content = readFileSync(path);
    if (content.length <= offset) return;
    pending += content.subarray(offset).toString('utf8');
    offset = content.length;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) onLine(line);
  };
  watchFile(path, { interval: 250 }, readNew);
  return () => {
    unwatchFile(path, readNew);
    readNew();
    if (pending) onLine(pending);
  };
}

/** Copies the server-side logs (the extension host's log among them) next to the workbench logs. */
function saveServerLogs(userDataDir) {
  const serverLogs = join(userDataDir, 'logs');
  if (existsSync(serverLogs)) cpSync(serverLogs, join(logsDir, 'server'), { recursive: true });
}

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * Forwards the extension host's log: its errors and its lines about this extension always, and on
 * failure the end of the extension's own output channels (the language client's among them).
 */
function forwardHostLog(failed) {
  const files = filesUnder(join(logsDir, 'server'));
  for (const file of files.filter((path) => basename(path) === 'remoteexthost.log')) {
    const relevant = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => /\[error\]/.test(line) || line.includes(EXTENSION_ID));
    for (const line of relevant) say(`[extension host] ${line}`);
  }
  if (!failed) return;
  for (const file of files.filter((path) => path.includes(`${sep}${EXTENSION_ID}${sep}`))) {
    say(`[extension host] ${relative(logsDir, file)}:\n${tailOfFile(file, 60)}`);
  }
}

function saveWorkbenchLogs(logs) {
  for (const { relativePath, contents } of logs ?? []) {
    const target = join(logsDir, relativePath);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, contents);
  }
}

function readSummary(resultsFile) {
  if (!existsSync(resultsFile)) return undefined;
  return JSON.parse(readFileSync(resultsFile, 'utf8'));
}

/** The Restricted Mode run: workspace trust on, the workspace untrusted, the tests in tests/e2e/untrusted. */
export const RESTRICTED_MODE_RUN = {
  name: 'untrusted',
  suiteSourceDir: join(repoRoot, 'tests', 'e2e', 'untrusted'),
  workspaceTrust: true,
};

/**
 * Runs a suite (tests/e2e/suite by default) against the extension in `extensionDevelopmentPath`; resolves
 * with `{ code, passed, failed }` after printing `[e2e] <name>: N passed, N failed`.
 */
export async function runSuiteInCodeServer({
  extensionDevelopmentPath = repoRoot,
  suiteSourceDir: sourceDir = suiteSourceDir,
  workspaceTrust = false,
  name = 'suite',
} = {}) {
  const paths = provision();
  if (extensionDevelopmentPath === repoRoot) buildExtensionIfNeeded();
  const suiteModule = await buildSuite(sourceDir);
  // The bound covers the run itself; first-time provisioning (minutes of npm and apt) comes before it.
  const startedAt = Date.now();
  logsDir = name === 'suite' ? join(runDir, 'logs') : join(runDir, 'logs', name);
  rmSync(logsDir, { recursive: true, force: true });
  const outcome = (code, passed, failed) => {
    say(`[e2e] ${name}: ${passed} passed, ${failed} failed`);
    return { code, passed, failed };
  };

  const runRoot = mkdtempSync(join(tmpdir(), 'proposal-tone-e2e-run-'));
  const workspace = join(runRoot, 'workspace');
  cpSync(fixtureWorkspace, workspace, { recursive: true });
  const resultsFile = join(runRoot, 'results.json');
  const reportFile = join(runRoot, 'report.txt');
  const stopFollowingReport = followFile(reportFile, (line) => say(line));

  let server;
  let browser;
  let timer;
  const cleanup = async () => {
    clearTimeout(timer);
    stopFollowingReport();
    await browser?.close();
    await server?.stop();
    if (!keepTemp) rmSync(runRoot, { recursive: true, force: true });
  };

  try {
    server = await startCodeServer({
      paths,
      keepTemp,
      workspaceTrust,
      onLine: verbose ? (line) => process.stderr.write(`[code-server] ${line}\n`) : undefined,
    });
    say(`[e2e] code-server ${server.url} ready after ${elapsed(startedAt)}`);

    browser = await launchBrowser({ chromiumPath: paths.chromiumPath });
    const { page } = browser;
    let exitFromWorkbench;
    const workbenchExit = new Promise((resolve) => {
      exitFromWorkbench = resolve;
    });
    // Both must exist before the workbench loads: it looks them up when the test run ends.
    await page.exposeFunction('codeAutomationLog', (level, message) => {
      // The offline gallery and sign-in errors are noise here; everything is in the saved logs.
      if (verbose) say(`[workbench ${level}] ${message}`);
    });
    await page.exposeFunction('codeAutomationExit', (code, logs) => {
      exitFromWorkbench({ code, logs });
    });

    const payload = [
      ['extensionDevelopmentPath', remoteUri(extensionDevelopmentPath)],
      ['extensionTestsPath', remoteUri(suiteModule)],
      ['extensionEnvironment', JSON.stringify({ PROPOSAL_TONE_E2E_RESULTS: resultsFile, PROPOSAL_TONE_E2E_REPORT: reportFile })],
      ['skipWelcome', 'true'],
    ];
    const timeout = new Promise((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`the run exceeded ${overallTimeoutMs} ms`)), Math.max(0, overallTimeoutMs - (Date.now() - startedAt)));
    });
    await Promise.race([page.goto(workbenchUrl(server.url, { folder: workspace, payload })), timeout]);
    const { code, logs } = await Promise.race([workbenchExit, timeout]);
    stopFollowingReport();
    saveWorkbenchLogs(logs);
    saveServerLogs(server.userDataDir);

    const summary = readSummary(resultsFile);
    if (!summary) {
      forwardHostLog(true);
      say(`[e2e] the suite did not report results (exit code ${code}); workbench logs are in ${logsDir}`);
      return outcome(1, 0, 1);
    }
    const passed = code === 0 && summary.failed === 0;
    forwardHostLog(!passed);
    for (const failure of summary.failures) say(`[e2e] FAILED ${failure.title}: ${failure.message}`);
    say(`[e2e] finished in ${elapsed(startedAt)}; workbench logs are in ${logsDir}`);
    return outcome(passed ? 0 : 1, summary.passed, summary.failed);
  } catch (error) {
    say(`[e2e] ${error instanceof Error ? error.message : String(error)}`);
    if (server) {
      say(`[e2e] last code-server output:\n${tailOfFile(server.logFile)}`);
      saveServerLogs(server.userDataDir);
      forwardHostLog(true);
    }
    const summary = readSummary(resultsFile);
    return summary ? outcome(1, summary.passed, Math.max(summary.failed, 1)) : outcome(1, 0, 1);
  } finally {
    // A hung teardown must not keep a CI job alive past the bound.
    const teardownGuard = setTimeout(() => {
      say('[e2e] teardown hung; exiting');
      process.exit(1);
    }, 30_000);
    await cleanup();
    clearTimeout(teardownGuard);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const only = process.env.PROPOSAL_TONE_E2E_TRUST;
  const runs = [];
  if (only !== 'untrusted') runs.push(await runSuiteInCodeServer());
  if (only !== 'trusted') runs.push(await runSuiteInCodeServer(RESTRICTED_MODE_RUN));
  const passed = runs.reduce((sum, run) => sum + run.passed, 0);
  const failed = runs.reduce((sum, run) => sum + run.failed, 0);
  say(`${passed} passed, ${failed} failed`);
  process.exitCode = runs.every((run) => run.code === 0) ? 0 : 1;
}
