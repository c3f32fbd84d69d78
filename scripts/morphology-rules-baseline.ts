// The alternative weighed in docs/morphology.md: verb morphology from the team's own rules, with no
// lexicon, only a hand table of the irregular verbs the brief names. Not used by the engine; it exists
// so that scripts/measure-morphology.ts can put figures on the choice.

/** vous-forms of the irregular verbs the brief names (present, future, conditional, imperfect, subjunctive, imperative). */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  faire: ['faites', 'ferez', 'feriez', 'faisiez', 'fassiez'],
  être: ['êtes', 'serez', 'seriez', 'étiez', 'soyez'],
  avoir: ['avez', 'aurez', 'auriez', 'aviez', 'ayez'],
  aller: ['allez', 'irez', 'iriez', 'alliez'],
  pouvoir: ['pouvez', 'pourrez', 'pourriez', 'pouviez', 'puissiez'],
  voir: ['voyez', 'verrez', 'verriez', 'voyiez'],
  devoir: ['devez', 'devrez', 'devriez', 'deviez'],
  savoir: ['savez', 'saurez', 'sauriez', 'saviez', 'sachiez', 'sachez'],
  vouloir: ['voulez', 'voudrez', 'voudriez', 'vouliez', 'veuillez'],
  envoyer: ['enverrez', 'enverriez'],
};

/** Families conjugated alike, by the end of the form: [form ending, infinitive ending]. */
const FAMILY_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['prenez', 'prendre'], ['preniez', 'prendre'], ['prendrez', 'prendre'], ['prendriez', 'prendre'],
  ['mettez', 'mettre'], ['mettiez', 'mettre'], ['mettrez', 'mettre'], ['mettriez', 'mettre'],
  ['enez', 'enir'], ['eniez', 'enir'], ['iendrez', 'enir'], ['iendriez', 'enir'],
  ['uisez', 'uire'], ['uisiez', 'uire'], ['uirez', 'uire'], ['uiriez', 'uire'],
  ['olvez', 'oudre'], ['olviez', 'oudre'], ['oudrez', 'oudre'], ['oudriez', 'oudre'],
  ['quérez', 'quérir'], ['quériez', 'quérir'], ['querrez', 'quérir'], ['querriez', 'quérir'],
];

const IRREGULAR_BY_FORM = new Map<string, string>(
  Object.entries(IRREGULAR).flatMap(([infinitive, forms]) => forms.map((f) => [f, infinitive] as [string, string])),
);

/** The 1st-group future stem back to the infinitive: "lèver" → "lever", "appeller" → "appeler". */
function firstGroupFromFutureStem(stem: string): string {
  return stem.replace(/è([^aeiouyéèê]+er)$/, 'e$1').replace(/(ll|tt)er$/, (m) => `${m[0]}er`).replace(/ier$/, 'yer');
}

export function rulesOnlyFrenchInfinitiveOf(word: string): string | undefined {
  const w = word.toLowerCase();
  if (/(?:er|ir|re|oir)$/.test(w) && w.length >= 4) return w;
  const irregular = IRREGULAR_BY_FORM.get(w);
  if (irregular) return irregular;
  for (const [ending, infinitiveEnding] of FAMILY_ENDINGS) {
    if (w.endsWith(ending)) return w.slice(0, w.length - ending.length) + infinitiveEnding;
  }
  let m: RegExpExecArray | null;
  if ((m = /^(.+)iss(?:ez|iez)$/.exec(w))) return `${m[1]}ir`;
  if ((m = /^(.+er)(?:ez|iez)$/.exec(w))) return firstGroupFromFutureStem(m[1] as string);
  if ((m = /^(.+i)r(?:ez|iez)$/.exec(w))) return `${m[1]}r`;
  if ((m = /^(.+)r(?:ez|iez)$/.exec(w))) return `${m[1]}re`;
  if ((m = /^(.+)iez$/.exec(w))) return `${m[1]}er`;
  if ((m = /^(.+)ez$/.exec(w))) return `${m[1]}er`;
  return undefined;
}

export function rulesOnlyIsFrenchInfinitive(word: string): boolean {
  return /(?:er|ir|re|oir)$/.test(word.toLowerCase()) && word.length >= 4;
}

const NOT_IMPERATIVES = new Set(['chez', 'assez', 'nez', 'rez', 'lez']);

export function rulesOnlyIsFrenchImperative2pl(word: string): boolean {
  const w = word.toLowerCase();
  if (NOT_IMPERATIVES.has(w)) return false;
  if (['faites', 'dites', 'soyez', 'ayez', 'sachez', 'veuillez'].includes(w)) return true;
  // -iez is imperfect or subjunctive, -rez after e/i future, except verbs in -ier / -rer
  return /ez$/.test(w) && !/[^i]iez$/.test(w) && !/[ei]rez$/.test(w);
}

const ENGLISH_IRREGULAR: Readonly<Record<string, string>> = { is: 'be', has: 'have', does: 'do', goes: 'go', being: 'be' };

/** English without a lexicon: spelling rules only, so every word gets a base form. */
export function rulesOnlyEnglishBaseForm(word: string): string {
  const w = word.toLowerCase();
  const irregular = ENGLISH_IRREGULAR[w];
  if (irregular) return irregular;
  if (w.length > 4 && w.endsWith('ing')) {
    const stem = w.slice(0, -3);
    if (/([b-df-hj-kmnp-rtv-y])\1$/.test(stem)) return stem.slice(0, -1);
    if (/^[^aeiou]?[lt]y$/.test(stem)) return `${stem.slice(0, -1)}ie`;
    if (stem.length <= 3 && /[^aeiouwy]$/.test(stem)) return `${stem}e`;
    if (/(?:at|iz|is|ur|v|c|g|dg|u)$/.test(stem)) return `${stem}e`;
    return stem;
  }
  if (w.length > 3 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && /(?:s|x|z|ch|sh|o)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 2 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}
