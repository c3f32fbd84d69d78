// Load: 50 open proposals and bursts of incremental edits leave no stale diagnostics (each document's last
// publication is for its last version, says what the engine says of that text, and versions never go
// back), and closing every document clears its diagnostics and the server's per-document state, with
// memory back near where it was before they opened. Memory figures are printed, not timed: the bound is
// generous and only catches state that outlives its document.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PublishDiagnosticsParams, TextEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse } from '../../server/src/engine/index.js';
import type { ServerInfo } from '../../server/src/lsp/server-info.js';
import { ROOT, TestClient, ensureServerBuilt, fileUri } from './lsp-harness.js';

const DOCUMENT_COUNT = 50;
const BURST_ROUNDS = 10;
/**
 * Heap that may remain after closing everything: half of what the open documents took, or 4 MiB, whichever
 * is more (the engine's lazily built tables are warmed up before the baseline, so they do not count).
 */
function heapSlack(baseline: number, loaded: number): number {
  return Math.max(4 * MIB, (loaded - baseline) / 2);
}
const MIB = 1024 * 1024;

/** A small deterministic generator, so a failure replays identically. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function evalSentences(lang: 'fr' | 'en'): string[] {
  const rows = readFileSync(path.join(ROOT, 'tests', 'fixtures', 'eval', `${lang}.tsv`), 'utf8').trim().split('\n').slice(1);
  return rows.map((row) => row.split('\t')[4]).filter((sentence): sentence is string => Boolean(sentence));
}

const EXAMPLES = {
  fr: readFileSync(path.join(ROOT, 'examples', 'proposition-fr.md'), 'utf8'),
  en: readFileSync(path.join(ROOT, 'examples', 'proposal-en.md'), 'utf8'),
};
const SENTENCES = { fr: evalSentences('fr'), en: evalSentences('en') };
const INSERTIONS = {
  fr: ['Vous devez valider le budget.', 'Il faut que vous changiez de prestataire.', 'Bien entendu, nous livrerons à temps.', 'Nous proposons un atelier.'],
  en: ['You must approve the budget.', 'Of course, we will deliver on time.', 'Your plan is flawed.', 'We suggest a workshop.'],
};

function langOf(index: number): 'fr' | 'en' {
  return index % 2 === 0 ? 'fr' : 'en';
}

/** The opening of an example proposal (front matter and first sections) and twenty evaluation sentences. */
function proposal(index: number): string {
  const lang = langOf(index);
  const sentences = SENTENCES[lang];
  const opening = EXAMPLES[lang].split(/\n(?=## )/).slice(0, 2).join('\n');
  const extra = Array.from({ length: 20 }, (_, i) => sentences[(index * 7 + i * 13) % sentences.length]).join('\n\n');
  return `${opening}\n\n## Annexe ${index}\n\n${extra}\n`;
}

/** One edit somewhere in the document: insert a sentence, delete part of a line, or retype a word. */
function randomEdit(document: TextDocument, lang: 'fr' | 'en', random: () => number): TextEdit {
  const line = Math.floor(random() * document.lineCount);
  const lineText = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
  const kind = random();
  if (kind < 0.45 || lineText.length < 4) {
    const sentence = INSERTIONS[lang][Math.floor(random() * INSERTIONS[lang].length)]!;
    const at = { line, character: lineText.length };
    return { range: { start: at, end: at }, newText: `\n\n${sentence}` };
  }
  const start = Math.floor(random() * (lineText.length - 2));
  const end = Math.min(lineText.length, start + 1 + Math.floor(random() * 12));
  // Never split a surrogate pair: the test's own text must stay valid.
  const replacement = kind < 0.75 ? '' : lang === 'fr' ? ' devez ' : ' must ';
  const range = { start: { line, character: start }, end: { line, character: end } };
  const removed = document.getText(range);
  if (/[\uD800-\uDFFF]/.test(removed) || /[\uD800-\uDBFF]$/.test(lineText.slice(0, start))) return { range: { start: range.start, end: range.start }, newText: replacement };
  return { range, newText: replacement };
}

function versionsOf(published: readonly PublishDiagnosticsParams[], uri: string): number[] {
  return published.filter((p) => p.uri === uri && p.version !== undefined).map((p) => p.version!);
}

async function info(client: TestClient, collectGarbage = true): Promise<ServerInfo> {
  return client.connection.sendRequest<ServerInfo>('proposalTone/serverInfo', { collectGarbage });
}

function mib(bytes: number): string {
  return `${(bytes / MIB).toFixed(1)} MiB`;
}

describe('50 open proposals under a burst of edits', () => {
  let client: TestClient;
  const previousNodeOptions = process.env.NODE_OPTIONS;

  before(async () => {
    ensureServerBuilt();
    // The server process inherits this: it lets serverInfo run a full collection before measuring.
    process.env.NODE_OPTIONS = [previousNodeOptions, '--expose-gc'].filter(Boolean).join(' ');
    try {
      client = await TestClient.start();
    } finally {
      if (previousNodeOptions === undefined) delete process.env.NODE_OPTIONS;
      else process.env.NODE_OPTIONS = previousNodeOptions;
    }
  });

  after(async () => {
    await client.stop();
  });

  it('publishes each document’s last version, then forgets every closed document', async () => {
    // Warm up: the engine builds its word tables on first use; they are not per-document state.
    for (const lang of ['fr', 'en'] as const) {
      const uri = fileUri(`load-warm-up-${lang}.md`);
      const since = client.published.length;
      await client.open(uri, EXAMPLES[lang]);
      await client.diagnosticsForVersion(uri, 1, since);
      await client.close(uri);
    }
    const baseline = await info(client);
    assert.equal(baseline.garbageCollected, true, 'the server runs with --expose-gc, so the figures are after a full collection');
    assert.equal(baseline.cachedAnalyses, 0);

    const uris = Array.from({ length: DOCUMENT_COUNT }, (_, i) => fileUri(`load/proposal-${String(i).padStart(2, '0')}.md`));
    const opened = client.published.length;
    await Promise.all(uris.map((uri, i) => client.open(uri, proposal(i))));
    await Promise.all(uris.map((uri) => client.diagnosticsForVersion(uri, 1, opened)));

    const random = seededRandom(0x5eed);
    for (let round = 0; round < BURST_ROUNDS; round += 1) {
      for (const [i, uri] of uris.entries()) {
        // One or two incremental changes per document per round, documents interleaved.
        await client.edit(uri, [randomEdit(client.documents.get(uri)!, langOf(i), random)]);
        if (random() < 0.5) await client.edit(uri, [randomEdit(client.documents.get(uri)!, langOf(i), random)]);
      }
      // Halfway, let some checks run mid-burst, so that publications of older versions are in flight.
      if (round === BURST_ROUNDS / 2) await Promise.all(uris.slice(0, 10).map((uri) => client.diagnosticsForVersion(uri, client.version(uri), opened)));
    }
    const finals = await Promise.all(uris.map((uri) => client.diagnosticsForVersion(uri, client.version(uri), opened)));
    const loaded = await info(client);
    assert.equal(loaded.openDocuments, DOCUMENT_COUNT);
    // A round trip after the last publications: anything stale would have been sent by now.
    for (const [i, uri] of uris.entries()) {
      const versions = versionsOf(client.published, uri);
      assert.deepEqual(versions, [...versions].sort((a, b) => a - b), `${uri}: publications never go back in version`);
      const last = client.latest(uri)!;
      assert.equal(last.version, client.version(uri), `${uri}: the last publication is for the last version`);
      assert.equal(last, finals[i]);
      // And it says what the engine says of the final text, range for range.
      const text = client.text(uri);
      const document = TextDocument.create(uri, 'markdown', 0, text);
      const expected = analyse(text, {}).findings.map((f) => `${f.ruleId}@${JSON.stringify({ start: document.positionAt(f.start), end: document.positionAt(f.end) })}`);
      const actual = last.diagnostics.map((d) => `${String(d.code)}@${JSON.stringify(d.range)}`);
      assert.deepEqual(actual.sort(), expected.sort(), `${uri}: diagnostics match the final text`);
    }
    const edits = uris.reduce((sum, uri) => sum + client.version(uri) - 1, 0);
    const publications = client.published.length - opened;

    const closing = client.published.length;
    await Promise.all(uris.map((uri) => client.close(uri)));
    for (const uri of uris) await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0 && p.version === undefined, 'diagnostics cleared on close', { since: closing });
    const closed = await info(client);
    assert.equal(closed.openDocuments, 0);
    assert.equal(closed.cachedAnalyses, 0, 'no analysis outlives its document');
    assert.deepEqual(Object.keys(closed.analysisStats), [], 'no incremental analyser outlives its document');

    process.stdout.write(
      `# load: ${DOCUMENT_COUNT} documents, ${edits} edits, ${publications} publications; ` +
        `heap used ${mib(baseline.memory.heapUsed)} before opening, ${mib(loaded.memory.heapUsed)} with all open, ${mib(closed.memory.heapUsed)} after closing; ` +
        `rss ${mib(baseline.memory.rss)} / ${mib(loaded.memory.rss)} / ${mib(closed.memory.rss)}\n`,
    );
    assert.ok(
      closed.memory.heapUsed <= baseline.memory.heapUsed + heapSlack(baseline.memory.heapUsed, loaded.memory.heapUsed),
      `heap after closing (${mib(closed.memory.heapUsed)}) back near the baseline (${mib(baseline.memory.heapUsed)})`,
    );
  });
});
