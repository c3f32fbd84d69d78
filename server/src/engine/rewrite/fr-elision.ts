// French elision: "de" + vowel or mute h → "d'" ("d'adopter", "d'harmoniser"), but an aspirated h, a
// semi-vowel y or a few vowel-initial words keep the full particle ("de hiérarchiser", "de yaourt",
// "de onze"). Whether an h is aspirated is lexical, so it is a list: the project's own, covering the
// common words, their families and the English loans of IT proposals. An h-word not listed is mute,
// as most French h-words are.

export type ElidableParticle = 'de' | 'que' | 'ne' | 'le' | 'la' | 'se' | 'me' | 'te' | 'je';

const ELIDED: Readonly<Record<ElidableParticle, string>> = {
  de: 'd',
  que: 'qu',
  ne: 'n',
  le: 'l',
  la: 'l',
  se: 's',
  me: 'm',
  te: 't',
  je: 'j',
};

/** Beginnings of words whose h is aspirated: the word and its family ("hausse", "hausser", "haussier"). */
const ASPIRATED_H_STEMS = [
  // hâ…, ha…
  'hâbl', 'hach', 'hack', 'hagard', 'haie', 'haïk', 'haill', 'hain', 'haïr', 'haïs', 'haït', 'hais', 'hait',
  'hâl', 'halet', 'hall', 'halte', 'hamac', 'hamburg', 'hameau', 'hamp', 'hamster', 'hanch', 'hand', 'hang',
  'hann', 'hant', 'happ', 'harangu', 'haras', 'harass', 'harc', 'hard', 'harem', 'hareng', 'harg', 'hari',
  'harki', 'harn', 'harp', 'hasard', 'hasch', 'hash', 'hase', 'hâte', 'hâter', 'hâti', 'haub', 'hauss', 'haut',
  'hâv', 'havane', 'havr', 'hayon',
  // he…, hé…, hê…
  'head', 'heaume', 'help', 'henn', 'hérisson', 'hériss', 'hernie', 'herni', 'héron', 'hêtre', 'heurt',
  // hi…
  'hibou', 'hic', 'hideu', 'hiérarch', 'hippie', 'hiss', 'hit',
  // ho…
  'hobby', 'hoch', 'hock', 'hold', 'holl', 'homard', 'home', 'hong', 'honni', 'hont', 'hoqu', 'hord', 'hors',
  'hosting', 'hotline', 'hot-dog', 'hotte', 'hou',
  // hu…
  'hub', 'huch', 'hue', 'huée', 'huer', 'huguenot', 'huit', 'hulul', 'hune', 'hupp', 'hur', 'huss', 'hutt', 'hype',
];

/** Whole words with an aspirated h whose family is mute ("le héros" but "l'héroïne"; "humer" but "l'humeur"). */
const ASPIRATED_H_WORDS = new Set([
  'héros', 'halo', 'halos', 'hum', 'humer', 'hume', 'humes', 'humez', 'humons', 'humé', 'humée', 'humés', 'humées',
]);

/** Mute-h words that an aspirated stem above would catch. */
const MUTE_H_EXCEPTIONS = ['hallali', 'hallucin', 'haltère', 'haltéro', 'homéo', 'homélie'];

/** Vowel-initial words that take the full particle ("le onze", "de oui ou de non"). */
const NO_ELISION_WORDS = new Set(['onze', 'onzième', 'onzièmes', 'oui', 'ouistiti', 'ouistitis', 'uhlan', 'uhlans']);

/** Words in y + vowel that do elide ("les yeux", "d'yeux"): elsewhere that y is a consonant ("le yaourt"). */
const Y_VOWEL_ELIDING = ['yeux', 'yeuse', 'yèble', 'yonne'];

const VOWEL = /^[aeiouyàâäéèêëîïôöûùüÿœæ]/;

/** Markup and punctuation that may sit before the word itself: "**adopter**", "« harmoniser »". */
const LEADING_NOISE = /^[\s\u00a0\u202f*_`~[(«“"'‘’]+/u;

function aspiratedH(word: string): boolean {
  if (ASPIRATED_H_WORDS.has(word)) return true;
  if (MUTE_H_EXCEPTIONS.some((stem) => word.startsWith(stem))) return false;
  return ASPIRATED_H_STEMS.some((stem) => word.startsWith(stem));
}

/** Does the word start with a sound before which French elides ("adopter", "harmoniser", "yves")? */
export function beginsWithVowelSound(word: string): boolean {
  const w = word.replace(LEADING_NOISE, '').normalize('NFC').toLowerCase();
  const first = w[0];
  if (first === undefined) return false;
  if (first === 'h') return w.length > 1 && !aspiratedH(w);
  if (first === 'y') {
    // the pronoun: "n'y", "s'y"
    if (/^y(?![\p{L}])/u.test(w)) return true;
    if (Y_VOWEL_ELIDING.some((stem) => w.startsWith(stem))) return true;
    // y + consonant sounds like i ("l'ypérite", "d'Yves"); y + vowel is a consonant ("le yaourt").
    return w.length > 1 && !VOWEL.test(w.slice(1));
  }
  if (!VOWEL.test(first)) return false;
  const bare = /^[\p{L}-]+/u.exec(w)?.[0] ?? w;
  return !NO_ELISION_WORDS.has(bare);
}

/**
 * The particle as it is written before nextWord: elided with the document's apostrophe and no space
 * ("d’"), or whole and followed by a space ("de ").
 */
export function elideBefore(particle: ElidableParticle, nextWord: string, apostrophe: '’' | "'"): string {
  return beginsWithVowelSound(nextWord) ? `${ELIDED[particle]}${apostrophe}` : `${particle} `;
}
