// Grammar the patterns cannot say, shared by every rule: is the phrase inside a condition?
import type { Lang } from './types.js';
import type { MatchView } from './rules/types.js';
import type { Token } from './sentences.js';

/** Words that open a conditional clause: "si vous devez…", "if you have to…" state no order. */
const CONDITION_WORDS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  fr: new Set(['si', "s'", 'lorsque', "lorsqu'", 'quand', 'où', 'sinon', 'quoique', 'pourvu']),
  en: new Set(['if', 'when', 'whenever', 'unless', 'whether', 'once', 'case', 'provided', 'should']),
};

const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')', '—', '–']);

/** True when a condition word opens the clause that holds the match ("Si vous devez…, …"). */
export function isCondition(view: MatchView): boolean {
  const words = CONDITION_WORDS[view.lang];
  for (let i = view.match.spanStart - 1; i >= 0; i--) {
    const t = view.tokens[i] as Token;
    if (t.kind === 'punct' && CLAUSE_BREAKS.has(t.text)) return false;
    if (words.has(t.norm)) return true;
  }
  return false;
}
