// The language server as the .vsix ships it (scripts/server-bundle.mjs, `node esbuild.mjs --production`):
// minified, ASCII only, and still a working server.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { assertAscii, sharedOptions } from '../scripts/cli-bundle.mjs';
import { serverBundle } from '../scripts/server-bundle.mjs';
import { TestClient } from './server/lsp-harness.js';

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
    assert.doesNotThrow(() => assertAscii(bundle, readFileSync(bundle, 'utf8')));
  });

  it('answers initialize with the code actions and hover it serves', async () => {
    const client = await TestClient.start({ bundle });
    try {
      const capabilities = client.initializeResult?.capabilities;
      assert.ok(capabilities?.codeActionProvider, 'code actions');
      assert.equal(capabilities?.hoverProvider, true);
    } finally {
      await client.stop();
    }
  });
});
