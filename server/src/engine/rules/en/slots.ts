// Slot predicates for English patterns.
import type { SlotPredicate } from '../../patterns.js';
import type { Token } from '../../sentences.js';
import { englishBaseForm, isEnglishBaseVerb } from '../../rewrite/en-verbs.js';
import { remembered } from '../remembered.js';

/** Adverbs that may sit between a modal and its verb and survive a rewrite ("also", "then"). */
export const ENGLISH_CONNECTIVE_ADVERBS = new Set(['also', 'then', 'now', 'therefore', 'still', 'first', 'thus', 'both']);

/** Intensifiers that carry the order's force: dropped by rewrites. */
export const ENGLISH_INTENSIFIERS = new Set([
  'absolutely', 'really', 'definitely', 'simply', 'just', 'urgently', 'immediately', 'clearly', 'certainly',
  'necessarily', 'seriously', 'truly',
]);

/**
 * Degree adverbs inside a judgement ("is *completely* inadequate", "is *simply* a mistake"): part of the
 * flagged phrase, dropped with it. Hedges ("probably", "perhaps") are not here: a hedged judgement is
 * already the softer stance.
 */
export const ENGLISH_DEGREE_ADVERBS = new Set([
  'completely', 'totally', 'utterly', 'fundamentally', 'deeply', 'seriously', 'clearly', 'simply', 'obviously',
  'just', 'really', 'absolutely', 'entirely', 'quite', 'very', 'so', 'badly', 'hopelessly', 'frankly',
  'plainly', 'definitely', 'certainly', 'truly', 'wholly', 'thoroughly', 'largely', 'highly', 'extremely',
  'incredibly', 'particularly', 'rather', 'pretty', 'already', 'still', 'now', 'undeniably', 'unquestionably',
  'also', 'even', 'structurally', 'inherently', 'way', 'far', 'too', 'woefully', 'sorely', 'grossly',
  'categorically', 'flatly', 'firmly', 'strongly', 'resolutely',
]);

/** Words that qualify a noun of judgement: "a *serious* mistake", "a *very bad* idea". */
export const ENGLISH_JUDGEMENT_QUALIFIERS = new Set([
  'serious', 'big', 'huge', 'major', 'grave', 'costly', 'terrible', 'fundamental', 'strategic', 'real',
  'massive', 'critical', 'clear', 'complete', 'total', 'very', 'really', 'genuine', 'dangerous', 'fatal', 'monumental', 'enormous', 'expensive', 'grave', 'obvious', 'absolute',
  'pure', 'utter', 'colossal', 'grievous', 'tremendous',
]);

const word = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';

/** "-ing" forms of verbs that are nouns first ("thing", "morning"), never a gerund subject. */
const NOT_GERUNDS = new Set([
  'thing', 'things', 'something', 'anything', 'everything', 'nothing', 'morning', 'evening', 'ceiling',
  'string', 'strings', 'spring', 'king', 'ring', 'wing', 'sibling', 'pudding', 'during', 'bring', 'sing',
  'swing', 'sting', 'cling', 'fling', 'sling', 'wring', 'ping', 'ding', 'thong', 'bling', 'ting',
]);

/** A verb's -ing form: "using", "building"; not "thing" or "during". */
export function isEnglishGerund(t: Token | undefined): boolean {
  return word(t) && isGerundWord(t.norm);
}

const isGerundWord = remembered((norm: string) => {
  if (!/ing$/.test(norm) || norm.length < 5 || NOT_GERUNDS.has(norm)) return false;
  const base = englishBaseForm(norm);
  return base !== undefined && base !== norm;
});

const isBaseVerb = remembered(isEnglishBaseVerb);
const isThirdPersonVerb = remembered((norm: string) => /s$/.test(norm) && englishBaseForm(norm) !== undefined);

export const ENGLISH_SLOTS: ReadonlyMap<string, SlotPredicate> = new Map<string, SlotPredicate>([
  ['word', (tokens, i) => word(tokens[i])],
  ['any', (tokens, i) => tokens[i] !== undefined],
  ['verb', (tokens, i) => word(tokens[i]) && isBaseVerb((tokens[i] as Token).norm)],
  ['gerund', (tokens, i) => isEnglishGerund(tokens[i])],
  // A present-tense verb after a singular subject: "that your team *attends*".
  ['verb3', (tokens, i) => word(tokens[i]) && isThirdPersonVerb((tokens[i] as Token).norm)],
  ['adv', (tokens, i) => word(tokens[i]) && /ly$/.test((tokens[i] as Token).norm)],
  ['intensifier', (tokens, i) => word(tokens[i]) && ENGLISH_INTENSIFIERS.has((tokens[i] as Token).norm)],
  ['connective', (tokens, i) => word(tokens[i]) && ENGLISH_CONNECTIVE_ADVERBS.has((tokens[i] as Token).norm)],
  ['degree', (tokens, i) => word(tokens[i]) && ENGLISH_DEGREE_ADVERBS.has((tokens[i] as Token).norm)],
  ['qualifier', (tokens, i) => word(tokens[i]) && ENGLISH_JUDGEMENT_QUALIFIERS.has((tokens[i] as Token).norm)],
]);
