// The engine's main path: Markdown → prose segments → language → sentences → rule matches → guards →
// findings with their fixes.
import type { AnalyseOptions, AnalysisResult, Category, Finding, Fix, Lang, Severity } from './types.js';
import { DEFAULT_SEVERITY } from './types.js';
import { extractProse, type MarkdownDocument, type ProseSegment } from './markdown.js';
import { detectLanguage, frontMatterLanguage, majorityLanguage, splitLanguageRuns, type LanguageRun } from './language.js';
import { splitSentences, type Sentence, type Token } from './sentences.js';
import { firstWordIndex, type PatternMatch } from './patterns.js';
import type { CompiledRuleSet } from './rules/compile.js';
import type { Guard, MatchView, RuleDefinition } from './rules/types.js';
import { CATEGORY_TEXT, STANCE_LABEL, quotePhrase } from './rules/categories.js';
import { builtinRuleSet, ruleSetWithCustomRules } from './rules/registry.js';
import { renderRewrite } from './rewrite/render.js';
import { detectDocumentStyle, type DocumentStyle } from './rewrite/style.js';
import { proseEditsToSource } from './edits.js';
import { isCondition } from './guards.js';
import { filterByDirectives, frontMatterSettings } from './directives.js';
import { LanguageTipGuard, type Span } from './language-tip.js';
import { analyseInBlocks } from './incremental.js';

export interface AnalyseContext {
  ruleSet: CompiledRuleSet;
  options: AnalyseOptions;
  style: DocumentStyle;
}

/**
 * Past this length a document is read block by block: faster (most blocks need no remark) and memory
 * bounded by the largest block. Since the plain reader takes most blocks, that is every document: a
 * 3 KB post parsed whole by remark took two to five times as long.
 */
export const BLOCKWISE_FROM_LENGTH = 0;

export function analyse(text: string, options: AnalyseOptions = {}): AnalysisResult {
  if (text.length > BLOCKWISE_FROM_LENGTH) return analyseInBlocks(text, options);
  return analyseDocument(text, extractProse(text), options);
}

/** Analysis of an already parsed document (the incremental analyser parses blocks itself). */
export function analyseDocument(text: string, doc: MarkdownDocument, baseOptions: AnalyseOptions = {}): AnalysisResult {
  const options = withFrontMatterSettings(doc, baseOptions);
  const ctx: AnalyseContext = { ruleSet: ruleSetFor(options), options, style: detectDocumentStyle(text) };
  const documentLanguage = resolveDocumentLanguage(doc, options);
  const findings: Finding[] = [];
  let wordCount = 0;
  let carried: Lang | undefined;
  for (const seg of doc.segments) {
    const { runs, open } = splitLanguageRuns(seg.text, carried);
    carried = open;
    for (const run of runs) {
      const found = analyseRun(seg, run, decidedLanguage(seg, run, options) ?? documentLanguage, ctx);
      wordCount += found.wordCount;
      findings.push(...found.findings);
    }
  }
  return { language: documentLanguage, findings: filterByDirectives(text, doc.comments, findings), wordCount };
}

export function ruleSetFor(options: AnalyseOptions): CompiledRuleSet {
  return options.customRules && options.customRules.length > 0 ? ruleSetWithCustomRules(options.customRules) : builtinRuleSet();
}

/** A run's language when a marker, the options or its own words decide it (else the document's). */
export function decidedLanguage(seg: ProseSegment, run: LanguageRun, options: AnalyseOptions): Lang | undefined {
  return run.lang ?? forcedLanguage(options) ?? detectLanguage(seg.text.slice(run.start, run.end));
}

/** Findings and words of one language run of a segment. */
export function analyseRun(seg: ProseSegment, run: LanguageRun, lang: Lang, ctx: AnalyseContext): { findings: Finding[]; wordCount: number } {
  const findings: Finding[] = [];
  let wordCount = 0;
  const block = { kind: seg.kind, inList: seg.list !== undefined };
  const languageIsSet = run.lang !== undefined || forcedLanguage(ctx.options) !== undefined;
  const languageTip = new LanguageTipGuard(seg.text, run, lang, languageIsSet, (text, other, start, end) => sentencesWithMatches(text, other, start, end, ctx, block));
  for (const sentence of splitSentences(seg.text, lang, run.start, run.end)) {
    for (const t of sentence.tokens) if (t.kind === 'word') wordCount++;
    if (seg.inBlockquote && !ctx.options.checkBlockquotes) continue;
    findings.push(...findingsInSentence(seg, sentence, lang, ctx, languageTip));
  }
  return { findings, wordCount };
}

/**
 * The front matter speaks for the document: its language wins over a configured one (a setting is
 * usually workspace-wide, the front matter is this file's), and its disabled rules add to the others.
 */
export function withFrontMatterSettings(doc: MarkdownDocument, options: AnalyseOptions): AnalyseOptions {
  if (!doc.frontMatter) return options;
  const own = frontMatterSettings(doc.frontMatter.value);
  const lang = own.lang ?? frontMatterLanguage(doc.frontMatter.value);
  return {
    ...options,
    ...(lang ? { language: lang } : {}),
    ...(own.disable.length > 0 ? { disabledRules: [...(options.disabledRules ?? []), ...own.disable] } : {}),
  };
}

export function forcedLanguage(options: AnalyseOptions): Lang | undefined {
  return options.language === 'fr' || options.language === 'en' ? options.language : undefined;
}

export function resolveDocumentLanguage(doc: MarkdownDocument, options: AnalyseOptions): Lang {
  return (
    forcedLanguage(options) ??
    majorityLanguage(
      doc.segments.map((s) => s.text),
      options.fallbackLanguage ?? 'fr',
    )
  );
}

export function severityOf(rule: RuleDefinition, options: AnalyseOptions): Severity | undefined {
  const setting = options.severity?.[rule.category] ?? DEFAULT_SEVERITY[rule.category];
  if (setting === 'off') return undefined;
  const disabled = options.disabledRules;
  if (disabled && (disabled.includes(rule.id) || disabled.includes(rule.category))) return undefined;
  const disabledInLanguage = options.disabledRulesByLanguage?.[rule.lang];
  if (disabledInLanguage && (disabledInLanguage.includes(rule.id) || disabledInLanguage.includes(rule.category))) return undefined;
  return setting;
}

function makeView(text: string, sentence: Sentence, lang: Lang, match: PatternMatch, block: MatchView['block']): MatchView {
  const tokens = sentence.tokens;
  const span = (from: number, to: number): string => {
    const a = tokens[from];
    const b = tokens[to - 1];
    return a && b ? text.slice(a.start, b.end) : '';
  };
  const last = tokens.length - 1;
  let endChar = sentence.end;
  while (endChar > sentence.start && /["»”’)\]\s]/.test(text[endChar - 1] as string)) endChar--;
  return {
    lang,
    text,
    sentence,
    tokens,
    match,
    // A phrase may wrap across lines in the source; messages and titles read it on one line.
    phrase: oneLine(span(match.spanStart, match.spanEnd)),
    atSentenceStart: match.spanStart === firstWordIndex(tokens),
    isQuestion: text[endChar - 1] === '?' || (last >= 0 && (tokens[last] as Token).text === '?'),
    capture: (name) => {
      const c = match.captures.get(name);
      return c ? span(c.start, c.end) : undefined;
    },
    captureTokens: (name) => {
      const c = match.captures.get(name);
      return c ? tokens.slice(c.start, c.end) : [];
    },
    after: () => tokens.slice(match.spanEnd),
    before: () => tokens.slice(0, match.spanStart),
    block,
  };
}

function guardsReject(rule: RuleDefinition, view: MatchView, options: AnalyseOptions): boolean {
  const allowed = (g: Guard): boolean => rule.allow?.includes(g) === true;
  if (!allowed('question') && view.isQuestion) return true;
  if (!allowed('condition') && isCondition(view)) return true;
  if (!allowed('quote') && !options.checkQuotes) {
    const a = (view.tokens[view.match.spanStart] as Token).start;
    if (view.sentence.quotes.some((q) => q.start <= a && a < q.end)) return true;
  }
  return false;
}

/** Rule matches in one sentence that survive the guards, longest first where they overlap. */
export function matchSentence(
  text: string,
  sentence: Sentence,
  lang: Lang,
  ruleSet: CompiledRuleSet,
  options: AnalyseOptions,
  block: MatchView['block'] = { kind: 'paragraph', inList: false },
): Array<{ rule: RuleDefinition; view: MatchView; severity: Severity }> {
  const found: Array<{ rule: RuleDefinition; view: MatchView; severity: Severity }> = [];
  for (const { match, owner: rule } of ruleSet.byLang[lang].matches(sentence.tokens)) {
    const severity = severityOf(rule, options);
    if (!severity) continue;
    const view = makeView(text, sentence, lang, match, block);
    if (guardsReject(rule, view, options)) continue;
    if (rule.accept && !rule.accept(view)) continue;
    found.push({ rule, view, severity });
  }
  found.sort(
    (a, b) =>
      a.view.match.spanStart - b.view.match.spanStart ||
      b.view.match.spanEnd - a.view.match.spanEnd,
  );
  const kept: typeof found = [];
  for (const f of found) {
    const prev = kept[kept.length - 1];
    if (prev && f.view.match.spanStart < prev.view.match.spanEnd) continue;
    kept.push(f);
  }
  return kept;
}

/**
 * Checking a fix re-matches its whole sentence, so fixes cost matches² × length per sentence. A
 * "sentence" with more matches than this is a run-on (a pasted list, missing full stops): its findings
 * are reported without fixes rather than letting one line stall the analysis.
 */
const MAX_MATCHES_WITH_FIXES = 12;

function findingsInSentence(seg: ProseSegment, sentence: Sentence, lang: Lang, ctx: AnalyseContext, languageTip: LanguageTipGuard): Finding[] {
  const block = { kind: seg.kind, inList: seg.list !== undefined };
  const matches = matchSentence(seg.text, sentence, lang, ctx.ruleSet, ctx.options, block);
  const findings: Finding[] = [];
  if (matches.length === 0) return findings;
  const ruleIds = matches.map((m) => m.rule.id);
  for (const { rule, view, severity } of matches) {
    const first = sentence.tokens[view.match.spanStart] as Token;
    const last = sentence.tokens[view.match.spanEnd - 1] as Token;
    if (anyInexact(seg, first.start, last.end)) continue;
    const fixes = matches.length <= MAX_MATCHES_WITH_FIXES ? buildFixes(seg, rule, view, ruleIds, ctx, block, languageTip) : [];
    const range = widenOverWrappingMarkup(seg, seg.starts[first.start] as number, seg.ends[last.end - 1] as number);
    findings.push({
      ruleId: rule.id,
      category: rule.category,
      lang,
      severity,
      start: range.start,
      end: range.end,
      sentence: { start: seg.starts[sentence.start] as number, end: seg.ends[sentence.end - 1] as number },
      block: seg.list ? { start: seg.list.listStart, end: seg.list.listEnd } : { ...seg.block },
      phrase: view.phrase,
      message: rule.message.replace('{phrase}', quotePhrase(lang, view.phrase)),
      note: rule.note ?? CATEGORY_TEXT[lang][rule.category].note,
      fixes,
    });
  }
  return findings;
}

function anyInexact(seg: ProseSegment, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (seg.inexact[k]) return true;
  return false;
}

/** "Vous devez **absolument**": the range takes the closing "**" along rather than stopping inside it. */
function widenOverWrappingMarkup(seg: ProseSegment, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  for (const c of seg.containers) {
    if (c.inner.end === e && c.outer.start >= s) e = c.outer.end;
    if (c.inner.start === s && c.outer.end <= e) s = c.outer.start;
  }
  return { start: s, end: e };
}

function buildFixes(
  seg: ProseSegment,
  rule: RuleDefinition,
  view: MatchView,
  ruleIdsInSentence: readonly string[],
  ctx: AnalyseContext,
  block: MatchView['block'],
  languageTip: LanguageTipGuard,
): Fix[] {
  const fixes: Fix[] = [];
  const seen = new Set<string>();
  for (const spec of rule.rewrites) {
    const rendered = renderRewrite(view, spec, ctx.style);
    if (!rendered || seen.has(rendered.preview)) continue;
    // A fix must remove this finding without creating another one in its sentence.
    if (!removesWithoutAdding(ruleIdsInSentence, remainingMatches(rendered.preview, view.lang, ctx, block))) continue;
    // Nor wake findings elsewhere in its paragraph by tipping the paragraph into the other language.
    if (languageTip.wakesOtherLanguage(view.sentence, rendered.preview)) continue;
    const edits = proseEditsToSource(seg, rendered.edits);
    if (!edits || edits.length === 0) continue;
    seen.add(rendered.preview);
    fixes.push({
      title: `${STANCE_LABEL[view.lang][spec.stance]}${view.lang === 'fr' ? ' : ' : ': '}${truncate(rendered.preview, 90)}`,
      stance: spec.stance,
      preferred: fixes.length === 0,
      // Copied to its length: an array grown by push keeps room for 17 items, and a long proposal
      // keeps tens of thousands of these.
      edits: edits.slice(),
      preview: rendered.preview,
    });
  }
  return orderAlternatives(fixes);
}

/**
 * The rule's preferred fix stays first; the alternatives follow the tone model's order — suggestion,
 * first step, question — then the softer forms and removals, so every menu reads the same way.
 */
const STANCE_ORDER: readonly Fix['stance'][] = ['suggestion', 'first-step', 'question', 'softer', 'remove'];

function orderAlternatives(fixes: Fix[]): Fix[] {
  const preferred = fixes[0];
  const rank = (f: Fix): number => STANCE_ORDER.indexOf(f.stance);
  // Array.prototype.sort is stable: fixes of the same stance keep the rule's order. slice() copies
  // to the exact length (see buildFixes).
  return fixes.slice().sort((a, b) => (a === preferred ? -1 : b === preferred ? 1 : rank(a) - rank(b)));
}

/**
 * Rule ids of the matches in each rewritten sentence already checked in one analysis, by language,
 * block and text: a long proposal repeats its phrasings, and so its rewrites.
 */
const checkedRewrites = new WeakMap<AnalyseContext, Map<string, readonly string[]>>();

/** Rule ids of the matches in a rewritten sentence. */
function remainingMatches(sentenceText: string, lang: Lang, ctx: AnalyseContext, block: MatchView['block']): readonly string[] {
  let checked = checkedRewrites.get(ctx);
  if (!checked) {
    checked = new Map();
    checkedRewrites.set(ctx, checked);
  }
  const key = `${lang}${block.kind}${block.inList ? '+' : '-'}${sentenceText}`;
  const known = checked.get(key);
  if (known) return known;
  const ids: string[] = [];
  for (const s of splitSentences(sentenceText, lang)) {
    for (const m of matchSentence(sentenceText, s, lang, ctx.ruleSet, ctx.options, block)) ids.push(m.rule.id);
  }
  checked.set(key, ids);
  return ids;
}

/** Sentences of `text[start, end)` read in `lang` that hold at least one match. */
function sentencesWithMatches(text: string, lang: Lang, start: number, end: number, ctx: AnalyseContext, block: MatchView['block']): Span[] {
  return splitSentences(text, lang, start, end).filter((s) => matchSentence(text, s, lang, ctx.ruleSet, ctx.options, block).length > 0);
}

/**
 * Fewer matches after the rewrite, and none of a rule that had fewer before: a count alone let a
 * rewrite trade one finding for another (a run-on sentence whose context the rewrite changed).
 */
function removesWithoutAdding(before: readonly string[], after: readonly string[]): boolean {
  if (after.length >= before.length) return false;
  const left = new Map<string, number>();
  for (const id of before) left.set(id, (left.get(id) ?? 0) + 1);
  for (const id of after) {
    const n = left.get(id) ?? 0;
    if (n === 0) return false;
    left.set(id, n - 1);
  }
  return true;
}

function truncate(s: string, max: number): string {
  const flat = oneLine(s);
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** White space runs as single spaces (most text has nothing to change: no copy then). */
function oneLine(s: string): string {
  return /[^\S ]| {2}/.test(s) ? s.replace(/\s+/g, ' ') : s;
}

export function categoryOf(ruleId: string): Category | undefined {
  const c = ruleId.split('/')[0];
  return c === 'imposition' || c === 'rejet' || c === 'refus' || c === 'absolu' || c === 'sachant' || c === 'complaisance'
    ? c
    : undefined;
}
