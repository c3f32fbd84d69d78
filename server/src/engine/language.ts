// French or English, per paragraph, from function words: proposals mix the two (quoted English
// deliverables in a French proposal, bilingual posts), so one guess per document is not enough.
import type { Lang } from './types.js';

const FRENCH_WORDS = new Set([
  'le', 'la', 'les', 'des', 'du', 'un', 'une', 'et', 'est', 'sont', 'dans', 'pour', 'par', 'sur', 'avec',
  'que', 'qui', 'nous', 'vous', 'ne', 'pas', 'ce', 'cette', 'ces', 'au', 'aux', 'en', 'se', 'il', 'elle',
  'ils', 'leur', 'leurs', 'votre', 'vos', 'notre', 'nos', 'mais', 'ou', 'où', 'donc', 'être', 'avoir',
  'faut', 'devez', 'sera', 'plus', 'très', 'aussi', 'comme', 'sans', 'entre', 'afin', 'chez', 'dont',
  "l'", "d'", "qu'", "n'", "c'", "s'", 'à', 'été', 'fait', 'peut', 'cela', 'ainsi', 'selon',
]);

const ENGLISH_WORDS = new Set([
  'the', 'a', 'an', 'and', 'is', 'are', 'of', 'to', 'in', 'for', 'on', 'with', 'that', 'this', 'these',
  'we', 'you', 'your', 'our', 'it', 'its', 'be', 'been', 'was', 'were', 'will', 'would', 'should', 'must',
  'not', 'do', 'does', 'have', 'has', 'by', 'from', 'at', 'as', 'or', 'but', 'which', 'who', 'they',
  'their', 'can', 'could', 'may', 'need', 'into', 'than', 'then', 'so', 'if', 'about', 'more', 'also',
  'what', 'how', 'all', 'any', 'there', 'here', 'because', 'while',
]);

export interface LanguageScore {
  fr: number;
  en: number;
}

export function scoreLanguage(text: string): LanguageScore {
  const score: LanguageScore = { fr: 0, en: 0 };
  const words = text.toLowerCase().replace(/’/g, "'").match(/[\p{L}]+'?/gu) ?? [];
  for (const raw of words) {
    // "l'équipe" counts its elided article as French evidence.
    const elided = /^(l|d|qu|n|c|s|j)'/.exec(raw);
    if (elided) score.fr += 1;
    const w = elided ? raw.slice(elided[0].length) : raw;
    if (FRENCH_WORDS.has(w)) score.fr += 1;
    else if (ENGLISH_WORDS.has(w)) score.en += 1;
    else spellingEvidence(w, score);
  }
  return score;
}

/**
 * Weak evidence from spelling, for short texts with few function words ("Stop using spreadsheets."):
 * accents and "-ez", "-eaux" read French; "-ing", "-ly", "w", "ck", "sh" read English.
 */
function spellingEvidence(w: string, score: LanguageScore): void {
  if (/[àâçéèêëîïôûùüœ]/.test(w)) score.fr += 0.5;
  else if (/(?:ez|eaux?|eux|oient)$/.test(w)) score.fr += 0.4;
  if (/[a-z]{2}ing$|[a-z]{3}ly$/.test(w)) score.en += 0.5;
  else if (/w|ck|sh|^th[a-z]/.test(w) && !/[àâçéèêëîïôûùüœ]/.test(w)) score.en += 0.3;
}

/** The paragraph's language, or undefined when the evidence is too thin or too even to decide. */
export function detectLanguage(text: string): Lang | undefined {
  return languageOfScore(scoreLanguage(text));
}

/** The language a score decides, or undefined when the evidence is too thin or too even. */
export function languageOfScore({ fr, en }: LanguageScore): Lang | undefined {
  if (fr + en < 1.5) return undefined;
  if (fr >= en * 1.5 && fr >= 1.5) return 'fr';
  if (en >= fr * 1.5 && en >= 1.5) return 'en';
  return undefined;
}

/** The document's main language from the sum of its paragraphs' evidence. */
export function majorityLanguage(texts: readonly string[], fallback: Lang): Lang {
  let fr = 0;
  let en = 0;
  for (const t of texts) {
    const s = scoreLanguage(t);
    fr += s.fr;
    en += s.en;
  }
  if (fr === en) return fallback;
  return fr > en ? 'fr' : 'en';
}

const MARKER_RE = /\[:(fr|en|)\]/g;

export interface LanguageRun {
  /** Offsets into the prose text (markers excluded). */
  start: number;
  end: number;
  /** undefined for `[:]` (back to detection) and text before any marker. */
  lang: Lang | undefined;
  /** True when a marker set the language explicitly. */
  explicit: boolean;
}

/**
 * Splits prose at qTranslate-style language markers `[:fr]`, `[:en]`, `[:]`. `carried` is the
 * language a marker in an earlier block left open.
 */
export function splitLanguageRuns(text: string, carried: Lang | undefined): { runs: LanguageRun[]; open: Lang | undefined } {
  const runs: LanguageRun[] = [];
  let current = carried;
  let at = 0;
  for (const m of text.matchAll(MARKER_RE)) {
    const idx = m.index ?? 0;
    if (idx > at) runs.push({ start: at, end: idx, lang: current, explicit: current !== undefined });
    const tag = m[1];
    current = tag === 'fr' || tag === 'en' ? tag : undefined;
    at = idx + m[0].length;
  }
  if (at < text.length) runs.push({ start: at, end: text.length, lang: current, explicit: current !== undefined });
  return { runs, open: current };
}

/** `lang:` (or `language:`) at the top level of YAML front matter. */
export function frontMatterLanguage(yaml: string): Lang | undefined {
  const m = /^(?:lang|language)\s*:\s*["']?([a-zA-Z]{2})(?:[-_][a-zA-Z]{2})?["']?\s*$/m.exec(yaml);
  const code = m?.[1]?.toLowerCase();
  return code === 'fr' || code === 'en' ? code : undefined;
}
