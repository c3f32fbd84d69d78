// Grammar the patterns cannot say, shared by every rule: is the phrase inside a condition?
import type { Lang } from './types.js';
import type { MatchView } from './rules/types.js';
import type { Token } from './sentences.js';

/** Words that make their clause a condition wherever they stand in it: "si vous devez…", "if you have to…". */
const CONDITION_WORDS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  fr: new Set(['si', "s'", 'sinon', 'quoique', 'pourvu']),
  en: new Set(['if', 'unless', 'whether']),
};

/**
 * Words that open a condition only at the head of their clause: "when you have to…" is one, but
 * "migrating everything at once would be a mistake" is not.
 */
const CLAUSE_HEAD_CONDITIONS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  fr: new Set(['lorsque', "lorsqu'", 'quand', 'où', 'dès', 'une', 'au', 'dans']),
  en: new Set(['when', 'whenever', 'once', 'case', 'provided', 'providing', 'should', 'in']),
};

/** Words that may stand before a clause-head condition word: "and when…", "mais quand…". */
const CLAUSE_LINKS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  fr: new Set(['et', 'mais', 'ou', 'que', "qu'", 'donc', 'puis']),
  en: new Set(['and', 'but', 'or', 'that', 'so', 'then']),
};

const FRENCH_HEAD_PHRASES = [['une', 'fois'], ['au', 'cas', 'où'], ['dans', 'le', 'cas', 'où'], ['dès', 'que']];
const ENGLISH_HEAD_PHRASES = [['in', 'case'], ['as', 'soon', 'as']];

const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')', '—', '–']);

function startsWithPhrase(tokens: readonly Token[], at: number, phrases: readonly string[][]): boolean {
  return phrases.some((p) => p.every((w, k) => tokens[at + k]?.norm === w));
}

/** True when the clause that holds the match is a condition ("Si vous devez…, …", "When you have to…"). */
export function isCondition(view: MatchView): boolean {
  const anywhere = CONDITION_WORDS[view.lang];
  let clauseStart = 0;
  for (let i = view.match.spanStart - 1; i >= 0; i--) {
    const t = view.tokens[i] as Token;
    if (t.kind === 'punct' && CLAUSE_BREAKS.has(t.text)) {
      clauseStart = i + 1;
      break;
    }
    if (anywhere.has(t.norm)) return true;
  }
  let head = clauseStart;
  while (head < view.match.spanStart && CLAUSE_LINKS[view.lang].has((view.tokens[head] as Token).norm)) head++;
  if (head >= view.match.spanStart) return false;
  const first = (view.tokens[head] as Token).norm;
  if (view.lang === 'fr') {
    if (['une', 'au', 'dans', 'dès'].includes(first)) return startsWithPhrase(view.tokens, head, FRENCH_HEAD_PHRASES);
    return CLAUSE_HEAD_CONDITIONS.fr.has(first);
  }
  if (first === 'in' || first === 'as') return startsWithPhrase(view.tokens, head, ENGLISH_HEAD_PHRASES);
  return CLAUSE_HEAD_CONDITIONS.en.has(first);
}
