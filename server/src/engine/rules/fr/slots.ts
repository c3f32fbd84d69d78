// Slot predicates for French patterns: what one token may be where a pattern says {inf}, {clitic}…
import type { SlotPredicate } from '../../patterns.js';
import type { Token } from '../../sentences.js';
import { frenchVerbReadings, isFrenchImperative2pl, isFrenchInfinitive } from '../../rewrite/fr-verbs.js';
import {
  BADLY_PARTICIPLES,
  CHOICE_NOUNS_AFTER_BAD,
  FAILURE_FINITE_FORMS,
  FAILURE_INFINITIVES,
  JUDGEMENT_ADJECTIVES,
  JUDGEMENT_ADVERBS,
  JUDGEMENT_NOUNS,
  SEVERITY_ADJECTIVES,
} from './lexicon.js';
import { remembered } from '../remembered.js';

const CLITICS = new Set(['le', 'la', 'les', "l'", 'lui', 'leur', 'y', 'en', 'vous', 'nous', 'me', "m'", 'te', "t'", 'se', "s'"]);

/** Adverbs that may sit between a modal and its infinitive and survive a rewrite ("donc", "aussi"). */
export const FRENCH_CONNECTIVE_ADVERBS = new Set([
  'donc', 'aussi', 'également', 'ensuite', 'alors', 'enfin', 'désormais', 'maintenant', 'bien', 'toujours',
  'encore', 'plutôt', 'peut-être', 'surtout', 'notamment',
]);

/** Intensifiers that carry the order's force: dropped by rewrites ("absolument", "impérativement"). */
export const FRENCH_INTENSIFIERS = new Set([
  'absolument', 'impérativement', 'obligatoirement', 'nécessairement', 'vraiment', 'forcément',
  'immédiatement', 'urgemment', 'systématiquement', 'expressément', 'impérieusement', 'strictement',
]);

/** Pronouns an affirmative imperative carries after a hyphen: "Faites-le", "Occupez-vous-en". */
const IMPERATIVE_CLITICS = new Set(['le', 'la', 'les', 'lui', 'leur', 'y', 'en', 'nous', 'vous', 'moi', 'toi']);

/**
 * "Supprimez" → { verb: "supprimez", clitics: [] }; "Donnez-le-nous" → { verb: "donnez", clitics: ["le",
 * "nous"] }; undefined when the word is not a 2nd-person-plural imperative (with its pronouns).
 */
export const splitImperativeWithClitics: (norm: string) => { readonly verb: string; readonly clitics: readonly string[] } | undefined = remembered(
  (norm: string) => {
    const [verb = '', ...clitics] = norm.split('-');
    if (!clitics.every((c) => IMPERATIVE_CLITICS.has(c))) return undefined;
    return isFrenchImperative2pl(verb) ? Object.freeze({ verb, clitics: Object.freeze(clitics) }) : undefined;
  },
);

const isInfinitive = remembered(isFrenchInfinitive);
const isSubjunctive2pl = remembered((norm: string) => frenchVerbReadings(norm).some((r) => r.tense === 'subjunctive'));
const isImperative2pl = remembered(isFrenchImperative2pl);

/** People and bodies on the client's side: "votre équipe", "vos collaborateurs", "votre DSI". */
const CLIENT_GROUPS = new Set([
  'équipe', 'équipes', 'collaborateurs', 'collaboratrices', 'salariés', 'employés', 'agents', 'services', 'service',
  'direction', 'directions', 'dsi', 'dirigeants', 'managers', 'développeurs', 'entreprise', 'société', 'organisation',
  'structure', 'comité', 'métiers', 'département', 'départements', 'filiales', 'filiale', 'directeur', 'directrice',
]);

/** A word that may qualify a group before its verb: "vos équipes internes", "votre équipe projet". */
const GROUP_QUALIFIERS = new Set([
  'interne', 'internes', 'technique', 'techniques', 'projet', 'métier', 'métiers', 'informatique', 'informatiques',
  'marketing', 'support', 'commerciale', 'commerciales', 'actuelle', 'actuelles', 'actuel', 'actuels', 'générale',
  'it', 'produit', 'juridique', 'financière', 'digitale', 'numérique',
]);

const word = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';

export const FRENCH_SLOTS: ReadonlyMap<string, SlotPredicate> = new Map<string, SlotPredicate>([
  ['word', (tokens, i) => word(tokens[i])],
  ['any', (tokens, i) => tokens[i] !== undefined],
  ['inf', (tokens, i) => word(tokens[i]) && isInfinitive((tokens[i] as Token).norm)],
  ['clitic', (tokens, i) => word(tokens[i]) && CLITICS.has((tokens[i] as Token).norm)],
  ['adv', (tokens, i) => word(tokens[i]) && /ment$/.test((tokens[i] as Token).norm)],
  ['intensifier', (tokens, i) => word(tokens[i]) && FRENCH_INTENSIFIERS.has((tokens[i] as Token).norm)],
  ['connective', (tokens, i) => word(tokens[i]) && FRENCH_CONNECTIVE_ADVERBS.has((tokens[i] as Token).norm)],
  [
    'subj2pl',
    (tokens, i) => word(tokens[i]) && isSubjunctive2pl((tokens[i] as Token).norm),
  ],
  ['imperative', (tokens, i) => word(tokens[i]) && splitImperativeWithClitics((tokens[i] as Token).norm) !== undefined],
  ['clientGroup', (tokens, i) => word(tokens[i]) && CLIENT_GROUPS.has((tokens[i] as Token).norm)],
  ['groupQualifier', (tokens, i) => word(tokens[i]) && GROUP_QUALIFIERS.has((tokens[i] as Token).norm)],
  ['judgementAdj', (tokens, i) => word(tokens[i]) && JUDGEMENT_ADJECTIVES.has((tokens[i] as Token).norm)],
  ['judgementNoun', (tokens, i) => word(tokens[i]) && JUDGEMENT_NOUNS.has((tokens[i] as Token).norm)],
  ['severityAdj', (tokens, i) => word(tokens[i]) && SEVERITY_ADJECTIVES.has((tokens[i] as Token).norm)],
  ['judgementAdv', (tokens, i) => word(tokens[i]) && JUDGEMENT_ADVERBS.has((tokens[i] as Token).norm)],
  ['badlyParticiple', (tokens, i) => word(tokens[i]) && BADLY_PARTICIPLES.has((tokens[i] as Token).norm)],
  ['failVerb', (tokens, i) => word(tokens[i]) && FAILURE_FINITE_FORMS.has((tokens[i] as Token).norm)],
  ['failInf', (tokens, i) => word(tokens[i]) && FAILURE_INFINITIVES.has((tokens[i] as Token).norm)],
  ['choiceNoun', (tokens, i) => word(tokens[i]) && CHOICE_NOUNS_AFTER_BAD.has((tokens[i] as Token).norm)],
  // The likeliest reading only: "saurez" is the future of savoir before it is a rare verb's imperative.
  ['imp2pl', (tokens, i) => word(tokens[i]) && isImperative2pl((tokens[i] as Token).norm)],
]);
