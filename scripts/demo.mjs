// `npm start`: builds the CLI when its bundle is missing or older than the sources, runs it on examples/,
// and shows each finding as "before → after" with its preferred rewrite. Findings are the point of the
// demo, so it exits 0 once it has shown them; it fails only when the build or the CLI itself fails.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const examples = join(root, 'examples');
const colour = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, s) => (colour ? `\u001b[${code}m${s}\u001b[0m` : s);
const bold = (s) => paint('1', s);
const dim = (s) => paint('2', s);
const red = (s) => paint('31', s);
const green = (s) => paint('32', s);

function newestSourceTime() {
  let newest = 0;
  const visit = (path) => {
    const stats = statSync(path);
    if (stats.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else newest = Math.max(newest, stats.mtimeMs);
  };
  for (const path of ['server/src', 'esbuild.mjs', 'package.json']) visit(join(root, path));
  return newest;
}

function ensureBuilt() {
  const built = statSync(cli, { throwIfNoEntry: false });
  if (built && built.mtimeMs >= newestSourceTime()) return;
  console.log(dim(built ? 'Sources changed since the last build: building…' : 'No build yet: building…'));
  const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('demo: the build failed (see above).');
    process.exit(build.status ?? 1);
  }
}

function runCli() {
  const run = spawnSync(process.execPath, [cli, 'check', '--format', 'json', relative(root, examples)], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // 0: clean, 1: findings (what we want to show); 2 and anything else: the CLI could not run.
  if (run.status !== 0 && run.status !== 1) {
    process.stderr.write(run.stderr || `demo: the CLI exited with ${run.status ?? run.signal}\n`);
    process.exit(2);
  }
  return JSON.parse(run.stdout);
}

/** UTF-16 offset of an LSP position (lines end at \n, \r\n or \r). */
function offsetAt(lineStarts, { line, character }) {
  return lineStarts[line] + character;
}

function lineStartsOf(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  return starts;
}

/** Lines that start a new block: a blank line, a list item, a heading, a quote. */
const BLOCK_START = /^\s*(?:$|[-*+]\s|\d+[.)]\s|#|>)/;

/**
 * The sentence around [from, to): the JSON contract carries ranges, not sentences, so the demo finds the
 * block (paragraph or list item) holding the range, then the sentence ends on either side.
 */
function sentenceAround(text, lineStarts, fromLine, toLine, from, to) {
  const lineText = (n) => text.slice(lineStarts[n], lineStarts[n + 1] ?? text.length);
  let first = fromLine;
  while (first > 0 && !BLOCK_START.test(lineText(first)) && lineText(first - 1).trim() !== '') first--;
  let last = toLine;
  while (last + 1 < lineStarts.length && lineText(last + 1).trim() !== '' && !BLOCK_START.test(lineText(last + 1))) last++;
  const blockStart = lineStarts[first] + (/^\s*(?:[-*+]\s|\d+[.)]\s|>\s?)?/.exec(lineText(first))?.[0].length ?? 0);
  const blockEnd = (lineStarts[last + 1] ?? text.length);
  const head = text.slice(blockStart, from);
  const endings = [...head.matchAll(/[.!?…]["»”’)]?\s+/g)];
  const start = endings.length > 0 ? blockStart + endings.at(-1).index + endings.at(-1)[0].length : blockStart;
  // A rewrite that ends on the sentence's own mark (a question) already reaches the sentence end.
  const endsSentence = /[.!?…]["»”’)]?$/.test(text.slice(blockStart, to));
  const tail = /[.!?…]["»”’)]?(?=\s|$)/.exec(text.slice(to, blockEnd));
  const end = endsSentence ? to : tail ? to + tail.index + tail[0].length : blockEnd;
  return { start, end };
}

function applyEdits(text, edits) {
  let out = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

const flat = (s) => s.replace(/\s+/g, ' ').trim();

ensureBuilt();
const report = runCli();
let total = 0;
for (const file of report.files) {
  const text = readFileSync(join(root, file.path), 'utf8').replace(/^\uFEFF/, '');
  const lineStarts = lineStartsOf(text);
  console.log(`\n${bold(file.path)} ${dim(`(${file.language}, ${file.diagnostics.length} finding${file.diagnostics.length === 1 ? '' : 's'})`)}`);
  for (const d of file.diagnostics) {
    total++;
    const from = offsetAt(lineStarts, d.range.start);
    const to = offsetAt(lineStarts, d.range.end);
    const fix = d.fixes.find((f) => f.preferred);
    const edits = (fix?.edits ?? []).map((e) => ({ start: offsetAt(lineStarts, e.range.start), end: offsetAt(lineStarts, e.range.end), newText: e.newText }));
    const lo = Math.min(from, ...edits.map((e) => e.start));
    const hi = Math.max(to, ...edits.map((e) => e.end));
    const lineOf = (offset) => lineStarts.findLastIndex((s) => s <= offset);
    const span = sentenceAround(text, lineStarts, lineOf(lo), lineOf(hi), lo, hi);
    const before = text.slice(span.start, from) + red(text.slice(from, to)) + text.slice(to, span.end);
    console.log(`\n  ${dim(`line ${d.range.start.line + 1}`)}  ${d.severity}  ${dim(d.rule)}`);
    console.log(`  ${flat(d.message)}`);
    console.log(`    ${dim('before')}  ${flat(before)}`);
    if (fix) {
      const shifted = edits.map((e) => ({ ...e, start: e.start - span.start, end: e.end - span.start }));
      console.log(`    ${dim('after ')}  ${green(flat(applyEdits(text.slice(span.start, span.end), shifted)))}`);
    } else {
      console.log(`    ${dim('after ')}  ${dim('(no automatic rewrite: rephrase by hand)')}`);
    }
  }
}
console.log(`\n${bold(`${total} finding${total === 1 ? '' : 's'}`)} in ${report.files.length} example${report.files.length === 1 ? '' : 's'}.`);
console.log(dim(`Fix them all in a copy: cp -r examples /tmp/ex && node dist/cli.js check --fix /tmp/ex`));
