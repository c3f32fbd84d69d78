// Absolu (French): certainty that closes the debate — "bien entendu", "indéniablement", "il est évident
// que", "la seule option", "il n'y a pas d'autre solution", "il faut voir la vérité en face".
import type { MatchView, RuleDefinition } from '../types.js';
import type { Token } from '../../sentences.js';
import { isFrenchInfinitive } from '../../rewrite/fr-verbs.js';
import { beforeClause, clauseAfter, clauseBefore, isWord, nextWords } from './grammar.js';

function spanTokens(m: MatchView): readonly Token[] {
  return m.tokens.slice(m.match.spanStart, m.match.spanEnd);
}

const spanWords = (m: MatchView): string[] => spanTokens(m).filter(isWord).map((t) => t.norm);

/** Certainty adverbs, and what each softens to in the middle of a clause ('' = simply drop it). */
const CERTAINTY_ADVERBS: ReadonlyArray<{ words: string; softer: string; startOnly?: boolean }> = [
  { words: 'bien entendu', softer: '' },
  { words: 'bien sûr', softer: '' },
  { words: 'évidemment', softer: '' },
  { words: 'indéniablement', softer: 'à notre avis' },
  { words: 'incontestablement', softer: 'à notre avis' },
  { words: 'indiscutablement', softer: 'à notre avis' },
  { words: 'assurément', softer: 'probablement' },
  { words: "à l' évidence", softer: 'selon toute vraisemblance' },
  { words: 'de toute évidence', softer: 'selon toute vraisemblance' },
  { words: 'sans aucun doute', softer: 'sans doute' },
  { words: 'sans nul doute', softer: 'sans doute' },
  { words: 'sans conteste', softer: 'à notre avis' },
  { words: 'sans contredit', softer: 'à notre avis' },
  { words: "sans l' ombre d' un doute", softer: 'sans doute' },
  { words: 'à coup sûr', softer: 'probablement' },
  { words: 'immanquablement', softer: 'probablement' },
  // Ambiguous in mid-clause ("augmente naturellement", "arrivent forcément"): only as an opener.
  { words: 'naturellement', softer: '', startOnly: true },
  { words: 'forcément', softer: '', startOnly: true },
  { words: 'clairement', softer: '', startOnly: true },
];

function adverbOf(m: MatchView): (typeof CERTAINTY_ADVERBS)[number] | undefined {
  const words = spanWords(m).join(' ');
  return CERTAINTY_ADVERBS.find((a) => words === a.words);
}

const AVOIR_FORMS = new Set(['ai', 'as', 'a', 'avons', 'avez', 'ont', 'avait', 'avions', 'aviez', 'avaient', 'aurons', 'aurez', 'ayant', 'avoir', 'eu']);

/** Words of openness: "ces tarifs sont bien sûr à discuter ensemble" is courtesy, not certainty. */
const OPENNESS_WORDS = new Set([
  'discuter', 'discuté', 'discutés', 'discutées', 'discutée', 'ensemble', 'ajuster', 'ajustable', 'ajustables', 'adapter',
  'adaptable', 'adaptables', 'disposition', 'convenir', 'volontiers', 'modulable', 'modulables', 'négociable',
  'négociables', 'affiner', 'revoir', 'échanger', 'ouverts', 'ouvert', 'ouverte', 'ouvertes', 'libre', 'libres',
  'souhaitez', 'souhaitiez', 'préférez', 'souhaitez', 'convenance',
]);

/** "Bien sûr, vous pouvez modifier vos contenus": a permission granted to the client. */
const PERMISSION_VERBS = new Set(['pouvez', 'pourrez', 'pourriez', 'restez', 'resterez', 'gardez', 'garderez', 'conservez', 'conserverez', 'êtes', 'serez', 'avez', 'aurez', 'garderez']);

/** What an offer contains or allows: "bien sûr inclus", "bien entendu possible". */
const REASSURANCE_WORDS = new Set([
  'inclus', 'incluse', 'incluses', 'compris', 'comprise', 'comprises', 'offert', 'offerte', 'offerts', 'offertes',
  'prévu', 'prévue', 'prévus', 'prévues', 'fourni', 'fournie', 'fournis', 'fournies', 'possible', 'possibles',
  'réversible', 'réversibles', 'facultatif', 'facultative', 'optionnel', 'optionnelle', 'gratuit', 'gratuite',
  'modifiable', 'modifiables', 'remboursé', 'remboursés', 'conservé', 'conservés', 'conservée', 'conservées',
  'accessible', 'accessibles', 'disponible', 'disponibles', 'pris', 'indicatif', 'indicatifs', 'indicative',
  'indicatives', 'provisoire', 'provisoires', 'estimatif', 'estimatifs', 'estimative', 'estimatives', 'révisable',
  'révisables', 'ajustable', 'ajustables',
]);

const CONSULTANT_SUBJECTS = new Set(['nous', 'je', "j'", 'notre', 'nos']);

function certaintyAccepted(m: MatchView): boolean {
  const adverb = adverbOf(m);
  if (!adverb) return false;
  const before = m.tokens[m.match.spanStart - 1];
  if (adverb.words === 'bien entendu' && before && AVOIR_FORMS.has(before.norm)) return false;
  // "Il est bien entendu que…": the contractual "it is agreed that".
  if (adverb.words === 'bien entendu' && before?.norm === 'est' && /^qu/.test(nextWords(m, 1)[0] ?? '')) return false;
  if (adverb.startOnly && !m.atSentenceStart) return false;
  // The consultant's own courtesy or commitment: "Bien entendu, nous restons à votre disposition".
  const clauseStart = clauseBefore(m).filter(isWord)[0];
  if (clauseStart && CONSULTANT_SUBJECTS.has(clauseStart.norm)) return false;
  const sentenceStart = m.before().filter(isWord)[0];
  if (sentenceStart && CONSULTANT_SUBJECTS.has(sentenceStart.norm)) return false;
  const following = m.after().filter(isWord);
  if (following[0] && CONSULTANT_SUBJECTS.has(following[0].norm) && (m.atSentenceStart || m.tokens[m.match.spanEnd - 1]?.text === ',')) return false;
  if (following[0]?.norm === 'vous' && following[1] && PERMISSION_VERBS.has(following[1].norm)) return false;
  // "Vous pouvez bien sûr modifier…": the same permission, adverb inside.
  const clause = clauseBefore(m).filter(isWord);
  if (clause.some((t, i) => t.norm === 'vous' && PERMISSION_VERBS.has(clause[i + 1]?.norm ?? ''))) return false;
  // "Les frais sont bien sûr inclus": reassurance about what the offer contains.
  if (!detached(m) && clauseAfter(m).slice(0, 3).some((t) => REASSURANCE_WORDS.has(t.norm))) return false;
  return !m.tokens.some((t) => OPENNESS_WORDS.has(t.norm));
}

function withComma(m: MatchView): { before: boolean; after: boolean } {
  const span = spanTokens(m);
  return { before: span[0]?.text === ',' || span[0]?.text === ';', after: span[span.length - 1]?.text === ',' };
}

const detached = (m: MatchView): boolean => {
  const comma = withComma(m);
  return comma.before || comma.after;
};

/** "Bien entendu, X" / "…, bien entendu, …" / "…, bien entendu.": the opinion takes the adverb's place. */
function certaintyAsOpinion(m: MatchView): string | undefined {
  return withComma(m).before ? ', à notre avis' : 'à notre avis,';
}

/** In mid-clause the adverb gives way to a hedge where one exists ("sans aucun doute" → "sans doute"). */
function certaintyHedged(m: MatchView): string | undefined {
  const softer = adverbOf(m)?.softer;
  return softer ? softer : undefined;
}

function adverbPatterns(): string[] {
  const patterns: string[] = [];
  for (const a of CERTAINTY_ADVERBS) {
    patterns.push(`^ ${a.words} ,`);
    if (a.startOnly) continue;
    patterns.push(`, << ${a.words} ,`);
    patterns.push(`,|; ${a.words} $`);
    patterns.push(a.words);
  }
  return patterns;
}

export const bienEntendu: RuleDefinition = {
  id: 'absolu/bien-entendu',
  lang: 'fr',
  category: 'absolu',
  patterns: adverbPatterns(),
  message: '{phrase} présente comme acquis ce qui reste à démontrer : argumentez plutôt.',
  accept: certaintyAccepted,
  rewrites: [
    { stance: 'softer', template: certaintyAsOpinion, when: detached },
    { stance: 'remove', template: '' },
    { stance: 'softer', template: certaintyHedged, when: (m) => !detached(m) },
  ],
  examples: {
    flagged: [
      {
        text: 'Bien entendu, une architecture microservices est la meilleure solution pour vous.',
        rewrites: [
          'À notre avis, une architecture microservices est la meilleure solution pour vous.',
          'Une architecture microservices est la meilleure solution pour vous.',
        ],
      },
      {
        text: 'La reprise des données se fera, bien entendu, en une seule fois.',
        rewrites: ['La reprise des données se fera, à notre avis, en une seule fois.', 'La reprise des données se fera, en une seule fois.'],
      },
      {
        text: 'Cette technologie est sans conteste la plus fiable du marché.',
        rewrites: ['Cette technologie est la plus fiable du marché.', 'Cette technologie est à notre avis la plus fiable du marché.'],
      },
      { text: 'C’est sans aucun doute la meilleure option.', rewrites: ['C’est la meilleure option.', 'C’est sans doute la meilleure option.'] },
      { text: 'Évidemment, le développement natif coûte plus cher.', rewrites: ['À notre avis, le développement natif coûte plus cher.'] },
      { text: 'Le problème vient de votre hébergement, de toute évidence.', rewrites: ['Le problème vient de votre hébergement, à notre avis.', 'Le problème vient de votre hébergement.'] },
    ],
    notFlagged: [
      'Bien entendu, nous restons à votre disposition pour en discuter.',
      'Nous avons bien entendu vos remarques sur le planning.',
      'Est-il bien entendu que la recette reste à votre charge ?',
      'Ces tarifs sont bien sûr à discuter ensemble.',
      'Bien sûr, vous pourrez modifier vos contenus vous-mêmes.',
      'Le trafic augmente naturellement pendant les soldes.',
      'Le relecteur ne va pas forcément tester le code.',
      'Il est bien entendu que les frais de déplacement sont inclus.',
      'Les frais de déplacement sont bien sûr inclus dans le forfait.',
      'Ces montants sont bien sûr indicatifs.',
      'Vous pouvez bien sûr modifier ces choix à tout moment.',
    ],
  },
  rationale:
    "« Bien entendu », « indéniablement », « sans aucun doute » présentent comme une évidence ce que le client n'a peut-être pas encore accepté : le désaccord devient de l'ignorance. Retirer l'adverbe ou l'assumer comme un avis (« à notre avis ») laisse l'argument convaincre. Les politesses du consultant (« Bien entendu, nous restons à votre disposition »), l'ouverture (« à discuter ensemble ») et « nous avons bien entendu » ne sont pas visés.",
};

/** Openers of certainty and what they soften to: "il est évident que" → "il nous semble que". */
export const ilEstEvidentQue: RuleDefinition = {
  id: 'absolu/il-est-evident-que',
  lang: 'fr',
  category: 'absolu',
  patterns: [
    "il est|paraît|semble [bien|tout|absolument|parfaitement] évident|clair|incontestable|indéniable|indiscutable|certain|sûr|manifeste|notoire|acquis que|qu'",
    "c' est une évidence que|qu'",
    "personne n' ignore que|qu'",
    "il va de soi que|qu'",
    "il va sans dire que|qu'",
    "il ne fait aucun|nul doute que|qu'",
    "il ne fait pas de doute que|qu'",
    "il n' y a aucun doute que|qu'",
    "il n' y a pas de doute que|qu'",
    "nul doute que|qu'",
    "personne|nul ne peut nier que|qu'",
    "on ne peut nier que|qu'",
    "force est de constater que|qu'",
    "tout le monde sait [bien] que|qu'",
    "chacun sait [bien] que|qu'",
    'cela|ça va de soi',
    'cela|ça va sans dire',
    'cela|ça ne fait aucun|nul doute',
    'cela|ça ne fait pas de doute',
    "c' est évident|certain|indéniable|incontestable|indiscutable",
    "c' est une évidence",
  ],
  message: '{phrase} clôt le débat d’avance : présentez plutôt votre analyse comme un avis argumenté.',
  accept: (m) => {
    // "Il est évident que ce point mérite d'être discuté ensemble": the certainty opens the discussion.
    if (m.tokens.some((t) => OPENNESS_WORDS.has(t.norm))) return false;
    const last = spanTokens(m)[spanTokens(m).length - 1] as Token;
    if (last.norm === 'que' || last.norm === "qu'") return true;
    // Bare forms ("cela va de soi", "c'est évident") must end their clause: not "c'est évident pour nous que…".
    return clauseAfter(m).filter(isWord).length === 0;
  },
  rewrites: [
    {
      stance: 'softer',
      template: (m) => {
        const words = spanWords(m);
        const last = words[words.length - 1] as string;
        if (last !== 'que' && last !== "qu'") return words.includes('doute') ? 'cela nous semble très probable' : 'cela nous semble logique';
        if (words.includes('sait')) return beforeClause(m, 'nous constatons souvent');
        if (words.includes('constater')) return beforeClause(m, 'nous constatons');
        return beforeClause(m, 'il nous semble');
      },
    },
    {
      stance: 'softer',
      template: (m) => {
        const words = spanWords(m);
        const last = words[words.length - 1] as string;
        if (last !== 'que' && last !== "qu'") return undefined;
        if (words.includes('sait')) return beforeClause(m, 'il est généralement admis');
        return beforeClause(m, 'nous pensons');
      },
    },
  ],
  examples: {
    flagged: [
      {
        text: 'Il est évident que votre application a sa place dans le cloud.',
        rewrites: ['Il nous semble que votre application a sa place dans le cloud.', 'Nous pensons que votre application a sa place dans le cloud.'],
      },
      {
        text: 'Tout le monde sait que les monolithes ne passent pas à l’échelle.',
        rewrites: ['Nous constatons souvent que les monolithes ne passent pas à l’échelle.', 'Il est généralement admis que les monolithes ne passent pas à l’échelle.'],
      },
      { text: "Il va de soi qu'un audit de sécurité précède la mise en ligne.", rewrites: ["Il nous semble qu'un audit de sécurité précède la mise en ligne."] },
      { text: 'Il est incontestable que le passage au SaaS réduira vos coûts.', rewrites: ['Il nous semble que le passage au SaaS réduira vos coûts.'] },
      { text: 'Une recette automatisée, cela va de soi.', rewrites: ['Une recette automatisée, cela nous semble logique.'] },
      { text: 'Cela ne fait aucun doute.', rewrites: ['Cela nous semble très probable.'] },
      { text: "C'est une évidence que le mobile passe en premier.", rewrites: ['Il nous semble que le mobile passe en premier.'] },
    ],
    notFlagged: [
      "Il n'est pas certain que le budget suffise.",
      'Est-il évident que les utilisateurs adopteront le nouvel outil ?',
      'Il est probable que certaines pages nécessitent une réécriture.',
      "C'est évident pour nous que vous connaissez mieux vos utilisateurs.",
      "Il est évident que ce point mérite d'être discuté ensemble.",
    ],
  },
  rationale:
    "« Il est évident que », « tout le monde sait que » font du désaccord une faute de jugement. « Il nous semble que » assume l'avis du consultant et laisse au client la place d'y répondre, sans rien retirer au fond.",
};

const FEMININE_CHOICE_NOUNS = new Set([
  'option', 'solution', 'voie', 'issue', 'manière', 'façon', 'approche', 'alternative', 'possibilité', 'réponse',
  'méthode', 'stratégie', 'piste', 'démarche', 'chose', 'option',
]);
const ONLY_NOUNS_MASCULINE = 'moyen|choix|chemin|scénario|outil|levier|remède|recours';
const ONLY_NOUNS_FEMININE = [...FEMININE_CHOICE_NOUNS].join('|');

/** "la seule option payante": a description of an offer, not a closed debate. */
const DESCRIPTIVE_AFTER = new Set(['payante', 'payantes', 'incluse', 'facturée', 'supplémentaire', 'disponible', 'proposée', 'offerte', 'gratuite', 'activée', 'retenue']);

export const laSeuleOption: RuleDefinition = {
  id: 'absolu/la-seule-option',
  lang: 'fr',
  category: 'absolu',
  patterns: [
    `la seule ${ONLY_NOUNS_FEMININE}@noun`,
    `le seul ${ONLY_NOUNS_MASCULINE}@noun`,
    `l' unique ${ONLY_NOUNS_FEMININE}|${ONLY_NOUNS_MASCULINE}@noun`,
    `il n' y a|aura pas|guère d' autre ${ONLY_NOUNS_FEMININE}|${ONLY_NOUNS_MASCULINE}@noun [possible|envisageable|sérieuse|sérieux|raisonnable|viable] que|qu'`,
    `il n' y a|aura pas|guère d' autre ${ONLY_NOUNS_FEMININE}|${ONLY_NOUNS_MASCULINE}@noun [possible|envisageable|sérieuse|sérieux|raisonnable|viable]`,
    `il n' existe pas|guère d' autre ${ONLY_NOUNS_FEMININE}|${ONLY_NOUNS_MASCULINE}@noun [possible|envisageable|sérieuse|sérieux|raisonnable|viable] que|qu'`,
    `il n' existe pas|guère d' autre ${ONLY_NOUNS_FEMININE}|${ONLY_NOUNS_MASCULINE}@noun [possible|envisageable|sérieuse|sérieux|raisonnable|viable]`,
    `il n' y a|existe qu' une [seule] ${ONLY_NOUNS_FEMININE}@noun [possible|envisageable|sérieuse|raisonnable|viable]`,
    `il n' y a|existe qu' un [seul] ${ONLY_NOUNS_MASCULINE}@noun [possible|envisageable|sérieux|raisonnable|viable]`,
  ],
  message: '{phrase} écarte toute alternative : présentez plutôt votre option préférée comme telle.',
  accept: (m) => {
    // "Ce n'est pas la seule option": the negation opens the debate instead of closing it.
    const before = m.before().slice(-4).map((t) => t.norm);
    if (spanWords(m).includes('seule') || spanWords(m).includes('seul') || spanWords(m).includes('unique')) {
      if (before.includes('pas') || before.includes('ne') || before.includes("n'")) return false;
      const next = nextWords(m, 2);
      if (next[0] && DESCRIPTIVE_AFTER.has(next[0])) return false;
      // "le seul moyen de paiement", "la seule voie d'accès": a compound noun, not a closed choice.
      if ((next[0] === 'de' || next[0] === "d'") && next[1] && !isFrenchInfinitive(next[1]) && !['le', 'la', 'les', "l'", 'vous', 'nous', 'y', 'en', 'ne', 'se', "s'"].includes(next[1])) return false;
    }
    if (spanWords(m)[0] === 'il' && !spanWords(m).includes("qu'")) {
      const last = spanWords(m)[spanWords(m).length - 1];
      if (last !== 'que' && last !== "qu'") return clauseAfter(m).filter(isWord).length === 0;
    }
    return true;
  },
  rewrites: [
    {
      stance: 'softer',
      template: (m) => {
        const noun = m.capture('noun')?.toLowerCase();
        if (!noun) return undefined;
        const words = spanWords(m);
        const feminine = FEMININE_CHOICE_NOUNS.has(noun);
        if (words[0] === 'il' && words.includes("qu'")) {
          // "Il n'y a qu'une solution : …" → "Une solution nous semble préférable : …".
          return `${feminine ? 'une' : 'un'} ${noun} nous semble préférable`;
        }
        if (words[0] === 'il') {
          const last = words[words.length - 1];
          if (last === 'que') return 'la solution que nous privilégions est';
          if (last === "qu'") return undefined;
          return "c'est la solution que nous privilégions";
        }
        return `${feminine ? 'une' : 'un'} ${noun}`;
      },
    },
    {
      stance: 'softer',
      template: (m) => {
        const noun = m.capture('noun')?.toLowerCase();
        if (!noun) return undefined;
        const words = spanWords(m);
        const feminine = FEMININE_CHOICE_NOUNS.has(noun);
        if (words[0] === 'il' && words.includes("qu'")) return undefined;
        if (words[0] === 'il') {
          const last = words[words.length - 1] as string;
          const tail = last === 'que' || last === "qu'" ? ` ${last}` : '';
          return `nous ne voyons pas d'autre ${noun}${tail}`;
        }
        // "la solution que nous privilégions" only where nothing qualifies the noun after it.
        const next = m.tokens[m.match.spanEnd];
        if (next && next.kind !== 'punct') return undefined;
        return `${feminine ? 'la' : 'le'} ${noun} que nous privilégions`;
      },
    },
  ],
  examples: {
    flagged: [
      { text: 'La refonte complète est la seule option raisonnable.', rewrites: ['La refonte complète est une option raisonnable.'] },
      {
        text: 'La migration vers le cloud est la seule solution.',
        rewrites: ['La migration vers le cloud est une solution.', 'La migration vers le cloud est la solution que nous privilégions.'],
      },
      { text: "C'est la seule manière sérieuse de sécuriser vos données.", rewrites: ["C'est une manière sérieuse de sécuriser vos données."] },
      {
        text: "Il n'y a pas d'autre solution que la refonte.",
        rewrites: ['La solution que nous privilégions est la refonte.', "Nous ne voyons pas d'autre solution que la refonte."],
      },
      { text: 'Un audit complet est le seul moyen de le savoir.', rewrites: ['Un audit complet est un moyen de le savoir.'] },
      { text: "Il n'y a qu'une solution : la refonte.", rewrites: ['Une solution nous semble préférable : la refonte.'] },
    ],
    notFlagged: [
      'Est-ce vraiment la seule option ?',
      "Ce choix n'est pas la seule option : nous présentons deux alternatives en section 4.",
      'La seule contrainte ferme est la date du salon.',
      'La seule option payante est le support étendu.',
      'Le seul moyen de paiement accepté est le virement.',
    ],
  },
  rationale:
    "« La seule option » ou « il n'y a pas d'autre solution » retirent au client le choix. Présenter la même option comme celle que l'on privilégie garde la recommandation et laisse la place à la comparaison.",
};

export const veriteEnFace: RuleDefinition = {
  id: 'absolu/verite-en-face',
  lang: 'fr',
  category: 'absolu',
  patterns: [
    'il faut|faudra voir|regarder la vérité en face',
    "il faut|faudra se rendre à l' évidence",
    'regardons|voyons la vérité en face',
    "rendons-nous à l' évidence",
  ],
  message: '{phrase} présente votre lecture comme la seule réaliste : exposez-la plutôt comme un constat partagé.',
  rewrites: [{ stance: 'softer', template: 'reconnaissons-le' }],
  examples: {
    flagged: [
      {
        text: 'Il faut voir la vérité en face : aucun framework n’est meilleur que les autres.',
        rewrites: ['Reconnaissons-le : aucun framework n’est meilleur que les autres.'],
      },
      { text: "Mais il faut se rendre à l'évidence : le site ne convertit pas.", rewrites: ['Mais reconnaissons-le : le site ne convertit pas.'] },
      { text: 'Regardons la vérité en face : le budget est serré.', rewrites: ['Reconnaissons-le : le budget est serré.'] },
    ],
    notFlagged: ['Faut-il voir la vérité en face dès le premier atelier ?', 'Il faut voir ce prototype comme une base de discussion.', "S'il faut se rendre à l'évidence, nous le ferons ensemble."],
  },
  rationale:
    "« Il faut voir la vérité en face » suppose que le client refuse de la voir. « Reconnaissons-le » partage le même constat sans faire la leçon.",
};

export const FRENCH_ABSOLU_RULES: readonly RuleDefinition[] = [bienEntendu, ilEstEvidentQue, laSeuleOption, veriteEnFace];
