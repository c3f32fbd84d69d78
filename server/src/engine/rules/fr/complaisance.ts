// Complaisance (French): the yes-man — "tout ce que vous souhaitez", "sans aucune réserve", "aucun
// problème", "tout est possible", "à 100 %", "quoi qu'il arrive", "vous avez entièrement raison".
import type { MatchView, RuleDefinition } from '../types.js';
import type { Token } from '../../sentences.js';
import { isFrenchInfinitive } from '../../rewrite/fr-verbs.js';
import { clauseBefore, isWord, subjectSide } from './grammar.js';

function spanTokens(m: MatchView): readonly Token[] {
  return m.tokens.slice(m.match.spanStart, m.match.spanEnd);
}

const spanWords = (m: MatchView): string[] => spanTokens(m).filter(isWord).map((t) => t.norm);

const WISH_VERBS =
  'souhaitez|souhaiterez|souhaiteriez|voulez|voudrez|voudriez|désirez|désirerez|demandez|demanderez|demanderiez|imaginez|exigez|exigerez';

/** "Vous pourrez publier tout ce que vous souhaitez": the client's freedom, not a promise. */
function clientIsSubject(m: MatchView): boolean {
  const first = clauseBefore(m).filter(isWord)[0]?.norm;
  return first === 'vous';
}

export const toutCeQueVousVoulez: RuleDefinition = {
  id: 'complaisance/tout-ce-que-vous-voulez',
  lang: 'fr',
  category: 'complaisance',
  patterns: [
    `tout ce que|qu' vous ${WISH_VERBS}@verb`,
    'tout ce dont vous rêvez|rêverez',
    `toutes|tous les {word}@noun que|qu' vous ${WISH_VERBS}`,
    `autant de|d' {word}@noun que|qu' vous le ${WISH_VERBS}`,
    'la moindre de vos envies|demandes|exigences|attentes|idées|remarques|volontés',
    'à << toutes vos demandes|envies|exigences|attentes|idées|volontés|requêtes',
    'dirons|disons|dirai|dis oui à',
    'nous nous adapterons|adaptons à << tout',
    'toutes|tous vos demandes|exigences|idées|envies|attentes|remarques|souhaits|besoins|choix seront|sont acceptées|acceptés|satisfaites|satisfaits|honorées|honorés|validées|validés',
    "aucune demande|exigence|modification ne sera|serait refusée",
    'nous sommes prêts à tout',
  ],
  message: '{phrase} promet tout sans condition : acceptez l’objectif, puis cadrez ce qui est réalisable.',
  accept: (m) => {
    if (clientIsSubject(m)) return false;
    // "tout ce que vous voulez savoir sur…": a heading's promise of information, not of work.
    const next = m.tokens[m.match.spanEnd];
    if (next && isFrenchInfinitive(next.norm)) return false;
    // "à tout" must end the clause: "nous nous adaptons à tout moment" is another thing.
    if (spanWords(m).join(' ') === 'tout') return !next || next.kind === 'punct';
    return true;
  },
  rewrites: [
    {
      stance: 'softer',
      template: (m) => {
        const words = spanWords(m);
        if (words[0] === 'tout' && words[1] === 'ce') return `l'essentiel de ${spanTokens(m).slice(1).map((t) => t.text).join(' ').replace(/' /g, "'").toLowerCase()}`;
        if ((words[0] === 'toutes' || words[0] === 'tous') && words[1] === 'vos' && words.length > 3) {
          // "Toutes vos demandes seront acceptées" → "Chacune de vos demandes sera étudiée".
          const noun = words[2] as string;
          const feminine = words[0] === 'toutes';
          const future = words[3] === 'seront';
          return `${feminine ? 'chacune' : 'chacun'} de vos ${noun} ${future ? 'sera' : 'est'} ${feminine ? 'étudiée' : 'étudié'}`;
        }
        if (words[0] === 'aucune') return `chaque ${words[1] as string} ${words.includes('serait') ? 'serait' : 'sera'} étudiée`;
        if (words[0] === 'nous' && words.includes('prêts')) return 'nous sommes prêts à étudier chaque demande';
        if (words[0] === 'toutes' || words[0] === 'tous') {
          if (words[1] === 'vos') return `vos ${words[2] ?? 'demandes'} prioritaires`;
          return `les ${m.capture('noun')?.toLowerCase() ?? ''} dont nous conviendrons ensemble`;
        }
        if (words[0] === 'autant') return `le nombre de ${m.capture('noun')?.toLowerCase() ?? ''} convenu ensemble`;
        if (words[0] === 'la') return `vos principales ${words[words.length - 1] as string}`;
        if (words.includes('oui')) return { dirons: 'étudierons', disons: 'étudions', dirai: 'étudierai', dis: 'étudie' }[words[0] as 'dirons'];
        if (words[0] === 'tout') return 'la plupart des situations';
        return undefined;
      },
    },
    {
      stance: 'softer',
      template: (m) => {
        const words = spanWords(m);
        if (words[0] === 'tout' && words[1] === 'ce') {
          return `ce qui est réalisable parmi ${spanTokens(m).slice(1).map((t) => t.text).join(' ').replace(/' /g, "'").toLowerCase()}`;
        }
        return undefined;
      },
    },
  ],
  examples: {
    flagged: [
      {
        text: 'Nous ferons tout ce que vous souhaitez.',
        rewrites: ["Nous ferons l'essentiel de ce que vous souhaitez.", 'Nous ferons ce qui est réalisable parmi ce que vous souhaitez.'],
      },
      { text: 'Toutes les modifications que vous voudrez seront intégrées sans frais.', rewrites: ['Les modifications dont nous conviendrons ensemble seront intégrées sans frais.'] },
      { text: 'Nous nous engageons à satisfaire la moindre de vos envies.', rewrites: ['Nous nous engageons à satisfaire vos principales envies.'] },
      { text: 'Nous dirons oui à chacune de vos demandes.', rewrites: ['Nous étudierons chacune de vos demandes.'] },
      { text: 'Nous intégrerons autant de révisions que vous le souhaitez.', rewrites: ['Nous intégrerons le nombre de révisions convenu ensemble.'] },
      { text: 'Nous nous adapterons à toutes vos demandes.', rewrites: ['Nous nous adapterons à vos demandes prioritaires.'] },
      { text: 'Toutes vos demandes seront acceptées.', rewrites: ['Chacune de vos demandes sera étudiée.'] },
      { text: 'Aucune demande ne sera refusée.', rewrites: ['Chaque demande sera étudiée.'] },
    ],
    notFlagged: [
      'Tout ce que vous nous transmettrez restera confidentiel.',
      'Vous pourrez publier tout ce que vous souhaitez depuis l’interface.',
      'Toutes les modifications demandées pendant la recette seront chiffrées.',
      'Nous nous adapterons à vos contraintes de calendrier dans la mesure du possible.',
      'Tout ce que vous voulez savoir sur la maintenance.',
    ],
  },
  rationale:
    "Promettre « tout ce que vous souhaitez » engage au-delà de ce qui est tenable et vide l'accord de sa valeur. Accepter l'objectif et cadrer ce qui sera réalisé (« l'essentiel », « dont nous conviendrons ensemble ») tient la promesse. La liberté laissée au client (« vous pourrez publier tout ce que vous souhaitez ») n'est pas visée.",
};

/** Verbs of agreement after which "sans réserve" means "no questions asked". */
const AGREEMENT_WORDS = new Set([
  'acceptons', 'accepterons', 'accepte', 'accepterai', 'validons', 'validerons', 'approuvons', 'approuverons', 'adhérons',
  'adhérerons', 'souscrivons', 'suivrons', 'suivons', 'appliquerons', 'appliquons', 'partageons', 'soutenons',
  'soutiendrons', 'exécuterons', 'exécutons', 'accepter', 'valider', 'approuver', 'adhérer', 'suivre', 'appliquer',
  'intégrerons', 'intégrons', 'réaliserons', 'ferons', 'mettrons', 'respecterons',
]);

export const sansReserve: RuleDefinition = {
  id: 'complaisance/sans-reserve',
  lang: 'fr',
  category: 'complaisance',
  patterns: [
    'sans aucune réserve|restriction|condition|limite|discussion',
    'sans la moindre réserve|restriction|condition|limite|discussion',
    'sans réserve|restriction|condition|conditions|limite|limites',
    'les yeux fermés',
    'sans discuter|broncher|sourciller|rechigner',
    'à la lettre',
  ],
  message: '{phrase} accepte tout sans examen : dites plutôt à quelles conditions vous vous engagez.',
  accept: (m) => {
    const words = spanWords(m);
    const clause = clauseBefore(m);
    const agreement = clause.some((t) => AGREEMENT_WORDS.has(t.norm));
    // "réception prononcée sans réserve", "avec ou sans réserves": the contract's own vocabulary.
    if (clause.some((t) => ['réception', 'prononcée', 'prononcé', 'levée', 'ou', 'pv', 'procès-verbal'].includes(t.norm))) return false;
    if (words.length === 2 && words[0] === 'sans') {
      if (['discuter', 'broncher', 'sourciller', 'rechigner'].includes(words[1] as string)) return subjectSide(m) !== 'other';
      return agreement;
    }
    if (words[0] === 'à') return agreement;
    return true;
  },
  rewrites: [
    {
      stance: 'softer',
      template: (m) => {
        const words = spanWords(m);
        if (words.includes('fermés')) return 'après examen';
        if (words.includes('lettre')) return 'avec attention';
        if (words.some((w) => ['discuter', 'broncher', 'sourciller', 'rechigner', 'discussion'].includes(w))) return 'après échange';
        if (words.some((w) => w.startsWith('limite'))) return 'dans les limites convenues';
        return 'sous réserve de faisabilité';
      },
    },
    {
      stance: 'remove',
      template: (m) => (spanWords(m).includes('lettre') ? '' : undefined),
    },
  ],
  examples: {
    flagged: [
      { text: 'Nous acceptons vos exigences sans aucune réserve.', rewrites: ['Nous acceptons vos exigences sous réserve de faisabilité.'] },
      { text: 'Nous validerons vos maquettes les yeux fermés.', rewrites: ['Nous validerons vos maquettes après examen.'] },
      { text: 'Nous appliquerons vos consignes sans discuter.', rewrites: ['Nous appliquerons vos consignes après échange.'] },
      { text: 'Nous suivrons votre cahier des charges à la lettre.', rewrites: ['Nous suivrons votre cahier des charges avec attention.', 'Nous suivrons votre cahier des charges.'] },
      { text: 'Nous acceptons sans réserve le planning proposé.', rewrites: ['Nous acceptons sous réserve de faisabilité le planning proposé.'] },
    ],
    notFlagged: [
      'La réception pourra être prononcée avec ou sans réserves.',
      'Le procès-verbal de réception est signé sans réserve.',
      'Le forfait comprend des appels sans limite de durée ?',
      'Le texte est traduit à la lettre près.',
    ],
  },
  rationale:
    "Accepter « sans aucune réserve » ou « les yeux fermés » promet ce que personne n'a encore examiné. Nommer la condition (« sous réserve de faisabilité », « après examen ») garde l'accord et le rend tenable. Le vocabulaire de la réception (« prononcée avec ou sans réserves ») n'est pas visé.",
};

const POSSIBLE_PLURAL: Readonly<Record<string, string>> = {
  possible: 'possibles',
  faisable: 'faisables',
  réalisable: 'réalisables',
  envisageable: 'envisageables',
};

export const aucunProbleme: RuleDefinition = {
  id: 'complaisance/aucun-probleme',
  lang: 'fr',
  category: 'complaisance',
  patterns: [
    '^ aucun problème|souci >> ,|!|:|.|;',
    '^ pas de problème|souci|soucis >> ,|!|:|.|;',
    '^ sans problème|souci >> ,|!|:|.',
    'tout est possible|faisable|réalisable|envisageable',
    "rien n' est impossible|infaisable|irréalisable",
    'nous pouvons|savons tout faire',
  ],
  message: '{phrase} acquiesce à tout d’avance : dites plutôt ce que vous allez vérifier.',
  accept: (m) => {
    const words = spanWords(m);
    // "Tout est possible à condition de…": the condition is already there.
    if (words[1] === 'est' || words[0] === 'rien') {
      const next = m.after().filter(isWord).slice(0, 2).map((t) => t.norm);
      if (['si', 'sous', 'moyennant', 'dès', 'pourvu'].includes(next[0] ?? '') || (next[0] === 'à' && next[1] === 'condition')) return false;
    }
    return true;
  },
  rewrites: [
    {
      stance: 'softer',
      template: (m) => {
        const words = spanWords(m);
        if (words[0] === 'aucun' || words[0] === 'pas' || words[0] === 'sans') return "c'est noté";
        if (words[0] === 'nous') return words[1] === 'savons' ? 'nous savons faire beaucoup de choses' : 'nous pouvons faire beaucoup';
        if (words[0] === 'rien') return 'beaucoup de choses sont possibles';
        return `beaucoup de choses sont ${POSSIBLE_PLURAL[words[2] as string] ?? 'possibles'}`;
      },
    },
    {
      stance: 'remove',
      template: (m) => (['aucun', 'pas', 'sans'].includes(spanWords(m)[0] as string) ? '' : undefined),
    },
    {
      stance: 'softer',
      template: (m) => {
        const words = spanWords(m);
        if (words[0] !== 'tout') return undefined;
        const next = m.tokens[m.match.spanEnd];
        return !next || next.kind === 'punct' ? 'chaque demande sera étudiée' : undefined;
      },
    },
  ],
  examples: {
    flagged: [
      {
        text: 'Aucun problème, nous livrerons en deux semaines.',
        rewrites: ["C'est noté, nous livrerons en deux semaines.", 'Nous livrerons en deux semaines.'],
      },
      {
        text: 'Tout est possible, il suffit de nous le demander.',
        rewrites: ['Beaucoup de choses sont possibles, il suffit de nous le demander.', 'Chaque demande sera étudiée, il suffit de nous le demander.'],
      },
      { text: "Rien n'est impossible pour notre équipe.", rewrites: ['Beaucoup de choses sont possibles pour notre équipe.'] },
      { text: 'Nous savons tout faire en interne.', rewrites: ['Nous savons faire beaucoup de choses en interne.'] },
    ],
    notFlagged: [
      "Nous n'avons relevé aucun problème lors de l'audit.",
      'Aucun problème de performance n’a été détecté.',
      'Tout est possible à condition de revoir le budget.',
      'Est-ce que tout est possible dans ce délai ?',
    ],
  },
  rationale:
    "« Aucun problème », « tout est possible » disent oui avant d'avoir regardé. Prendre acte (« c'est noté ») et dire ce qui sera étudié garde l'ouverture sans engager au-delà du tenable. Un constat d'audit (« aucun problème n'a été détecté ») n'est pas visé.",
};

/** Verbs of a promise: "quel que soit le délai" after them over-promises. */
const PROMISE_WORDS = new Set([
  'garantissons', 'garantirons', 'garantis', 'garantirai', 'livrerons', 'livrons', 'assurons', 'assurerons', 'engageons',
  'tiendrons', 'respecterons', 'réaliserons', 'ferons', 'validerons', 'accepterons', 'intégrerons', 'livrera', 'sera',
  'seront', 'garantit',
]);

/** "quel que soit le délai" and the frame that replaces it. */
const FRAMED: Readonly<Record<string, string>> = {
  délai: 'dans le délai convenu',
  délais: 'dans les délais convenus',
  budget: 'dans le budget convenu',
  coût: 'au coût convenu',
  coûts: 'aux coûts convenus',
  prix: 'au prix convenu',
  volume: 'dans le volume convenu',
};

/** What a yes-man main clause says after "quels que soient vos choix, …". */
const YES_WORDS = new Set([
  'validerons', 'accepterons', 'suivrons', 'réaliserons', 'ferons', 'intégrerons', 'appliquerons', 'satisferons',
  'oui', 'solution', 'tout', 'toutes', 'tous', 'approuverons', 'soutiendrons', 'exécuterons', 'livrerons',
]);

const GUARANTEE_ADJECTIVES =
  'garanti|garantie|garantis|garanties|sûr|sûre|sûrs|sûres|satisfait|satisfaite|satisfaits|satisfaites|fiable|fiables|sécurisé|sécurisée|sécurisés|sécurisées|infaillible|infaillibles|disponible|disponibles|certain|certaine|certains|certaines';

export const garantieTotale: RuleDefinition = {
  id: 'complaisance/garantie-totale',
  lang: 'fr',
  category: 'complaisance',
  patterns: [
    "^ quoi qu' il arrive|advienne ,",
    ",|; quoi qu' il arrive|advienne",
    "quoi qu' il arrive|advienne",
    '^ quoi que vous demandiez|décidiez|choisissiez|souhaitiez ,',
    "^ quel|quels|quelle|quelles que soit|soient vos|votre {word}@noun",
    "quel|quels|quelle|quelles que soit|soient le|la|les|l' délai|délais|budget|coût|coûts|prix|volume|contexte|contraintes|difficulté|difficultés",
    ",|; quels|quelles qu' ils|elles soient",
    "quels|quelles qu' ils|elles soient",
    `${GUARANTEE_ADJECTIVES} << à 100 %`,
    `100 % >> ${GUARANTEE_ADJECTIVES}`,
    'garanti|garantie|garantis|garanties sans risque|risques|bug|bugs|faille|failles|erreur|erreurs',
    'zéro risque|bug|bugs|défaut|défauts|panne|pannes|erreur|erreurs',
    'risque zéro',
    'sans aucun|aucune risque|bug|bugs|défaut|faille|erreur|panne|interruption|incident|souci',
    'un|des résultat|résultats parfait|parfaits|irréprochable|irréprochables',
    'succès|satisfaction garanti|garantie',
    'garantissons|garantirons|garantis|garantit le succès',
    'garantissons|garantirons|garantis|garantit la réussite',
  ],
  message: '{phrase} promet un résultat sans condition : dites plutôt ce qui le rend probable.',
  accept: (m) => {
    const words = spanWords(m);
    if (['quel', 'quels', 'quelle', 'quelles'].includes(words[0] as string) && words[1] === 'que') {
      // "Quels que soient vos choix, nous les validerons" promises; "…, nous resterons disponibles" supports.
      if (words[3] === 'vos' || words[3] === 'votre') return m.after().some((t) => YES_WORDS.has(t.norm));
      return m.tokens.some((t) => PROMISE_WORDS.has(t.norm));
    }
    // "Nous ne pouvons pas garantir un résultat parfait": the promise is declined, not made.
    return !clauseBefore(m).some((t) => ['ne', "n'", 'pas', 'aucun', 'aucune', 'jamais'].includes(t.norm));
  },
  rewrites: [
    {
      stance: 'softer',
      template: (m) => {
        const words = spanWords(m);
        const first = spanTokens(m)[0] as Token;
        const lead = first.kind === 'punct' ? `${first.text} ` : '';
        if (words[0] === 'quoi' && words[1] === "qu'") return `${lead}dans le cadre convenu${m.atSentenceStart ? ',' : ''}`;
        if ((words[0] === 'quel' || words[0] === 'quels' || words[0] === 'quelle' || words[0] === 'quelles') && (words[3] === 'vos' || words[3] === 'votre')) {
          return `après examen de ${words[3]} ${m.capture('noun')?.toLowerCase() ?? ''}`;
        }
        // "quel que soit le délai" → "dans le délai convenu": the promise keeps its frame.
        if (words[1] === 'que' && (words[2] === 'soit' || words[2] === 'soient')) return FRAMED[words[4] as string];
        // ", quelles qu'elles soient" → ", après étude".
        if (words.includes('soient')) return `${lead}après étude`;
        if (words[0] === 'zéro' || words[1] === 'zéro') {
          // "un site zéro bug" → "un site avec un minimum d'anomalies"; "visons zéro bug" → "visons un minimum…".
          const prev = m.tokens[m.match.spanStart - 1];
          const afterNoun = prev !== undefined && prev.kind === 'word' && !/(ons|ez|er|ir|re|ent|e|a|ont)$/.test(prev.norm);
          const what = words.some((w) => /^risques?$/.test(w)) ? 'des risques maîtrisés' : words.some((w) => /^pannes?$/.test(w)) ? "un minimum d'interruptions" : "un minimum d'anomalies";
          return afterNoun ? `avec ${what}` : what;
        }
        if (words.some((w) => ['risque', 'risques', 'panne', 'interruption', 'incident', 'souci'].includes(w))) return 'avec des risques maîtrisés';
        if (words[0] === 'sans') return "avec un minimum d'anomalies";
        if (words.includes('bug') || words.includes('bugs') || words.includes('faille') || words.includes('failles') || words.includes('erreur') || words.includes('erreurs')) {
          return 'avec un suivi qualité rigoureux';
        }
        if (words[0] === 'un') return 'un résultat de qualité';
        if (words[0] === 'des') return 'des résultats de qualité';
        if (words[0] === 'succès') return 'succès visé';
        if (/^garanti/.test(words[0] as string)) {
          const aim: Record<string, string> = { garantissons: 'visons', garantirons: 'viserons', garantis: 'vise', garantit: 'vise' };
          return `${aim[words[0] as string] ?? 'visons'} ${words.slice(1).join(' ')}`;
        }
        if (words[0] === 'satisfaction') return 'satisfaction visée';
        return undefined;
      },
    },
    {
      stance: 'remove',
      template: (m) => {
        const words = spanWords(m);
        if (words[0] === 'quoi' || words[0] === '100' || words[0] === 'à' || words.includes('soient') || words.includes('soit')) {
          if ((words[3] === 'vos' || words[3] === 'votre') && words[0] !== 'quoi') return undefined;
          return '';
        }
        return undefined;
      },
    },
  ],
  examples: {
    flagged: [
      {
        text: "Nous livrerons l'intégralité du périmètre quoi qu'il arrive.",
        rewrites: ["Nous livrerons l'intégralité du périmètre dans le cadre convenu.", "Nous livrerons l'intégralité du périmètre."],
      },
      { text: 'Quels que soient vos choix, nous les validerons.', rewrites: ['Après examen de vos choix, nous les validerons.'] },
      {
        text: 'Nous vous accompagnerons sur toutes vos demandes, quelles qu’elles soient.',
        rewrites: ['Nous vous accompagnerons sur toutes vos demandes, après étude.', 'Nous vous accompagnerons sur toutes vos demandes.'],
      },
      {
        text: 'Nous garantissons la livraison en mars quel que soit le budget.',
        rewrites: ['Nous garantissons la livraison en mars dans le budget convenu.', 'Nous garantissons la livraison en mars.'],
      },
      { text: 'Votre site sera sécurisé à 100 %.', rewrites: ['Votre site sera sécurisé.'] },
      { text: 'Nous proposons une migration garantie sans risque.', rewrites: ['Nous proposons une migration avec des risques maîtrisés.'] },
      { text: 'Nous livrerons un résultat parfait.', rewrites: ['Nous livrerons un résultat de qualité.'] },
      { text: 'Nous garantissons le succès de votre lancement.', rewrites: ['Nous visons le succès de votre lancement.'] },
      { text: 'Nous visons zéro bug en production.', rewrites: ["Nous visons un minimum d'anomalies en production."] },
      { text: 'Nous garantissons zéro panne.', rewrites: ["Nous garantissons un minimum d'interruptions."] },
      { text: 'Nous garantissons un site sans aucun bug.', rewrites: ["Nous garantissons un site avec un minimum d'anomalies."] },
    ],
    notFlagged: [
      'Quel que soit le navigateur utilisé, le site reste lisible.',
      'Quel que soit votre choix, nous resterons disponibles.',
      'Nous ne pouvons pas garantir un résultat parfait.',
      'La couverture de tests atteint 100 % sur le module de paiement.',
      'La migration se fera sans risque de perte de données grâce à une double écriture.',
      "Nous préparerons un plan de reprise en cas d'incident.",
    ],
  },
  rationale:
    "« Quoi qu'il arrive », « à 100 % », « zéro risque » promettent ce qu'aucun projet ne peut garantir : la promesse se retournera contre le consultant. Dire ce qui rend le résultat probable (« dans le cadre convenu », « des risques maîtrisés ») garde l'engagement et le rend crédible.",
};

/** Client words that "parfait", "idéal" flatter: "votre vision est parfaite". */
export const vousAvezRaison: RuleDefinition = {
  id: 'complaisance/vous-avez-raison',
  lang: 'fr',
  category: 'complaisance',
  patterns: [
    'vous avez|aviez entièrement|totalement|parfaitement|complètement|absolument|infiniment raison',
    'vous avez|aviez mille|cent fois raison',
    'vous avez|aviez tout à fait raison',
    'vous avez|aviez [entièrement|totalement|parfaitement|complètement|absolument] raison sur tous les points|plans|sujets',
    'vous avez|aviez [entièrement|totalement|parfaitement|complètement|absolument] raison sur toute la ligne',
    'vous avez|aviez [entièrement|totalement|parfaitement|complètement|absolument] raison en tout|tous point|points',
    'est|sont [{judgementAdv}] parfait|parfaite|parfaits|parfaites|idéal|idéale|idéaux|idéales|irréprochable|irréprochables|impeccable|impeccables|génial|géniale|géniaux|géniales',
    'nous validerons|validons|approuverons|approuvons|accepterons|acceptons tous|toutes vos choix|décisions|propositions|demandes|idées',
  ],
  message: '{phrase} approuve tout sans nuance : dites plutôt ce que vous partagez, et ce que vous examinerez.',
  accept: (m) => {
    const words = spanWords(m);
    if (words[0] === 'vous') {
      // "Vous avez tout à fait raison de vouloir sécuriser la date": acknowledging the goal is the method.
      const next = m.tokens[m.match.spanEnd];
      return !(next && (next.norm === 'de' || next.norm === "d'"));
    }
    if (words[0] === 'est' || words[0] === 'sont') {
      // "parfaite pour porter ce projet": suited to a purpose, not flattery.
      if (m.tokens[m.match.spanEnd]?.norm === 'pour') return false;
      const clause = clauseBefore(m).filter(isWord).map((t) => t.norm);
      return clause.includes('votre') || clause.includes('vos');
    }
    return true;
  },
  rewrites: [
    {
      stance: 'softer',
      template: (m) => {
        const words = spanWords(m);
        if (words[0] === 'vous') {
          const onEverything = words.includes('sur') || words.includes('en');
          return onEverything ? 'nous partageons votre analyse sur plusieurs points' : 'nous partageons en grande partie votre analyse';
        }
        if (words[0] === 'est') return 'nous semble solide';
        if (words[0] === 'sont') return 'nous semblent solides';
        // "nous validerons tous vos choix" → "nous validerons chacun de vos choix après examen".
        const noun = words[words.length - 1] as string;
        const each = noun === 'choix' ? 'chacun' : 'chacune';
        return `${words[0] as string} ${words[1] as string} ${each} de vos ${noun} après examen`;
      },
    },
    {
      stance: 'softer',
      template: (m) => {
        const words = spanWords(m);
        if (words[0] === 'est') return 'présente de nombreux atouts';
        if (words[0] === 'sont') return 'présentent de nombreux atouts';
        return undefined;
      },
    },
  ],
  examples: {
    flagged: [
      { text: 'Vous avez entièrement raison sur tous les points.', rewrites: ['Nous partageons votre analyse sur plusieurs points.'] },
      { text: 'Vous avez tout à fait raison, la refonte peut attendre.', rewrites: ['Nous partageons en grande partie votre analyse, la refonte peut attendre.'] },
      {
        text: 'Votre vision est parfaite.',
        rewrites: ['Votre vision nous semble solide.', 'Votre vision présente de nombreux atouts.'],
      },
      { text: 'Vos maquettes sont idéales.', rewrites: ['Vos maquettes nous semblent solides.', 'Vos maquettes présentent de nombreux atouts.'] },
      { text: 'Nous validerons toutes vos décisions.', rewrites: ['Nous validerons chacune de vos décisions après examen.'] },
    ],
    notFlagged: [
      'Vous avez raison de vouloir sécuriser la date de mise en ligne.',
      'Vous avez tout à fait raison de vouloir limiter le périmètre.',
      'Notre offre est idéale pour les petites équipes.',
      "L'outil est parfait pour ce besoin.",
      'Votre équipe est parfaite pour porter ce projet.',
    ],
  },
  rationale:
    "Approuver tout, sans nuance (« vous avez entièrement raison », « votre vision est parfaite »), ôte toute valeur au conseil. Dire ce que l'on partage garde l'accord et laisse la place à l'examen. Reconnaître l'objectif du client (« vous avez raison de vouloir… ») est justement la méthode pas à pas et n'est pas visé.",
};

export const FRENCH_COMPLAISANCE_RULES: readonly RuleDefinition[] = [toutCeQueVousVoulez, sansReserve, aucunProbleme, garantieTotale, vousAvezRaison];
