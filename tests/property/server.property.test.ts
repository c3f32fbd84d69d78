// The built language server under random typing: generated documents, random sequences of incremental
// edits (several changes in one didChange, insertions of frontal phrases, deletions across lines),
// hovers and code actions in between. It must never crash or log a failed request, answer every request
// within a bounded wait, publish diagnostics whose ranges (and fixes' ranges) lie inside the version
// they were published for and are that version's findings, and never publish an older version after a
// newer one. `FUZZ_RUNS=… npm run fuzz` runs more cases.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CodeActionRequest, HoverRequest, type Position, type Range, type TextEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse } from '../../server/src/engine/index.js';
import { nulCharacterOffset } from '../../server/src/engine/document-limits.js';
import { TestClient, ensureServerBuilt, fileUri } from '../server/lsp-harness.js';
import { inlineAtomArb, markdownDocumentArb, propertyParameters } from './generators.js';

/** How long a request may take to be answered before the test calls the server stuck. */
const REQUEST_BOUND_MS = 10_000;

interface EditOp {
  /** Where, in thousandths of the text. */
  at: number;
  /** How many characters to remove (0 for an insertion). */
  remove: number;
  insert: string;
}

interface Step {
  changes: EditOp[];
  request: 'none' | 'hover' | 'codeAction';
  /** Wait for this version's diagnostics before typing on (otherwise edits arrive in a burst). */
  settle: boolean;
}

const editOpArb: fc.Arbitrary<EditOp> = fc.record({
  at: fc.integer({ min: 0, max: 1000 }),
  remove: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 40 }) }),
  insert: fc.oneof(
    { weight: 3, arbitrary: inlineAtomArb },
    { weight: 1, arbitrary: fc.constantFrom('', '\n', '\r\n', '\n\n', '- ', '> ', '**', '`', '# ') },
  ),
});

const stepArb: fc.Arbitrary<Step> = fc.record({
  changes: fc.array(editOpArb, { minLength: 1, maxLength: 3 }),
  request: fc.constantFrom<Step['request']>('none', 'none', 'hover', 'codeAction'),
  settle: fc.boolean(),
});

/** Moves an offset off the middle of a surrogate pair or of a CRLF: editors do not split them. */
function atBoundary(text: string, offset: number): number {
  const o = Math.max(0, Math.min(offset, text.length));
  if (o > 0 && o < text.length) {
    const before = text.charCodeAt(o - 1);
    const here = text.charCodeAt(o);
    if ((before >= 0xd800 && before <= 0xdbff && here >= 0xdc00 && here <= 0xdfff) || (before === 13 && here === 10)) return o - 1;
  }
  return o;
}

/** The step's changes as non-overlapping LSP edits on the current text. */
function toTextEdits(document: TextDocument, ops: readonly EditOp[]): TextEdit[] {
  const text = document.getText();
  const ranges = ops
    .map((op) => {
      const start = atBoundary(text, Math.round((op.at / 1000) * text.length));
      const end = atBoundary(text, start + op.remove);
      return { start: Math.min(start, end), end: Math.max(start, end), insert: op.insert };
    })
    .sort((a, b) => a.start - b.start);
  const kept: typeof ranges = [];
  for (const r of ranges) {
    const prev = kept[kept.length - 1];
    if (prev && r.start <= prev.end) continue;
    kept.push(r);
  }
  return kept.map((r) => ({ range: { start: document.positionAt(r.start), end: document.positionAt(r.end) }, newText: r.insert }));
}

function withinBound<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} not answered within ${REQUEST_BOUND_MS} ms`)), REQUEST_BOUND_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** True when `position` names a real place in the document (offsetAt clamps anything else). */
function isInside(document: TextDocument, position: Position): boolean {
  const back = document.positionAt(document.offsetAt(position));
  return back.line === position.line && back.character === position.character;
}

function assertRangeInside(document: TextDocument, range: Range, what: string): void {
  assert.ok(isInside(document, range.start) && isInside(document, range.end), `${what}: ${JSON.stringify(range)} outside v${document.version}`);
  assert.ok(document.offsetAt(range.start) <= document.offsetAt(range.end), `${what}: ${JSON.stringify(range)} reversed`);
}

/** Offset of the end of the first line (LF, CRLF and CR end lines, as in LSP). */
function firstLineEnd(text: string): number {
  const at = text.search(/[\r\n]/);
  return at === -1 ? text.length : at;
}

let client: TestClient;
let caseNumber = 0;
/** Diagnostics checked over all cases: the generated documents must actually trigger findings. */
let diagnosticsChecked = 0;

async function runCase(initial: string, steps: readonly Step[]): Promise<void> {
  const uri = fileUri(`property-${++caseNumber}.md`);
  const since = client.published.length;
  const logsBefore = client.logs.length;
  const texts = new Map<number, string>([[1, initial]]);
  await client.open(uri, initial);
  for (const step of steps) {
    const document = TextDocument.create(uri, 'markdown', client.version(uri), client.text(uri));
    const version = await client.edit(uri, toTextEdits(document, step.changes));
    const current = TextDocument.create(uri, 'markdown', version, client.text(uri));
    texts.set(version, current.getText());
    const somewhere = current.positionAt(Math.floor(current.getText().length / 2));
    if (step.request === 'hover') {
      await withinBound(client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: somewhere }), `hover on v${version}`);
    } else if (step.request === 'codeAction') {
      const diagnostics = client.latest(uri)?.diagnostics ?? [];
      await withinBound(
        client.connection.sendRequest(CodeActionRequest.type, {
          textDocument: { uri },
          range: { start: current.positionAt(0), end: somewhere },
          context: { diagnostics },
        }),
        `code actions on v${version}`,
      );
    }
    if (step.settle) await client.diagnosticsForVersion(uri, version, since);
  }
  const finalVersion = client.version(uri);
  await client.diagnosticsForVersion(uri, finalVersion, since);

  const publications = client.published.slice(since).filter((p) => p.uri === uri);
  let newest = 0;
  for (const p of publications) {
    assert.ok(p.version !== undefined && p.version !== null, 'diagnostics carry the document version');
    assert.ok(p.version >= newest, `v${p.version} published after v${newest}`);
    newest = p.version;
    const text = texts.get(p.version);
    assert.ok(text !== undefined, `v${p.version} was never sent`);
    const document = TextDocument.create(uri, 'markdown', p.version, text);
    for (const d of p.diagnostics) {
      assertRangeInside(document, d.range, `diagnostic ${String(d.code)}`);
      const data = d.data as { fixes?: Array<{ edits: TextEdit[] }> } | undefined;
      for (const fix of data?.fixes ?? []) for (const e of fix.edits) assertRangeInside(document, e.range, `fix of ${String(d.code)}`);
    }
    // What was published for a version is what the engine finds in that version's text, or, for a text
    // with a NUL near its start (the generators type some), the one notice of a binary document.
    const expected =
      nulCharacterOffset(text) >= 0 ? [`binary-file@0-${firstLineEnd(text)}`] : analyse(text).findings.map((f) => `${f.ruleId}@${f.start}-${f.end}`);
    const published = p.diagnostics.map((d) => `${String(d.code)}@${document.offsetAt(d.range.start)}-${document.offsetAt(d.range.end)}`);
    assert.deepEqual(published, expected, `diagnostics of v${p.version}`);
    diagnosticsChecked += published.filter((d) => !d.startsWith('binary-file@')).length;
  }
  assert.equal(newest, finalVersion, 'the last publication is for the last version');
  await client.close(uri);
  assert.equal(client.exitCode, null, `the server exited\n${client.serverStderr}`);
  const failures = client.logs.slice(logsBefore).filter((l) => l.type === 1);
  assert.deepEqual(failures.map((l) => l.message), [], 'no request failed on the server');
}

describe('language server under random edits', () => {
  before(async () => {
    ensureServerBuilt();
    client = await TestClient.start();
  });

  after(async () => {
    await client.stop();
  });

  it('never crashes, answers in time, publishes in-range diagnostics for the right version, in order', async () => {
    await fc.assert(
      fc.asyncProperty(markdownDocumentArb, fc.array(stepArb, { minLength: 1, maxLength: 8 }), (text, steps) => runCase(text, steps)),
      propertyParameters(10),
    );
    assert.ok(diagnosticsChecked > 0, 'the generated documents produced diagnostics');
  });
});
