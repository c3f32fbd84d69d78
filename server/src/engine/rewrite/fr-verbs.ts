// French verb forms the rewrites need: infinitives and the 2nd person plural ("vous") of six tenses.
// The data is a table generated from the Lefff (scripts/build-lexicon.mjs, docs/morphology.md): verbs
// are grouped into paradigms, each a list of cells "drop these letters from the infinitive, add those".
// Reading a form back runs the cells in reverse through a suffix index, so nothing is expanded in memory.
import frenchVerbTable from './data/fr-verbs.json';

export type FrenchTense = 'infinitive' | 'present' | 'future' | 'conditional' | 'imperfect' | 'subjunctive' | 'imperative';

export interface FrenchVerbReading {
  infinitive: string;
  tense: FrenchTense;
}

/** The order readings come in for one verb: the tenses an order or obligation is most often in first. */
const TENSE_ORDER: readonly FrenchTense[] = [
  'infinitive',
  'present',
  'imperative',
  'future',
  'conditional',
  'imperfect',
  'subjunctive',
];

/** For one ending: letters to put back on the stem to get the infinitive → paradigm → tenses. */
type CellsByRestoredLetters = Map<string, Map<number, FrenchTense[]>>;

interface FrenchIndex {
  paradigmOf: Map<string, number>;
  /** Added ending → the cells that produce it. */
  cellsByEnding: Map<string, CellsByRestoredLetters>;
  longestEnding: number;
  dispreferred: Set<string>;
}

let index: FrenchIndex | undefined;

function frenchIndex(): FrenchIndex {
  if (index) return index;
  const tenseNames = frenchVerbTable.tenses as Record<string, FrenchTense>;
  const paradigmOf = new Map<string, number>();
  const cellsByEnding = new Map<string, CellsByRestoredLetters>();
  frenchVerbTable.paradigms.forEach((p, paradigm) => {
    for (const verb of p.verbs.split(' ')) paradigmOf.set(verb, paradigm);
    // Impersonal verbs ("falloir") have an infinitive and no 2nd person plural: no cells.
    for (const cell of p.cells.split(' ').filter((c) => c !== '')) {
      const [code = '', removed = '', added = ''] = cell.split('|');
      const tense = tenseNames[code];
      if (!tense) throw new Error(`fr-verbs.json: unknown tense ${code}`);
      const byRestored = cellsByEnding.get(added) ?? new Map<string, Map<number, FrenchTense[]>>();
      const byParadigm = byRestored.get(removed) ?? new Map<number, FrenchTense[]>();
      byParadigm.set(paradigm, [...(byParadigm.get(paradigm) ?? []), tense]);
      byRestored.set(removed, byParadigm);
      cellsByEnding.set(added, byRestored);
    }
  });
  const longestEnding = Math.max(0, ...[...cellsByEnding.keys()].map((e) => e.length));
  index = { paradigmOf, cellsByEnding, longestEnding, dispreferred: new Set(frenchVerbTable.dispreferred.split(' ')) };
  return index;
}

/** Lowercase, composed accents, typographic apostrophe folded. */
function normalizeFrenchWord(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(/’/g, "'");
}

/**
 * Every reading of a word as an infinitive or a 2nd-person-plural form, most likely verb first
 * ("alliez": aller before allier). Empty when the word is none of these ("chez", "dossier").
 * Hyphenated clitics ("assurez-vous") are not split here: the caller knows what to do with them.
 */
export function frenchVerbReadings(word: string): FrenchVerbReading[] {
  const w = normalizeFrenchWord(word);
  const { paradigmOf, cellsByEnding, longestEnding, dispreferred } = frenchIndex();
  const readings: FrenchVerbReading[] = [];
  const seen = new Set<string>();
  const add = (infinitive: string, tense: FrenchTense): void => {
    const key = `${infinitive}|${tense}`;
    if (seen.has(key)) return;
    seen.add(key);
    readings.push({ infinitive, tense });
  };
  if (paradigmOf.has(w)) add(w, 'infinitive');
  for (let cut = Math.max(0, w.length - longestEnding); cut <= w.length; cut++) {
    const byRestored = cellsByEnding.get(w.slice(cut));
    if (!byRestored) continue;
    const stem = w.slice(0, cut);
    for (const [restored, byParadigm] of byRestored) {
      const infinitive = stem + restored;
      const paradigm = paradigmOf.get(infinitive);
      if (paradigm === undefined || infinitive === w) continue;
      for (const tense of byParadigm.get(paradigm) ?? []) add(infinitive, tense);
    }
  }
  const rank = (r: FrenchVerbReading): number =>
    (dispreferred.has(r.infinitive) ? TENSE_ORDER.length : 0) + TENSE_ORDER.indexOf(r.tense);
  return readings.sort((a, b) => rank(a) - rank(b));
}

export function isFrenchInfinitive(word: string): boolean {
  return frenchIndex().paradigmOf.has(normalizeFrenchWord(word));
}

/** The infinitive of the most likely reading, optionally among some tenses only ("changiez" → "changer"). */
export function frenchInfinitiveOf(word: string, tenses?: readonly FrenchTense[]): string | undefined {
  return frenchVerbReadings(word).find((r) => !tenses || tenses.includes(r.tense))?.infinitive;
}

/**
 * "Supprimez", "Faites", "Soyez" are; "Chez", "Assez", "Nez" are not. Only the likeliest verb counts:
 * "saurez" is the future of savoir, not the imperative of saurer (to smoke herring).
 */
export function isFrenchImperative2pl(word: string): boolean {
  const readings = frenchVerbReadings(word);
  const likeliest = readings[0]?.infinitive;
  return readings.some((r) => r.infinitive === likeliest && r.tense === 'imperative');
}
