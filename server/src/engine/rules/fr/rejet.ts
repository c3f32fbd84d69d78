// Rejet (French): flat judgements of the client's choices — "votre stratégie est mauvaise", "c'est une
// aberration", "cette approche ne marchera pas", "vous faites fausse route".
import type { MatchView, RuleDefinition } from '../types.js';
import type { Token } from '../../sentences.js';
import { isFrenchInfinitive } from '../../rewrite/fr-verbs.js';
import {
  beforeInfinitive,
  clauseBefore,
  conjugate,
  DEMONSTRATIVES,
  inConditionalClause,
  isWord,
  regularPhrase,
  subjectSide,
  type Tense,
  type ThirdPersonPhrase,
} from './grammar.js';
import { FAILURE_FINITE_FORMS, JUDGEMENT_ADJECTIVES, JUDGEMENT_NOUNS, TECHNICAL_NOUNS, type JudgementFamily } from './lexicon.js';

/** "c'est…", "ce serait…", "cela ne marchera pas": the pronoun stands for what was just proposed. */
const PRONOUN = "[c'|ce|cela|ça]@pro";
const BE = 'est|sont|serait|seraient|sera|seront';

/** Finite verbs a judgement comes with: number and tense, to conjugate the softer phrase alike. */
interface VerbInfo {
  plural: boolean;
  tense: Tense;
}

const VERB_INFO: ReadonlyMap<string, VerbInfo> = new Map(
  (
    [
      ['est', 'sont', 'serait', 'seraient', 'sera', 'seront'],
      ['a', 'ont', 'aurait', 'auraient', 'aura', 'auront'],
      ['tient', 'tiennent', 'tiendrait', 'tiendraient', 'tiendra', 'tiendront'],
      ['sert', 'servent', 'servirait', 'serviraient', 'servira', 'serviront'],
      ['mène', 'mènent', 'mènerait', 'mèneraient', 'mènera', 'mèneront'],
    ] as const
  ).flatMap(([sg, pl, cs, cp, fs, fp]): Array<[string, VerbInfo]> => [
    [sg, { plural: false, tense: 'present' as Tense }],
    [pl, { plural: true, tense: 'present' as Tense }],
    [cs, { plural: false, tense: 'conditional' as Tense }],
    [cp, { plural: true, tense: 'conditional' as Tense }],
    [fs, { plural: false, tense: 'future' as Tense }],
    [fp, { plural: true, tense: 'future' as Tense }],
  ]),
);

function spanTokens(m: MatchView): readonly Token[] {
  return m.tokens.slice(m.match.spanStart, m.match.spanEnd);
}

function verbOf(m: MatchView): { plural: boolean; tense: Tense } {
  for (const t of spanTokens(m)) {
    const info = VERB_INFO.get(t.norm);
    if (info) return info;
  }
  return { plural: false, tense: 'present' };
}

/** What the judgement says, which decides how to soften it. */
function familyOf(m: MatchView): JudgementFamily | undefined {
  const words = spanTokens(m).map((t) => t.norm);
  for (const w of words) {
    const f = JUDGEMENT_ADJECTIVES.get(w) ?? JUDGEMENT_NOUNS.get(w);
    if (f) return f;
  }
  if (words.includes('mal')) return 'quality';
  if (words.some((w) => /^vouée?s?$/.test(w))) return 'doomed';
  if (words.includes('perte') || words.includes('intérêt') || words.includes('rien') || words.includes('part')) return 'useless';
  if (words.some((w) => ['viable', 'viables', 'réaliste', 'réalistes', 'tenable', 'tenables'].includes(w))) return 'doomed';
  if (words.includes('importe') && words.includes('quoi')) return 'error';
  if (words.some((w) => ['mauvais', 'mauvaise', 'mauvaises', 'faux', 'fausse', 'sens', 'route', 'debout', 'sérieux', 'sérieuse', 'sérieuses', 'crédible', 'crédibles'].includes(w))) return 'error';
  return undefined;
}

/** Softer phrases per family, preferred first, in the number and tense of the original verb. */
const SOFTER: Readonly<Record<JudgementFamily, readonly ThirdPersonPhrase[]>> = {
  quality: [regularPhrase('sembler', 'nous', ' perfectible', ' perfectibles'), regularPhrase('présenter', '', ' des points à améliorer')],
  error: [regularPhrase('poser', 'nous', ' question'), regularPhrase('comporter', '', ' des risques')],
  doomed: [regularPhrase('comporter', '', ' des risques importants'), regularPhrase('sembler', 'nous', ' difficile à tenir', ' difficiles à tenir')],
  obsolete: [
    {
      singular: { present: 'gagnerait à évoluer', conditional: 'gagnerait à évoluer', future: 'gagnera à évoluer' },
      plural: { present: 'gagneraient à évoluer', conditional: 'gagneraient à évoluer', future: 'gagneront à évoluer' },
    },
    {
      singular: { present: 'appelle une modernisation', conditional: 'appellerait une modernisation', future: 'appellera une modernisation' },
      plural: { present: 'appellent une modernisation', conditional: 'appelleraient une modernisation', future: 'appelleront une modernisation' },
    },
  ],
  useless: [regularPhrase('sembler', 'nous', ' peu utile', ' peu utiles'), regularPhrase('sembler', 'nous', " d'un intérêt limité")],
};

/** "C'est une erreur de lancer…": the judgement is on an infinitive that follows. */
function judgesFollowingInfinitive(m: MatchView): boolean {
  const after = m.after();
  const de = after[0];
  const next = after
    .slice(1)
    .find((t) => !['ne', "n'", 'pas', 'le', 'la', 'les', "l'", 'y', 'en', 'se', "s'", 'vous', 'nous', 'lui', 'leur', 'tout', 'bien', 'trop', 'encore', 'toujours', 'déjà', 'vraiment'].includes(t.norm));
  return de !== undefined && (de.norm === 'de' || de.norm === "d'") && next !== undefined && isFrenchInfinitive(next.norm);
}

/** Words that may follow a judgement without qualifying it: the softer phrase reads on into them. */
const NEUTRAL_FOLLOWERS = new Set([
  'de', "d'", 'pour', 'car', 'et', 'mais', 'si', "s'", 'dans', 'en', 'à', 'qui', 'que', "qu'", 'parce', 'puisque', 'sur',
  'avec', 'selon', 'sans', 'depuis', "aujourd'hui", 'actuellement', 'ou', 'ni', 'donc', 'alors',
  'tant', 'aussi', 'également', 'notamment', 'surtout', 'du', 'des', 'au', 'aux', 'face', 'vis-à-vis',
]);

function judgementRewrite(m: MatchView, choice: 0 | 1): string | undefined {
  const family = familyOf(m);
  if (!family) return undefined;
  // "… une erreur stratégique": an adjective we do not know would dangle after the softer phrase.
  const next = m.tokens[m.match.spanEnd];
  if (next && next.kind === 'word' && !NEUTRAL_FOLLOWERS.has(next.norm)) return undefined;
  const { plural, tense } = verbOf(m);
  if (m.captureTokens('pro').length > 0) {
    if (judgesFollowingInfinitive(m)) {
      if (choice === 1) return 'il vaudrait mieux éviter';
      return `il ${conjugate(regularPhrase('sembler', 'nous', ' risqué'), false, tense)}`;
    }
    const phrase = SOFTER[family][choice];
    return phrase ? `cela ${conjugate(phrase, false, tense)}` : undefined;
  }
  // "La refonte est une erreur de débutant de …" and similar stacked complements: leave them alone.
  const phrase = SOFTER[family][choice];
  return phrase ? conjugate(phrase, plural, tense) : undefined;
}

/** "une erreur de saisie", "une erreur de notre part": a slip, not a judgement of the client's choice. */
const JUDGING_ERROR_COMPLEMENTS = new Set(['débutant', 'jugement', 'stratégie', 'casting', 'appréciation', 'conception', 'aiguillage']);

function isFactualError(m: MatchView): boolean {
  const span = spanTokens(m);
  const last = span[span.length - 1];
  if (!last || !/^(erreurs?|fautes?)$/.test(last.norm)) return false;
  const after = m.after();
  // "c'est une erreur fréquente": a pattern described, not a verdict on the client.
  if (['fréquente', 'fréquentes', 'courante', 'courantes', 'répandue', 'répandues'].includes(after[0]?.norm ?? '')) return true;
  if (after[0]?.norm !== 'de' && after[0]?.norm !== "d'") return false;
  const next = after[1];
  if (!next) return false;
  if (isFrenchInfinitive(next.norm) || ['ne', "n'"].includes(next.norm)) return false;
  return !JUDGING_ERROR_COMPLEMENTS.has(next.norm);
}

/** "La version 5.6 de PHP est obsolète": a fact about an artefact, not a judgement of the client. */
function isTechnicalFact(m: MatchView): boolean {
  if (familyOf(m) !== 'obsolete') return false;
  const subject = clauseBefore(m).filter(isWord);
  return subject.some((t) => TECHNICAL_NOUNS.has(t.norm) || /\d/.test(t.norm));
}

function judgementAccepted(m: MatchView): boolean {
  if (!familyOf(m) || isFactualError(m) || isTechnicalFact(m) || inConditionalClause(m)) return false;
  if (m.captureTokens('pro').length > 0) return true;
  const side = subjectSide(m);
  if (side === 'client') return true;
  // "Ce découpage n'a aucun sens": a demonstrative points at what is being discussed; a verdict of
  // absurdity or failure on it is a rejection whatever the noun. Plain quality words are not.
  const family = familyOf(m);
  const first = clauseBefore(m).filter(isWord)[0];
  if (side !== 'other' || family === 'quality' || family === 'obsolete' || first === undefined) return false;
  if (DEMONSTRATIVES.has(first.norm)) return true;
  // "Continuer avec ce prestataire serait une folie": a course of action, judged absurd or doomed. Not
  // "Supprimer le code qui ne sert à rien": there the judgement is on the relative's noun, a task.
  const clause = clauseBefore(m).filter(isWord);
  const relative = clause.some((t) => ['qui', 'que', "qu'", 'dont', 'où'].includes(t.norm));
  return !relative && first === m.tokens.find(isWord) && isFrenchInfinitive(first.norm);
}

export const jugement: RuleDefinition = {
  id: 'rejet/jugement',
  lang: 'fr',
  category: 'rejet',
  patterns: [
    `${PRONOUN} ${BE}@verb [{judgementAdv}] [{judgementAdv}] {judgementAdj}@pred`,
    `${PRONOUN} ${BE}@verb [{judgementAdv}] [{judgementAdv}] mal {badlyParticiple}@pred`,
    `${PRONOUN} ${BE}@verb [{judgementAdv}] [{judgementAdv}] voué|vouée|voués|vouées à l' échec`,
    `${PRONOUN} ${BE}@verb [{judgementAdv}] un|une|des [{judgementAdv}] [{severityAdj}] {judgementNoun}@pred [{severityAdj}]`,
    `${PRONOUN} ${BE}@verb [{judgementAdv}] un|une|des [{judgementAdv}] [{severityAdj}] mauvais|mauvaise|mauvaises|faux|fausse|fausses [bonne|bonnes] {choiceNoun}@pred`,
    `${PRONOUN} ${BE}@verb [{judgementAdv}] une [{severityAdj}] perte de|d' temps|argent|énergie|ressources`,
    `${PRONOUN} n' a|ont|aurait|auraient|aura|auront aucun|pas|guère [de|d'] sens|intérêt`,
    `${PRONOUN} ne tient|tiennent|tiendrait|tiendraient|tiendra|tiendront pas|guère|jamais la route`,
    `${PRONOUN} ne tient|tiennent|tiendrait|tiendraient|tiendra|tiendront pas|guère|jamais debout`,
    `${PRONOUN} ne sert|servent|servirait|serviraient|servira|serviront à rien`,
    `${PRONOUN} ne mène|mènent|mènerait|mèneraient|mènera|mèneront à rien`,
    `${PRONOUN} ne mène|mènent|mènerait|mèneraient|mènera|mèneront nulle part`,
    `${PRONOUN} est|serait [vraiment|franchement|du] n' importe quoi`,
    `${PRONOUN} n' est|sont|serait|seraient|sera|seront pas viable|viables|réaliste|réalistes|tenable|tenables|sérieux|sérieuse|sérieuses|crédible|crédibles`,
  ],
  message: '{phrase} juge sans appel un choix du client : reconnaissez son objectif, puis proposez une autre piste.',
  // The condition guard is done by `inConditionalClause`, which knows that "et c'est une erreur" starts afresh.
  allow: ['condition'],
  accept: judgementAccepted,
  rewrites: [
    { stance: 'softer', template: (m) => judgementRewrite(m, 0) },
    { stance: 'softer', template: (m) => judgementRewrite(m, 1) },
  ],
  examples: {
    flagged: [
      {
        text: 'Votre stratégie de migration est mauvaise.',
        rewrites: ['Votre stratégie de migration nous semble perfectible.', 'Votre stratégie de migration présente des points à améliorer.'],
      },
      {
        text: 'Conserver votre ERP actuel serait une aberration.',
        rewrites: ['Conserver votre ERP actuel nous poserait question.', 'Conserver votre ERP actuel comporterait des risques.'],
      },
      {
        text: 'Votre organisation en silos est dépassée.',
        rewrites: ['Votre organisation en silos gagnerait à évoluer.', 'Votre organisation en silos appelle une modernisation.'],
      },
      {
        text: 'Vos processus de validation sont complètement inadaptés.',
        rewrites: ['Vos processus de validation nous semblent perfectibles.', 'Vos processus de validation présentent des points à améliorer.'],
      },
      {
        text: "C'est une très mauvaise idée de lancer l'application sans phase pilote.",
        rewrites: [
          "Il nous semble risqué de lancer l'application sans phase pilote.",
          "Il vaudrait mieux éviter de lancer l'application sans phase pilote.",
        ],
      },
      {
        text: 'Votre plan de déploiement est voué à l’échec.',
        rewrites: ['Votre plan de déploiement comporte des risques importants.', 'Votre plan de déploiement nous semble difficile à tenir.'],
      },
      { text: 'Votre méthode de chiffrage n’a aucun sens.', rewrites: ['Votre méthode de chiffrage nous pose question.'] },
      { text: 'Votre cahier des charges est mal conçu.', rewrites: ['Votre cahier des charges nous semble perfectible.'] },
      { text: 'Le choix de WordPress pour votre intranet est une erreur.', rewrites: ['Le choix de WordPress pour votre intranet nous pose question.'] },
      { text: 'Nous le verrons plus loin, et c’est une belle erreur.', rewrites: ['Nous le verrons plus loin, et cela nous pose question.'] },
      {
        text: 'On ne pense qu’au développement lorsque l’on chiffre un site et c’est une erreur.',
        rewrites: ['On ne pense qu’au développement lorsque l’on chiffre un site et cela nous pose question.'],
      },
      { text: 'Cette approche est une perte de temps.', rewrites: ['Cette approche nous semble peu utile.'] },
      { text: "C'est une aberration de tout héberger en interne.", rewrites: ['Il nous semble risqué de tout héberger en interne.'] },
      { text: 'Ce découpage en lots n’a aucun sens.', rewrites: ['Ce découpage en lots nous pose question.'] },
      { text: 'Continuer avec ce prestataire serait une folie.', rewrites: ['Continuer avec ce prestataire nous poserait question.'] },
      { text: "Le choix d'un CMS propriétaire serait une erreur stratégique.", rewrites: ["Le choix d'un CMS propriétaire nous poserait question."] },
      { text: "C'est n'importe quoi.", rewrites: ['Cela nous pose question.'] },
      { text: 'Votre code est illisible.', rewrites: ['Votre code nous semble perfectible.'] },
    ],
    notFlagged: [
      'La version 5.6 de PHP est obsolète depuis 2019.',
      'Votre version de Drupal est obsolète.',
      "Ce n'est pas une mauvaise idée.",
      'Notre première estimation était une erreur.',
      "L'erreur 500 observée sur la page panier vient d'un délai trop court.",
      "C'est une erreur de saisie dans le bon de commande.",
      "C'est une erreur fréquente que nous aidons à éviter.",
      'Le temps de réponse est mauvais sur mobile.',
      'Ce module est mauvais en accessibilité.',
      'Supprimer le code qui ne sert à rien.',
      'Est-ce une mauvaise idée de lancer la V1 en juin ?',
      'Si votre planning est irréaliste, nous le dirons dès le cadrage.',
    ],
  },
  rationale:
    "Un jugement sans appel (« mauvaise », « aberration », « obsolète », « n'a aucun sens ») sur une stratégie, une idée ou une organisation du client le met sur la défensive. La réécriture reconnaît qu'il y a matière à discussion sans condamner : « nous semble perfectible », « nous pose question », « gagnerait à évoluer ». Seuls les jugements portés sur le client ou ses choix (« votre… », « cette approche », « c'est… ») sont visés : un constat technique (« la version 5.6 de PHP est obsolète »), une autocritique ou une erreur de saisie ne le sont pas.",
};

/** "Votre architecture obsolète": the same judgement as an attribute of the client's thing. */
export const obsolete: RuleDefinition = {
  id: 'rejet/obsolete',
  lang: 'fr',
  category: 'rejet',
  patterns: [
    'votre|vos {word} << obsolète|obsolètes|dépassé|dépassée|dépassés|dépassées|archaïque|archaïques|vétuste|vétustes|ringard|ringarde|ringards|ringardes',
  ],
  message: '{phrase} disqualifie ce que le client a en place : décrivez plutôt ce qui pourrait évoluer.',
  accept: (m) => {
    const noun = m.tokens[m.match.spanStart - 1];
    return noun !== undefined && !TECHNICAL_NOUNS.has(noun.norm) && !/\d/.test(noun.norm);
  },
  rewrites: [{ stance: 'softer', template: 'en place' }],
  examples: {
    flagged: [
      { text: 'Nous proposons de remplacer votre architecture obsolète.', rewrites: ['Nous proposons de remplacer votre architecture en place.'] },
      { text: 'Vos processus archaïques freinent les équipes.', rewrites: ['Vos processus en place freinent les équipes.'] },
      { text: 'La migration de votre organisation dépassée prendra du temps.', rewrites: ['La migration de votre organisation en place prendra du temps.'] },
    ],
    notFlagged: [
      'Votre serveur obsolète sera remplacé pendant le lot 1.',
      'Certaines dépendances obsolètes seront mises à jour.',
      'Nos outils obsolètes ont été retirés.',
    ],
  },
  rationale:
    "« Votre architecture obsolète » disqualifie en passant ce que le client a construit. « En place » décrit la même chose sans la juger ; la suite de la proposition dit ce qui pourrait évoluer. Un logiciel ou un serveur obsolète est un constat technique et reste silencieux.",
};

// ---------------------------------------------------------------------------------------------------

/** "…ne fonctionnera pas sans VPN", "…ne marchera pas tant que…": a prerequisite, not a verdict. */
const PREREQUISITE_WORDS = new Set(['sans', 'si', "s'", 'tant', 'avant', 'que', "qu'", 'sauf', 'à', 'en', 'hors', 'faute', 'tel', 'telle', 'ainsi', 'comme', 'correctement', 'bien']);

function failureInfo(m: MatchView): { infinitive: string; plural: boolean; conditional: boolean } | undefined {
  for (const t of spanTokens(m)) {
    const finite = FAILURE_FINITE_FORMS.get(t.norm);
    if (finite) return finite;
  }
  const words = spanTokens(m).map((t) => t.norm);
  const plural = words.some((w) => ['peuvent', 'pourront', 'pourraient', 'ont', 'auront', 'auraient', 'courent', 'vont', 'foncent'].includes(w));
  const conditional = words.some((w) => ['pourrait', 'pourraient', 'aurait', 'auraient'].includes(w));
  const infinitive = m.captureTokens('inf')[0]?.norm;
  return { infinitive: infinitive ?? '', plural, conditional };
}

function failureRewrite(m: MatchView, choice: 0 | 1): string | undefined {
  const info = failureInfo(m);
  if (!info) return undefined;
  const pro = m.captureTokens('pro')[0];
  const lead = pro ? `${pro.text.toLowerCase()} ` : '';
  const outcome = info.infinitive ? `ne pas ${info.infinitive}` : 'rencontrer des difficultés';
  if (choice === 0) {
    const risk = info.conditional ? (info.plural ? 'risqueraient' : 'risquerait') : info.plural ? 'risquent' : 'risque';
    return `${lead}${risk} de ${outcome}`;
  }
  return `${lead}${info.plural ? 'pourraient' : 'pourrait'} ${outcome}`;
}

export const neMarcheraPas: RuleDefinition = {
  id: 'rejet/ne-marchera-pas',
  lang: 'fr',
  category: 'rejet',
  patterns: [
    `${PRONOUN} ne|n' {failVerb} pas|jamais|guère`,
    `${PRONOUN} ne|n' peut|peuvent|pourra|pourront|pourrait|pourraient pas|jamais {failInf}@inf`,
    `${PRONOUN} n' a|ont|aura|auront|aurait|auraient aucune chance de|d' {failInf}@inf`,
    `${PRONOUN} court|courent|va|vont|fonce|foncent [tout] droit dans le mur`,
    `${PRONOUN} court|courent|va|vont [tout] droit à l' échec`,
  ],
  message: '{phrase} condamne d’avance le projet du client : nommez plutôt le risque et ce qui le réduirait.',
  accept: (m) => {
    const next = m.after().find(isWord);
    if (next && PREREQUISITE_WORDS.has(next.norm)) return false;
    return m.captureTokens('pro').length > 0 || subjectSide(m) === 'client';
  },
  rewrites: [
    { stance: 'softer', template: (m) => failureRewrite(m, 0) },
    { stance: 'softer', template: (m) => failureRewrite(m, 1) },
  ],
  examples: {
    flagged: [
      {
        text: 'Cette approche ne marchera pas.',
        rewrites: ['Cette approche risque de ne pas marcher.', 'Cette approche pourrait ne pas marcher.'],
      },
      {
        text: 'Votre projet, tel qu’il est cadré, ne fonctionnera jamais.',
        rewrites: ['Votre projet, tel qu’il est cadré, risque de ne pas fonctionner.', 'Votre projet, tel qu’il est cadré, pourrait ne pas fonctionner.'],
      },
      {
        text: 'Si la seule motivation est le prix, ça ne fonctionnera pas.',
        rewrites: ['Si la seule motivation est le prix, ça risque de ne pas fonctionner.'],
      },
      { text: 'Vos projets pilotes ne pourront pas aboutir.', rewrites: ['Vos projets pilotes risquent de ne pas aboutir.'] },
      { text: 'Votre plan va droit dans le mur.', rewrites: ['Votre plan risque de rencontrer des difficultés.'] },
    ],
    notFlagged: [
      "Si le serveur tombe, l'envoi des factures ne marchera pas : nous proposons une file d'attente.",
      'Le script de sauvegarde ne fonctionne plus depuis la mise à jour.',
      'Cela ne fonctionnera pas sans une connexion VPN.',
      'Votre site ne fonctionnera pas correctement sous Internet Explorer.',
      'Cette approche marchera-t-elle ?',
    ],
  },
  rationale:
    "Prédire l'échec (« ne marchera pas », « va droit dans le mur ») ferme la discussion avant qu'elle ait lieu. Nommer le risque (« risque de ne pas fonctionner ») garde le fond de l'alerte et ouvre la recherche d'une parade. Un prérequis technique (« ne fonctionnera pas sans VPN ») ou une panne décrite ne sont pas visés.",
};

export const vousVousTrompez: RuleDefinition = {
  id: 'rejet/vous-vous-trompez',
  lang: 'fr',
  category: 'rejet',
  patterns: [
    'vous vous trompez|trompiez',
    'vous vous êtes trompés|trompé|trompée|trompées',
    'vous faites|faisiez fausse route',
    'vous avez|aviez tort',
    "vous avez|aviez tort de|d'",
    'vous faites|commettez|faisiez une [{severityAdj}] erreur [{severityAdj}]',
    'vous avez|aviez fait|commis une [{severityAdj}] erreur [{severityAdj}]',
    "vous êtes dans l' erreur",
    'vous faites erreur',
    "vous faites n' importe quoi",
  ],
  message: '{phrase} donne tort au client : exposez plutôt votre lecture et ses raisons.',
  rewrites: [
    {
      stance: 'softer',
      template: (m) => {
        const last = spanTokens(m)[spanTokens(m).length - 1] as Token;
        if (last.norm === 'de' || last.norm === "d'") return beforeInfinitive(m, 'il nous semble risqué', true);
        const next = m.tokens[m.match.spanEnd];
        if (!next || next.kind === 'punct') return 'nous voyons les choses un peu différemment';
        if (['sur', 'quant', 'concernant', 'avec', 'dans', 'pour'].includes(next.norm)) return 'nous voyons les choses un peu différemment';
        return undefined;
      },
    },
    {
      stance: 'softer',
      template: (m) => {
        const last = spanTokens(m)[spanTokens(m).length - 1] as Token;
        if (last.norm === 'de' || last.norm === "d'") return beforeInfinitive(m, 'il vaudrait mieux éviter', true);
        const next = m.tokens[m.match.spanEnd];
        if (!next || next.kind === 'punct') return 'notre lecture est un peu différente';
        return undefined;
      },
    },
  ],
  examples: {
    flagged: [
      {
        text: 'Vous vous trompez : le trafic mobile dépasse déjà le trafic fixe.',
        rewrites: [
          'Nous voyons les choses un peu différemment : le trafic mobile dépasse déjà le trafic fixe.',
          'Notre lecture est un peu différente : le trafic mobile dépasse déjà le trafic fixe.',
        ],
      },
      {
        text: 'Vous avez tort de vouloir tout développer en interne.',
        rewrites: ['Il nous semble risqué de vouloir tout développer en interne.', 'Il vaudrait mieux éviter de vouloir tout développer en interne.'],
      },
      { text: 'Sur ce point, vous faites fausse route.', rewrites: ['Sur ce point, nous voyons les choses un peu différemment.'] },
      { text: 'Vous faites une grave erreur sur les délais.', rewrites: ['Nous voyons les choses un peu différemment sur les délais.'] },
      { text: 'Vous faites fausse route avec cette architecture.', rewrites: ['Nous voyons les choses un peu différemment avec cette architecture.'] },
    ],
    notFlagged: [
      'Si vous vous trompez de formulaire, le support vous répondra.',
      'Avez-vous eu tort de changer de prestataire ?',
      'Vous avez raison de vouloir sécuriser la date de mise en ligne.',
    ],
  },
  rationale:
    "Dire au client qu'il se trompe en fait un adversaire. Présenter sa propre lecture (« nous voyons les choses un peu différemment ») garde le désaccord et ses arguments, sans disqualifier l'interlocuteur.",
};

export const FRENCH_REJET_RULES: readonly RuleDefinition[] = [jugement, obsolete, neMarcheraPas, vousVousTrompez];
