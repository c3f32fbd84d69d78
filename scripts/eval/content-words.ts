// "Does a fix keep the substance?" measured mechanically.
//
// The tone model asks a rewrite to change the stance and keep the rest: the verb, its object and every
// other word of the sentence. We approximate "the rest" by the sentence's content words outside the
// flagged phrase: every word that is not in a short per-language list of function words (articles,
// prepositions, pronouns, auxiliaries, modal verbs, and the intensifiers a softer wording is expected to
// drop, such as "absolument" / "absolutely"). A fix passes when each of those words, counted with its
// multiplicity, still appears in the rewritten sentence.
//
// Matching is case-insensitive and splits at apostrophes and hyphens, so "adopter" survives as
// "d'adopter". It also tolerates inflection, because a correct French rewrite turns a subjunctive back
// into an infinitive ("que vous changiez" → "de changer"): two words match when they share a prefix of at
// least four letters that covers all but the last three letters of the shorter one. The measure is
// therefore lenient about endings and strict about words that disappear or are replaced.
import type { Lang } from '../../server/src/engine/types.js';

const FUNCTION_WORDS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(
    `le la les l un une des du de d au aux à a en dans par pour sur sous avec sans chez vers entre contre
    et ou mais donc or ni car que qu qui quoi dont où ce cet cette ces c ceci cela ça se s ne n pas plus
    point jamais rien y il ils elle elles on nous vous je j me m te t tu lui leur leurs son sa ses mon ma
    mes ton ta tes notre nos votre vos si comme aussi même très tout tous toute toutes
    être est sont été suis es sommes êtes soit soient soyez soyons sera serez serons seront était étaient
    avoir ai as avons avez ont ayez ayons aura aurez aurons auront avait
    faire fais fait faites font fassiez fassions ferez ferons feront
    devoir dois doit devons devez doivent devrez devrons devront devriez devrait
    falloir faut faudra faudrait fallait pouvoir peut peuvent pouvez pourrez pourriez pourrait
    absolument impérativement obligatoirement vraiment nécessairement forcément bien`
      .split(/\s+/)
      .filter(Boolean),
  ),
  en: new Set(
    `a an the of to in on at for from by with without into onto about as and or but nor so that which
    who whom whose what this these those it its is are was were be been being am do does did done don
    doesn didn have has had having ve will would shall should can could may might must need needs got
    you your yours we our us they them their he she his her i me my not no n t s ll re d m there here
    than then also too very just if all any every
    absolutely really definitely necessarily certainly`
      .split(/\s+/)
      .filter(Boolean),
  ),
};

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => w.normalize('NFC'));
}

export function isContentWord(word: string, lang: Lang): boolean {
  return !FUNCTION_WORDS[lang].has(word) && !/^\d+$/.test(word);
}

function sameWordModuloEnding(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  const needed = Math.max(4, shorter - 3);
  if (shorter < needed) return false;
  return a.slice(0, needed) === b.slice(0, needed);
}

/**
 * Content words of `before` (the original sentence with the flagged phrase cut out) that cannot be
 * found in `after` (the rewritten sentence); empty when the fix kept the substance.
 */
export function missingContentWords(before: string, after: string, lang: Lang): string[] {
  const available = wordsOf(after);
  const used = new Array<boolean>(available.length).fill(false);
  const missing: string[] = [];
  const take = (match: (candidate: string) => boolean): boolean => {
    const index = available.findIndex((candidate, i) => !used[i] && match(candidate));
    if (index === -1) return false;
    used[index] = true;
    return true;
  };
  const wanted = wordsOf(before).filter((w) => isContentWord(w, lang));
  // Exact matches first, so that inflection tolerance never steals a word another one needs verbatim.
  const unmatched = wanted.filter((w) => !take((candidate) => candidate === w));
  for (const word of unmatched) {
    if (!take((candidate) => sameWordModuloEnding(candidate, word))) missing.push(word);
  }
  return missing;
}
