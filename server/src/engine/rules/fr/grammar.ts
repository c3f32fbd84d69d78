// Grammar the French rules share: who a clause is about, what surrounds a match, and the small pieces
// of conjugation the rewrites need (3rd person forms are not in the verb table, which only holds the
// "vous" forms).
import type { MatchView } from '../types.js';
import type { Token } from '../../sentences.js';
import { isFrenchInfinitive } from '../../rewrite/fr-verbs.js';

/** Punctuation that closes a clause when scanning away from a match. */
const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')', '—', '–', '«', '»', '"', '“', '”']);

export const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind !== 'punct';

/** Tokens of the clause before the span (or before `from`), nearest last. */
export function clauseBefore(m: MatchView, from = m.match.spanStart): Token[] {
  const out: Token[] = [];
  for (let i = from - 1; i >= 0; i--) {
    const t = m.tokens[i] as Token;
    if (t.kind === 'punct' && CLAUSE_BREAKS.has(t.text)) break;
    out.unshift(t);
  }
  return out;
}

/** Tokens of the clause after the span (or after `from`), up to the next clause break. */
export function clauseAfter(m: MatchView, from = m.match.spanEnd): Token[] {
  const out: Token[] = [];
  for (let i = from; i < m.tokens.length; i++) {
    const t = m.tokens[i] as Token;
    if (t.kind === 'punct' && (CLAUSE_BREAKS.has(t.text) || /^[.!?…]$/.test(t.text))) break;
    out.push(t);
  }
  return out;
}

export function tokenBefore(m: MatchView, from = m.match.spanStart): Token | undefined {
  return m.tokens[from - 1];
}

export function tokenAfter(m: MatchView, from = m.match.spanEnd): Token | undefined {
  return m.tokens[from];
}

/** The span ends the sentence: nothing but punctuation follows. */
export function endsSentence(m: MatchView): boolean {
  return m.after().every((t) => t.kind === 'punct');
}

/** Whether one of these words (normalised) occurs in the tokens. */
export function hasWord(tokens: readonly Token[], words: ReadonlySet<string>): boolean {
  return tokens.some((t) => words.has(t.norm));
}

/** Words of the client's side: the clause is about the client or the client's choices. */
export const CLIENT_WORDS: ReadonlySet<string> = new Set(['votre', 'vos', 'vous', 'vôtre', 'vôtres']);

/** Words of the consultant's side: self-assessment ("notre approche était une erreur") is no rejection. */
export const CONSULTANT_WORDS: ReadonlySet<string> = new Set(['nous', 'notre', 'nos', 'je', "j'", 'moi', 'mon', 'ma', 'mes']);

/** Nouns that name a choice, a plan or a vision: "cette approche", "l'idée", "ce choix". */
export const CHOICE_NOUNS: ReadonlySet<string> = new Set([
  'approche', 'approches', 'stratégie', 'stratégies', 'idée', 'idées', 'choix', 'plan', 'plans', 'planning',
  'démarche', 'vision', 'méthode', 'méthodes', 'méthodologie', 'option', 'options', 'décision', 'décisions',
  'orientation', 'piste', 'pistes', 'proposition', 'hypothèse', 'hypothèses', 'raisonnement', 'logique',
  'calendrier', 'estimation', 'chiffrage', 'cadrage', 'objectif', 'objectifs', 'ambition', 'arbitrage',
  'scénario', 'projet', 'organisation', 'parti', 'politique', 'solution', 'solutions', 'demande', 'exigence',
  'exigences', 'budget', 'architecture', 'cahier', 'besoin', 'motivation', 'intention', 'volonté', 'tactique',
  'découpage', 'périmètre', 'montage', 'dispositif', 'modèle', 'process', 'processus', 'fonctionnement', 'schéma',
  'argument', 'arguments', 'priorisation', 'feuille', 'roadmap', 'trajectoire', 'calcul', 'pari', 'initiative',
  'recrutement', 'positionnement', 'ciblage', 'campagne', 'offre', 'tarification', 'gouvernance', 'pilotage',
]);

export const DEMONSTRATIVES: ReadonlySet<string> = new Set(['ce', 'cet', 'cette', 'ces']);

/** "ça", "cela", "ceci", "c'": the clause judges what was just said (usually the client's idea). */
export const PRONOUN_SUBJECTS: ReadonlySet<string> = new Set(['ça', 'cela', 'ceci', "c'", 'ce']);

/**
 * Who the clause before the span is about. `client`: the client or the client's choice ("votre
 * stratégie", "conserver votre ERP", "cette approche", "ça"); `consultant`: the consultant's own;
 * `other`: anything else (a version, a script, a third party).
 */
export function subjectSide(m: MatchView, from = m.match.spanStart): 'client' | 'consultant' | 'other' {
  let end = from;
  // "Votre projet, tel qu'il est cadré, ne fonctionnera pas": skip back over an inserted clause.
  for (let hop = 0; hop < 4; hop++) {
    const clause = clauseBefore(m, end);
    if (clause.length === 0) {
      if (m.tokens[end - 1]?.text !== ',') return 'other';
      end -= 1;
      continue;
    }
    const side = sideOfClause(clause.filter(isWord));
    const first = clause.find(isWord);
    if (side !== 'other' || !first || !INSERTED_CLAUSE_OPENERS.has(first.norm)) return side;
    end = m.tokens.indexOf(clause[0] as Token) - 1;
    if (end <= 0) return side;
  }
  return 'other';
}

/** Words that open a clause inserted between a subject and its verb. */
const INSERTED_CLAUSE_OPENERS = new Set([
  'tel', 'telle', 'tels', 'telles', 'comme', 'ainsi', 'selon', 'en', 'à', 'dans', 'pour', 'sans', 'avec', 'malgré',
  'depuis', 'qui', 'que', "qu'", 'dont', 'lequel', 'laquelle', 'même', 'pourtant', 'hélas', 'malheureusement',
  'franchement', 'honnêtement', 'clairement', 'objectivement', 'aujourd\'hui', 'actuellement', 'notamment',
]);

function sideOfClause(clause: readonly Token[]): 'client' | 'consultant' | 'other' {
  if (clause.length === 0) return 'other';
  if (hasWord(clause, CONSULTANT_WORDS) && !hasWord(clause, CLIENT_WORDS)) return 'consultant';
  if (hasWord(clause, CLIENT_WORDS)) return 'client';
  const last = clause[clause.length - 1] as Token;
  if (PRONOUN_SUBJECTS.has(last.norm) && clause.length <= 2) return 'client';
  // A choice noun heads the subject: "cette approche", "l'idée de tout refaire", "le choix de WordPress".
  const head = clause.slice(0, 3);
  for (let i = 0; i < head.length; i++) {
    if (!CHOICE_NOUNS.has((head[i] as Token).norm)) continue;
    const det = head[i - 1];
    if (det && (DEMONSTRATIVES.has(det.norm) || ['le', 'la', "l'", 'les', 'un', 'une'].includes(det.norm))) return 'client';
  }
  return 'other';
}

const CONDITION_OPENERS = new Set(['si', "s'", 'lorsque', "lorsqu'", 'quand', 'où', 'sinon', 'quoique', 'pourvu']);
const COORDINATORS = new Set(['et', 'mais', 'car', 'or']);

/**
 * The default condition guard, except that a coordinated clause ends the condition's scope: in "…
 * lorsque l'on chiffre son projet et c'est une erreur", the judgement is not conditional.
 */
export function inConditionalClause(m: MatchView): boolean {
  for (let i = m.match.spanStart - 1; i >= 0; i--) {
    const t = m.tokens[i] as Token;
    if (t.kind === 'punct' && CLAUSE_BREAKS.has(t.text)) return false;
    if (COORDINATORS.has(t.norm)) return false;
    if (CONDITION_OPENERS.has(t.norm)) return true;
  }
  return false;
}

/** The words right after the span (punctuation skipped), normalised. */
export function nextWords(m: MatchView, count: number, from = m.match.spanEnd): string[] {
  return m.tokens
    .slice(from)
    .filter(isWord)
    .slice(0, count)
    .map((t) => t.norm);
}

/** The span's last token is the elided "d'" (so the next word is glued to it). */
export function spanEndsElided(m: MatchView): boolean {
  const last = m.tokens[m.match.spanEnd - 1];
  return last !== undefined && /^(d|qu)'$/.test(last.norm);
}

/**
 * A replacement for a span that ends with "de"/"d'" before an infinitive. `keepDe`: the new phrase also
 * ends with "de" ("nous vous suggérons de"); otherwise the "de" goes ("vous pourriez"), and after an
 * elided "d'" a space must come back between the phrase and the verb.
 */
export function beforeInfinitive(m: MatchView, lead: string, keepDe: boolean): string {
  const elided = spanEndsElided(m);
  // "… à migrer" ("vous avez intérêt à"): "de" takes the place of "à", and elides before a vowel itself.
  if (keepDe) return elided ? `${lead} d'` : `${lead} de`;
  return elided ? `${lead} ` : lead;
}

/** Same for a span ending with "que"/"qu'": the new phrase ends with "que" too. */
export function beforeClause(m: MatchView, lead: string): string {
  return spanEndsElided(m) ? `${lead} qu'` : `${lead} que`;
}

// ---------------------------------------------------------------------------------------------------
// 3rd person and 1st person plural forms, which the verb table does not hold.

export type Tense = 'present' | 'conditional' | 'future';

/** Forms of "être" a judgement may use, with their number and tense. */
export const ETRE_FORMS: Readonly<Record<string, { plural: boolean; tense: Tense }>> = {
  est: { plural: false, tense: 'present' },
  sont: { plural: true, tense: 'present' },
  serait: { plural: false, tense: 'conditional' },
  seraient: { plural: true, tense: 'conditional' },
  sera: { plural: false, tense: 'future' },
  seront: { plural: true, tense: 'future' },
};

/** A 3rd-person phrase in the tenses and numbers a judgement can come in. */
export interface ThirdPersonPhrase {
  singular: Readonly<Record<Tense, string>>;
  plural: Readonly<Record<Tense, string>>;
}

/** Builds the forms of a regular -er verb phrase: "nous {semble} perfectible{s}". */
export function regularPhrase(infinitive: string, before: string, after: string, afterPlural = after): ThirdPersonPhrase {
  const stem = infinitive.slice(0, -2);
  const fill = (verb: string, plural: boolean): string =>
    `${before}${before ? ' ' : ''}${verb}${plural ? afterPlural : after}`.trim();
  return {
    singular: {
      present: fill(`${stem}e`, false),
      conditional: fill(`${infinitive}ait`, false),
      future: fill(`${infinitive}a`, false),
    },
    plural: {
      present: fill(`${stem}ent`, true),
      conditional: fill(`${infinitive}aient`, true),
      future: fill(`${infinitive}ont`, true),
    },
  };
}

export function conjugate(phrase: ThirdPersonPhrase, plural: boolean, tense: Tense): string {
  return (plural ? phrase.plural : phrase.singular)[tense];
}

/** Irregular stems of the future / conditional (1st plural "ferons", 3rd "fera"). */
const IRREGULAR_FUTURE_STEMS: Readonly<Record<string, string>> = {
  fer: 'faire', ser: 'être', aur: 'avoir', ir: 'aller', pourr: 'pouvoir', viendr: 'venir', devr: 'devoir',
  verr: 'voir', saur: 'savoir', voudr: 'vouloir', enverr: 'envoyer', tiendr: 'tenir', interviendr: 'intervenir',
  faudr: 'falloir', vaudr: 'valoir', recevr: 'recevoir', obtiendr: 'obtenir', maintiendr: 'maintenir',
  reviendr: 'revenir', soutiendr: 'soutenir',
};

/**
 * Infinitive of a future, conditional or present form in the 1st person plural or the 3rd person
 * ("travaillerons", "marchera", "fonctionnerait", "acceptons"), or undefined when unsure.
 */
export function infinitiveOfFiniteForm(word: string): string | undefined {
  const w = word.toLowerCase();
  for (const ending of ['aient', 'ions', 'ont', 'ons', 'ait', 'as', 'ai', 'a']) {
    if (!w.endsWith(ending) || w.length <= ending.length + 2) continue;
    const stem = w.slice(0, -ending.length);
    // Future and conditional are built on the infinitive (minus the "e" of -re verbs).
    if (stem.endsWith('r')) {
      if (isFrenchInfinitive(stem)) return stem;
      if (isFrenchInfinitive(`${stem}e`)) return `${stem}e`;
      const irregular = IRREGULAR_FUTURE_STEMS[stem];
      if (irregular) return irregular;
    }
    // Present (or subjunctive) 1st plural of -er verbs: "acceptons", "travaillions" → "accepter", "travailler".
    if ((ending === 'ons' || ending === 'ions') && isFrenchInfinitive(`${stem}er`)) return `${stem}er`;
    if ((ending === 'ons' || ending === 'ions') && stem.endsWith('iss') && isFrenchInfinitive(`${stem.slice(0, -2)}r`)) return `${stem.slice(0, -2)}r`;
  }
  return undefined;
}
