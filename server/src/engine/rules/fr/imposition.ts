// Imposition (French): obligations and orders aimed at the client — "vous devez", "il faut", "il faut
// que vous", "vous êtes tenus de", "il est indispensable que vous", "votre équipe doit", forceful
// imperatives ("Abandonnez…").
import type { MatchView, RewriteSpec, RuleDefinition } from '../types.js';
import type { Token } from '../../sentences.js';
import { frenchInfinitiveOf, isFrenchInfinitive } from '../../rewrite/fr-verbs.js';
import { beforeInfinitive, hasWord, isWord, nextWords, tokenBefore } from './grammar.js';
import { splitImperativeWithClitics } from './slots.js';

const affirmative = (m: MatchView): boolean => m.captureTokens('neg').length === 0;
const plain = (m: MatchView): boolean => affirmative(m) && m.captureTokens('conn').length === 0;
/** After "que", "nous vous suggérons" would stack two subjects: "pensons que nous vous suggérons". */
const notAfterQue = (m: MatchView): boolean => {
  const prev = m.tokens[m.match.spanStart - 1];
  return !prev || (prev.norm !== 'que' && prev.norm !== "qu'");
};

/** Infinitives that, followed by a quantity, say how long something takes: "il faut compter deux jours". */
const DURATION_VERBS = new Set(['compter', 'prévoir', 'attendre', 'patienter', 'tabler', 'miser', 'envisager', 'budgéter']);
const QUANTITY = /^(\d+([.,]\d+)?|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|cent|mille|quelques|plusieurs|environ|entre|au|près|une?|la|le|des|de|d'|en)$/;
const TIME_UNITS = new Set([
  'jour', 'jours', 'semaine', 'semaines', 'mois', 'an', 'ans', 'année', 'années', 'heure', 'heures', 'minute',
  'minutes', 'journée', 'journées', 'demi-journée', 'demi-journées', 'sprint', 'sprints', 'trimestre', 'trimestres',
  'dizaine', 'quinzaine', 'vingtaine', 'centaine', 'euros', 'k€', '€', '%', 'moyenne', 'total', 'mini', 'minimum',
  'maximum', 'marge', 'délai', 'budget', 'charge',
]);

/** "il faut compter deux jours", "il faudra prévoir environ trois semaines": an estimate, not an order. */
function isDurationEstimate(m: MatchView): boolean {
  const after = m.after().filter(isWord);
  const verb = after[0];
  if (!verb || !DURATION_VERBS.has(verb.norm)) return false;
  const window = after.slice(1, 5);
  return window.length > 0 && QUANTITY.test((window[0] as Token).norm) && window.some((t) => /^\d/.test(t.norm) || TIME_UNITS.has(t.norm) || QUANTITY.test(t.norm));
}

/** "vous devez avoir reçu", "vous devez sans doute": a supposition, not an obligation. */
const EPISTEMIC_ADVERBS = new Set(['sans', 'certainement', 'probablement', 'sûrement', 'déjà']);
const PAST_PARTICIPLE = /(é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes|eint|einte|aint|ainte|ort)$/;

function isSupposition(m: MatchView): boolean {
  const after = m.after().filter(isWord);
  const first = after[0];
  if (!first) return false;
  if (EPISTEMIC_ADVERBS.has(first.norm) && first.norm !== 'déjà') return true;
  if (first.norm !== 'avoir') return false;
  const rest = after.slice(1, 4).filter((t) => !['déjà', 'bien', 'hier', 'sans', 'doute', 'tous', 'toutes', 'tout'].includes(t.norm));
  const participle = rest[0];
  return participle !== undefined && PAST_PARTICIPLE.test(participle.norm);
}

const SUGGESTION_REWRITES: readonly RewriteSpec[] = [
  { stance: 'suggestion', template: 'nous vous suggérons {conn} de {neg:neg}', when: notAfterQue },
  { stance: 'softer', template: 'vous pourriez {conn}', when: affirmative },
  // "vous pourriez ne pas publier" reads as permission, not advice: a negated order softens differently.
  { stance: 'softer', template: 'il serait préférable {conn} de {neg:neg}', when: (m) => !affirmative(m) && notAfterQue(m) },
  { stance: 'first-step', template: 'dans un premier temps, vous pourriez {conn}', when: (m) => affirmative(m) && notAfterQue(m) },
  { stance: 'question', template: 'pourquoi ne pas', question: true, when: (m) => plain(m) && m.atSentenceStart },
];

export const vousDevez: RuleDefinition = {
  id: 'imposition/vous-devez',
  lang: 'fr',
  category: 'imposition',
  patterns: [
    // "pas", "plus", "jamais" negate only after "ne": "vous devez plus de rigueur" is not a negation.
    'vous ne devez|devrez [surtout] pas|plus|jamais|rien@neg [{intensifier}] [{connective}]@conn [{intensifier}] >> [tout] {clitic*} {inf}',
    'vous devez|devrez [{intensifier}] [{connective}]@conn [{intensifier}] >> [tout] {clitic*} {inf}',
  ],
  message: '{phrase} impose une obligation au client : proposez plutôt une étape.',
  accept: (m) => !isSupposition(m),
  rewrites: SUGGESTION_REWRITES,
  examples: {
    flagged: [
      {
        text: 'Vous devez migrer vers le cloud.',
        rewrites: [
          'Nous vous suggérons de migrer vers le cloud.',
          'Dans un premier temps, vous pourriez migrer vers le cloud.',
          'Pourquoi ne pas migrer vers le cloud ?',
          'Vous pourriez migrer vers le cloud.',
        ],
      },
      { text: 'Vous devez adopter une démarche agile.', rewrites: ["Nous vous suggérons d'adopter une démarche agile."] },
      { text: 'Vous devez le faire avant juin.', rewrites: ['Nous vous suggérons de le faire avant juin.'] },
      {
        text: 'Vous ne devez pas publier ce rapport.',
        rewrites: ['Nous vous suggérons de ne pas publier ce rapport.', 'Il serait préférable de ne pas publier ce rapport.'],
      },
      { text: 'Vous devrez vous conformer au RGPD.', rewrites: ['Nous vous suggérons de vous conformer au RGPD.'] },
      { text: 'Vous devez donc harmoniser vos processus.', rewrites: ["Nous vous suggérons donc d'harmoniser vos processus."] },
      { text: 'Vous devez absolument hiérarchiser les besoins.', rewrites: ['Nous vous suggérons de hiérarchiser les besoins.'] },
      { text: 'Pour tenir les délais, vous devez recruter.', rewrites: ['Pour tenir les délais, nous vous suggérons de recruter.'] },
      { text: 'Nous pensons que vous devez recruter.', rewrites: ['Nous pensons que vous pourriez recruter.'] },
      {
        text: 'Vous devez systématiquement fournir la fiche produit.',
        rewrites: ['Nous vous suggérons de fournir la fiche produit.'],
      },
    ],
    notFlagged: [
      'Devez-vous migrer cette année ?',
      'Si vous devez migrer, nous vous accompagnerons.',
      'Nous devons livrer le lot 1 en mars.',
      'Vous devez une réponse au comité avant vendredi ?',
      'Vous deviez livrer en mars, selon le planning initial.',
      'Le prestataire devra fournir un rapport mensuel.',
      "Vous devez avoir reçu hier le compte rendu de l'atelier.",
      'Vous devez sans doute connaître ce type de contrainte.',
    ],
  },
  rationale:
    "« Vous devez » met le client en position d'exécutant. Dans une proposition, le client décide : la même idée, formulée comme une suggestion ou une première étape, garde le fond et laisse la décision au client. Les suppositions (« vous devez avoir reçu ») ne sont pas des obligations et restent silencieuses.",
};

/** "nous comprenons qu'il faut", "une solution qu'il faudra adapter": reported or relative, not an order. */
const afterQue = (m: MatchView): boolean => !notAfterQue(m);

/** "il faut bien", "il faut voir … comme …", "il faut savoir que": idioms and framing, not orders. */
function isIdiomaticIlFaut(m: MatchView): boolean {
  const span = m.tokens.slice(m.match.spanStart, m.match.spanEnd);
  if (span.some((t) => t.norm === 'bien')) return true;
  const after = m.after().filter(isWord);
  const verb = after[0]?.norm;
  if (verb === 'voir' && after.some((t) => t.norm === 'comme')) return true;
  if (verb === 'compter' && (after[1]?.norm === 'avec' || after[1]?.norm === 'sur')) return true;
  return verb !== undefined && WRITER_VERBS.has(verb);
}

/** "il faut savoir que", "il faut espérer que": the writer's comment on what follows, not an order. */
const WRITER_VERBS = new Set([
  'savoir', 'noter', 'dire', 'reconnaître', 'avouer', 'croire', 'espérer', 'admettre', 'souligner', 'rappeler',
  'préciser', 'signaler', 'remarquer', 'constater', 'convenir',
]);

const INTENSIFIER_WORDS = new Set([
  'absolument', 'impérativement', 'obligatoirement', 'nécessairement', 'vraiment', 'forcément', 'immédiatement',
  'urgemment', 'systématiquement', 'expressément', 'impérieusement', 'strictement', 'rapidement',
]);

/**
 * "Il faudra" announces what the work will take ("il faudra l'adapter à chaque offre") more often than it
 * orders: it is an order when it insists or when it targets the client's own things.
 */
function futureNeedsInsistence(m: MatchView): boolean {
  const span = m.tokens.slice(m.match.spanStart, m.match.spanEnd);
  if (!span.some((t) => t.norm === 'faudra')) return true;
  if (span.some((t) => INTENSIFIER_WORDS.has(t.norm))) return true;
  return m.after().filter(isWord).slice(0, 5).some((t) => t.norm === 'votre' || t.norm === 'vos');
}

export const ilFaut: RuleDefinition = {
  id: 'imposition/il-faut',
  lang: 'fr',
  category: 'imposition',
  patterns: [
    'il ne faut|faudra [surtout] pas|plus|jamais|rien@neg [{intensifier}] [{connective}]@conn [{intensifier}] >> [tout] {clitic*} {inf}',
    'il faut|faudra [{intensifier}] [{connective}]@conn [{intensifier}] >> [tout] {clitic*} {inf}',
  ],
  message: '{phrase} pose une obligation sans appel : proposez plutôt une étape.',
  accept: (m) => !isDurationEstimate(m) && !afterQue(m) && !isIdiomaticIlFaut(m) && futureNeedsInsistence(m),
  rewrites: SUGGESTION_REWRITES,
  examples: {
    flagged: [
      {
        text: 'Il faut refondre le site.',
        rewrites: [
          'Nous vous suggérons de refondre le site.',
          'Dans un premier temps, vous pourriez refondre le site.',
          'Pourquoi ne pas refondre le site ?',
          'Vous pourriez refondre le site.',
        ],
      },
      { text: 'Il ne faut pas négliger la sécurité.', rewrites: ['Nous vous suggérons de ne pas négliger la sécurité.'] },
      { text: 'Il faudra impérativement abandonner cet outil.', rewrites: ["Nous vous suggérons d'abandonner cet outil."] },
      { text: 'Il faudra refondre votre site avant la saison.', rewrites: ['Nous vous suggérons de refondre votre site avant la saison.'] },
      { text: 'Il faut tout refaire.', rewrites: ['Nous vous suggérons de tout refaire.'] },
    ],
    notFlagged: [
      'Il faut compter deux jours pour la recette.',
      'Il faut prévoir environ trois semaines.',
      'Il faut deux jours pour installer le serveur.',
      'Faut-il migrer cette année ?',
      "S'il faut migrer, nous le ferons ensemble.",
      'Il faut voir ce prototype comme une base de discussion.',
      'Nous comprenons qu’il faut prévoir deux parcours distincts.',
      'Cette solution est moins souple : il faudra l’adapter à chaque nouvelle offre.',
      'Il faut bien reconnaître que le sujet est complexe.',
      'Il faut savoir que le module est livré sans licence.',
      'Il faut espérer que les délais de livraison du matériel seront tenus.',
      "Il faut compter avec les congés d'été.",
    ],
  },
  rationale:
    "« Il faut » énonce une nécessité impersonnelle que le client n'a pas choisie. La suggestion garde l'action proposée et rend la décision au client. Restent silencieux : la durée (« il faut compter deux jours »), le discours rapporté ou relatif (« nous comprenons qu'il faut… », « une solution qu'il faudra adapter »), les tournures figées (« il faut bien », « il faut voir X comme Y ») et le futur qui décrit le travail à venir sans insister ni viser les choix du client.",
};

const subjunctiveRewrites: readonly RewriteSpec[] = [
  { stance: 'suggestion', template: 'nous vous suggérons de {neg:neg} {cl} {verb:inf}', when: notAfterQue },
  { stance: 'softer', template: 'vous pourriez {cl} {verb:inf}', when: affirmative },
  { stance: 'softer', template: 'il serait préférable de {neg:neg} {cl} {verb:inf}', when: (m) => !affirmative(m) && notAfterQue(m) },
  { stance: 'first-step', template: 'dans un premier temps, vous pourriez {cl} {verb:inf}', when: (m) => affirmative(m) && notAfterQue(m) },
  {
    stance: 'question',
    template: 'pourquoi ne pas {cl} {verb:inf}',
    question: true,
    when: (m) => affirmative(m) && m.atSentenceStart,
  },
];

export const ilFautQueVous: RuleDefinition = {
  id: 'imposition/il-faut-que-vous',
  lang: 'fr',
  category: 'imposition',
  patterns: [
    "il faut|faudra|faudrait [{intensifier}] que vous ne {clitic*}@cl {subj2pl}@verb pas|plus|jamais|rien@neg",
    "il faut|faudra|faudrait [{intensifier}] que vous {clitic*}@cl {subj2pl}@verb",
  ],
  message: '{phrase} impose une obligation au client : proposez plutôt une étape.',
  rewrites: subjunctiveRewrites,
  examples: {
    flagged: [
      {
        text: 'Il faut que vous changiez de prestataire.',
        rewrites: [
          'Nous vous suggérons de changer de prestataire.',
          'Dans un premier temps, vous pourriez changer de prestataire.',
          'Pourquoi ne pas changer de prestataire ?',
          'Vous pourriez changer de prestataire.',
        ],
      },
      { text: 'Il faut que vous le fassiez vite.', rewrites: ['Nous vous suggérons de le faire vite.'] },
      { text: 'Il faudra que vous alliez plus loin.', rewrites: ["Nous vous suggérons d'aller plus loin."] },
      { text: "Il faudrait que vous changiez d'outil.", rewrites: ["Nous vous suggérons de changer d'outil."] },
    ],
    notFlagged: [
      'Faut-il que vous changiez de prestataire ?',
      'Il faut que nous changions de méthode.',
      "S'il faut que vous validiez chaque lot, nous prévoirons un comité mensuel.",
      "Il faut que l'application reste disponible pendant la migration.",
    ],
  },
  rationale:
    "« Il faut que vous » cumule l'obligation et l'adresse directe. La même action, proposée à l'infinitif après une suggestion, garde le fond.",
};

const hasVerb = (m: MatchView): boolean => m.captureTokens('verb').length > 0;

/** Adjectives of necessity: "il est indispensable que vous…", "il est impératif de…". */
const NECESSITY = 'indispensable|impératif|nécessaire|essentiel|obligatoire|primordial|crucial|vital|capital|urgent|fondamental|impérieux';

export const ilEstIndispensableQueVous: RuleDefinition = {
  id: 'imposition/il-est-indispensable-que-vous',
  lang: 'fr',
  category: 'imposition',
  patterns: [
    `il est|sera ${NECESSITY} [{intensifier}] que vous ne {clitic*}@cl {subj2pl}@verb pas|plus|jamais|rien@neg`,
    `il est|sera ${NECESSITY} [{intensifier}] que vous {clitic*}@cl {subj2pl}@verb`,
    'il est temps que vous ne {clitic*}@cl {subj2pl}@verb pas|plus|jamais|rien@neg',
    'il est temps que vous {clitic*}@cl {subj2pl}@verb',
    'il importe que vous {clitic*}@cl {subj2pl}@verb',
    // "Il est indispensable que vos équipes soient formées": the subjunctive stays after "nous suggérons que".
    `il est|sera ${NECESSITY} [{intensifier}] que >> votre|vos {clientGroup}`,
  ],
  message: '{phrase} impose une obligation au client : proposez plutôt une étape.',
  // "Il est temps que vous compreniez…" talks down rather than orders: the sachant rules take it.
  accept: (m) => !['comprendre', 'réaliser', 'admettre', 'saisir', 'mesurer'].includes(frenchInfinitiveOf(m.capture('verb') ?? '') ?? ''),
  rewrites: [
    ...subjunctiveRewrites.map((r) => ({ ...r, when: (m: MatchView) => hasVerb(m) && (r.when ? r.when(m) : true) })),
    { stance: 'suggestion', template: 'nous suggérons que', when: (m) => !hasVerb(m) && notAfterQue(m) },
  ],
  examples: {
    flagged: [
      { text: 'Il est indispensable que vos équipes soient formées.', rewrites: ['Nous suggérons que vos équipes soient formées.'] },
      {
        text: 'Il est indispensable que vous désigniez un chef de projet.',
        rewrites: [
          'Nous vous suggérons de désigner un chef de projet.',
          'Dans un premier temps, vous pourriez désigner un chef de projet.',
          'Pourquoi ne pas désigner un chef de projet ?',
          'Vous pourriez désigner un chef de projet.',
        ],
      },
      { text: "Il est impératif que vous mettiez à jour vos serveurs avant l'audit.", rewrites: ["Nous vous suggérons de mettre à jour vos serveurs avant l'audit."] },
      { text: 'Il est essentiel que vous soyez présents aux ateliers.', rewrites: ["Nous vous suggérons d'être présents aux ateliers."] },
      {
        text: 'Il est nécessaire que vous ne modifiiez plus la base en production.',
        rewrites: ['Nous vous suggérons de ne plus modifier la base en production.', 'Il serait préférable de ne plus modifier la base en production.'],
      },
      { text: 'Il est temps que vous remplaciez votre messagerie.', rewrites: ['Nous vous suggérons de remplacer votre messagerie.'] },
    ],
    notFlagged: [
      'Est-il indispensable que la plateforme soit disponible dès janvier ?',
      "Il est indispensable que l'application reste disponible pendant la migration.",
      'Il est indispensable que nous disposions des accès avant le démarrage.',
      'Si vous estimez qu’il est nécessaire que vous validiez chaque lot, nous prévoirons un comité.',
    ],
  },
  rationale:
    "« Il est indispensable que vous… » présente une préférence du consultant comme une nécessité qui s'impose au client. La suggestion à l'infinitif garde l'action et rend la décision au client. Une exigence sur une chose (« que l'application reste disponible ») ou sur le consultant n'est pas visée.",
};

/** What the consultant does or must do: "il est nécessaire, dans le cadre de nos actions, de…". */
function aboutTheConsultant(m: MatchView): boolean {
  return hasWord(m.before(), new Set(['nous', 'notre', 'nos', 'je']));
}

/** "il est important de noter que": the necessity is the writer's, about what follows. */
const META_VERBS = new Set(['noter', 'rappeler', 'préciser', 'souligner', 'signaler', 'mentionner', 'comprendre', 'savoir', 'remarquer', 'insister']);

export const ilEstIndispensableDe: RuleDefinition = {
  id: 'imposition/il-est-indispensable-de',
  lang: 'fr',
  category: 'imposition',
  patterns: [
    `il est|sera ${NECESSITY} [{intensifier}] de|d' >> {clitic*} {inf}`,
    `il est|sera ${NECESSITY} [{intensifier}] de|d' >> ne pas|plus|jamais {clitic*} {inf}`,
  ],
  message: '{phrase} présente une recommandation comme une obligation : proposez plutôt une étape.',
  accept: (m) => {
    const verb = m.after().filter(isWord).find((t) => !['ne', "n'", 'pas', 'plus', 'jamais'].includes(t.norm))?.norm ?? '';
    return !aboutTheConsultant(m) && !META_VERBS.has(verb) && !isDurationEstimate(m);
  },
  rewrites: [
    { stance: 'suggestion', template: (m) => beforeInfinitive(m, 'nous vous suggérons', true), when: notAfterQue },
    { stance: 'softer', template: (m) => beforeInfinitive(m, 'il pourrait être utile', true) },
    {
      stance: 'first-step',
      template: (m) => beforeInfinitive(m, 'dans un premier temps, vous pourriez', false),
      when: (m) => notAfterQue(m) && nextWords(m, 1)[0] !== 'ne',
    },
  ],
  examples: {
    flagged: [
      {
        text: 'Il est indispensable de revoir votre politique de sauvegarde.',
        rewrites: [
          'Nous vous suggérons de revoir votre politique de sauvegarde.',
          'Dans un premier temps, vous pourriez revoir votre politique de sauvegarde.',
          'Il pourrait être utile de revoir votre politique de sauvegarde.',
        ],
      },
      {
        text: "Il est impératif d'harmoniser les référentiels.",
        rewrites: [
          "Nous vous suggérons d'harmoniser les référentiels.",
          'Dans un premier temps, vous pourriez harmoniser les référentiels.',
          "Il pourrait être utile d'harmoniser les référentiels.",
        ],
      },
      { text: 'En revanche, il est indispensable de décrire le besoin.', rewrites: ['En revanche, nous vous suggérons de décrire le besoin.'] },
      { text: 'Il est essentiel de ne plus stocker les mots de passe en clair.', rewrites: ['Nous vous suggérons de ne plus stocker les mots de passe en clair.'] },
    ],
    notFlagged: [
      'Est-il indispensable de migrer cette année ?',
      'Il est important de noter que les prix sont hors taxes.',
      'Il est nécessaire de compter deux semaines pour la recette.',
      'Dans le cadre de nos missions, il est nécessaire de nous appuyer sur des faits vérifiables.',
      'Il est essentiel de rappeler que la recette reste à votre charge.',
    ],
  },
  rationale:
    "« Il est indispensable de… » transforme une recommandation en nécessité. Reformulée en suggestion, la même action reste proposée et la décision revient au client. Restent silencieux : les nécessités du consultant lui-même, les formules de rédaction (« il est important de noter que ») et les estimations de durée.",
};

export const ilVousFaut: RuleDefinition = {
  id: 'imposition/il-vous-faut',
  lang: 'fr',
  category: 'imposition',
  patterns: [
    'il ne vous faut|faudra pas|plus|jamais|rien@neg [{intensifier}] [{connective}]@conn [{intensifier}] >> [tout] {clitic*} {inf}',
    'il vous faut|faudra [{intensifier}] [{connective}]@conn [{intensifier}] >> [tout] {clitic*} {inf}',
  ],
  message: '{phrase} impose une obligation au client : proposez plutôt une étape.',
  accept: (m) => !isDurationEstimate(m),
  rewrites: SUGGESTION_REWRITES,
  examples: {
    flagged: [
      {
        text: 'Il vous faut revoir entièrement le parcours de commande.',
        rewrites: [
          'Nous vous suggérons de revoir entièrement le parcours de commande.',
          'Dans un premier temps, vous pourriez revoir entièrement le parcours de commande.',
          'Pourquoi ne pas revoir entièrement le parcours de commande ?',
          'Vous pourriez revoir entièrement le parcours de commande.',
        ],
      },
      { text: 'Il vous faudra absolument former vos équipes.', rewrites: ['Nous vous suggérons de former vos équipes.'] },
      { text: "Il vous faut donc arrêter l'ancien serveur.", rewrites: ["Nous vous suggérons donc d'arrêter l'ancien serveur."] },
    ],
    notFlagged: [
      'Il vous faut deux jours pour installer le serveur.',
      'Il vous faudra compter trois semaines de recette.',
      'Vous faut-il un devis détaillé ?',
      "S'il vous faut un devis détaillé, nous le préparerons.",
    ],
  },
  rationale:
    "« Il vous faut » dit au client ce qu'il doit faire. La suggestion garde l'action et laisse au client la décision. « Il vous faut deux jours » (une durée) reste silencieux.",
};

/** The law or the contract is the source of the obligation: the consultant reports it, does not order. */
const LEGAL_SOURCE = new Set([
  'loi', 'lois', 'légal', 'légale', 'légalement', 'réglementaire', 'réglementaires', 'réglementation', 'rgpd',
  'décret', 'article', 'contrat', 'contractuellement', 'contractuelle', 'conformément', 'vertu', 'code', 'ccag',
  'cnil', 'juridique', 'juridiquement', 'directive', 'norme',
]);

export const vousEtesTenusDe: RuleDefinition = {
  id: 'imposition/vous-etes-tenus-de',
  lang: 'fr',
  category: 'imposition',
  patterns: [
    'vous êtes|serez tenu|tenus|tenue|tenues [{intensifier}] de|d\' >> {clitic*} {inf}',
    'vous êtes|serez obligé|obligés|obligée|obligées|contraint|contraints|contrainte|contraintes [{intensifier}] de|d\' >> {clitic*} {inf}',
    "vous avez|aurez l' obligation de|d' >> {clitic*} {inf}",
    // "Vous avez intérêt à…", "vous n'avez qu'à…": the same order, with a threat or a shrug.
    'vous avez intérêt à >> {clitic*} {inf}',
    "vous n' avez qu' à >> {clitic*} {inf}",
  ],
  message: '{phrase} impose une obligation au client : proposez plutôt une étape.',
  accept: (m) => !hasWord(m.tokens, LEGAL_SOURCE),
  rewrites: [
    { stance: 'suggestion', template: (m) => beforeInfinitive(m, 'nous vous suggérons', true), when: notAfterQue },
    { stance: 'softer', template: (m) => beforeInfinitive(m, 'vous pourriez', false) },
    { stance: 'first-step', template: (m) => beforeInfinitive(m, 'dans un premier temps, vous pourriez', false), when: notAfterQue },
    { stance: 'question', template: (m) => beforeInfinitive(m, 'pourquoi ne pas', false), question: true, when: (m) => m.atSentenceStart },
  ],
  examples: {
    flagged: [
      {
        text: 'Vous êtes tenus de fournir un environnement de recette stable.',
        rewrites: [
          'Nous vous suggérons de fournir un environnement de recette stable.',
          'Dans un premier temps, vous pourriez fournir un environnement de recette stable.',
          'Pourquoi ne pas fournir un environnement de recette stable ?',
          'Vous pourriez fournir un environnement de recette stable.',
        ],
      },
      {
        text: "Vous avez l'obligation d'informer l'équipe projet de tout changement.",
        rewrites: [
          "Nous vous suggérons d'informer l'équipe projet de tout changement.",
          "Dans un premier temps, vous pourriez informer l'équipe projet de tout changement.",
          "Pourquoi ne pas informer l'équipe projet de tout changement ?",
          "Vous pourriez informer l'équipe projet de tout changement.",
        ],
      },
      { text: 'Vous serez obligés de migrer vos données.', rewrites: ['Nous vous suggérons de migrer vos données.'] },
      { text: 'Vous avez intérêt à sécuriser vos sauvegardes.', rewrites: ['Nous vous suggérons de sécuriser vos sauvegardes.'] },
      {
        text: "Vous n'avez qu'à externaliser l'hébergement.",
        rewrites: [
          "Nous vous suggérons d'externaliser l'hébergement.",
          "Dans un premier temps, vous pourriez externaliser l'hébergement.",
          "Pourquoi ne pas externaliser l'hébergement ?",
          "Vous pourriez externaliser l'hébergement.",
        ],
      },
    ],
    notFlagged: [
      'Vous serez tenus informés de l’avancement chaque semaine.',
      'Êtes-vous tenus de publier le code source ?',
      'Conformément au RGPD, vous êtes tenus de tenir un registre des traitements.',
      'Le titulaire est tenu de fournir un rapport mensuel.',
    ],
  },
  rationale:
    "« Vous êtes tenus de » transforme une recommandation en devoir. Reformulée en suggestion, elle garde l'action et laisse la décision au client. Une obligation que la loi ou le contrat impose (« conformément au RGPD ») est rapportée, pas imposée : elle reste silencieuse.",
};

/** People on the client's side whose obligations are the client's: "votre équipe doit…". */
export const vousEquipeDoit: RuleDefinition = {
  id: 'imposition/votre-equipe-doit',
  lang: 'fr',
  category: 'imposition',
  patterns: [
    'votre|vos {clientGroup} [{groupQualifier}] << ne doit|doivent|devra|devront pas|plus|jamais@neg [{intensifier}] [{connective}]@conn [{intensifier}] >> [tout] {clitic*} {inf}@verb',
    'votre|vos {clientGroup} [{groupQualifier}] << doit|doivent|devra|devront [{intensifier}]@int [{connective}]@conn [{intensifier}]@int2 >> [tout] {clitic*} {inf}@verb',
  ],
  message: '{phrase} impose une obligation aux équipes du client : proposez plutôt une piste.',
  accept: (m) => {
    // "Vos équipes doivent être formées": a need stated about them, not an order, unless it insists.
    const verb = m.captureTokens('verb')[0]?.norm;
    const insists = m.captureTokens('int').length + m.captureTokens('int2').length > 0;
    if (verb === 'être' || verb === 'avoir') return (insists || !affirmative(m)) && !isSupposition(m);
    return !isSupposition(m);
  },
  rewrites: [
    {
      stance: 'suggestion',
      template: (m) => {
        const plural = m.tokens.slice(m.match.spanStart, m.match.spanEnd).some((t) => t.norm === 'doivent' || t.norm === 'devront');
        const conn = m.capture('conn');
        const verb = plural ? 'gagneraient' : 'gagnerait';
        const neg = m.captureTokens('neg')[0]?.norm;
        return `${verb}${conn ? ` ${conn}` : ''} à${neg ? ` ne ${neg}` : ''}`;
      },
    },
    {
      stance: 'softer',
      template: (m) => {
        const plural = m.tokens.slice(m.match.spanStart, m.match.spanEnd).some((t) => t.norm === 'doivent' || t.norm === 'devront');
        const conn = m.capture('conn');
        return `${plural ? 'pourraient' : 'pourrait'}${conn ? ` ${conn}` : ''}`;
      },
      when: affirmative,
    },
  ],
  examples: {
    flagged: [
      {
        text: 'Votre équipe doit absolument se former à Kubernetes.',
        rewrites: ['Votre équipe gagnerait à se former à Kubernetes.', 'Votre équipe pourrait se former à Kubernetes.'],
      },
      { text: 'Vos équipes devront valider chaque maquette.', rewrites: ['Vos équipes gagneraient à valider chaque maquette.', 'Vos équipes pourraient valider chaque maquette.'] },
      { text: 'Votre direction ne doit pas intervenir dans les arbitrages techniques.', rewrites: ['Votre direction gagnerait à ne pas intervenir dans les arbitrages techniques.'] },
      { text: 'Votre équipe ne doit plus modifier la production directement.', rewrites: ['Votre équipe gagnerait à ne plus modifier la production directement.'] },
      { text: 'Vos équipes internes doivent impérativement être disponibles.', rewrites: ['Vos équipes internes gagneraient à être disponibles.'] },
    ],
    notFlagged: [
      'Vos équipes doivent-elles être formées avant la bascule ?',
      'Si votre équipe doit monter en compétence, nous proposons deux jours de formation.',
      'Vos équipes devront être formées à l’outil.',
      'Notre équipe doit livrer une première version fin avril.',
      'Vos utilisateurs doivent se reconnecter après trente minutes.',
    ],
  },
  rationale:
    "« Votre équipe doit » dicte aux équipes du client ce qu'elles ont à faire : c'est encore une obligation adressée au client. « Gagnerait à » garde l'action et en fait une piste. Un besoin constaté (« vos équipes devront être formées ») ou les obligations des utilisateurs finaux ne sont pas visés.",
};

// ---------------------------------------------------------------------------------------------------
// Forceful imperatives at the start of a sentence.

/** Polite, referencing or rhetorical imperatives: "Veuillez trouver", "Notez que", "Reportez-vous à". */
const COURTESY_VERBS = new Set([
  'vouloir', 'noter', 'remarquer', 'voir', 'consulter', 'reporter', 'référer', 'trouver', 'lire', 'retrouver',
  'découvrir', 'contacter', 'appeler', 'écrire', 'joindre', 'cliquer', 'visiter', 'rendre', 'savoir',
  'excuser', 'agréer', 'recevoir', 'permettre', 'laisser', 'imaginer', 'penser', 'rappeler', 'compter',
  'hésiter', 'inquiéter', 'dire', 'indiquer', 'tenir', 'informer', 'accepter', 'profiter', 'bénéficier',
  'demander', 'souscrire', 'commander', 'réserver', 'inscrire', 'cocher', 'renseigner', 'remplir',
  'suivre', 'télécharger', 'croire', 'être', 'avoir', 'prendre', 'considérer', 'regarder', 'observer',
  'comparer', 'constater', 'entendre', 'patienter', 'attendre', 'rassurer', 'figurer', 'retenir', 'sentir',
  'partager', 'parler', 'venir', 'aller', 'revenir', 'poser', 'envoyer', 'transmettre', 'fier', 'assurer',
  'échanger', 'discuter', 'préciser', 'réfléchir', 'saisir', 'explorer', 'vérifier',
]);

/** Imperatives that dismiss the client's choice outright; they read as orders even in a list. */
const FORCEFUL_VERBS = new Set([
  'abandonner', 'cesser', 'arrêter', 'supprimer', 'oublier', 'renoncer', 'stopper', 'bannir', 'proscrire',
  'interdire', 'éviter', 'jeter', 'quitter', 'fuir', 'éliminer', 'exclure', 'remplacer', 'changer', 'refuser',
  'rejeter', 'boycotter', 'débrancher', 'démanteler', 'sacrifier', 'lâcher', 'larguer', 'bazarder', 'virer',
  'liquider', 'délaisser', 'détruire', 'résilier', 'sortir', 'revoir', 'refaire', 'repenser', 'recommencer',
  'interrompre', 'geler', 'annuler', 'écarter', 'retirer', 'désinstaller', 'démonter', 'débarrasser', 'défaire',
]);

/** Words right after an imperative that make any verb an order: "Migrez immédiatement…". */
const URGENT_AFTER = new Set(['immédiatement', 'absolument', 'impérativement', 'obligatoirement', 'urgemment', 'systématiquement', 'vite', 'rapidement']);
const URGENT_PHRASES = ['sans attendre', 'sans tarder', 'tout de suite', 'au plus vite', "d' urgence", 'dès maintenant', "dès aujourd'hui", 'dès à présent', 'une bonne fois pour toutes', 'au plus tôt'];

function insists(m: MatchView): boolean {
  const next = m.after().filter(isWord).slice(0, 5).map((t) => t.norm);
  if (next.slice(0, 2).some((w) => URGENT_AFTER.has(w))) return true;
  const text = ` ${next.join(' ')} `;
  return URGENT_PHRASES.some((p) => text.includes(` ${p} `));
}

/** Negated imperatives that reassure or remind: "N'hésitez pas", "Ne vous inquiétez pas". */
const BENIGN_NEGATED = new Set(['hésiter', 'oublier', 'inquiéter', 'manquer', 'soucier', 'tracasser', 'affoler', 'paniquer', 'alarmer', 'préoccuper']);

/** Openers after which an imperative still starts the clause: "Donc, supprimez…", "Dès maintenant, arrêtez…". */
const IMPERATIVE_OPENERS = new Set([
  'donc', 'alors', 'surtout', 'enfin', 'ensuite', 'maintenant', 'désormais', 'dorénavant', 'bref', 'aussi', 'puis',
  'plutôt', 'simplement', 'vite', 'immédiatement', 'absolument',
]);

interface ImperativeParts {
  infinitive: string;
  clitics: string[];
}

/** Pronouns of an affirmative imperative, back in front of an infinitive: "Donnez-le-nous" → "nous le". */
const CLITIC_RANK: Readonly<Record<string, { form: string; rank: number }>> = {
  moi: { form: 'me', rank: 1 }, toi: { form: 'te', rank: 1 }, nous: { form: 'nous', rank: 1 }, vous: { form: 'vous', rank: 1 },
  le: { form: 'le', rank: 2 }, la: { form: 'la', rank: 2 }, les: { form: 'les', rank: 2 },
  lui: { form: 'lui', rank: 3 }, leur: { form: 'leur', rank: 3 }, y: { form: 'y', rank: 4 }, en: { form: 'en', rank: 5 },
};

function imperativeParts(m: MatchView): ImperativeParts | undefined {
  const verb = m.captureTokens('verb')[0];
  if (!verb) return undefined;
  const split = splitImperativeWithClitics(verb.norm);
  if (!split) return undefined;
  const infinitive = frenchInfinitiveOf(split.verb, ['imperative']);
  if (!infinitive) return undefined;
  const clitics = split.clitics
    .map((c) => CLITIC_RANK[c])
    .filter((c): c is { form: string; rank: number } => c !== undefined)
    .sort((a, b) => a.rank - b.rank)
    .map((c) => c.form);
  return { infinitive, clitics };
}

function imperativeAccepted(m: MatchView): boolean {
  const parts = imperativeParts(m);
  if (!parts) return false;
  const verb = m.captureTokens('verb')[0] as Token;
  const split = splitImperativeWithClitics(verb.norm);
  // "Contactez-nous", "Transmettez-nous les accès": a request for the client's help, not a dismissal.
  if (split?.clitics.some((c) => c === 'nous' || c === 'moi')) return false;
  const negated = !affirmative(m);
  if (negated && BENIGN_NEGATED.has(parts.infinitive)) return false;
  if (COURTESY_VERBS.has(parts.infinitive) && !FORCEFUL_VERBS.has(parts.infinitive)) return false;
  // A plain instruction ("Mettez à jour vos dépendances", "Prévoyez les charges") is a step of a
  // procedure: an order only when it dismisses the client's choice, forbids, or insists.
  const dismisses = FORCEFUL_VERBS.has(parts.infinitive);
  const inPlan = m.block.inList || m.block.kind !== 'paragraph';
  if (!dismisses && !insists(m) && (inPlan || !negated)) return false;
  const next = nextWords(m, 2);
  if (next[0] === 'par' && next[1] === 'exemple') return false;
  if (DURATION_VERBS.has(parts.infinitive) && next.length > 0 && QUANTITY.test(next[0] as string)) return false;
  // Something must follow: a bare "Arrêtez." is an exclamation.
  if (m.after().filter(isWord).length === 0 && parts.clitics.length === 0 && !negated) return false;
  // What precedes must be nothing, or an opener ("Donc, supprimez…"), or a purpose phrase ("Pour X, …").
  const before = m.before().filter(isWord);
  if (before.length === 0) return true;
  if (before.length <= 2 && before.every((t) => IMPERATIVE_OPENERS.has(t.norm) || ['dès', 'par', 'conséquent', "aujourd'hui"].includes(t.norm))) return true;
  const opener = before[0]?.norm;
  const comma = tokenBefore(m)?.text === ',';
  return comma && (opener === 'pour' || opener === 'afin' || opener === 'avant' || opener === 'dès');
}

/** "Oubliez X et passez à Y": a second order the single-span rewrite cannot reach. */
function hasCoordinatedImperative(m: MatchView): boolean {
  const after = m.after();
  for (let i = 0; i < after.length - 1; i++) {
    const t = after[i] as Token;
    if (!['et', 'puis', 'ou', ','].includes(t.norm)) continue;
    const next = after[i + 1] as Token;
    const split = splitImperativeWithClitics(next.norm);
    if (split && next.norm !== 'vous') return true;
  }
  return false;
}

function imperativeRewrite(m: MatchView, lead: string): string | undefined {
  const parts = imperativeParts(m);
  if (!parts || hasCoordinatedImperative(m)) return undefined;
  const neg = m.captureTokens('neg')[0];
  const before = m.captureTokens('cl').map((t) => t.text.toLowerCase());
  const clitics = [...before, ...parts.clitics];
  const negation = neg ? `ne ${neg.norm} ` : '';
  return `${lead} ${negation}${clitics.join(' ')}${clitics.length > 0 ? ' ' : ''}${parts.infinitive}`.replace(/\s+/g, ' ').trim();
}

export const imperatif: RuleDefinition = {
  id: 'imposition/imperatif',
  lang: 'fr',
  category: 'imposition',
  // An imperative opens its clause: the sentence, a clause after a comma, or a clause after an opener
  // ("Donc, supprimez…"). `accept` checks what comes before; anchoring here keeps the verb lookups rare.
  patterns: [
    "^ ne|n' {clitic*}@cl {imperative}@verb [surtout] pas|plus|jamais|rien@neg",
    '^ {imperative}@verb',
    ", << ne|n' {clitic*}@cl {imperative}@verb [surtout] pas|plus|jamais|rien@neg",
    ', << {imperative}@verb',
    `${[...IMPERATIVE_OPENERS].join('|')}|conséquent|aujourd'hui [,] << ne|n' {clitic*}@cl {imperative}@verb [surtout] pas|plus|jamais|rien@neg`,
    `${[...IMPERATIVE_OPENERS].join('|')}|conséquent|aujourd'hui [,] << {imperative}@verb`,
  ],
  message: '{phrase} donne un ordre au client : proposez plutôt une étape.',
  accept: imperativeAccepted,
  rewrites: [
    { stance: 'suggestion', template: (m) => imperativeRewrite(m, 'nous vous suggérons de') },
    { stance: 'softer', template: (m) => imperativeRewrite(m, 'vous pourriez'), when: affirmative },
    { stance: 'softer', template: (m) => imperativeRewrite(m, 'il serait préférable de'), when: (m) => !affirmative(m) },
    { stance: 'first-step', template: (m) => imperativeRewrite(m, 'dans un premier temps, vous pourriez'), when: affirmative },
    { stance: 'question', template: (m) => imperativeRewrite(m, 'pourquoi ne pas'), question: true, when: (m) => affirmative(m) && m.atSentenceStart },
  ],
  examples: {
    flagged: [
      {
        text: 'Supprimez les comptes administrateurs partagés.',
        rewrites: [
          'Nous vous suggérons de supprimer les comptes administrateurs partagés.',
          'Dans un premier temps, vous pourriez supprimer les comptes administrateurs partagés.',
          'Pourquoi ne pas supprimer les comptes administrateurs partagés ?',
          'Vous pourriez supprimer les comptes administrateurs partagés.',
        ],
      },
      { text: "Abandonnez le développement de l'application native.", rewrites: ["Nous vous suggérons d'abandonner le développement de l'application native."] },
      { text: "Cessez d'utiliser des tableurs pour suivre les stocks.", rewrites: ["Nous vous suggérons de cesser d'utiliser des tableurs pour suivre les stocks."] },
      {
        text: 'N’utilisez plus votre serveur FTP.',
        rewrites: ['Nous vous suggérons de ne plus utiliser votre serveur FTP.', 'Il serait préférable de ne plus utiliser votre serveur FTP.'],
      },
      { text: 'Faites-le immédiatement.', rewrites: ['Nous vous suggérons de le faire immédiatement.'] },
      { text: 'Migrez sans attendre vers PHP 8.', rewrites: ['Nous vous suggérons de migrer sans attendre vers PHP 8.'] },
      { text: 'Débarrassez-vous des serveurs physiques.', rewrites: ['Nous vous suggérons de vous débarrasser des serveurs physiques.'] },
      { text: 'Ne le publiez pas.', rewrites: ['Nous vous suggérons de ne pas le publier.'] },
      { text: 'Ne lancez surtout pas la campagne avant la recette.', rewrites: ['Nous vous suggérons de ne pas lancer la campagne avant la recette.'] },
      { text: 'Pour gagner du temps, renoncez aux développements spécifiques.', rewrites: ['Pour gagner du temps, nous vous suggérons de renoncer aux développements spécifiques.'] },
      { text: '- Abandonnez la solution actuelle.', rewrites: ["- Nous vous suggérons d'abandonner la solution actuelle."] },
    ],
    notFlagged: [
      "N'hésitez pas à nous contacter pour toute question.",
      'Veuillez trouver ci-joint notre proposition.',
      'Notez que les prix incluent une garantie de trois mois.',
      "Reportez-vous à l'annexe 2 pour le détail des coûts.",
      'Contactez-nous pour en discuter.',
      'Sachez que nous restons disponibles.',
      'Migrer la base de données vers PostgreSQL 16.',
      '- Installez les dépendances.',
      'Mettez à jour les versions de vos dépendances logicielles.',
      '- Ne stockez pas les sauvegardes sur le même serveur.',
      'Comptez deux jours pour la recette.',
      'Souhaitez-vous que nous prenions en charge l’hébergement ?',
      "N'oubliez pas que le site est une vitrine.",
    ],
  },
  rationale:
    "Un impératif en tête de phrase (« Supprimez… », « Abandonnez… ») ordonne au client de défaire ses propres choix. Tourné en suggestion, il garde l'action proposée et laisse la décision au client. Une consigne ordinaire (« Mettez à jour vos dépendances ») n'est un ordre que si elle interdit (« N'utilisez plus… ») ou insiste (« immédiatement », « sans attendre »). Les formules de politesse ou de renvoi (« Veuillez trouver », « Notez que », « N'hésitez pas »), les demandes d'aide (« Contactez-nous ») et les tâches d'un plan (infinitifs, impératifs d'une liste qui ne rejettent rien) ne sont pas visés.",
};

const endsWithQue = (m: MatchView): boolean => /^qu/.test(m.tokens[m.match.spanEnd - 1]?.norm ?? '');

/**
 * "… pas d'autre choix que de migrer / que la refonte / qu'abandonner": what follows "que" becomes the
 * object of "nous vous suggérons" ("de migrer", "la refonte", "d'abandonner").
 */
function recommendationBeforeWhatFollows(m: MatchView): string {
  const next = m.tokens[m.match.spanEnd];
  const elided = m.tokens[m.match.spanEnd - 1]?.norm === "qu'";
  if (next && next.norm !== 'de' && next.norm !== "d'" && isFrenchInfinitive(next.norm)) {
    return elided ? "nous vous suggérons d'" : 'nous vous suggérons de';
  }
  return elided ? 'nous vous suggérons ' : 'nous vous suggérons';
}

export const vousNavezPasLeChoix: RuleDefinition = {
  id: 'imposition/vous-n-avez-pas-le-choix',
  lang: 'fr',
  category: 'imposition',
  patterns: [
    "vous n' avez|aurez pas|guère|plus le choix",
    "vous n' avez|aurez pas|guère|plus d' autre choix|option|solution|alternative|issue que|qu'",
  ],
  message: '{phrase} ferme la décision du client : présentez plutôt votre recommandation.',
  rewrites: [
    { stance: 'suggestion', template: (m) => (endsWithQue(m) ? recommendationBeforeWhatFollows(m) : undefined) },
    { stance: 'softer', template: (m) => (endsWithQue(m) ? undefined : 'vos marges de manœuvre nous semblent limitées') },
  ],
  examples: {
    flagged: [
      { text: "Vous n'avez pas d'autre choix que de migrer.", rewrites: ['Nous vous suggérons de migrer.'] },
      { text: "Vous n'avez pas d'autre option que la refonte.", rewrites: ['Nous vous suggérons la refonte.'] },
      { text: "Vous n'avez pas d'autre choix qu'abandonner ce prestataire.", rewrites: ["Nous vous suggérons d'abandonner ce prestataire."] },
      { text: "Vous n'avez pas le choix : le support de la version 7 s'arrête en juin.", rewrites: ["Vos marges de manœuvre nous semblent limitées : le support de la version 7 s'arrête en juin."] },
    ],
    notFlagged: [
      "Avez-vous le choix de l'hébergeur ?",
      "Vous avez le choix entre deux formules.",
      "Nous n'avons pas d'autre choix que de décaler le lot 2.",
    ],
  },
  rationale:
    "« Vous n'avez pas le choix » retire au client la décision qui lui appartient. La recommandation, formulée comme telle, garde le fond sans fermer la discussion.",
};

/** Verbs after which "vous n'avez pas à" forbids rather than reassures ("vous n'avez pas à juger…"). */
const FORBIDDING_AFTER_NAVEZ_PAS_A = new Set([
  'juger', 'critiquer', 'contester', 'discuter', 'remettre', 'mêler', 'imposer', 'exiger', 'dicter', 'questionner',
  'négocier', 'intervenir', 'décider', 'choisir', 'modifier', 'toucher', 'commenter',
]);

/** Words that make "vous n'avez pas à …" a reassurance: "vous n'avez pas à vous en soucier". */
const REASSURING_AFTER = new Set(['soucier', 'inquiéter', 'préoccuper', 'occuper', 'charger', 'payer', 'installer', 'gérer', 'prévoir', 'fournir']);

export const vousNavezPasA: RuleDefinition = {
  id: 'imposition/vous-n-avez-pas-a',
  lang: 'fr',
  category: 'imposition',
  patterns: ["vous n' avez|aurez pas à >> {clitic*} {inf}@verb"],
  message: '{phrase} interdit au client de se prononcer : proposez plutôt une répartition des rôles.',
  accept: (m) => {
    const verb = m.after().filter(isWord).find((t) => !['le', 'la', 'les', "l'", 'vous', 'y', 'en', 'lui', 'leur', 'nous', 'se', "s'"].includes(t.norm));
    if (!verb || REASSURING_AFTER.has(verb.norm)) return false;
    // Reassurance names what the consultant takes over: "… à intervenir, nous nous en chargeons".
    if (m.tokens.some((t) => t.norm === 'chargeons' || t.norm === 'chargerons' || t.norm === 'occupons' || t.norm === 'occuperons')) return false;
    return FORBIDDING_AFTER_NAVEZ_PAS_A.has(verb.norm);
  },
  rewrites: [
    { stance: 'suggestion', template: 'nous vous suggérons de ne pas' },
    { stance: 'softer', template: 'il serait préférable de ne pas' },
  ],
  examples: {
    flagged: [
      {
        text: "Vous n'avez pas à juger nos choix techniques.",
        rewrites: ['Nous vous suggérons de ne pas juger nos choix techniques.', 'Il serait préférable de ne pas juger nos choix techniques.'],
      },
      { text: "Vous n'avez pas à intervenir dans l'organisation de l'équipe.", rewrites: ["Nous vous suggérons de ne pas intervenir dans l'organisation de l'équipe."] },
      { text: "Vous n'avez pas à remettre en cause le planning.", rewrites: ['Nous vous suggérons de ne pas remettre en cause le planning.'] },
    ],
    notFlagged: [
      "Vous n'avez pas à vous soucier de l'hébergement.",
      "Vous n'aurez rien à installer sur vos postes.",
      "Vous n'avez pas à intervenir sur le serveur : nous nous en chargeons.",
    ],
  },
  rationale:
    "« Vous n'avez pas à juger… » interdit au client de se prononcer sur son propre projet. Les rassurances (« vous n'avez pas à vous soucier de l'hébergement ») ne sont pas visées : seuls les verbes de jugement, de décision ou d'intervention le sont.",
};

/** "je vous demande de", "nous exigeons que": the consultant gives orders in the first person. */
export const nousExigeons: RuleDefinition = {
  id: 'imposition/nous-exigeons',
  lang: 'fr',
  category: 'imposition',
  patterns: [
    'nous exigeons|exigerons|imposons que|qu\' vous {clitic*}@cl {subj2pl}@verb',
    "j' exige que|qu' vous {clitic*}@cl {subj2pl}@verb",
    'nous exigeons|exigerons que|qu\'',
    "j' exige que|qu'",
    'nous exigeons|exigerons >> un|une|des|le|la|les|l\'|votre|vos|ce|cette|ces',
    "j' exige >> un|une|des|le|la|les|l'|votre|vos|ce|cette|ces",
    'je vous demande|ordonne >> de|d\'',
    'nous vous demandons|ordonnons|imposons [{intensifier}] >> de|d\'',
    'nous insistons pour que|qu\' vous {clitic*}@cl {subj2pl}@verb',
  ],
  message: '{phrase} donne un ordre au client : formulez plutôt une suggestion.',
  accept: (m) => {
    // "nous vous demandons de bien vouloir…" is the polite formula of a request.
    const next = nextWords(m, 3);
    return !(next[1] === 'bien' && next[2] === 'vouloir');
  },
  rewrites: [
    {
      stance: 'suggestion',
      template: (m) => {
        if (m.captureTokens('verb').length > 0) {
          const inf = frenchInfinitiveOf(m.capture('verb') ?? '');
          const cl = m.capture('cl');
          return inf ? `nous vous suggérons de ${cl ? `${cl.toLowerCase()} ` : ''}${inf}` : undefined;
        }
        const last = m.tokens[m.match.spanEnd - 1] as Token;
        if (last.norm === 'que' || last.norm === "qu'") return last.norm === 'que' ? 'nous suggérons que' : "nous suggérons qu'";
        const next = nextWords(m, 1)[0];
        if (next === 'de' || next === "d'") return 'nous vous suggérons';
        return 'nous souhaiterions';
      },
    },
    {
      stance: 'softer',
      template: (m) => {
        const next = nextWords(m, 1)[0];
        return next === 'de' || next === "d'" ? 'nous vous proposons' : undefined;
      },
    },
  ],
  examples: {
    flagged: [
      {
        text: 'Je vous demande de valider la maquette avant vendredi.',
        rewrites: ['Nous vous suggérons de valider la maquette avant vendredi.', 'Nous vous proposons de valider la maquette avant vendredi.'],
      },
      { text: 'Nous exigeons que vous fournissiez les accès.', rewrites: ['Nous vous suggérons de fournir les accès.'] },
      { text: 'Nous exigeons que le code soit testé.', rewrites: ['Nous suggérons que le code soit testé.'] },
      { text: 'Nous exigeons un accès au serveur de recette.', rewrites: ['Nous souhaiterions un accès au serveur de recette.'] },
      { text: "Nous vous demandons d'arrêter les mises en production du vendredi.", rewrites: ["Nous vous suggérons d'arrêter les mises en production du vendredi."] },
    ],
    notFlagged: [
      'Nous vous demandons de bien vouloir nous transmettre les accès.',
      'Nous vous prions de trouver ci-dessous le planning prévisionnel.',
      'Merci de nous indiquer vos disponibilités.',
      'Le cahier des charges exige que le code soit documenté.',
    ],
  },
  rationale:
    "« Je vous demande de », « nous exigeons que » placent le consultant en donneur d'ordres. La suggestion garde la demande et rend la décision au client. La formule de politesse « nous vous demandons de bien vouloir » n'est pas visée.",
};

export const FRENCH_IMPOSITION_RULES: readonly RuleDefinition[] = [
  vousDevez,
  ilFaut,
  ilFautQueVous,
  ilEstIndispensableQueVous,
  ilEstIndispensableDe,
  ilVousFaut,
  vousEtesTenusDe,
  vousEquipeDoit,
  imperatif,
  vousNavezPasLeChoix,
  vousNavezPasA,
  nousExigeons,
];
