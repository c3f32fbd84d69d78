// Slot predicates for English patterns.
import type { SlotPredicate } from '../../patterns.js';
import type { Token } from '../../sentences.js';
import { isEnglishBaseVerb } from '../../rewrite/en-verbs.js';

/** Adverbs that may sit between a modal and its verb and survive a rewrite ("also", "then"). */
export const ENGLISH_CONNECTIVE_ADVERBS = new Set(['also', 'then', 'now', 'therefore', 'still', 'first', 'thus', 'both']);

/** Intensifiers that carry the order's force: dropped by rewrites. */
export const ENGLISH_INTENSIFIERS = new Set([
  'absolutely', 'really', 'definitely', 'simply', 'just', 'urgently', 'immediately', 'clearly', 'certainly',
  'necessarily', 'seriously', 'truly',
]);

const word = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';

export const ENGLISH_SLOTS: ReadonlyMap<string, SlotPredicate> = new Map<string, SlotPredicate>([
  ['word', (tokens, i) => word(tokens[i])],
  ['any', (tokens, i) => tokens[i] !== undefined],
  ['verb', (tokens, i) => word(tokens[i]) && isEnglishBaseVerb((tokens[i] as Token).norm)],
  ['adv', (tokens, i) => word(tokens[i]) && /ly$/.test((tokens[i] as Token).norm)],
  ['intensifier', (tokens, i) => word(tokens[i]) && ENGLISH_INTENSIFIERS.has((tokens[i] as Token).norm)],
  ['connective', (tokens, i) => word(tokens[i]) && ENGLISH_CONNECTIVE_ADVERBS.has((tokens[i] as Token).norm)],
]);
