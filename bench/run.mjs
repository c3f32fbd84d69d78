// npm run bench: Proposal Tone against remark-parse alone (the floor) and against peer linters, on
// generated French and English proposals of 10 KB to 5 MB, the shared corpus when it is there, and
// hostile inputs. Every measurement runs in its own process (workers/measure.mjs) with a timeout, so
// that peak memory is the tool's own and a slow peer cannot hang the run.
// Writes results/results.md and results/chart.svg; prints the ratios against the targets.
//
//   node bench/run.mjs            the full run (about 15 to 25 minutes on 2 cores)
//   node bench/run.mjs --quick    10 KB and 100 KB only, no corpus, few repeats (a smoke test)
//   node bench/run.mjs --only startup   the CLI's start-up against `node -e 0` alone, printed, nothing written
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateProposal } from './generate.mjs';
import { longLine, nestedContainers, nestedListLines, repeatedParagraph, repeatedPhrase, repeatedPhraseParagraphs } from './hostile-inputs.mjs';
import { renderChart } from './chart.mjs';
import { renderResults, renderSummary, replaceSummary } from './report.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH);
const RAW = join(BENCH, 'results', 'raw');
const CORPUS = '/work/shared/corpus/docs';
const QUICK = process.argv.includes('--quick');
const ONLY = optionValue('--only');
if (ONLY !== undefined && ONLY !== 'startup') throw new Error(`--only ${ONLY}: the only part that runs alone is "startup"`);
const started = Date.now();

// remark-parse alone on 5 MB takes most of a minute (its cost grows faster than the size): it runs once
// there, and only the small documents get a warm-up run that is not counted.
const SIZES = [
  { label: '10 KB', chars: 10_000, repeats: 9, floorRepeats: 9, peerRepeats: 5, peerTimeoutMs: 90_000 },
  { label: '100 KB', chars: 100_000, repeats: 5, floorRepeats: 5, peerRepeats: 3, peerTimeoutMs: 120_000 },
  { label: '1 MB', chars: 1_000_000, repeats: 3, floorRepeats: 2, peerRepeats: 1, peerTimeoutMs: 120_000 },
  { label: '5 MB', chars: 5_000_000, repeats: 2, floorRepeats: 1, peerRepeats: 1, peerTimeoutMs: 45_000 },
].filter((s) => !QUICK || s.chars <= 100_000);
const PEERS = ['alex', 'write-good', 'textlint', 'harper'];
/** One-paragraph edits timed per document (each is the previous version with one more sentence). */
const EDIT_REPEATS = 9;
const LANGS = ['fr', 'en'];
/**
 * Our analysis is measured as the language server runs it, with the V8 flags the client starts it with
 * (server/v8-flags.json, the one place they are set); remark-parse alone and the peers keep Node's defaults.
 */
const SERVER_FLAGS = JSON.parse(readFileSync(join(ROOT, 'server', 'v8-flags.json'), 'utf8'));
const SERVER_EXEC_ARGV = SERVER_FLAGS.execArgv;
const SERVER_ENV = SERVER_FLAGS.env ?? {};
const TOOLS_WITH_SERVER_FLAGS = new Set(['ours', 'incremental']);

function log(message) {
  const elapsed = ((Date.now() - started) / 1000).toFixed(0).padStart(5);
  process.stdout.write(`[${elapsed} s] ${message}\n`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...options });
  if (result.error && result.error.code !== 'ETIMEDOUT') throw result.error;
  return result;
}

function installPeers() {
  if (existsSync(join(BENCH, 'node_modules', 'harper.js'))) return;
  log('installing the peers into bench/node_modules (first run only)');
  const r = run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: BENCH, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm ci failed in bench/');
}

function build() {
  log('bundling the engine and the CLI with esbuild (as dist/ ships them)');
  // The engine as dist/server.js ships it (scripts/server-bundle.mjs): minified, ASCII only.
  const engine = ['--entry', join(BENCH, 'engine-entry.mjs'), '--outfile', join(BENCH, '.build', 'engine.mjs'), '--format', 'esm'];
  let r = run(process.execPath, [join(ROOT, 'scripts', 'server-bundle.mjs'), ...engine], { cwd: ROOT });
  if (r.status !== 0) throw new Error(`esbuild (engine): ${r.stderr}`);
  // The CLI as the .vsix ships it (scripts/cli-bundle.mjs, shared with esbuild.mjs): cli.cjs is the
  // launcher, cli-main.cjs the command; its code cache is written by the first timed run.
  const cli = ['--outdir', join(BENCH, '.build'), '--launcher', 'cli.cjs', '--bundle', 'cli-main.cjs', '--production'];
  r = run(process.execPath, [join(ROOT, 'scripts', 'cli-bundle.mjs'), ...cli], { cwd: ROOT });
  if (r.status !== 0) throw new Error(`esbuild (cli): ${r.stderr}`);
}

/** A one-paragraph edit per version: the next paragraph after the middle gets one more sentence. */
function editedVersions(text, lang, count) {
  const versions = [];
  let current = text;
  let from = Math.floor(text.length / 2);
  const sentence = lang === 'fr' ? ' Vous devez tout relire avant la recette.' : ' You must review it all before the tests.';
  for (let i = 0; i < count; i++) {
    const paragraph = /\n\n([A-ZÀ-Ý][^\n]*)/g;
    paragraph.lastIndex = from;
    const m = paragraph.exec(current) ?? /\n\n([A-ZÀ-Ý][^\n]*)/.exec(current);
    if (!m) throw new Error('no paragraph to edit');
    const end = m.index + 2 + (m[1] ?? '').length;
    current = current.slice(0, end) + sentence + current.slice(end);
    versions.push(current);
    from = end + sentence.length;
  }
  return versions;
}

function writeDoc(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

/** Runs one worker; a timeout or a crash is recorded, not thrown. */
function measure(tool, docPath, repeats, timeoutMs, extra = []) {
  const asServer = TOOLS_WITH_SERVER_FLAGS.has(tool);
  const execArgv = asServer ? SERVER_EXEC_ARGV : [];
  const r = run(process.execPath, [...execArgv, join(BENCH, 'workers', 'measure.mjs'), tool, docPath, String(repeats), ...extra], {
    cwd: BENCH,
    env: asServer ? { ...process.env, ...SERVER_ENV } : process.env,
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
  });
  if (r.error?.code === 'ETIMEDOUT' || r.signal === 'SIGKILL') return { tool, status: 'timeout', timeoutMs };
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{')) {
    const why = (r.stderr || r.stdout || `exit ${r.status}`).trim().split('\n').filter(Boolean).slice(-1)[0] ?? '';
    return { tool, status: 'error', error: why.slice(0, 160) };
  }
  return { status: 'ok', ...JSON.parse(line) };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function summarise(m) {
  if (m.status !== 'ok') return m;
  const wall = m.runs.map((r) => r.wall);
  const cpu = m.runs.map((r) => r.cpu);
  return { ...m, wallMedian: median(wall), wallMin: Math.min(...wall), cpuMedian: median(cpu), cpuMin: Math.min(...cpu) };
}

function measureDocument(name, path, spec, { peers = true } = {}) {
  const bytes = statSync(path).size;
  const text = readFileSync(path, 'utf8');
  const lang = name.startsWith('fr') ? 'fr' : 'en';
  const ownTimeout = Math.max(120_000, spec.chars * 0.2);
  const row = { name, bytes, tools: {} };
  log(`${name}: remark-parse alone`);
  const floor = measure('floor', path, spec.floorRepeats ?? spec.repeats, ownTimeout);
  row.tools.floor = summarise(floor);
  log(`${name}: Proposal Tone, full analysis`);
  row.tools.ours = summarise(measure('ours', path, spec.repeats, ownTimeout));
  // Edits are cheap: more of them than full runs, so that one garbage collection does not make the median.
  const edits = Math.max(spec.repeats, EDIT_REPEATS);
  const versions = editedVersions(text, lang, edits).map((v, i) => writeDoc(join(RAW, 'edits', `${name}.v${i + 1}.md`), v));
  log(`${name}: Proposal Tone, re-analysis after a one-paragraph edit`);
  row.tools.incremental = summarise(measure('incremental', path, edits, ownTimeout, versions));
  // Peak memory of Proposal Tone from a single run, apart from the timing runs and their warm-up;
  // remark's from its timing process (a second parse of 5 MB only to read its memory costs a minute).
  row.memory = { floor: floor.maxRssKb, ours: measure('ours', path, 1, ownTimeout).maxRssKb };
  if (peers) {
    for (const peer of PEERS) {
      log(`${name}: ${peer}`);
      row.tools[peer] = summarise(measure(peer, path, spec.peerRepeats, spec.peerTimeoutMs));
    }
  }
  return row;
}

function measureStartup(doc10k) {
  log('start-up: node -e 0 and the CLI on a 10 KB proposal');
  const times = (args) =>
    Array.from({ length: 9 }, () => {
      const t = performance.now();
      run(process.execPath, args, { cwd: ROOT });
      return performance.now() - t;
    });
  const node = times(['-e', '0']);
  const cli = times([join(BENCH, '.build', 'cli.cjs'), 'check', '--format', 'json', doc10k]);
  return { nodeMedian: median(node), nodeMin: Math.min(...node), cliMedian: median(cli), cliMin: Math.min(...cli) };
}

/** The hostile inputs of issue 8 (generators shared with tests/engine/hostile.test.ts) and a 20 MB proposal. */
function hostileInputs() {
  const k = QUICK ? 10 : 1;
  const large = { name: 'large-file', label: `a ${20 / k} MB proposal`, text: generateProposal({ lang: 'fr', size: 20_000_000 / k, seed: 2 }) };
  return [
    longLine(100_000 / k),
    nestedContainers(10_000 / k, '- '),
    nestedListLines(300),
    repeatedPhrase(100_000 / k),
    repeatedParagraph(100_000 / k),
    repeatedPhraseParagraphs(100_000 / k),
    large,
  ];
}

function measureHostile() {
  const rows = [];
  for (const input of hostileInputs()) {
    const path = writeDoc(join(RAW, 'hostile', `${input.name}.md`), input.text);
    log(`hostile: ${input.label}`);
    const m = summarise(measure('ours', path, 1, 180_000));
    rows.push({ label: input.label, bytes: statSync(path).size, ours: m });
  }
  return rows;
}

/** The corpus: one process per tool for all its documents (a peer's set-up is paid once). */
function measureCorpus() {
  if (QUICK || !existsSync(CORPUS)) return undefined;
  const files = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => join(CORPUS, f));
  const list = writeDoc(join(RAW, 'corpus.json'), JSON.stringify(files));
  const byTool = {};
  for (const tool of ['floor', 'ours', ...PEERS]) {
    log(`corpus (${files.length} documents): ${tool}`);
    byTool[tool] = measure(tool, `@${list}`, tool === 'floor' || tool === 'ours' ? 5 : 1, 600_000);
  }
  return files.map((path, i) => {
    const row = { name: path.split('/').pop().replace(/\.md$/, ''), bytes: statSync(path).size, tools: {} };
    for (const [tool, m] of Object.entries(byTool)) {
      row.tools[tool] = m.status === 'ok' ? summarise({ status: 'ok', tool, runs: m.docs[i].runs, found: m.docs[i].found }) : m;
    }
    return row;
  });
}

function main() {
  installPeers();
  build();
  const documents = [];
  for (const spec of SIZES) {
    for (const lang of LANGS) {
      const name = `${lang}-${spec.label.replace(' ', '')}`;
      const path = writeDoc(join(RAW, 'docs', `${name}.md`), generateProposal({ lang, size: spec.chars, seed: 1 }));
      documents.push({ spec, ...measureDocument(name, path, spec) });
    }
  }
  const startup = measureStartup(join(RAW, 'docs', 'fr-10KB.md'));
  const hostile = measureHostile();
  const corpus = measureCorpus();
  const results = {
    when: new Date().toISOString(),
    quick: QUICK,
    node: process.version,
    serverExecArgv: SERVER_EXEC_ARGV,
    serverEnv: SERVER_ENV,
    documents,
    startup,
    hostile,
    corpus,
    peers: PEERS,
  };
  writeDoc(join(RAW, 'results.json'), JSON.stringify(results, null, 2));
  writeReports(results);
}

/** results.json → results.md, chart.svg, and the summaries in README.md and docs/performance.md. */
function writeReports(results) {
  const { markdown, verdicts } = renderResults(results);
  writeDoc(join(BENCH, 'results', 'results.md'), markdown);
  writeDoc(join(BENCH, 'results', 'chart.svg'), renderChart(results));
  // The README and the performance page show the same run: their summary is rewritten, never edited by hand.
  for (const [file, chart] of [
    [join(ROOT, 'README.md'), 'bench/results/chart.svg'],
    [join(ROOT, 'docs', 'performance.md'), '../bench/results/chart.svg'],
  ]) {
    const summary = renderSummary(results, verdicts, chart);
    const updated = replaceSummary(readFileSync(file, 'utf8'), chart.startsWith('..') ? summary.replace('(bench/results/results.md)', '(../bench/results/results.md)') : summary);
    if (updated === undefined) log(`${file}: no bench-results markers, left alone`);
    else writeFileSync(file, updated);
  }
  log(`done in ${((Date.now() - started) / 60000).toFixed(1)} min: bench/results/results.md, bench/results/chart.svg, README.md, docs/performance.md`);
  process.stdout.write(`\n${verdicts.join('\n')}\n`);
}

/** `--name value` or `--name=value`; undefined when absent. */
function optionValue(name) {
  const args = process.argv.slice(2);
  const inline = args.find((a) => a.startsWith(`${name}=`));
  if (inline) return inline.slice(name.length + 1);
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  if (at + 1 >= args.length || args[at + 1].startsWith('--')) throw new Error(`${name} needs a value`);
  return args[at + 1];
}

/** --only startup: the start-up measurement of the full run, on the same document, printed only. */
function startupOnly() {
  build();
  const doc = join(RAW, 'docs', 'fr-10KB.md');
  if (!existsSync(doc)) writeDoc(doc, generateProposal({ lang: 'fr', size: 10_000, seed: 1 }));
  const s = measureStartup(doc);
  const ms = (v) => `${v.toFixed(0)} ms`;
  process.stdout.write(
    `node -e 0: median ${ms(s.nodeMedian)} (min ${ms(s.nodeMin)}); CLI, first result on ${doc}: median ${ms(s.cliMedian)} (min ${ms(s.cliMin)})\n` +
      `ratio of the medians: ${(s.cliMedian / s.nodeMedian).toFixed(2)}x (target: at most 3x)\n`,
  );
}

// --report-only: render the last run's raw results again (after a change to the report), measuring nothing.
if (process.argv.includes('--report-only')) writeReports(JSON.parse(readFileSync(join(RAW, 'results.json'), 'utf8')));
else if (ONLY === 'startup') startupOnly();
else main();
