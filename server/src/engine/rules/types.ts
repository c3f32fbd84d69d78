// What a rule is: data (patterns, message, rewrite templates, its own examples) plus, only where grammar
// needs it, a little code (`accept`, template functions, slot predicates).
import type { Category, Lang, Stance } from '../types.js';
import type { Sentence, Token } from '../sentences.js';
import type { PatternMatch } from '../patterns.js';

/** Everything a rule's code may look at about one match. */
export interface MatchView {
  lang: Lang;
  /** The segment's prose text (offsets of tokens index into it). */
  text: string;
  sentence: Sentence;
  tokens: readonly Token[];
  match: PatternMatch;
  /** Prose of the flagged span. */
  phrase: string;
  /** The flagged span starts the sentence. */
  atSentenceStart: boolean;
  /** The sentence ends with a question mark. */
  isQuestion: boolean;
  /** Prose of a capture as written, or undefined when it matched nothing. */
  capture(name: string): string | undefined;
  captureTokens(name: string): readonly Token[];
  /** Tokens after the flagged span up to the end of the sentence. */
  after(): readonly Token[];
  /** Tokens before the flagged span from the start of the sentence. */
  before(): readonly Token[];
  /** Where the sentence stands: a task in a plan (list item, table cell) reads differently from prose. */
  block: { kind: 'paragraph' | 'heading' | 'tableCell'; inList: boolean };
}

/** Default guards every rule gets, unless it lists them in `allow`. */
export type Guard = 'question' | 'condition' | 'quote';

export interface RewriteSpec {
  stance: Stance;
  /**
   * Replacement for the flagged span, written in lower case: the engine restores sentence case, French
   * elision ("de" + "adopter" → "d'adopter") and the document's apostrophe. A string template may use
   * `{capture}` (the capture as written) and `{capture:transform}` (see rewrite/transforms.ts); a missing
   * capture renders as nothing. Code returns undefined when it cannot produce a grammatical result.
   */
  template: string | ((m: MatchView) => string | undefined);
  /** Turn the sentence into a question: its final "." or "!" becomes "?" (" ?" in French). */
  question?: boolean;
  /** Offer this stance only when this holds (e.g. no question stance for a negated order). */
  when?: (m: MatchView) => boolean;
}

export interface RuleExample {
  /** A sentence (or short paragraph) the rule flags. */
  text: string;
  /** The whole text after each fix, preferred first: the first N fixes must produce these exactly. */
  rewrites?: string[];
}

export interface RuleDefinition {
  /** Stable id `category/name`. */
  id: string;
  lang: Lang;
  category: Category;
  patterns: readonly string[];
  /** One line in the rule's language; `{phrase}` is replaced with the flagged words. */
  message: string;
  /** Why it reads as frontal; defaults to the category's note in the rule's language. */
  note?: string;
  rewrites: readonly RewriteSpec[];
  /** Default guards that do not apply to this rule. */
  allow?: readonly Guard[];
  /** Grammar the patterns cannot say: return false to reject a match. */
  accept?: (m: MatchView) => boolean;
  examples: { flagged: readonly RuleExample[]; notFlagged: readonly string[] };
  /** A paragraph for the rule's documentation page. */
  rationale?: string;
}
