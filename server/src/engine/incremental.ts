// Analysis block by block, with the results of unchanged blocks reused across versions of a document.
// An edit in a long proposal re-parses and re-checks the blocks it touched; every other block's
// findings are shifted to where the block now stands. The result is the one `analyseDocument` gives on
// the whole text (the tests compare them after random edits).
//
// What a block's findings depend on besides its own text, and so what its cache key holds:
// - whether it starts the document (front matter) and the definitions it refers to (blocks.ts);
// - the language a `[:fr]` marker in an earlier block left open;
// - the options, including what the front matter sets, and the document's typography (apostrophes,
//   French spacing) that rewrites copy: when either changes, every block is checked again;
// - the document's majority language, used where a run's own words do not decide: such runs are
//   checked in both languages, so that a change of majority elsewhere costs nothing here.
import type { AnalyseOptions, AnalysisResult, Finding, Lang } from './types.js';
import type { HtmlComment, MarkdownDocument } from './markdown.js';
import {
  analyseRun,
  decidedLanguage,
  forcedLanguage,
  ruleSetFor,
  withFrontMatterSettings,
  type AnalyseContext,
} from './analyse.js';
import { scoreLanguage, splitLanguageRuns } from './language.js';
import { countStyle, detectDocumentStyle, styleFromCounts, type StyleCounts } from './rewrite/style.js';
import { filterByDirectives } from './directives.js';
import {
  blockSourceEnd,
  definitionsFor,
  mayDefine,
  parseBlock,
  scanBlocks,
  settleBlocks,
  unclosedFrontMatterLine,
  type BlockSpan,
  type ParsedBlock,
} from './blocks.js';

/** What parsing a block alone tells about the document around it. */
interface BlockStructure {
  openAtEnd: boolean;
  definitions: ReadonlySet<string>;
  frontMatter?: MarkdownDocument['frontMatter'];
}

/** Findings, words and comments of a block, with offsets relative to the block's start. */
interface BlockResult {
  /** Findings if the document's majority language is French, and if it is English (often the same array). */
  findings: Record<Lang, Finding[]>;
  words: Record<Lang, number>;
  comments: HtmlComment[];
  /** Language evidence of the block's prose, summed into the document's majority. */
  score: { fr: number; en: number };
  /** The language a marker left open at the end of the block. */
  carriedOut: Lang | undefined;
  /** The findings last handed out, shifted to where the block stood: unchanged blocks hand out the same objects. */
  placed?: { at: number; byLanguage: Partial<Record<Lang, Finding[]>> };
}

/** What the analyser keeps about one block source. */
interface BlockEntry {
  structure?: BlockStructure;
  style?: StyleCounts;
  /** By the definitions the block saw and the language carried into it. */
  results: Map<string, BlockResult>;
}

/** Parses made while settling the cut are kept for the analysis up to this many characters. */
const REUSED_PARSE_BUDGET = 256 * 1024;

const NO_LABELS: ReadonlySet<string> = new Set();

/** What the last call did: how many blocks it saw, how many results it reused, how many parses it made. */
export interface IncrementalStats {
  blocks: number;
  reused: number;
  parsed: number;
  /** Blocks the analyser keeps for the next call. */
  cached: number;
}

export interface IncrementalAnalyzerOptions {
  /**
   * Keep each block's results for the next call (the default). A one-off analysis turns it off: no
   * cache keys, no offsets to shift, only the findings stay in memory.
   */
  retain?: boolean;
}

export class IncrementalAnalyzer {
  /** The blocks of the last version, by where they stood in it (see `rangeKey`). */
  private blocks = new Map<number, BlockEntry>();
  private lastText = '';
  private contextKey: string | undefined;
  private ruleSet: AnalyseContext['ruleSet'] | undefined;
  private stats: IncrementalStats = { blocks: 0, reused: 0, parsed: 0, cached: 0 };
  private readonly retain: boolean;

  constructor(options: IncrementalAnalyzerOptions = {}) {
    this.retain = options.retain ?? true;
  }

  /** Whether this call keeps its blocks for the next one. */
  private retains(text: string): boolean {
    return this.retain && text.length <= LONGEST_RETAINED;
  }

  get lastStats(): IncrementalStats {
    return { ...this.stats };
  }

  analyse(text: string, baseOptions: AnalyseOptions = {}): AnalysisResult {
    const retain = this.retains(text);
    const run = new AnalysisRun(text, retain ? { text: this.lastText, blocks: this.blocks } : undefined);
    // Definitions and the typography are read from every block before any is analysed; a one-off
    // analysis without definitions settles and analyses blocks in one pass, and drops each block's
    // parse as soon as it is analysed.
    const hasDefinitions = text.includes(']:');
    const settled = hasDefinitions || retain ? [...run.settle()][Symbol.iterator]() : run.settle();
    const firstStep = settled.next();
    const first = firstStep.done ? undefined : firstStep.value;
    const frontMatter = first?.start === 0 && /^(?:---|\+\+\+)/.test(text) ? run.structureOf(first).frontMatter : undefined;
    const options = withFrontMatterSettings({ segments: [], comments: [], ...(frontMatter ? { frontMatter } : {}) }, baseOptions);
    // Kept blocks keep their typography counts: an edit re-counts its own block, not the document.
    const style = retain ? styleFromCounts(run.styleCounts()) : detectDocumentStyle(text);
    // An opening front matter fence that never closes changes how every later block parses.
    const contextKey = JSON.stringify([options, style, run.unclosedFrontMatter]);
    if (contextKey !== this.contextKey) {
      run.forgetResults();
      this.ruleSet = ruleSetFor(options);
      this.contextKey = contextKey;
    }
    const ctx: AnalyseContext = { ruleSet: this.ruleSet ?? ruleSetFor(options), options, style };
    const defined = hasDefinitions ? run.definitions() : NO_LABELS;

    const placed: Array<{ at: number; result: BlockResult }> = [];
    let carried: Lang | undefined;
    for (let span = first; span; span = nextValue(settled)) {
      let needed: string[] = [];
      if (defined.size > 0) {
        const body = run.body(span);
        needed = definitionsFor(body, defined, mayDefine(body) ? run.structureOf(span).definitions : NO_LABELS);
      }
      const carriedIn = carried;
      const origin = retain ? span.start : 0;
      const block = span;
      const resultKey = needed.length === 0 && carriedIn === undefined ? '\u0001' : `${needed.join('\u0002')}\u0001${carriedIn ?? ''}`;
      const result = run.result(span, resultKey, () =>
        analyseBlock(run.parsed(block, needed), origin, carriedIn, ctx),
      );
      placed.push({ at: origin, result });
      carried = result.carriedOut;
    }
    // Only the blocks of this version stay: memory follows the document, not its history.
    this.blocks = retain ? run.kept : new Map();
    this.lastText = retain ? text : '';
    this.stats = { blocks: placed.length, reused: run.reused, parsed: run.parses, cached: this.blocks.size };

    const language = forcedLanguage(options) ?? majority(placed, options.fallbackLanguage ?? 'fr');
    const findings: Finding[] = [];
    const comments: HtmlComment[] = [];
    let wordCount = 0;
    for (const { at, result } of placed) {
      for (const f of placedFindings(result, language, at)) findings.push(f);
      for (const c of result.comments) comments.push(at === 0 ? c : { body: c.body, range: shiftRange(c.range, at) });
      wordCount += result.words[language];
    }
    return { language, findings: filterByDirectives(text, comments, findings), wordCount };
  }
}

function nextValue<T>(it: Iterator<T>): T | undefined {
  const step = it.next();
  return step.done ? undefined : step.value;
}

/** A one-off block-wise analysis: what `analyse` does past a few kilobytes. */
export function analyseInBlocks(text: string, options: AnalyseOptions = {}): AnalysisResult {
  return new IncrementalAnalyzer({ retain: false }).analyse(text, options);
}

/** The previous version's text and blocks, which this version's blocks are matched against. */
interface PreviousVersion {
  text: string;
  blocks: ReadonlyMap<number, BlockEntry>;
}

/**
 * A range of a text of the given length as one number, a cheaper map key than a string: unique while
 * `length * (length + 1)` stays a safe integer, which `IncrementalAnalyzer` checks (about 90 million
 * characters).
 */
function rangeKey(start: number, end: number, length: number): number {
  return start * (length + 1) + end;
}

/** Beyond this length a document is analysed without keeping anything (see `rangeKey`). */
const LONGEST_RETAINED = 90_000_000;

/**
 * How two versions of a text line up: they share their first `prefix` and last `suffix` characters,
 * and what follows the edit moved by `shift`. An edit touches one place, so every block outside it is
 * found again by position, without hashing or copying its text.
 */
interface Alignment {
  prefix: number;
  suffix: number;
  shift: number;
  /** Length of the new text. */
  length: number;
}

function alignVersions(before: string, after: string): Alignment {
  const limit = Math.min(before.length, after.length);
  const prefix = commonLength(limit, (from, to) => before.slice(from, to) === after.slice(from, to));
  // The suffix may not overlap the prefix in either text.
  const suffix = commonLength(
    limit - prefix,
    (from, to) => before.slice(before.length - to, before.length - from) === after.slice(after.length - to, after.length - from),
  );
  return { prefix, suffix, shift: after.length - before.length, length: after.length };
}

/**
 * The longest `n <= limit` such that `same(0, n)`, where `same(from, to)` compares a stretch of the
 * two texts: bisection with native string comparison, ten times faster than a loop over characters.
 */
function commonLength(limit: number, same: (from: number, to: number) => boolean): number {
  let known = 0;
  let differsBy = limit;
  if (same(0, limit)) return limit;
  while (differsBy - known > 1) {
    const mid = known + ((differsBy - known) >> 1);
    if (same(known, mid)) known = mid;
    else differsBy = mid;
  }
  return known;
}

/** One call's view of the blocks: settles the cut, and parses each block at most once where it can. */
class AnalysisRun {
  /** The entries this version uses, by the range of their source, holding only the results it uses. */
  readonly kept = new Map<number, BlockEntry>();
  /** Parses made while settling, by span, waiting for their analysis. */
  private readonly pending = new Map<number, ParsedBlock>();
  private pendingChars = 0;
  /** Each span's entry, and the previous version's entry for the same source. */
  private readonly entries = new Map<number, { entry: BlockEntry; before: BlockEntry | undefined }>();
  /** Every settled span, in order, as settling yields them. */
  private readonly spans: BlockSpan[] = [];
  readonly unclosedFrontMatter: string;
  private readonly alignment: Alignment | undefined;
  reused = 0;
  parses = 0;

  /** `previous` is undefined for a one-off analysis, which keeps nothing. */
  constructor(
    private readonly text: string,
    private readonly previous: PreviousVersion | undefined,
  ) {
    this.unclosedFrontMatter = unclosedFrontMatterLine(text);
    this.alignment = previous && previous.blocks.size > 0 ? alignVersions(previous.text, text) : undefined;
  }

  *settle(): Generator<BlockSpan> {
    for (const span of settleBlocks(this.text, scanBlocks(this.text), (s) => this.structureOf(s))) {
      this.spans.push(span);
      yield span;
    }
  }

  body(span: BlockSpan): string {
    return this.text.slice(span.start, span.end);
  }

  /** Results computed under other options or typography are of no use any more. */
  forgetResults(): void {
    for (const entry of this.previous?.blocks.values() ?? []) entry.results.clear();
    for (const entry of this.kept.values()) entry.results.clear();
  }

  structureOf(span: BlockSpan): BlockStructure {
    const { entry, before } = this.entryOf(span);
    entry.structure ??= before?.structure ?? this.parseStructure(span);
    return entry.structure;
  }

  result(span: BlockSpan, resultKey: string, compute: () => BlockResult): BlockResult {
    if (!this.previous) return compute();
    const { entry, before } = this.entryOf(span);
    let result = entry.results.get(resultKey) ?? before?.results.get(resultKey);
    if (result) this.reused++;
    else result = compute();
    entry.results.set(resultKey, result);
    return result;
  }

  /** The typography evidence of the whole text, summed over its blocks (blank lines between hold none). */
  styleCounts(): StyleCounts {
    const total: StyleCounts = { curly: 0, straight: 0, spaces: { ' ': 0, '\u00a0': 0, '\u202f': 0 } };
    for (const span of this.spans) {
      const { entry, before } = this.entryOf(span);
      entry.style ??= before?.style ?? countStyle(this.body(span));
      total.curly += entry.style.curly;
      total.straight += entry.style.straight;
      for (const space of [' ', '\u00a0', '\u202f'] as const) total.spaces[space] += entry.style.spaces[space];
    }
    return total;
  }

  /** Every label defined in the document (read only from blocks that may define one); settles first. */
  definitions(): Set<string> {
    const defined = new Set<string>();
    for (const span of this.spans) {
      if (!mayDefine(this.body(span))) continue;
      for (const d of this.structureOf(span).definitions) defined.add(d);
    }
    return defined;
  }

  /** The block's prose, from the parse made while settling when it saw the same definitions. */
  parsed(span: BlockSpan, definitions: readonly string[]): MarkdownDocument {
    const spanKey = rangeKey(span.start, span.end, this.text.length);
    const early = this.pending.get(spanKey);
    if (early) {
      this.pending.delete(spanKey);
      this.pendingChars -= span.end - span.start;
    }
    if (early && definitions.length === 0) return early.doc;
    this.parses++;
    return parseBlock(this.text, span, definitions, this.unclosedFrontMatter).doc;
  }

  /**
   * The entry of a span in this version, and the previous version's entry for the same source when
   * the span lies where the two versions agree (a block is parsed from its source, its span with the
   * blank lines after it, and from whether it starts the document). The new entry only takes over
   * what this version uses, so that memory follows the document, not its history.
   */
  private entryOf(span: BlockSpan): { entry: BlockEntry; before: BlockEntry | undefined } {
    const spanKey = rangeKey(span.start, span.end, this.text.length);
    let found = this.entries.get(spanKey);
    if (found) return found;
    const sourceEnd = blockSourceEnd(this.text, span);
    const key = rangeKey(span.start, sourceEnd, this.text.length);
    let entry = this.kept.get(key);
    if (!entry) {
      entry = { results: new Map() };
      if (this.previous) this.kept.set(key, entry);
    }
    found = { entry, before: this.previousEntry(span.start, sourceEnd) };
    this.entries.set(spanKey, found);
    return found;
  }

  private previousEntry(start: number, sourceEnd: number): BlockEntry | undefined {
    const a = this.alignment;
    if (!a || !this.previous) return undefined;
    const previousLength = this.previous.text.length;
    if (sourceEnd <= a.prefix) return this.previous.blocks.get(rangeKey(start, sourceEnd, previousLength));
    const before = start - a.shift;
    // Only the first block sees front matter: a block that moved to or from the start is another block.
    if (start >= a.length - a.suffix && (before === 0) === (start === 0)) {
      return this.previous.blocks.get(rangeKey(before, sourceEnd - a.shift, previousLength));
    }
    return undefined;
  }

  private parseStructure(span: BlockSpan): BlockStructure {
    this.parses++;
    const parsed = parseBlock(this.text, span, [], this.unclosedFrontMatter);
    if (this.pendingChars + (span.end - span.start) <= REUSED_PARSE_BUDGET) {
      this.pending.set(rangeKey(span.start, span.end, this.text.length), parsed);
      this.pendingChars += span.end - span.start;
    }
    return {
      openAtEnd: parsed.openAtEnd,
      definitions: parsed.definitions,
      ...(parsed.doc.frontMatter ? { frontMatter: parsed.doc.frontMatter } : {}),
    };
  }
}

/** The findings of a block where it now stands, reusing the last shifted copy when the block has not moved. */
function placedFindings(result: BlockResult, language: Lang, at: number): readonly Finding[] {
  if (at === 0) return result.findings[language];
  if (result.placed?.at !== at) result.placed = { at, byLanguage: {} };
  return (result.placed.byLanguage[language] ??= result.findings[language].map((f) => shiftFinding(f, at)));
}

function analyseBlock(doc: MarkdownDocument, at: number, carriedIn: Lang | undefined, ctx: AnalyseContext): BlockResult {
  const findings: Record<Lang, Finding[]> = { fr: [], en: [] };
  const words: Record<Lang, number> = { fr: 0, en: 0 };
  const score = { fr: 0, en: 0 };
  const add = (into: Lang, found: { findings: Finding[]; wordCount: number }): void => {
    for (const f of found.findings) findings[into].push(shiftFinding(f, -at));
    words[into] += found.wordCount;
  };
  let carried = carriedIn;
  let undecided = false;
  // The majority is only asked for when neither the options nor the front matter set the language.
  const scored = forcedLanguage(ctx.options) === undefined;
  for (const seg of doc.segments) {
    if (scored) {
      const s = scoreLanguage(seg.text);
      score.fr += s.fr;
      score.en += s.en;
    }
    const { runs, open } = splitLanguageRuns(seg.text, carried);
    carried = open;
    for (const run of runs) {
      const lang = decidedLanguage(seg, run, ctx.options);
      if (lang) {
        const found = analyseRun(seg, run, lang, ctx);
        add('fr', found);
        add('en', found);
      } else {
        // Left to the document's majority, which other blocks may still change.
        undecided = true;
        add('fr', analyseRun(seg, run, 'fr', ctx));
        add('en', analyseRun(seg, run, 'en', ctx));
      }
    }
  }
  return {
    findings: undecided ? findings : { fr: findings.fr, en: findings.fr },
    words,
    comments: doc.comments.map((c) => ({ body: c.body, range: shiftRange(c.range, -at) })),
    score,
    carriedOut: carried,
  };
}

/** The document's majority language from its blocks' evidence, summed as `majorityLanguage` sums it. */
function majority(placed: ReadonlyArray<{ result: BlockResult }>, fallback: Lang): Lang {
  let fr = 0;
  let en = 0;
  for (const { result } of placed) {
    fr += result.score.fr;
    en += result.score.en;
  }
  if (fr === en) return fallback;
  return fr > en ? 'fr' : 'en';
}

function shiftRange<T extends { start: number; end: number }>(r: T, by: number): T {
  return { ...r, start: r.start + by, end: r.end + by };
}

function shiftFinding(f: Finding, by: number): Finding {
  if (by === 0) return f;
  return {
    ...f,
    start: f.start + by,
    end: f.end + by,
    sentence: shiftRange(f.sentence, by),
    block: shiftRange(f.block, by),
    fixes: f.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => shiftRange(e, by)) })),
  };
}
