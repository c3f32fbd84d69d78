// One measurement in its own process, so that its peak memory is its own and a slow tool can be killed:
//   node workers/measure.mjs TOOL DOCUMENT REPEATS [EDITED...]
//   node workers/measure.mjs TOOL @LIST.json REPEATS          (each document of a JSON list of paths)
// Prints one JSON line: wall and CPU times of each repeat (ms), findings, peak RSS (KB).
// Documents under 2 MB get warm-up runs (for the JIT) that are not counted.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [tool, docPath, repeatsArg, ...editedPaths] = process.argv.slice(2);
const repeats = Number(repeatsArg);
const text = docPath.startsWith('@') ? '' : readFileSync(docPath, 'utf8');
const engineUrl = new URL('../.build/engine.mjs', import.meta.url);

/** Each tool: set up once (not timed), then a function that analyses a text and returns a count. */
const tools = {
  async floor() {
    const { unified, remarkParse } = await import(engineUrl);
    const parser = unified().use(remarkParse);
    return (t) => parser.parse(t).children.length;
  },
  async ours() {
    const { analyse } = await import(engineUrl);
    return (t) => analyse(t).findings.length;
  },
  async alex() {
    const alex = await import('alex');
    const markdown = alex.markdown ?? alex.default;
    return (t) => markdown(t).messages.length;
  },
  async 'write-good'() {
    const writeGood = (await import('write-good')).default;
    return (t) => writeGood(t).length;
  },
  async textlint() {
    const { createLinter } = await import('textlint');
    const { TextlintKernelDescriptor } = await import('@textlint/kernel');
    const markdownPlugin = (await import('@textlint/textlint-plugin-markdown')).default;
    const writeGoodRule = (await import('textlint-rule-write-good')).default;
    const descriptor = new TextlintKernelDescriptor({
      rules: [{ ruleId: 'write-good', rule: writeGoodRule.default ?? writeGoodRule }],
      filterRules: [],
      plugins: [{ pluginId: 'markdown', plugin: markdownPlugin.default ?? markdownPlugin }],
    });
    const linter = createLinter({ descriptor });
    return async (t) => (await linter.lintText(t, fileURLToPath(new URL('doc.md', import.meta.url)))).messages.length;
  },
  async harper() {
    const { LocalLinter } = await import('harper.js');
    const { binaryInlined } = await import('harper.js/binaryInlined');
    const linter = new LocalLinter({ binary: binaryInlined });
    await linter.setup();
    return async (t) => (await linter.lint(t, { language: 'markdown' })).length;
  },
};

const cpuNow = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

async function timed(fn) {
  const w = performance.now();
  const c = cpuNow();
  const found = await fn();
  return { wall: performance.now() - w, cpu: cpuNow() - c, found };
}

/**
 * Runs that are not counted, so that every tool is measured with its code optimised by the JIT, as in
 * a language server that has been up for a while: up to 30 runs or one second, whichever comes first.
 */
async function warmUp(analyseText, t) {
  const until = performance.now() + 1000;
  for (let i = 0; i < 30 && performance.now() < until; i++) await analyseText(t);
}

const runs = [];
let found = 0;
if (tool === 'incremental') {
  // Warmed on the previous version; each repeat times the next one-paragraph edit.
  const { IncrementalAnalyzer } = await import(engineUrl);
  const analyzer = new IncrementalAnalyzer();
  analyzer.analyse(text);
  const versions = editedPaths.map((p) => readFileSync(p, 'utf8')).slice(0, repeats);
  // Warm up as an editor session would: the same edits, back and forth, then from the start again.
  const until = performance.now() + 1000;
  for (let i = 0; i < 30 && performance.now() < until; i++) for (const v of [...versions, text]) analyzer.analyse(v);
  for (const version of versions) {
    const r = await timed(() => analyzer.analyse(version).findings.length);
    runs.push(r);
    found = r.found;
  }
  const stats = analyzer.lastStats;
  process.stdout.write(`${JSON.stringify({ tool, runs, found, stats, maxRssKb: process.resourceUsage().maxRSS })}\n`);
} else if (docPath.startsWith('@')) {
  // A list of documents (the corpus): set up once, then each document in turn.
  const analyseText = await tools[tool]();
  const docs = [];
  for (const path of JSON.parse(readFileSync(docPath.slice(1), 'utf8'))) {
    const t = readFileSync(path, 'utf8');
    if (repeats > 1) await warmUp(analyseText, t);
    const docRuns = [];
    for (let i = 0; i < repeats; i++) docRuns.push(await timed(() => analyseText(t)));
    docs.push({ path, runs: docRuns, found: docRuns[docRuns.length - 1]?.found });
  }
  process.stdout.write(`${JSON.stringify({ tool, docs, maxRssKb: process.resourceUsage().maxRSS })}\n`);
} else {
  const analyseText = await tools[tool]();
  if (repeats > 1 && text.length < 2_000_000) await warmUp(analyseText, text);
  for (let i = 0; i < repeats; i++) {
    const r = await timed(() => analyseText(text));
    runs.push(r);
    found = r.found;
  }
  process.stdout.write(`${JSON.stringify({ tool, runs, found, maxRssKb: process.resourceUsage().maxRSS })}\n`);
}
