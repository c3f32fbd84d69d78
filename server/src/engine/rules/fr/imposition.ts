// Imposition (French): obligations aimed at the client — "vous devez", "il faut", "il faut que vous".
import type { MatchView, RewriteSpec, RuleDefinition } from '../types.js';
import type { Token } from '../../sentences.js';

const affirmative = (m: MatchView): boolean => m.captureTokens('neg').length === 0;
const plain = (m: MatchView): boolean => affirmative(m) && m.captureTokens('conn').length === 0;
/** After "que", "nous vous suggérons" would stack two subjects: "pensons que nous vous suggérons". */
const notAfterQue = (m: MatchView): boolean => {
  const prev = m.tokens[m.match.spanStart - 1];
  return !prev || (prev.norm !== 'que' && prev.norm !== "qu'");
};

/** Infinitives that, followed by a quantity, say how long something takes: "il faut compter deux jours". */
const DURATION_VERBS = new Set(['compter', 'prévoir', 'attendre', 'patienter', 'tabler', 'miser']);
const QUANTITY = /^(\d+([.,]\d+)?|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|trente|quarante|cinquante|cent|mille|quelques|plusieurs|environ|entre|au|près)$/;

function isDurationEstimate(m: MatchView): boolean {
  const after = m.after().filter((t: Token) => t.kind !== 'punct');
  const verb = after[0];
  if (!verb || !DURATION_VERBS.has(verb.norm)) return false;
  const next = after[1];
  return next !== undefined && QUANTITY.test(next.norm);
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
    'vous ne devez|devrez pas|plus|jamais|rien@neg [{intensifier}] [{connective}]@conn [{intensifier}] >> {clitic*} {inf}',
    'vous devez|devrez [{intensifier}] [{connective}]@conn [{intensifier}] >> {clitic*} {inf}',
  ],
  message: '{phrase} impose une obligation au client : proposez plutôt une étape.',
  rewrites: SUGGESTION_REWRITES,
  examples: {
    flagged: [
      {
        text: 'Vous devez migrer vers le cloud.',
        rewrites: [
          'Nous vous suggérons de migrer vers le cloud.',
          'Vous pourriez migrer vers le cloud.',
          'Dans un premier temps, vous pourriez migrer vers le cloud.',
          'Pourquoi ne pas migrer vers le cloud ?',
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
    ],
    notFlagged: [
      'Devez-vous migrer cette année ?',
      'Si vous devez migrer, nous vous accompagnerons.',
      'Nous devons livrer le lot 1 en mars.',
      'Vous devez une réponse au comité avant vendredi ?',
      'Vous deviez livrer en mars, selon le planning initial.',
      'Le prestataire devra fournir un rapport mensuel.',
    ],
  },
  rationale:
    "« Vous devez » met le client en position d'exécutant. Dans une proposition, le client décide : la même idée, formulée comme une suggestion ou une première étape, garde le fond et laisse la décision au client.",
};

export const ilFaut: RuleDefinition = {
  id: 'imposition/il-faut',
  lang: 'fr',
  category: 'imposition',
  patterns: [
    'il ne faut|faudra pas|plus|jamais|rien@neg [{intensifier}] [{connective}]@conn [{intensifier}] >> {clitic*} {inf}',
    'il faut|faudra [{intensifier}] [{connective}]@conn [{intensifier}] >> {clitic*} {inf}',
  ],
  message: '{phrase} pose une obligation sans appel : proposez plutôt une étape.',
  accept: (m) => !isDurationEstimate(m),
  rewrites: SUGGESTION_REWRITES,
  examples: {
    flagged: [
      {
        text: 'Il faut refondre le site.',
        rewrites: ['Nous vous suggérons de refondre le site.', 'Vous pourriez refondre le site.'],
      },
      { text: 'Il ne faut pas négliger la sécurité.', rewrites: ['Nous vous suggérons de ne pas négliger la sécurité.'] },
      { text: 'Il faudra impérativement abandonner cet outil.', rewrites: ["Nous vous suggérons d'abandonner cet outil."] },
    ],
    notFlagged: [
      'Il faut compter deux jours pour la recette.',
      'Il faut prévoir environ trois semaines.',
      'Il faut deux jours pour installer le serveur.',
      'Faut-il migrer cette année ?',
      "S'il faut migrer, nous le ferons ensemble.",
    ],
  },
  rationale:
    "« Il faut » énonce une nécessité impersonnelle que le client n'a pas choisie. La suggestion garde l'action proposée et rend la décision au client.",
};

export const ilFautQueVous: RuleDefinition = {
  id: 'imposition/il-faut-que-vous',
  lang: 'fr',
  category: 'imposition',
  patterns: [
    "il faut|faudra [{intensifier}] que vous ne {clitic*}@cl {subj2pl}@verb pas|plus|jamais|rien@neg",
    "il faut|faudra [{intensifier}] que vous {clitic*}@cl {subj2pl}@verb",
  ],
  message: '{phrase} impose une obligation au client : proposez plutôt une étape.',
  rewrites: [
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
  ],
  examples: {
    flagged: [
      {
        text: 'Il faut que vous changiez de prestataire.',
        rewrites: ['Nous vous suggérons de changer de prestataire.', 'Vous pourriez changer de prestataire.'],
      },
      { text: 'Il faut que vous le fassiez vite.', rewrites: ['Nous vous suggérons de le faire vite.'] },
      { text: 'Il faudra que vous alliez plus loin.', rewrites: ["Nous vous suggérons d'aller plus loin."] },
    ],
    notFlagged: ['Faut-il que vous changiez de prestataire ?', 'Il faut que nous changions de méthode.'],
  },
  rationale:
    "« Il faut que vous » cumule l'obligation et l'adresse directe. La même action, proposée à l'infinitif après une suggestion, garde le fond.",
};

export const FRENCH_IMPOSITION_RULES: readonly RuleDefinition[] = [vousDevez, ilFaut, ilFautQueVous];
