// The client's restart policy when the server process dies (client/src/restart-policy.ts): restart it,
// at most 5 times in 3 minutes, then stop and say so once, clearly (the message the extension shows is
// the onGiveUp callback). A crash the user fixed and restarted by hand starts a fresh count.
//
// vscode-languageclient loads the `vscode` module at start-up, which only exists in an extension host.
// The policy uses nothing of it but two enums, so a stand-in module is enough to load it here.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadWithoutVsCode } from './without-vscode.js';

type RestartPolicyModule = typeof import('../../client/src/restart-policy.js');
type LanguageClientModule = typeof import('vscode-languageclient/node');

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const WINDOW_MS = 3 * 60_000;
const MAX_RESTARTS = 5;

let policyModule: RestartPolicyModule;
let client: LanguageClientModule;

interface GiveUp {
  restarts: number;
  windowMs: number;
}

function newPolicy(): { policy: InstanceType<RestartPolicyModule['RestartPolicy']>; clock: { now: number }; givenUp: GiveUp[] } {
  const clock = { now: 1_000_000 };
  const givenUp: GiveUp[] = [];
  const policy = new policyModule.RestartPolicy(MAX_RESTARTS, WINDOW_MS, (restarts, windowMs) => givenUp.push({ restarts, windowMs }), () => clock.now);
  return { policy, clock, givenUp };
}

async function closed(policy: { closed(): unknown }): Promise<{ action: number; handled?: boolean }> {
  return (await policy.closed()) as { action: number; handled?: boolean };
}

before(async () => {
  loadWithoutVsCode();
  policyModule = await import('../../client/src/restart-policy.js');
  client = await import('vscode-languageclient/node');
});

describe('restart policy', () => {
  it('restarts a crashed server 5 times in 3 minutes, then gives up once with the numbers the message shows', async () => {
    const { policy, clock, givenUp } = newPolicy();
    for (let crash = 1; crash <= MAX_RESTARTS; crash += 1) {
      clock.now += 10_000;
      const result = await closed(policy);
      assert.equal(result.action, client.CloseAction.Restart, `crash ${crash} is restarted`);
      assert.equal(result.handled, true, 'handled: the client does not add its own notification');
    }
    assert.deepEqual(givenUp, []);
    clock.now += 10_000;
    const sixth = await closed(policy);
    assert.equal(sixth.action, client.CloseAction.DoNotRestart);
    assert.equal(sixth.handled, true);
    assert.deepEqual(givenUp, [{ restarts: MAX_RESTARTS, windowMs: WINDOW_MS }]);
  });

  it('forgets crashes older than the window', async () => {
    const { policy, clock, givenUp } = newPolicy();
    for (let crash = 1; crash <= 20; crash += 1) {
      // One crash a minute: never more than 3 in any 3 minutes.
      clock.now += 60_000;
      assert.equal((await closed(policy)).action, client.CloseAction.Restart, `crash ${crash}`);
    }
    assert.deepEqual(givenUp, []);
  });

  it('starts a fresh count after the user restarts the server', async () => {
    const { policy, clock, givenUp } = newPolicy();
    for (let crash = 1; crash <= MAX_RESTARTS + 1; crash += 1) await closed(policy);
    assert.equal(givenUp.length, 1);
    policy.reset();
    clock.now += 1;
    assert.equal((await closed(policy)).action, client.CloseAction.Restart);
  });

  it('tolerates a few connection errors, then shuts the connection down', async () => {
    const { policy } = newPolicy();
    const error = new Error('write EPIPE');
    for (const count of [1, 2, 3]) assert.equal(((await policy.error(error, undefined, count)) as { action: number }).action, client.ErrorAction.Continue);
    assert.equal(((await policy.error(error, undefined, 4)) as { action: number }).action, client.ErrorAction.Shutdown);
  });

  it('the give-up message is the one the extension shows, in English and French', () => {
    const extension = readFileSync(path.join(ROOT, 'client', 'src', 'extension.ts'), 'utf8');
    const message =
      'The Proposal Tone server crashed {0} times in {1} minutes and will not be restarted. Run "Proposal Tone: Restart server" once the cause is fixed.';
    assert.ok(extension.includes(message), 'extension.ts passes this message to onGiveUp');
    const french = JSON.parse(readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.fr.json'), 'utf8')) as Record<string, string>;
    assert.match(french[message] ?? '', /\{0\} fois en \{1\} minutes/);
  });
});
