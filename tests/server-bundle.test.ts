// The language server as the .vsix ships it (scripts/server-bundle.mjs, `node esbuild.mjs --production`):
// minified, ASCII only, and still a working server.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { sharedOptions } from '../scripts/cli-bundle.mjs';
import { serverBundle } from '../scripts/server-bundle.mjs';

/** Sends `initialize` over stdio (Content-Length framing) and resolves with the response's result. */
function initialize(bundle: string): Promise<{ capabilities: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const server = spawn(process.execPath, [bundle, '--stdio'], { stdio: 'pipe' });
    let received = '';
    const timer = setTimeout(() => {
      server.kill();
      reject(new Error(`no answer to initialize; stderr so far: ${received}`));
    }, 20_000);
    server.stdout.setEncoding('utf8');
    server.stdout.on('data', (chunk: string) => {
      received += chunk;
      const body = /Content-Length: (\d+)\r\n\r\n/.exec(received);
      if (!body) return;
      const start = body.index + body[0].length;
      const length = Number(body[1]);
      if (Buffer.byteLength(received.slice(start)) < length) return;
      clearTimeout(timer);
      server.kill();
      const message = JSON.parse(received.slice(start, start + length)) as { id: number; result: { capabilities: Record<string, unknown> } };
      resolve(message.result);
    });
    server.on('error', reject);
    const request = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    server.stdin.write(`Content-Length: ${Buffer.byteLength(request)}\r\n\r\n${request}`);
  });
}

describe('the server bundle as it ships', () => {
  let work: string;
  let bundle: string;

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'proposal-tone-server-bundle-'));
    bundle = join(work, 'server.js');
    await esbuild.build({ ...sharedOptions(true), logLevel: 'error', ...serverBundle({ production: true, outfile: bundle }) });
  });

  after(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it('is ASCII only, so that V8 keeps its source one byte per character', () => {
    const text = readFileSync(bundle, 'utf8');
    const at = text.search(/[^\x00-\x7f]/);
    assert.equal(at, -1, `non-ASCII character at ${at}: ${text.slice(Math.max(0, at - 30), at + 10)}`);
  });

  it('answers initialize with the code actions and hover it serves', async () => {
    const result = await initialize(bundle);
    assert.ok(result.capabilities.codeActionProvider, 'code actions');
    assert.equal(result.capabilities.hoverProvider, true);
  });
});
