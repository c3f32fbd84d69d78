// `npm run eval [-- --verbose] [-- --json]`: how well the engine does, measured rather than asserted.
// It reports and always exits 0; the tests are what fail a build.
//
// 1. The labelled fixtures (tests/fixtures/eval/<lang>.tsv), each sentence analysed on its own:
//    precision / recall / F1 (a sentence is flagged when any finding lands in it), recall per category,
//    category agreement, fix quality (preferred fixes that re-lint clean, fixes that keep the content
//    words) and the exact-match rate against the expected rewrites.
// 2. The example proposals (examples/*.md): findings and fix quality on whole documents.
// 3. When the shared corpus sits next to the repository (../shared/corpus): findings per 1,000 words on
//    each real document, and precision / recall on its labelled sentences (`either` left out).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyse } from '../server/src/engine/index.js';
import { CATEGORIES, LANGS } from '../server/src/engine/types.js';
import type { AnalyseOptions, AnalysisResult, Category, Finding, Lang } from '../server/src/engine/types.js';
import { parseEvalFixtures, type EvalRow } from './eval/fixtures.js';
import { applyPreferredFixes, checkFixes, emptyFixQuality, type FixQuality } from './eval/fix-checks.js';
import { corpusDocuments, labelledSentences, type CorpusDocument } from './eval/corpus.js';

const repoRoot = resolve(import.meta.dirname, '..');
const fixturesDir = join(repoRoot, 'tests', 'fixtures', 'eval');
const examplesDir = join(repoRoot, 'examples');
const corpusDir = resolve(repoRoot, '..', 'shared', 'corpus');

const args = new Set(process.argv.slice(2));
const verbose = args.has('--verbose');
const asJson = args.has('--json');

// ---------------------------------------------------------------------------------------------------
// Small arithmetic

interface Ratio {
  hits: number;
  total: number;
  /** null when there is nothing to measure (JSON has no NaN). */
  rate: number | null;
}

function ratio(hits: number, total: number): Ratio {
  return { hits, total, rate: total === 0 ? null : hits / total };
}

interface Confusion {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
}

interface Scores extends Confusion {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

function emptyConfusion(): Confusion {
  return { truePositives: 0, falsePositives: 0, falseNegatives: 0, trueNegatives: 0 };
}

function count(confusion: Confusion, frontal: boolean, flagged: boolean): void {
  if (frontal && flagged) confusion.truePositives++;
  else if (frontal) confusion.falseNegatives++;
  else if (flagged) confusion.falsePositives++;
  else confusion.trueNegatives++;
}

function scores(c: Confusion): Scores {
  const precision = ratio(c.truePositives, c.truePositives + c.falsePositives).rate;
  const recall = ratio(c.truePositives, c.truePositives + c.falseNegatives).rate;
  const f1 = precision === null || recall === null || precision + recall === 0 ? null : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

function percent(value: number | null): string {
  return value === null ? 'n/a' : `${(100 * value).toFixed(1)}%`;
}

function showRatio(r: Ratio): string {
  return `${percent(r.rate)} (${r.hits}/${r.total})`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function describe(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.ruleId} "${oneLine(f.phrase)}"`).join(', ');
}

/** The engine under evaluation may throw; one bad input is recorded and the run goes on. */
function safeAnalyse(source: string, text: string, options: AnalyseOptions, errors: string[]): AnalysisResult | undefined {
  try {
    return analyse(text, options);
  } catch (error) {
    errors.push(`${source}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------
// 1. Labelled fixtures

interface FixtureReport {
  lang: Lang;
  rows: number;
  fixtureProblems: string[];
  scores: Scores;
  recallByCategory: Record<Category, Ratio>;
  /** Among frontal sentences that were flagged, those with a finding of the labelled category. */
  categoryAgreement: Ratio;
  /** Findings on `ok` sentences, by the category of the rule that fired. */
  falsePositiveFindingsByCategory: Record<Category, number>;
  rewriteExactMatch: Ratio;
  fixQuality: FixQuality;
  falsePositives: Array<{ id: string; sentence: string; findings: string }>;
  falseNegatives: Array<{ id: string; category: string; phrase: string; sentence: string }>;
  categoryMismatches: Array<{ id: string; expected: string; got: string; sentence: string }>;
  wrongRewrites: Array<{ id: string; sentence: string; expected: string; got: string }>;
  errors: string[];
}

function perCategory<T>(make: () => T): Record<Category, T> {
  return Object.fromEntries(CATEGORIES.map((c) => [c, make()])) as Record<Category, T>;
}

function evaluateFixtures(lang: Lang): FixtureReport {
  const { rows, problems } = parseEvalFixtures(readFileSync(join(fixturesDir, `${lang}.tsv`), 'utf8'), lang);
  const options: AnalyseOptions = { language: lang };
  const confusion = emptyConfusion();
  const byCategory = perCategory(() => ({ hits: 0, total: 0 }));
  const agreement = { hits: 0, total: 0 };
  const rewrites = { hits: 0, total: 0 };
  const report: FixtureReport = {
    lang,
    rows: rows.length,
    fixtureProblems: problems,
    scores: scores(confusion),
    recallByCategory: perCategory(() => ratio(0, 0)),
    categoryAgreement: ratio(0, 0),
    falsePositiveFindingsByCategory: perCategory(() => 0),
    rewriteExactMatch: ratio(0, 0),
    fixQuality: emptyFixQuality(),
    falsePositives: [],
    falseNegatives: [],
    categoryMismatches: [],
    wrongRewrites: [],
    errors: [],
  };
  for (const row of rows) {
    const result = safeAnalyse(row.id, row.sentence, options, report.errors);
    if (!result) continue;
    const findings = result.findings;
    const flagged = findings.length > 0;
    count(confusion, row.label === 'frontal', flagged);
    if (row.label === 'frontal') scoreFrontalRow(row, findings, byCategory, agreement, report);
    else if (flagged) {
      report.falsePositives.push({ id: row.id, sentence: row.sentence, findings: describe(findings) });
      for (const f of findings) report.falsePositiveFindingsByCategory[f.category]++;
    }
    checkFixes(row.id, row.sentence, findings, options, report.fixQuality);
    if (row.rewrite !== '') {
      rewrites.total++;
      const got = applyPreferredFixes(row.sentence, findings);
      if (got === row.rewrite) rewrites.hits++;
      else report.wrongRewrites.push({ id: row.id, sentence: row.sentence, expected: row.rewrite, got });
    }
  }
  report.scores = scores(confusion);
  for (const c of CATEGORIES) report.recallByCategory[c] = ratio(byCategory[c].hits, byCategory[c].total);
  report.categoryAgreement = ratio(agreement.hits, agreement.total);
  report.rewriteExactMatch = ratio(rewrites.hits, rewrites.total);
  return report;
}

function scoreFrontalRow(
  row: EvalRow,
  findings: readonly Finding[],
  byCategory: Record<Category, { hits: number; total: number }>,
  agreement: { hits: number; total: number },
  report: FixtureReport,
): void {
  const category = row.category as Category;
  byCategory[category].total++;
  if (findings.length === 0) {
    report.falseNegatives.push({ id: row.id, category, phrase: row.phrase, sentence: row.sentence });
    return;
  }
  byCategory[category].hits++;
  agreement.total++;
  if (findings.some((f) => f.category === category)) agreement.hits++;
  else report.categoryMismatches.push({ id: row.id, expected: category, got: describe(findings), sentence: row.sentence });
}

// ---------------------------------------------------------------------------------------------------
// 2 and 3a. Whole documents: examples and corpus

interface DocumentReport {
  name: string;
  language: Lang;
  words: number;
  findings: number;
  findingsPer1000Words: number | null;
  byCategory: Record<Category, number>;
  flagged: Array<{ ruleId: string; phrase: string; sentence: string }>;
}

interface DocumentPoolReport {
  documents: DocumentReport[];
  words: number;
  findings: number;
  findingsPer1000Words: number | null;
  fixQuality: FixQuality;
  errors: string[];
}

function evaluateDocuments(docs: readonly CorpusDocument[]): DocumentPoolReport {
  const pool: DocumentPoolReport = { documents: [], words: 0, findings: 0, findingsPer1000Words: null, fixQuality: emptyFixQuality(), errors: [] };
  for (const doc of docs) {
    const result = safeAnalyse(doc.name, doc.text, {}, pool.errors);
    if (!result) continue;
    const byCategory = perCategory(() => 0);
    for (const f of result.findings) byCategory[f.category]++;
    pool.documents.push({
      name: doc.name,
      language: result.language,
      words: result.wordCount,
      findings: result.findings.length,
      findingsPer1000Words: result.wordCount === 0 ? null : (1000 * result.findings.length) / result.wordCount,
      byCategory,
      flagged: result.findings.map((f) => ({
        ruleId: f.ruleId,
        phrase: oneLine(f.phrase),
        sentence: oneLine(doc.text.slice(f.sentence.start, f.sentence.end)),
      })),
    });
    pool.words += result.wordCount;
    pool.findings += result.findings.length;
    checkFixes(doc.name, doc.text, result.findings, {}, pool.fixQuality);
  }
  pool.findingsPer1000Words = pool.words === 0 ? null : (1000 * pool.findings) / pool.words;
  return pool;
}

function exampleDocuments(): CorpusDocument[] {
  return readdirSync(examplesDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(examplesDir, name), 'utf8') }));
}

// ---------------------------------------------------------------------------------------------------
// 3b. Labelled real sentences

interface LabelledReport {
  sentences: number;
  skippedEither: number;
  problems: string[];
  byLanguage: Record<Lang, Scores>;
  overall: Scores;
  falsePositives: Array<{ id: string; lang: Lang; source: string; sentence: string; findings: string }>;
  falseNegatives: Array<{ id: string; lang: Lang; source: string; sentence: string; category: string; trigger: string }>;
  errors: string[];
}

function evaluateLabelled(): LabelledReport | undefined {
  const corpus = labelledSentences(join(corpusDir, 'sentences.tsv'), join(corpusDir, 'labels.tsv'));
  if (!corpus) return undefined;
  const confusion = Object.fromEntries(LANGS.map((l) => [l, emptyConfusion()])) as Record<Lang, Confusion>;
  const overall = emptyConfusion();
  const report: LabelledReport = {
    sentences: corpus.sentences.length,
    skippedEither: corpus.skippedEither,
    problems: corpus.problems,
    byLanguage: Object.fromEntries(LANGS.map((l) => [l, scores(emptyConfusion())])) as Record<Lang, Scores>,
    overall: scores(overall),
    falsePositives: [],
    falseNegatives: [],
    errors: [],
  };
  for (const s of corpus.sentences) {
    const result = safeAnalyse(`sentence ${s.id}`, s.sentence, { language: s.lang }, report.errors);
    if (!result) continue;
    const flagged = result.findings.length > 0;
    const frontal = s.label === 'frontal';
    count(confusion[s.lang], frontal, flagged);
    count(overall, frontal, flagged);
    if (flagged && !frontal) {
      report.falsePositives.push({ id: s.id, lang: s.lang, source: s.source, sentence: s.sentence, findings: describe(result.findings) });
    }
    if (frontal && !flagged) {
      report.falseNegatives.push({
        id: s.id,
        lang: s.lang,
        source: s.source,
        sentence: s.sentence,
        category: s.category ?? '',
        trigger: s.trigger ?? '',
      });
    }
  }
  for (const l of LANGS) report.byLanguage[l] = scores(confusion[l]);
  report.overall = scores(overall);
  return report;
}

// ---------------------------------------------------------------------------------------------------
// Text report

function scoreLine(s: Scores): string {
  return (
    `precision ${percent(s.precision)}  recall ${percent(s.recall)}  F1 ${percent(s.f1)}` +
    `  (TP ${s.truePositives}, FP ${s.falsePositives}, FN ${s.falseNegatives}, TN ${s.trueNegatives})`
  );
}

function fixQualityLines(q: FixQuality, indent: string): string[] {
  const lines = [
    `${indent}preferred fixes that re-lint clean: ${showRatio(ratio(q.preferredRelintClean, q.preferredApplied))}`,
    `${indent}fixes keeping every content word:   ${showRatio(ratio(q.fixesKeepingContentWords, q.fixesChecked))}`,
    `${indent}findings without any fix:           ${q.findingsWithoutFix}/${q.findings}`,
  ];
  if (q.errors.length > 0) lines.push(`${indent}errors while checking fixes: ${q.errors.length}`);
  if (verbose) {
    for (const n of q.notClean) {
      lines.push(`${indent}  not clean  [${n.source}] ${n.ruleId} "${n.phrase}" → ${oneLine(n.rewritten)}  (${n.remaining.join(', ') || 'finding count did not drop'})`);
    }
    for (const l of q.lostWords) {
      lines.push(`${indent}  lost words [${l.source}] ${l.ruleId} (${l.stance}) missing ${l.missing.join(', ')} → ${oneLine(l.rewritten)}`);
    }
    for (const e of q.errors) lines.push(`${indent}  error ${e}`);
  }
  return lines;
}

function fixtureLines(r: FixtureReport): string[] {
  const lines = [`Fixtures ${r.lang} (${r.rows} sentences)`];
  if (r.fixtureProblems.length > 0) {
    lines.push(`  ${r.fixtureProblems.length} malformed fixture rows were skipped:`);
    for (const p of r.fixtureProblems) lines.push(`    ${p}`);
  }
  lines.push(`  ${scoreLine(r.scores)}`);
  lines.push(`  recall by category:`);
  for (const c of CATEGORIES) lines.push(`    ${c.padEnd(13)} ${showRatio(r.recallByCategory[c])}`);
  lines.push(`  category agreement on flagged frontal sentences: ${showRatio(r.categoryAgreement)}`);
  const fpByCategory = CATEGORIES.filter((c) => r.falsePositiveFindingsByCategory[c] > 0)
    .map((c) => `${c} ${r.falsePositiveFindingsByCategory[c]}`)
    .join(', ');
  if (fpByCategory) lines.push(`  false-positive findings by category: ${fpByCategory}`);
  lines.push(...fixQualityLines(r.fixQuality, '  '));
  lines.push(`  exact match with the expected rewrite: ${showRatio(r.rewriteExactMatch)}`);
  if (r.errors.length > 0) lines.push(`  analyse() threw on ${r.errors.length} sentences`);
  if (verbose) {
    if (r.falsePositives.length > 0) lines.push('  false positives:');
    for (const fp of r.falsePositives) lines.push(`    ${fp.id} ${fp.sentence}\n      ← ${fp.findings}`);
    if (r.falseNegatives.length > 0) lines.push('  false negatives:');
    for (const fn of r.falseNegatives) lines.push(`    ${fn.id} [${fn.category}] "${fn.phrase}" in: ${fn.sentence}`);
    if (r.categoryMismatches.length > 0) lines.push('  flagged under another category:');
    for (const m of r.categoryMismatches) lines.push(`    ${m.id} expected ${m.expected}, got ${m.got}: ${m.sentence}`);
    if (r.wrongRewrites.length > 0) lines.push('  wrong rewrites:');
    for (const w of r.wrongRewrites) lines.push(`    ${w.id} ${w.sentence}\n      expected: ${w.expected}\n      got:      ${w.got}`);
    for (const e of r.errors) lines.push(`  error ${e}`);
  }
  return lines;
}

function documentPoolLines(title: string, pool: DocumentPoolReport): string[] {
  const lines = [`${title} (${pool.documents.length} documents, ${pool.words} words)`];
  lines.push(`  findings: ${pool.findings}, ${pool.findingsPer1000Words === null ? 'n/a' : pool.findingsPer1000Words.toFixed(2)} per 1,000 words`);
  const width = Math.max(0, ...pool.documents.map((d) => d.name.length));
  for (const d of pool.documents) {
    const rate = d.findingsPer1000Words === null ? 'n/a' : d.findingsPer1000Words.toFixed(2);
    const categories = CATEGORIES.filter((c) => d.byCategory[c] > 0)
      .map((c) => `${c} ${d.byCategory[c]}`)
      .join(', ');
    lines.push(`  ${d.name.padEnd(width)}  ${d.language}  ${String(d.words).padStart(6)} words  ${String(d.findings).padStart(3)} findings  ${rate.padStart(6)}/1000${categories ? `  (${categories})` : ''}`);
    if (verbose) for (const f of d.flagged) lines.push(`      ${f.ruleId} "${f.phrase}": ${f.sentence}`);
  }
  lines.push(...fixQualityLines(pool.fixQuality, '  '));
  if (pool.errors.length > 0) {
    lines.push(`  analyse() threw on ${pool.errors.length} documents`);
    if (verbose) for (const e of pool.errors) lines.push(`  error ${e}`);
  }
  return lines;
}

function labelledLines(r: LabelledReport): string[] {
  const lines = [`Corpus labelled sentences (${r.sentences} scored, ${r.skippedEither} "either" skipped)`];
  for (const l of LANGS) lines.push(`  ${l}      ${scoreLine(r.byLanguage[l])}`);
  lines.push(`  overall ${scoreLine(r.overall)}`);
  for (const p of r.problems) lines.push(`  problem: ${p}`);
  if (r.errors.length > 0) lines.push(`  analyse() threw on ${r.errors.length} sentences`);
  if (verbose) {
    if (r.falsePositives.length > 0) lines.push('  false positives:');
    for (const fp of r.falsePositives) lines.push(`    ${fp.id} (${fp.lang}, ${fp.source}) ${fp.sentence}\n      ← ${fp.findings}`);
    if (r.falseNegatives.length > 0) lines.push('  false negatives:');
    for (const fn of r.falseNegatives) lines.push(`    ${fn.id} (${fn.lang}, ${fn.source}) [${fn.category}] "${fn.trigger}" in: ${fn.sentence}`);
    for (const e of r.errors) lines.push(`  error ${e}`);
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------------

function main(): void {
  const started = performance.now();
  const fixtures = LANGS.map(evaluateFixtures);
  const examples = evaluateDocuments(exampleDocuments());
  const docs = corpusDocuments(join(corpusDir, 'docs'));
  const corpusDocs = docs ? evaluateDocuments(docs) : undefined;
  const labelled = evaluateLabelled();
  const elapsedMs = Math.round(performance.now() - started);

  if (asJson) {
    const report = {
      fixtures: Object.fromEntries(fixtures.map((r) => [r.lang, r])),
      examples,
      corpus: {
        path: corpusDir,
        documents: corpusDocs ?? null,
        labelledSentences: labelled ?? null,
      },
      elapsedMs,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  const lines: string[] = [];
  for (const r of fixtures) lines.push(...fixtureLines(r), '');
  lines.push(...documentPoolLines('Example proposals', examples), '');
  if (corpusDocs) lines.push(...documentPoolLines(`Corpus documents in ${corpusDir}/docs`, corpusDocs), '');
  else lines.push(`Corpus documents: ${join(corpusDir, 'docs')} not found, skipped.`, '');
  if (labelled) lines.push(...labelledLines(labelled), '');
  else lines.push(`Corpus labelled sentences: ${join(corpusDir, 'sentences.tsv')} or labels.tsv not found, skipped.`, '');
  lines.push(`Done in ${(elapsedMs / 1000).toFixed(1)} s.${verbose ? '' : ' Run with --verbose for the lists of errors.'}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
