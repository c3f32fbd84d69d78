// `npm run try`: a real VS Code (code-server) in your browser with the extension from this checkout
// loaded in development mode and examples/ open. Binds to 127.0.0.1 only; runs until Ctrl+C.
//
// Environment: PROPOSAL_TONE_TRY_PORT (a fixed port; a free one by default), PROPOSAL_TONE_E2E_CACHE.
import { join } from 'node:path';
import { buildExtensionIfNeeded, repoRoot } from './build.mjs';
import { remoteUri, startCodeServer, workbenchUrl } from './code-server.mjs';
import { provision } from './provision.mjs';

const port = Number(process.env.PROPOSAL_TONE_TRY_PORT ?? 0);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`PROPOSAL_TONE_TRY_PORT must be a port number, not "${process.env.PROPOSAL_TONE_TRY_PORT}"\n`);
  process.exit(2);
}

const paths = provision();
buildExtensionIfNeeded();
const examples = join(repoRoot, 'examples');
const server = await startCodeServer({ paths, bindAddress: `127.0.0.1:${port}`, extraArgs: [examples] });
// The extension is loaded through the URL (extensionDevelopmentPath), so open this exact address;
// after `npm run build` in another terminal, reload the page to pick up the new bundles.
const url = workbenchUrl(server.url, {
  folder: examples,
  payload: [
    ['extensionDevelopmentPath', remoteUri(repoRoot)],
    ['skipWelcome', 'true'],
  ],
});
process.stdout.write(`\nProposal Tone in code-server, with ${examples} open:\n\n  ${url}\n\nCtrl+C to stop.\n`);

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`\n${signal}: stopping code-server…\n`);
  await server.stop();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
const { code, signal } = await server.exited;
if (!stopping) {
  process.stderr.write(`code-server exited on its own (${code ?? signal})\n`);
  await server.stop();
  process.exit(1);
}
