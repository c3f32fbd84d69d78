// A fix rewrites words, and words decide a paragraph's language. In a mixed paragraph a fix can tip the
// balance: removing "Not a problem:" from "Vous devez migrer vers le cloud. Not a problem: we will add the
// module." leaves a paragraph read as French, where "Vous devez" is a finding. Such a fix trades its
// finding for others, so it is not offered. Only what the run itself holds is consulted (never the rest of
// the document), so a block's fixes are the same whether the document is analysed at once or block-wise.
import { languageOfScore, scoreLanguage, type LanguageScore } from './language.js';
import type { Lang } from './types.js';

export interface Span {
  start: number;
  end: number;
}

/** Sentences of `text` between `start` and `end` that hold at least one match when read in `lang`. */
export type SentencesWithMatches = (text: string, lang: Lang, start: number, end: number) => Span[];

export class LanguageTipGuard {
  private runScore: LanguageScore | undefined;
  /** Sentences of the run holding matches in the other language, computed once per run when first needed. */
  private otherLanguageSentences: Span[] | undefined;
  /** The evidence of the last sentence asked about: a finding's rewrites, and a sentence's findings, share it. */
  private lastSentence: { start: number; end: number; score: LanguageScore } | undefined;

  /**
   * `text` is the segment's prose, `run` the language run being analysed in `lang`; `languageIsSet` when a
   * marker or the options fix the run's language, which no rewrite can change.
   */
  constructor(
    private readonly text: string,
    private readonly run: Span,
    private readonly lang: Lang,
    private readonly languageIsSet: boolean,
    private readonly sentencesWithMatches: SentencesWithMatches,
  ) {}

  /** True when rewriting `sentence` (prose offsets) as `rewritten` may leave the run in the other language with findings in it. */
  wakesOtherLanguage(sentence: Span, rewritten: string): boolean {
    if (this.languageIsSet) return false;
    this.runScore ??= scoreLanguage(this.text.slice(this.run.start, this.run.end));
    const removed = this.sentenceScore(sentence);
    const added = scoreLanguage(rewritten);
    const after = { fr: this.runScore.fr - removed.fr + added.fr, en: this.runScore.en - removed.en + added.en };
    if (!mayTip(this.runScore, after, this.lang)) return false;
    const other: Lang = this.lang === 'fr' ? 'en' : 'fr';
    if (this.sentencesWithMatches(rewritten, other, 0, rewritten.length).length > 0) return true;
    this.otherLanguageSentences ??= this.sentencesWithMatches(this.text, other, this.run.start, this.run.end);
    return this.otherLanguageSentences.some((s) => s.end <= sentence.start || s.start >= sentence.end);
  }

  private sentenceScore(sentence: Span): LanguageScore {
    const last = this.lastSentence;
    if (last && last.start === sentence.start && last.end === sentence.end) return last.score;
    const score = scoreLanguage(this.text.slice(sentence.start, sentence.end));
    this.lastSentence = { start: sentence.start, end: sentence.end, score };
    return score;
  }
}

/**
 * Whether a run read in `lang` with the evidence `before` may be read in the other language with the
 * evidence `after`. Its own words decide it when they can; otherwise the document's majority does, which
 * was `lang` if the run was already undecided, and which only evidence moved towards the other language
 * can change.
 */
export function mayTip(before: LanguageScore, after: LanguageScore, lang: Lang): boolean {
  const decidedAfter = languageOfScore(after);
  if (decidedAfter !== undefined) return decidedAfter !== lang;
  if (languageOfScore(before) === lang) return true;
  return lead(after, lang) < lead(before, lang);
}

function lead(score: LanguageScore, lang: Lang): number {
  return lang === 'fr' ? score.fr - score.en : score.en - score.fr;
}
