// The server as the client starts it: forked over node IPC with the V8 flags of server/v8-flags.json
// (client/src/server-options.ts). serverInfo must show those flags, and after a large document and a few
// edits the young generation must still be within the cap --max-semi-space-size sets (twice the
// semi-space: V8 reports both halves). The same work on a server with Node's defaults grows it past
// that cap, which shows the document is large enough for the bound to matter.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ServerInfo } from '../../server/src/lsp/server-info.js';
import { ROOT, TestClient, ensureServerBuilt, fileUri } from './lsp-harness.js';

const MIB = 1024 * 1024;
const DOCUMENT_CHARS = 300_000;
const EDIT_COUNT = 5;
/** A large document's analysis takes seconds on a busy 2-core machine. */
const ANALYSIS_TIMEOUT_MS = 120_000;

const SERVER_EXEC_ARGV = (JSON.parse(readFileSync(path.join(ROOT, 'server', 'v8-flags.json'), 'utf8')) as { execArgv: string[] }).execArgv;

/** The young generation's cap the flags set, in bytes, or undefined when they leave Node's default. */
function youngGenerationCap(execArgv: readonly string[]): number | undefined {
  const semiSpace = execArgv.map((flag) => /^--max-semi-space-size=(\d+)$/.exec(flag)?.[1]).find((value) => value !== undefined);
  return semiSpace === undefined ? undefined : 2 * Number(semiSpace) * MIB;
}
const CAP = youngGenerationCap(SERVER_EXEC_ARGV);

/** Paragraphs in both languages, each with frontal wording the rules flag and a neutral sentence. */
const PARAGRAPHS = [
  'Vous devez valider le planning avant la fin du mois. Nous préparons une première version du calendrier de la phase {n}.',
  'Il faut que votre équipe change d’outil de suivi. Le lot {n} couvre la reprise des données existantes.',
  'You must approve the budget for phase {n} before we start. The team reviews the open questions every week.',
  'Of course, we will deliver lot {n} on time. Your current process is flawed and nobody follows it.',
];

function largeProposal(): string {
  const blocks = ['# Proposition', ''];
  let length = 0;
  for (let n = 0; length < DOCUMENT_CHARS; n += 1) {
    const block = n % 12 === 0 ? `## Section ${n / 12 + 1}` : PARAGRAPHS[n % PARAGRAPHS.length]!.replace('{n}', String(n));
    blocks.push(block, '');
    length += block.length + 2;
  }
  return blocks.join('\n');
}

/** Opens the large proposal, waits for its diagnostics, then types a sentence into it EDIT_COUNT times. */
async function analyseWithEdits(client: TestClient, uri: string): Promise<ServerInfo> {
  const text = largeProposal();
  await client.open(uri, text);
  const first = await client.waitForDiagnostics(uri, (p) => p.version === 1, 'the first analysis', { timeoutMs: ANALYSIS_TIMEOUT_MS });
  assert.ok(first.diagnostics.length > 100, `the generated proposal has findings (${first.diagnostics.length})`);
  const lines = text.split('\n');
  for (let edit = 1; edit <= EDIT_COUNT; edit += 1) {
    // A paragraph line spread through the document, the sentence added at its end.
    const line = lines.findIndex((l, i) => i >= Math.floor((lines.length * edit) / (EDIT_COUNT + 1)) && l.startsWith('Vous devez'));
    assert.ok(line >= 0, `a paragraph to edit after line ${Math.floor((lines.length * edit) / (EDIT_COUNT + 1))}`);
    const end = { line, character: lines[line]!.length };
    const version = await client.edit(uri, [{ range: { start: end, end }, newText: ' Vous devez tout relire avant la recette.' }]);
    await client.waitForDiagnostics(uri, (p) => p.version === version, `diagnostics for v${version}`, { timeoutMs: ANALYSIS_TIMEOUT_MS });
  }
  return client.connection.sendRequest<ServerInfo>('proposalTone/serverInfo', null);
}

describe('the server with the V8 flags of server/v8-flags.json', () => {
  let client: TestClient;

  before(async () => {
    ensureServerBuilt();
    client = await TestClient.start({ transport: 'ipc', execArgv: SERVER_EXEC_ARGV });
  });

  after(async () => {
    await client.stop();
  });

  it('reports the flags it was started with', async () => {
    const info = await client.connection.sendRequest<ServerInfo>('proposalTone/serverInfo', null);
    assert.deepEqual(info.execArgv, SERVER_EXEC_ARGV);
    assert.ok(info.youngGeneration.size > 0, 'the young generation is reported');
    assert.ok(info.youngGeneration.used <= info.youngGeneration.size, 'what it uses fits in what it holds');
  });

  it('keeps its young generation within the cap through a 300 KB proposal and its edits', { skip: CAP === undefined && 'server/v8-flags.json sets no --max-semi-space-size' }, async () => {
    const info = await analyseWithEdits(client, fileUri('v8-flags-large.md'));
    const cap = CAP!;
    assert.ok(info.youngGeneration.size > 0, 'the young generation is reported');
    assert.ok(info.youngGeneration.size <= cap, `young generation ${(info.youngGeneration.size / MIB).toFixed(1)} MiB, cap ${(cap / MIB).toFixed(1)} MiB`);
  });
});

describe('the same server with Node’s defaults', { skip: CAP === undefined && 'server/v8-flags.json sets no --max-semi-space-size' }, () => {
  let client: TestClient;

  before(async () => {
    ensureServerBuilt();
    client = await TestClient.start({ transport: 'ipc' });
  });

  after(async () => {
    await client.stop();
  });

  it('grows its young generation past that cap on the same work', async () => {
    const info = await analyseWithEdits(client, fileUri('v8-defaults-large.md'));
    assert.deepEqual(info.execArgv, []);
    assert.ok(info.youngGeneration.size > CAP!, `young generation ${(info.youngGeneration.size / MIB).toFixed(1)} MiB, over ${(CAP! / MIB).toFixed(1)} MiB`);
  });
});
