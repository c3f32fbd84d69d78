// A small phrase-pattern language over tokens, compiled once. No regular expressions reach the text:
// every element tests one token, repetitions are bounded, so matching a sentence costs at most
// tokens × patterns-starting-with-that-token × a constant, whatever a pattern says.
//
// Syntax (elements separated by spaces):
//   word            a literal token (case-insensitive; ’ and ' are the same)
//   a|b|c           one of several literal tokens
//   [a|b]           optional literal
//   {slot}          one token accepted by a named slot predicate ({slot?} or [{slot}] optional,
//                   {slot*} 0–3, {slot+} 1–3)
//   …@name          capture what the element matched under `name`
//   ^  / $          the match starts at the sentence's first word / ends at its last word
//   <<              what comes before is context that must precede the phrase (not flagged, not rewritten)
//   >>              what comes after is context that must follow the phrase (not flagged, not rewritten)
import type { Token } from './sentences.js';
import { normalizeWord } from './sentences.js';

export type SlotPredicate = (tokens: readonly Token[], index: number) => boolean;

export type SlotRegistry = ReadonlyMap<string, SlotPredicate>;

const MAX_REPEAT = 3;

/**
 * Elements one pattern may have. Matching remembers the states that failed, so one start position
 * costs at most elements × (MAX_REPEAT × elements + 1) states; this keeps that product small whatever
 * a team writes in its own rules (the longest built-in pattern has 12).
 */
export const MAX_PATTERN_ELEMENTS = 16;

interface Element {
  /** Literal words, or undefined for a slot. */
  words?: ReadonlySet<string>;
  slot?: SlotPredicate;
  min: number;
  max: number;
  capture?: string;
}

export interface CompiledPattern {
  source: string;
  elements: Element[];
  anchoredStart: boolean;
  anchoredEnd: boolean;
  /** Element index where the flagged span starts / ends (exclusive). */
  spanFrom: number;
  spanTo: number;
  /** Literal first tokens, or undefined when the pattern can start with any token. */
  firstWords: ReadonlySet<string> | undefined;
  /** Literal second tokens when the first two elements are required literals (a cheap test before matching). */
  secondWords?: ReadonlySet<string>;
}

export interface PatternMatch {
  pattern: CompiledPattern;
  /** Token indices of the flagged span, end exclusive. */
  spanStart: number;
  spanEnd: number;
  /** Token indices of the whole match including context. */
  matchStart: number;
  matchEnd: number;
  captures: ReadonlyMap<string, { start: number; end: number }>;
}

export class PatternError extends Error {
  constructor(
    message: string,
    readonly pattern: string,
  ) {
    super(`${message} in pattern "${pattern}"`);
  }
}

export function compilePattern(source: string, slots: SlotRegistry): CompiledPattern {
  const parts = source.trim().split(/\s+/).filter((p) => p.length > 0);
  const elements: Element[] = [];
  let anchoredStart = false;
  let anchoredEnd = false;
  let spanFrom = 0;
  let spanTo = -1;
  parts.forEach((part, i) => {
    if (part === '^') {
      if (i !== 0) throw new PatternError('"^" must come first', source);
      anchoredStart = true;
      return;
    }
    if (part === '$') {
      if (i !== parts.length - 1) throw new PatternError('"$" must come last', source);
      anchoredEnd = true;
      return;
    }
    if (part === '<<') {
      if (spanFrom !== 0 || elements.length === 0) throw new PatternError('misplaced "<<"', source);
      spanFrom = elements.length;
      return;
    }
    if (part === '>>') {
      if (spanTo !== -1) throw new PatternError('more than one ">>"', source);
      spanTo = elements.length;
      return;
    }
    for (const piece of splitLikeTokens(part)) elements.push(compileElement(piece, slots, source));
  });
  if (elements.length > MAX_PATTERN_ELEMENTS) {
    throw new PatternError(`more than ${MAX_PATTERN_ELEMENTS} elements`, source);
  }
  if (spanTo === -1) spanTo = elements.length;
  if (spanTo <= spanFrom) throw new PatternError('the flagged part is empty', source);
  if (elements.slice(spanFrom, spanTo).every((e) => e.min === 0)) {
    throw new PatternError('the flagged part must have at least one required element', source);
  }
  const [first, second] = elements;
  const secondWords = first?.words && first.min === 1 && second?.words && second.min === 1 ? second.words : undefined;
  return { source, elements, anchoredStart, anchoredEnd, spanFrom, spanTo, firstWords: firstWordsOf(elements), ...(secondWords ? { secondWords } : {}) };
}

/**
 * A plain literal is split the way the tokenizer splits text, so that a pattern written as the words
 * read — "c'est obligatoire", "don't" — matches: "c'" "est", "do" "n't".
 */
function splitLikeTokens(part: string): string[] {
  if (!/^[^[\]{}|@]+$/.test(part) || !/['’]/.test(part)) return [part];
  // Already a token: the English contraction parts "n't", "'ll", "'re"…
  if (/^(?:n['’]t|['’](?:ll|re|ve|d|s|m))$/i.test(part)) return [part];
  const elided = /^((?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’])(.+)$/i.exec(part);
  if (elided) return [elided[1] as string, ...splitLikeTokens(elided[2] as string)];
  const contraction = /^(.+?)(n['’]t|['’](?:ll|re|ve|d|s|m))$/i.exec(part);
  if (contraction) return [contraction[1] as string, contraction[2] as string];
  return [part];
}

function compileElement(part: string, slots: SlotRegistry, source: string): Element {
  let body = part;
  let capture: string | undefined;
  const at = body.lastIndexOf('@');
  if (at > 0) {
    capture = body.slice(at + 1);
    body = body.slice(0, at);
    if (!/^[a-zA-Z][\w-]*$/.test(capture)) throw new PatternError(`bad capture name "${capture}"`, source);
  }
  const withCapture = (e: Element): Element => (capture === undefined ? e : { ...e, capture });
  // "[{slot}]" is another way to write "{slot?}".
  const bracketed = /^\[\{([a-zA-Z][\w-]*)\}\]$/.exec(body);
  if (bracketed) body = `{${bracketed[1]}?}`;
  const slot = /^\{([a-zA-Z][\w-]*)([?*+]?)\}$/.exec(body);
  if (slot) {
    const predicate = slots.get(slot[1] as string);
    if (!predicate) throw new PatternError(`unknown slot {${slot[1]}}`, source);
    const q = slot[2];
    const [min, max] = q === '?' ? [0, 1] : q === '*' ? [0, MAX_REPEAT] : q === '+' ? [1, MAX_REPEAT] : [1, 1];
    return withCapture({ slot: predicate, min, max });
  }
  let optional = false;
  if (body.startsWith('[') && body.endsWith(']')) {
    optional = true;
    body = body.slice(1, -1);
  }
  if (body.length === 0 || /[[\]{}]/.test(body)) throw new PatternError(`cannot read "${part}"`, source);
  const words = new Set(body.split('|').map((w) => normalizeWord(w)));
  if ([...words].some((w) => w.length === 0)) throw new PatternError(`empty alternative in "${part}"`, source);
  return withCapture({ words, min: optional ? 0 : 1, max: 1 });
}

function firstWordsOf(elements: readonly Element[]): ReadonlySet<string> | undefined {
  const first = new Set<string>();
  for (const e of elements) {
    if (!e.words) return undefined;
    for (const w of e.words) first.add(w);
    if (e.min > 0) return first;
  }
  return undefined;
}

function accepts(e: Element, tokens: readonly Token[], index: number): boolean {
  const t = tokens[index];
  if (!t) return false;
  if (e.words) return e.words.has(t.norm);
  return e.slot !== undefined && t.kind !== 'punct' && e.slot(tokens, index);
}

/** First word-like token of a sentence (leading punctuation such as « or - is skipped). */
export function firstWordIndex(tokens: readonly Token[]): number {
  const i = tokens.findIndex((t) => t.kind !== 'punct');
  return i === -1 ? tokens.length : i;
}

export function lastWordIndex(tokens: readonly Token[]): number {
  for (let i = tokens.length - 1; i >= 0; i--) if ((tokens[i] as Token).kind !== 'punct') return i;
  return -1;
}

/**
 * Failed states of the match being tried, by generation: `failureStamps[state] === generation` when the
 * state is known to fail. Shared by every call (one allocation rather than a set per try); a call that
 * ran inside another would only take a fresh generation, and the outer one recompute some states.
 */
let failureStamps = new Int32Array(4096);
let failureGeneration = 0;
/** Beyond this many states (a pattern of 16 elements over a 4,000-token "sentence"), a set. */
const MAX_STAMPED_STATES = 1 << 16;

function newFailureGeneration(states: number): number {
  if (failureStamps.length < states) failureStamps = new Int32Array(Math.max(states, failureStamps.length * 2));
  if (failureGeneration === 0x7fffffff) {
    failureStamps.fill(0);
    failureGeneration = 0;
  }
  return ++failureGeneration;
}

/** Tries the pattern with its first element on token `at`. */
export function matchPatternAt(p: CompiledPattern, tokens: readonly Token[], at: number): PatternMatch | undefined {
  if (p.anchoredStart && at !== firstWordIndex(tokens)) return undefined;
  const elements = p.elements;
  const boundaries: number[] = new Array<number>(elements.length + 1);
  const lastWord = p.anchoredEnd ? lastWordIndex(tokens) : -1;
  // Whether the rest of the pattern matches from a token depends only on the element and the token:
  // remembering failures keeps "{any*} {any*} {any*} …" from retrying every split (exponential).
  const width = tokens.length + 1;
  const states = elements.length * width;
  const stamped = states <= MAX_STAMPED_STATES;
  const generation = stamped ? newFailureGeneration(states) : 0;
  let failed: Set<number> | undefined;
  const step = (ei: number, ti: number): boolean => {
    boundaries[ei] = ti;
    if (ei === elements.length) return !p.anchoredEnd || ti - 1 === lastWord;
    const state = ei * width + ti;
    if (stamped ? failureStamps[state] === generation : failed?.has(state) === true) return false;
    const e = elements[ei] as Element;
    // Greedy: longest repetition first, then fewer.
    let count = 0;
    while (count < e.max && accepts(e, tokens, ti + count)) count++;
    for (let c = count; c >= e.min; c--) {
      if (step(ei + 1, ti + c)) return true;
    }
    if (stamped) failureStamps[state] = generation;
    else (failed ??= new Set()).add(state);
    return false;
  };
  if (!step(0, at)) return undefined;
  const captures = new Map<string, { start: number; end: number }>();
  for (let ei = 0; ei < elements.length; ei++) {
    const capture = (elements[ei] as Element).capture;
    const start = boundaries[ei] as number;
    const end = boundaries[ei + 1] as number;
    if (capture !== undefined && end > start) captures.set(capture, { start, end });
  }
  const spanStart = boundaries[p.spanFrom] as number;
  const spanEnd = boundaries[p.spanTo] as number;
  if (spanEnd <= spanStart) return undefined;
  return {
    pattern: p,
    spanStart,
    spanEnd,
    matchStart: at,
    matchEnd: boundaries[elements.length] as number,
    captures,
  };
}

interface IndexEntry<T> {
  pattern: CompiledPattern;
  owner: T;
  /** Ids of the word sets of the pattern's required literal elements (see `PatternIndex`). */
  requiredSets: readonly number[];
}

interface WordEntry<T> {
  /** Patterns that can start with the word. */
  starts: Array<IndexEntry<T>>;
  /** Required sets (of any pattern) that hold the word. */
  sets: number[];
  /** `starts` by the next token, worked out when first needed (see `candidatesAfter`). */
  bySecond?: { after: ReadonlyMap<string, Array<IndexEntry<T>>>; otherwise: Array<IndexEntry<T>> };
}

/**
 * The patterns of `entry.starts` that may match when `next` follows: a pattern whose second element
 * is a required literal needs `next` among its words. Grouped once per first word, in the order the
 * patterns were added (the order of the matches).
 */
function candidatesAfter<T>(entry: WordEntry<T>, next: string | undefined): ReadonlyArray<IndexEntry<T>> {
  if (!entry.bySecond) {
    const seconds = new Set<string>();
    for (const c of entry.starts) if (c.pattern.secondWords) for (const w of c.pattern.secondWords) seconds.add(w);
    const after = new Map<string, Array<IndexEntry<T>>>();
    for (const w of seconds) after.set(w, entry.starts.filter((c) => !c.pattern.secondWords || c.pattern.secondWords.has(w)));
    entry.bySecond = { after, otherwise: entry.starts.filter((c) => !c.pattern.secondWords) };
  }
  if (next === undefined) return entry.bySecond.otherwise;
  return entry.bySecond.after.get(next) ?? entry.bySecond.otherwise;
}

/**
 * Patterns grouped by the token they can start with, so a sentence is scanned once.
 *
 * Most tries fail: "is" starts forty English patterns, each of which needs some word further on
 * ("mistake", "flawed", "the only"…). Every required literal element of a pattern (a word set that
 * must match one token) is numbered; a sentence marks, once, the sets its tokens belong to, and a
 * pattern is only tried when each of its required sets is marked. A match accepts one token per
 * such element, so a pattern skipped this way could not have matched.
 */
export class PatternIndex<T> {
  /** What a token's word starts (patterns) and belongs to (required sets): one lookup per token. */
  private readonly byWord = new Map<string, WordEntry<T>>();
  private readonly anyStart: Array<IndexEntry<T>> = [];
  private readonly setIds = new Map<string, number>();
  /** setMark[id] === markGeneration when the current sentence has a token in set `id`. */
  private setMark = new Int32Array(0);
  private markGeneration = 0;
  /** The entry of each token of the sentence being matched (scratch, reused). */
  private tokenEntries: Array<WordEntry<T> | undefined> = [];

  add(pattern: CompiledPattern, owner: T): void {
    const entry: IndexEntry<T> = { pattern, owner, requiredSets: this.requiredSetsOf(pattern) };
    if (!pattern.firstWords) {
      this.anyStart.push(entry);
      return;
    }
    for (const w of pattern.firstWords) {
      const word = this.wordEntry(w);
      word.starts.push(entry);
      delete word.bySecond;
    }
  }

  private wordEntry(word: string): WordEntry<T> {
    let entry = this.byWord.get(word);
    if (!entry) {
      entry = { starts: [], sets: [] };
      this.byWord.set(word, entry);
    }
    return entry;
  }

  private requiredSetsOf(pattern: CompiledPattern): number[] {
    const ids: number[] = [];
    for (const e of pattern.elements) {
      if (!e.words || e.min === 0) continue;
      const key = [...e.words].sort().join('\u0000');
      let id = this.setIds.get(key);
      if (id === undefined) {
        id = this.setIds.size;
        this.setIds.set(key, id);
        for (const w of e.words) this.wordEntry(w).sets.push(id);
      }
      if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  }

  private hasRequiredWords(entry: IndexEntry<T>): boolean {
    const required = entry.requiredSets;
    for (let k = 0; k < required.length; k++) {
      if (this.setMark[required[k] as number] !== this.markGeneration) return false;
    }
    return true;
  }

  /** Every match of every pattern, by start token, in the order the patterns were added. */
  matches(tokens: readonly Token[]): Array<{ match: PatternMatch; owner: T }> {
    const found: Array<{ match: PatternMatch; owner: T }> = [];
    // First the words: which patterns each token starts, and which required sets the sentence holds.
    if (this.setMark.length < this.setIds.size) this.setMark = new Int32Array(this.setIds.size * 2);
    if (this.markGeneration === 0x7fffffff) {
      this.setMark.fill(0);
      this.markGeneration = 0;
    }
    const generation = ++this.markGeneration;
    const mark = this.setMark;
    const entries = this.tokenEntries;
    let anyStarts = false;
    for (let i = 0; i < tokens.length; i++) {
      const entry = this.byWord.get((tokens[i] as Token).norm);
      entries[i] = entry;
      if (!entry) continue;
      if (entry.starts.length > 0) anyStarts = true;
      const sets = entry.sets;
      for (let k = 0; k < sets.length; k++) mark[sets[k] as number] = generation;
    }
    if (!anyStarts && this.anyStart.length === 0) return found;
    const first = firstWordIndex(tokens);
    for (let i = 0; i < tokens.length; i++) {
      const entry = entries[i];
      if (entry && entry.starts.length > 0) {
        // Most candidates fail on the next token ("," alone starts many phrases): grouped by it.
        for (const c of candidatesAfter(entry, tokens[i + 1]?.norm)) {
          if (!this.hasRequiredWords(c)) continue;
          const m = matchPatternAt(c.pattern, tokens, i);
          if (m) found.push({ match: m, owner: c.owner });
        }
      }
      for (const c of this.anyStart) {
        if (c.pattern.anchoredStart && i !== first) continue;
        if (!this.hasRequiredWords(c)) continue;
        const m = matchPatternAt(c.pattern, tokens, i);
        if (m) found.push({ match: m, owner: c.owner });
      }
    }
    return found;
  }
}
