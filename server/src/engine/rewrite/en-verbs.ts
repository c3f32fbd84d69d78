// English verb forms the rewrites need: is a word a base-form verb, and what is the base form of an
// -ing or 3rd-person -s form. The verb list comes from WordNet; spelling rules (en-inflection.ts)
// propose candidates and a generated table fixes the forms where the first candidate is wrong
// ("hoping" → "hope", "is" → "be"). See docs/morphology.md.
import englishVerbTable from './data/en-verbs.json';
import { englishInflectionCandidates } from './en-inflection.js';

let verbs: Set<string> | undefined;
let overrides: Map<string, string> | undefined;

function englishVerbs(): Set<string> {
  verbs ??= new Set(englishVerbTable.verbs.split(' '));
  return verbs;
}

function englishOverrides(): Map<string, string> {
  overrides ??= new Map(Object.entries(englishVerbTable.overrides as Record<string, string>));
  return overrides;
}

function normalizeEnglishWord(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

/** True for a verb in its base form ("migrate", "stop", "be"); false for "using", "stops", "the". */
export function isEnglishBaseVerb(word: string): boolean {
  return englishVerbs().has(normalizeEnglishWord(word));
}

/**
 * The base form of a verb given in its base, -ing or 3rd-person-singular form: "using" → "use",
 * "stops" → "stop", "migrate" → "migrate", "is" → "be". Undefined when no verb can be found.
 * A word that is a verb in its own right stays itself ("sing", not "s").
 */
export function englishBaseForm(word: string): string | undefined {
  const w = normalizeEnglishWord(word);
  const all = englishVerbs();
  if (all.has(w)) return w;
  const fixed = englishOverrides().get(w);
  if (fixed) return fixed;
  return englishInflectionCandidates(w).find((candidate) => all.has(candidate));
}
