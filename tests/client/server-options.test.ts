// How the client starts the language server (client/src/server-options.ts): over node IPC, in both run
// and debug modes with exactly the V8 flags of server/v8-flags.json, which the debug mode adds to its
// inspector flags. The flags are read from the file here, not repeated, so that changing them there is
// the whole change.
//
// vscode-languageclient loads the `vscode` module at start-up, which only exists in an extension host;
// a stand-in is enough for the one enum the module uses (see restart-policy.test.ts).
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadWithoutVsCode } from './without-vscode.js';

type ServerOptionsModule = typeof import('../../client/src/server-options.js');
type LanguageClientModule = typeof import('vscode-languageclient/node');

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SERVER_MODULE = path.join(ROOT, 'dist', 'server.js');

let serverOptions: ServerOptionsModule;
let client: LanguageClientModule;

function flagsFile(): { execArgv: unknown; env: unknown; why: unknown } {
  return JSON.parse(readFileSync(path.join(ROOT, 'server', 'v8-flags.json'), 'utf8')) as { execArgv: unknown; env: unknown; why: unknown };
}

/** The run and debug entries of what serverOptionsFor returns, as node modules started over IPC. */
function entries(options: unknown): { run: NodeModuleOptions; debug: NodeModuleOptions } {
  assert.equal(typeof options, 'object');
  const { run, debug } = options as { run: NodeModuleOptions; debug: NodeModuleOptions };
  return { run, debug };
}

interface NodeModuleOptions {
  module: string;
  transport: unknown;
  options?: { execArgv?: string[]; env?: Record<string, string> };
}

before(async () => {
  loadWithoutVsCode();
  serverOptions = await import('../../client/src/server-options.js');
  client = await import('vscode-languageclient/node');
});

describe('server options', () => {
  it('server/v8-flags.json gives a non-empty list of command-line flags and says why', () => {
    const { execArgv, why } = flagsFile();
    assert.ok(Array.isArray(execArgv) && execArgv.length > 0, 'execArgv is a non-empty array');
    for (const flag of execArgv) assert.match(String(flag), /^--[a-z][a-z0-9-]*(=\S+)?$/, `${String(flag)} is one command-line flag`);
    assert.equal(typeof why, 'string');
  });

  it('server/v8-flags.json gives environment variables as strings', () => {
    const { env } = flagsFile();
    assert.ok(env !== null && typeof env === 'object' && !Array.isArray(env), 'env is an object');
    for (const [name, value] of Object.entries(env as object)) {
      assert.match(name, /^[A-Z_][A-Z0-9_]*$/, `${name} is an environment variable name`);
      assert.equal(typeof value, 'string', `${name} is a string`);
    }
  });

  it('runs the server module over IPC with exactly the flags of server/v8-flags.json', () => {
    const { run } = entries(serverOptions.serverOptionsFor(SERVER_MODULE));
    assert.equal(run.module, SERVER_MODULE);
    assert.equal(run.transport, client.TransportKind.ipc);
    assert.deepEqual(run.options?.execArgv, flagsFile().execArgv);
    assert.deepEqual([...serverOptions.SERVER_EXEC_ARGV], flagsFile().execArgv);
    assert.deepEqual(run.options?.env, flagsFile().env);
  });

  it('debugs it with the inspector on port 6009 and the same V8 flags', () => {
    const { debug } = entries(serverOptions.serverOptionsFor(SERVER_MODULE));
    assert.equal(debug.module, SERVER_MODULE);
    assert.equal(debug.transport, client.TransportKind.ipc);
    assert.deepEqual(debug.options?.execArgv, ['--nolazy', '--inspect=6009', ...(flagsFile().execArgv as string[])]);
    assert.deepEqual(debug.options?.env, flagsFile().env);
  });

  it('gives each call its own flag arrays, so that the language client may change them', () => {
    const first = entries(serverOptions.serverOptionsFor(SERVER_MODULE));
    first.run.options?.execArgv?.push('--changed');
    first.debug.options?.execArgv?.push('--changed');
    if (first.run.options?.env) first.run.options.env['CHANGED'] = '1';
    const second = entries(serverOptions.serverOptionsFor(SERVER_MODULE));
    assert.deepEqual(second.run.options?.execArgv, flagsFile().execArgv);
    assert.ok(!second.debug.options?.execArgv?.includes('--changed'));
    assert.deepEqual(second.run.options?.env, flagsFile().env);
  });
});
