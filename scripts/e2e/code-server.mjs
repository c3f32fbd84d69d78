// Starts and stops a private code-server: its own config (free port, no auth), fresh user-data and
// extensions folders, HOME and XDG folders in a temporary directory, so that nothing leaks between runs
// (a reused user-data folder restores editors and races with files rewritten on disk).
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { createInterface } from 'node:readline';

/** User settings that keep the workbench quiet and offline-friendly. */
export const QUIET_USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/** With workspace trust on: folders open in Restricted Mode, without the trust dialog. */
const RESTRICTED_MODE_USER_SETTINGS = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.untrustedFiles': 'open',
};

const SERVER_FLAGS = [
  '--disable-telemetry',
  '--disable-update-check',
  '--disable-getting-started-override',
  '--ignore-last-opened',
  '--reconnection-grace-time',
  '5',
];
const LISTENING_LINE = /HTTP server listening on (http:\/\/[^\s/]+)/;
const START_TIMEOUT_MS = 60_000;
const HEALTH_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 6_000;

function environmentFor(home, nodeBinDir, extraEnvironment) {
  const inherited = Object.fromEntries(
    // Variables of an enclosing VS Code (a developer's terminal) would make code-server talk to it.
    Object.entries(process.env).filter(([name]) => !name.startsWith('VSCODE_') && name !== 'ELECTRON_RUN_AS_NODE'),
  );
  return {
    ...inherited,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_CACHE_HOME: join(home, '.cache'),
    XDG_STATE_HOME: join(home, '.local', 'state'),
    PATH: `${nodeBinDir}${delimiter}${process.env.PATH ?? ''}`,
    ...extraEnvironment,
  };
}

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitUntilHealthy(url, isRunning) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!isRunning()) throw new Error('code-server exited before answering /healthz');
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not accepting connections yet
    }
    await delay(200);
  }
  throw new Error(`code-server did not answer ${url}/healthz within ${HEALTH_TIMEOUT_MS} ms`);
}

/**
 * @param {object} options
 * @param {{ nodeBin: string, nodeDir: string, codeServerEntry: string }} options.paths from provision()
 * @param {string} [options.bindAddress] host:port, port 0 picks a free one
 * @param {string[]} [options.extraArgs] more code-server arguments (e.g. a folder to open)
 * @param {Record<string, string>} [options.environment] more environment variables
 * @param {(line: string) => void} [options.onLine] every output line of the server
 * @param {boolean} [options.keepTemp] keep the temporary folder (for debugging)
 * @param {boolean} [options.workspaceTrust] keep workspace trust on: folders open untrusted (Restricted Mode)
 * @param {string} [options.extensionsDir] an extensions folder to use (e.g. one a .vsix was installed into)
 */
export async function startCodeServer({
  paths,
  bindAddress = '127.0.0.1:0',
  extraArgs = [],
  environment = {},
  onLine,
  keepTemp = false,
  workspaceTrust = false,
  extensionsDir = undefined,
}) {
  const tempRoot = mkdtempSync(join(tmpdir(), 'proposal-tone-code-server-'));
  const home = join(tempRoot, 'home');
  const userDataDir = join(tempRoot, 'user-data');
  extensionsDir ??= join(tempRoot, 'extensions');
  const configFile = join(tempRoot, 'config.yaml');
  const logFile = join(tempRoot, 'code-server.log');
  for (const dir of [home, join(userDataDir, 'User'), extensionsDir]) mkdirSync(dir, { recursive: true });
  const userSettings = workspaceTrust ? { ...QUIET_USER_SETTINGS, ...RESTRICTED_MODE_USER_SETTINGS } : QUIET_USER_SETTINGS;
  writeFileSync(join(userDataDir, 'User', 'settings.json'), `${JSON.stringify(userSettings, null, 2)}\n`);
  writeFileSync(configFile, `bind-addr: ${bindAddress}\nauth: none\ncert: false\n`);

  const args = [
    paths.codeServerEntry,
    '--config',
    configFile,
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    ...SERVER_FLAGS,
    ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
    // The built workbench honours the `payload` URL parameter (extension development and tests) only then.
    '--vscode-option',
    'enable-smoke-test-driver',
    ...extraArgs,
  ];
  // setsid makes code-server the leader of its own process group, so that stopping the group also stops
  // the extension host and the language server it spawns.
  const child = spawn('setsid', [paths.nodeBin, ...args], {
    env: environmentFor(home, join(paths.nodeDir, 'bin'), environment),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logStream = createWriteStream(logFile);
  let exited = false;
  const exitPromise = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      exited = true;
      resolve({ code, signal });
    });
  });

  const urlPromise = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not start listening within ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
    const handleLine = (line) => {
      logStream.write(`${line}\n`);
      onLine?.(line);
      const match = LISTENING_LINE.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    createInterface({ input: child.stdout }).on('line', handleLine);
    createInterface({ input: child.stderr }).on('line', handleLine);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    void exitPromise.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited (${code ?? signal}) before listening`));
    });
  });

  const stop = async () => {
    if (!exited && child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // the group is already gone
      }
      const timedOut = await Promise.race([exitPromise.then(() => false), delay(STOP_GRACE_MS).then(() => true)]);
      if (timedOut) process.stderr.write('[e2e] code-server ignored SIGTERM; killing its process group\n');
    }
    // Children that outlived the server (or all of them after a timeout) still share its group id.
    if (child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // nothing left in the group
      }
    }
    await new Promise((resolve) => logStream.end(resolve));
    if (!keepTemp) rmSync(tempRoot, { recursive: true, force: true });
  };

  try {
    const url = await urlPromise;
    await waitUntilHealthy(url, () => !exited);
    return { url, tempRoot, logFile, userDataDir, extensionsDir, stop, exited: exitPromise };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The last lines of a log file, for failure reports. */
export function tailOfFile(path, lineCount = 40) {
  try {
    return readFileSync(path, 'utf8').split('\n').slice(-lineCount).join('\n');
  } catch {
    return '(no log)';
  }
}

/** A workbench URL that opens `folder` and, through the smoke-test driver's payload, extra launch options. */
export function workbenchUrl(serverUrl, { folder, payload }) {
  const query = new URLSearchParams();
  if (folder) query.set('folder', folder);
  if (payload) query.set('payload', JSON.stringify(payload));
  return `${serverUrl}/?${query.toString()}`;
}

/** A vscode-remote URI for a path on the code-server machine, as the payload expects. */
export function remoteUri(absolutePath) {
  return `vscode-remote://remote${absolutePath}`;
}
