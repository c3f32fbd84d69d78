// Analysis block by block, with the results of unchanged blocks reused across versions of a document.
// An edit in a long proposal re-scans, re-parses and re-checks only the blocks around it; every other
// block's findings are shifted to where the block now stands. The result is the one `analyseDocument`
// gives on the whole text (the tests compare them after random edits).
//
// What a block's findings depend on besides its own source (its lines and the blank lines after it):
// - whether it starts the document (front matter) and the definitions it refers to (blocks.ts);
// - the language a `[:fr]` marker in an earlier block left open;
// - the options, including what the front matter sets, the document's typography (apostrophes,
//   French spacing) that rewrites copy, and an opening front matter fence that never closes: when any
//   changes, every block is checked again;
// - the document's majority language, used where a run's own words do not decide: such runs are
//   checked in both languages, so that a change of majority elsewhere costs nothing here.
import type { AnalyseOptions, AnalysisResult, Finding, Fix, Lang, OffsetRange, TextEdit } from './types.js';
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
  definitionsAmong,
  frontMatterEnd,
  lineEndAt,
  mayDefine,
  referencedLabels,
  nextLineStart,
  parseBlock,
  scanBlocksFrom,
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
  comments: readonly HtmlComment[];
  /** Language evidence of the block's prose, summed into the document's majority. */
  score: { fr: number; en: number };
  /** The language a marker left open at the end of the block. */
  carriedOut: Lang | undefined;
  /** The findings last handed out, shifted to where the block stood: unchanged blocks hand out the same objects. */
  placed?: { at: number; byLanguage: Partial<Record<Lang, Finding[]>> };
}

/** What the analyser keeps about one block. */
interface BlockEntry {
  structure?: BlockStructure;
  style?: StyleCounts;
  /** Whether the block may define a label, and the labels it may refer to (documents with definitions only). */
  labels?: { mayDefine: boolean; referenced: ReadonlySet<string> };
  /** The last result, with what it was computed under: the definitions the block saw, the language carried in, the context. */
  result?: { key: string; context: number; value: BlockResult };
}

/** A settled block of a version and what is known about it. */
interface BlockRecord {
  span: BlockSpan;
  entry: BlockEntry;
}

/** What the analyser keeps of the last version for the next one. */
interface PreviousVersion {
  text: string;
  /** The scanner's blocks (before settling merges those that end inside a fence or HTML block). */
  scanned: readonly BlockSpan[];
  records: readonly BlockRecord[];
}

/** Parses made while settling the cut are kept for the analysis up to this many characters. */
const REUSED_PARSE_BUDGET = 256 * 1024;

const NO_LABELS: ReadonlySet<string> = new Set();
const NO_COMMENTS: readonly HtmlComment[] = [];

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
   * offsets to shift, only the findings stay in memory.
   */
  retain?: boolean;
}

export class IncrementalAnalyzer {
  private previous: PreviousVersion | undefined;
  private contextKey: string | undefined;
  /** Bumped when the context changes: results computed under another context are stale. */
  private context = 0;
  private ruleSet: AnalyseContext['ruleSet'] | undefined;
  private stats: IncrementalStats = { blocks: 0, reused: 0, parsed: 0, cached: 0 };
  private readonly retain: boolean;

  constructor(options: IncrementalAnalyzerOptions = {}) {
    this.retain = options.retain ?? true;
  }

  get lastStats(): IncrementalStats {
    return { ...this.stats };
  }

  analyse(text: string, baseOptions: AnalyseOptions = {}): AnalysisResult {
    const run = new AnalysisRun(text, this.retain, this.previous);
    // Definitions and the typography are read from every block before any is analysed; a one-off
    // analysis without definitions settles and analyses blocks in one pass, and drops each block's
    // parse as soon as it is analysed.
    const hasDefinitions = text.includes(']:');
    const blocks: Iterator<BlockRecord> = hasDefinitions || this.retain ? run.allRecords()[Symbol.iterator]() : run.streamRecords();
    const first = nextValue(blocks);
    const frontMatter = first?.span.start === 0 && /^(?:---|\+\+\+)/.test(text) ? run.structureOf(first).frontMatter : undefined;
    const options = withFrontMatterSettings({ segments: [], comments: [], ...(frontMatter ? { frontMatter } : {}) }, baseOptions);
    // Kept blocks keep their typography counts: an edit re-counts its own block, not the document.
    const style = this.retain ? styleFromCounts(run.styleCounts()) : detectDocumentStyle(text);
    const contextKey = JSON.stringify([options, style, run.unclosedFrontMatter]);
    if (contextKey !== this.contextKey) {
      this.context++;
      this.ruleSet = ruleSetFor(options);
      this.contextKey = contextKey;
    }
    const ctx: AnalyseContext = { ruleSet: this.ruleSet ?? ruleSetFor(options), options, style };
    const defined = hasDefinitions ? run.definitions() : NO_LABELS;

    // Only blocks with findings or comments are kept until the language is known; the others add
    // their evidence and words to the sums (a one-off analysis then keeps nothing of most blocks).
    const placed: Array<{ at: number; result: BlockResult }> = [];
    const score = { fr: 0, en: 0 };
    const words: Record<Lang, number> = { fr: 0, en: 0 };
    let blockCount = 0;
    let carried: Lang | undefined;
    for (let record = first; record; record = nextValue(blocks)) {
      let needed: string[] = [];
      if (defined.size > 0) {
        const labels = run.labelsOf(record);
        needed = definitionsAmong(labels.referenced, defined, labels.mayDefine ? run.structureOf(record).definitions : NO_LABELS);
      }
      const carriedIn = carried;
      const origin = this.retain ? record.span.start : 0;
      const span = record.span;
      const key = needed.length === 0 && carriedIn === undefined ? '\u0001' : `${needed.join('\u0002')}\u0001${carriedIn ?? ''}`;
      const result = run.result(record, key, this.context, () => analyseBlock(run.parsed(span, needed), origin, carriedIn, ctx));
      blockCount++;
      score.fr += result.score.fr;
      score.en += result.score.en;
      words.fr += result.words.fr;
      words.en += result.words.en;
      if (result.findings.fr.length > 0 || result.findings.en.length > 0 || result.comments.length > 0) placed.push({ at: origin, result });
      carried = result.carriedOut;
    }
    // Only the blocks of this version stay: memory follows the document, not its history.
    this.previous = this.retain ? run.version() : undefined;
    this.stats = { blocks: blockCount, reused: run.reused, parsed: run.parses, cached: this.previous?.records.length ?? 0 };

    const language = forcedLanguage(options) ?? majority(score, options.fallbackLanguage ?? 'fr');
    const findings: Finding[] = [];
    const comments: HtmlComment[] = [];
    for (const { at, result } of placed) {
      for (const f of placedFindings(result, language, at)) findings.push(f);
      for (const c of result.comments) comments.push(at === 0 ? c : { body: c.body, range: shiftRange(c.range, at) });
    }
    return { language, findings: filterByDirectives(text, comments, findings), wordCount: words[language] };
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

/** One call's view of the blocks: cuts and settles them, and parses each block at most once where it can. */
class AnalysisRun {
  /** Parses made while settling, by span, waiting for their analysis. */
  private readonly pending = new Map<string, ParsedBlock>();
  private pendingChars = 0;
  /** Entries of the blocks this call cut and settled itself (not carried over from the previous version). */
  private readonly entries = new Map<string, BlockEntry>();
  private scanned: readonly BlockSpan[] = [];
  private records: BlockRecord[] | undefined;
  readonly unclosedFrontMatter: string;
  reused = 0;
  parses = 0;

  constructor(
    private readonly text: string,
    private readonly retain: boolean,
    private readonly previous: PreviousVersion | undefined,
  ) {
    this.unclosedFrontMatter = unclosedFrontMatterLine(text);
  }

  /** Every block of the text, cut and settled: around the edit only, when the previous version allows. */
  allRecords(): BlockRecord[] {
    if (!this.records) this.records = (this.previous && this.splice(this.previous)) ?? [...this.streamRecords()];
    return this.records;
  }

  /** Every block, cut and settled from the start, as settling yields them. */
  *streamRecords(): Generator<BlockRecord> {
    const scanned = scanBlocksFrom(this.text, 0).spans;
    this.scanned = scanned;
    for (const span of settleBlocks(this.text, scanned, (s) => this.structureOf({ span: s, entry: this.entryOf(s) }))) {
      const entry = this.entryOf(span);
      // A one-off analysis never looks a block up again: the map would hold every block to the end.
      if (!this.retain) this.entries.delete(`${span.start},${span.end}`);
      yield { span, entry };
    }
  }

  /** What the next call needs of this version. */
  version(): PreviousVersion {
    return { text: this.text, scanned: this.scanned, records: this.allRecords() };
  }

  /**
   * The blocks of this version from the previous one's: those before the edit as they were, those
   * after it moved by the length the edit added, and in between the blocks cut and settled again,
   * from a block that starts before the edit to one after it where the previous cut resumes.
   * Undefined when the edit reaches the first block (then everything is cut again).
   */
  private splice(previous: PreviousVersion): BlockRecord[] | undefined {
    // Front matter is found by looking for its closing fence anywhere below: an edit far down may open
    // or close it, which changes the first block and how every later one parses.
    if (/^(?:---|\+\+\+)/.test(this.text) || /^(?:---|\+\+\+)/.test(previous.text)) {
      const end = frontMatterEnd(this.text);
      if (end === -1 || end !== frontMatterEnd(previous.text)) return undefined;
    }
    const { prefix, suffix, shift } = alignVersions(previous.text, this.text);
    const length = this.text.length;
    const before = previous.records;
    /** A block cut again that the edit did not touch keeps its entry (and so its parse and findings). */
    const entryAgain = (span: BlockSpan): BlockEntry => {
      const sourceEnd = blockSourceEnd(this.text, span);
      let old: BlockRecord | undefined;
      if (sourceEnd <= prefix) old = before[lastIndexAtOrBefore(before, span.start, (r) => r.span.start)];
      else if (span.start >= length - suffix) old = before[lastIndexAtOrBefore(before, span.start - shift, (r) => r.span.start)];
      const at = sourceEnd <= prefix ? 0 : shift;
      if (old && old.span.start === span.start - at && old.span.end === span.end - at && blockSourceEnd(previous.text, old.span) === sourceEnd - at) {
        this.entries.set(`${span.start},${span.end}`, old.entry);
        return old.entry;
      }
      return this.entryOf(span);
    };
    // The restart: the last previous block whose first line, with its line ending, the edit left alone.
    let restart = lastIndexAtOrBefore(before, prefix, (r) => r.span.start);
    while (restart > 0 && nextLineStart(previous.text, lineEndAt(previous.text, (before[restart] as BlockRecord).span.start)) > prefix) restart--;
    if (restart <= 0) return undefined;
    const from = (before[restart] as BlockRecord).span.start;
    const restartScanned = lastIndexAtOrBefore(previous.scanned, from, (s) => s.start);
    if ((previous.scanned[restartScanned] as BlockSpan | undefined)?.start !== from) return undefined;

    // Cut again until a cut falls, in the unchanged tail, where the previous version had one.
    const tail = length - suffix;
    const resumesAt = (start: number): number => {
      if (start < tail) return -1;
      const i = lastIndexAtOrBefore(previous.scanned, start - shift, (s) => s.start);
      return i >= 0 && (previous.scanned[i] as BlockSpan).start === start - shift ? i : -1;
    };
    const { spans: recut, stoppedAt } = scanBlocksFrom(this.text, from, (start) => resumesAt(start) >= 0);
    const resumeScanned = stoppedAt === undefined ? previous.scanned.length : resumesAt(stoppedAt);
    const scanned = [...previous.scanned.slice(0, restartScanned), ...recut];
    const movedFrom = scanned.length;
    for (let i = resumeScanned; i < previous.scanned.length; i++) {
      const s = previous.scanned[i] as BlockSpan;
      scanned.push({ start: s.start + shift, end: s.end + shift });
    }
    this.scanned = scanned;

    // Settle again from the restart, until a settled block starts in the moved tail where a previous one did.
    const records = before.slice(0, restart);
    const resumesSettledAt = (start: number): number => {
      const i = lastIndexAtOrBefore(before, start - shift, (r) => r.span.start);
      return i >= 0 && (before[i] as BlockRecord).span.start === start - shift ? i : -1;
    };
    let next = restartScanned;
    let resumeRecord = before.length;
    for (const span of settleBlocks(this.text, scanned.slice(restartScanned), (s) => this.structureOf({ span: s, entry: entryAgain(s) }))) {
      records.push({ span, entry: entryAgain(span) });
      while (next < scanned.length && (scanned[next] as BlockSpan).end <= span.end) next++;
      if (next >= movedFrom && next < scanned.length) {
        const i = resumesSettledAt((scanned[next] as BlockSpan).start);
        if (i >= 0) {
          resumeRecord = i;
          break;
        }
      }
    }
    for (let i = resumeRecord; i < before.length; i++) {
      const r = before[i] as BlockRecord;
      records.push({ span: { start: r.span.start + shift, end: r.span.end + shift }, entry: r.entry });
    }
    return records;
  }

  body(span: BlockSpan): string {
    return this.text.slice(span.start, span.end);
  }

  structureOf(record: BlockRecord): BlockStructure {
    record.entry.structure ??= this.parseStructure(record.span);
    return record.entry.structure;
  }

  result(record: BlockRecord, key: string, context: number, compute: () => BlockResult): BlockResult {
    if (!this.retain) return compute();
    const kept = record.entry.result;
    if (kept && kept.key === key && kept.context === context) {
      this.reused++;
      return kept.value;
    }
    const value = compute();
    record.entry.result = { key, context, value };
    return value;
  }

  /** The typography evidence of the whole text, summed over its blocks (blank lines between hold none). */
  styleCounts(): StyleCounts {
    const total: StyleCounts = { curly: 0, straight: 0, spaces: { ' ': 0, '\u00a0': 0, '\u202f': 0 } };
    for (const { span, entry } of this.allRecords()) {
      entry.style ??= countStyle(this.body(span));
      total.curly += entry.style.curly;
      total.straight += entry.style.straight;
      for (const space of [' ', '\u00a0', '\u202f'] as const) total.spaces[space] += entry.style.spaces[space];
    }
    return total;
  }

  /** What a block may define and refer to, read once per block. */
  labelsOf(record: BlockRecord): NonNullable<BlockEntry['labels']> {
    if (!record.entry.labels) {
      const body = this.body(record.span);
      record.entry.labels = { mayDefine: mayDefine(body), referenced: referencedLabels(body) };
    }
    return record.entry.labels;
  }

  /** Every label defined in the document (read only from blocks that may define one). */
  definitions(): Set<string> {
    const defined = new Set<string>();
    for (const record of this.allRecords()) {
      if (!this.labelsOf(record).mayDefine) continue;
      for (const d of this.structureOf(record).definitions) defined.add(d);
    }
    return defined;
  }

  /** The block's prose, from the parse made while settling when it saw the same definitions. */
  parsed(span: BlockSpan, definitions: readonly string[]): MarkdownDocument {
    const spanKey = `${span.start},${span.end}`;
    const early = this.pending.get(spanKey);
    if (early) {
      this.pending.delete(spanKey);
      this.pendingChars -= span.end - span.start;
    }
    if (early && definitions.length === 0) return early.doc;
    this.parses++;
    return parseBlock(this.text, span, definitions, this.unclosedFrontMatter).doc;
  }

  /** The entry of a block this call cut: one per span, shared by settling and the analysis. */
  private entryOf(span: BlockSpan): BlockEntry {
    const spanKey = `${span.start},${span.end}`;
    let entry = this.entries.get(spanKey);
    if (!entry) {
      entry = {};
      this.entries.set(spanKey, entry);
    }
    return entry;
  }

  private parseStructure(span: BlockSpan): BlockStructure {
    this.parses++;
    const parsed = parseBlock(this.text, span, [], this.unclosedFrontMatter);
    if (this.pendingChars + (span.end - span.start) <= REUSED_PARSE_BUDGET) {
      this.pending.set(`${span.start},${span.end}`, parsed);
      this.pendingChars += span.end - span.start;
    }
    return {
      openAtEnd: parsed.openAtEnd,
      definitions: parsed.definitions,
      ...(parsed.doc.frontMatter ? { frontMatter: parsed.doc.frontMatter } : {}),
    };
  }
}

/** The last index whose key is at most `at` in a list sorted by key, or -1. */
function lastIndexAtOrBefore<T>(list: readonly T[], at: number, keyOf: (item: T) => number): number {
  let low = 0;
  let high = list.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (keyOf(list[mid] as T) <= at) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
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
    comments: doc.comments.length === 0 ? NO_COMMENTS : doc.comments.map((c) => ({ body: c.body, range: shiftRange(c.range, -at) })),
    score,
    carriedOut: carried,
  };
}

/** The document's majority language from its blocks' evidence, summed as `majorityLanguage` sums it. */
function majority(score: { fr: number; en: number }, fallback: Lang): Lang {
  if (score.fr === score.en) return fallback;
  return score.fr > score.en ? 'fr' : 'en';
}

// Written out field by field rather than spread: an edit shifts every finding after it, and a spread
// copies through a generic path several times slower. The incremental tests compare every field with
// a fresh analysis, so a field added to Finding or Fix and forgotten here fails them.
function shiftRange(r: OffsetRange, by: number): OffsetRange {
  return { start: r.start + by, end: r.end + by };
}

function shiftEdit(e: TextEdit, by: number): TextEdit {
  return { start: e.start + by, end: e.end + by, newText: e.newText };
}

function shiftFix(fix: Fix, by: number): Fix {
  return { title: fix.title, stance: fix.stance, preferred: fix.preferred, edits: fix.edits.map((e) => shiftEdit(e, by)), preview: fix.preview };
}

function shiftFinding(f: Finding, by: number): Finding {
  if (by === 0) return f;
  return {
    ruleId: f.ruleId,
    category: f.category,
    lang: f.lang,
    severity: f.severity,
    start: f.start + by,
    end: f.end + by,
    sentence: shiftRange(f.sentence, by),
    block: shiftRange(f.block, by),
    phrase: f.phrase,
    message: f.message,
    note: f.note,
    fixes: f.fixes.map((fix) => shiftFix(fix, by)),
  };
}
