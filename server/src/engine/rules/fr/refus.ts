// Refus (French): refusals that close the discussion — "nous ne transigerons pas", "non négociable",
// "pas question de", "nous refusons de", "c'est à prendre ou à laisser".
import type { MatchView, RuleDefinition } from '../types.js';
import type { Token } from '../../sentences.js';
import { isFrenchInfinitive } from '../../rewrite/fr-verbs.js';
import { beforeClause, beforeInfinitive, endsSentence, infinitiveOfFiniteForm, isWord, nextWords } from './grammar.js';

function spanTokens(m: MatchView): readonly Token[] {
  return m.tokens.slice(m.match.spanStart, m.match.spanEnd);
}

const spanHas = (m: MatchView, ...words: string[]): boolean => spanTokens(m).some((t) => words.includes(t.norm));
const firstPersonSingular = (m: MatchView): boolean => spanHas(m, 'je', "j'");

/** "transigerons", "transigeons", "transigerai", "transige": the forms of "nous" and "je". */
function firstPersonForms(...infinitives: string[]): string {
  return infinitives
    .flatMap((inf) => {
      const stem = inf.slice(0, -2);
      // "transiger" keeps its e before o: "transigeons".
      const presentNous = /g$/.test(stem) ? `${stem}eons` : `${stem}ons`;
      return [`${inf}ons`, presentNous, `${inf}ai`, `${stem}e`];
    })
    .join('|');
}

const YIELD_VERBS = `${firstPersonForms('transiger', 'déroger', 'reculer', 'plier')}|céderons|cédons|céderai|cède|fléchirons|fléchissons|fléchirai|fléchis`;

/** "sur le" / "sur les" become "au" / "aux" after "tenir à"; other determiners follow "à". */
function toAfterTenir(m: MatchView, lead: string): string {
  const art = m.captureTokens('art')[0]?.norm;
  if (art === 'le') return `${lead} au`;
  if (art === 'les') return `${lead} aux`;
  return `${lead} à`;
}

export const nousNeTransigeronsPas: RuleDefinition = {
  id: 'refus/nous-ne-transigerons-pas',
  lang: 'fr',
  category: 'refus',
  patterns: [
    `nous|je ne ${YIELD_VERBS} pas|jamais|point sur le|les@art`,
    `nous|je ne ${YIELD_VERBS} pas|jamais|point sur`,
    `nous|je ne ${YIELD_VERBS} pas|jamais|point [là-dessus]`,
    "nous|je n' en démordrons|démordons|démordrai|démords pas|jamais",
    'nous|je ne reviendrons|revenons|reviendrai|reviens pas|jamais sur',
    "nous|je ne changerons|changeons|changerai|change pas|jamais d' avis",
  ],
  message: '{phrase} ferme la discussion : dites plutôt à quoi vous tenez, et pourquoi.',
  // "Nous ne reviendrons pas sur ce point dans la suite du document": the document's own structure.
  accept: (m) => !m.after().some((t) => ['suite', 'document', 'section', 'chapitre', 'loin', 'ici', 'annexe', 'détail'].includes(t.norm)),
  rewrites: [
    {
      stance: 'softer',
      template: (m) => {
        const singular = firstPersonSingular(m);
        if (spanHas(m, 'reviendrons', 'revenons', 'reviendrai', 'reviens')) return singular ? 'je souhaite conserver' : 'nous souhaitons conserver';
        if (spanHas(m, 'avis')) return singular ? 'ma recommandation reste la même' : 'notre recommandation reste la même';
        if (spanHas(m, 'sur')) return toAfterTenir(m, singular ? 'je tiens particulièrement' : 'nous tenons particulièrement');
        return singular ? "j'y tiens" : 'nous y tenons';
      },
    },
    {
      stance: 'softer',
      template: (m) => {
        const singular = firstPersonSingular(m);
        if (spanHas(m, 'reviendrons', 'revenons', 'reviendrai', 'reviens')) return singular ? 'je propose de conserver' : 'nous proposons de conserver';
        if (spanHas(m, 'avis')) return undefined;
        if (spanHas(m, 'sur')) return toAfterTenir(m, singular ? 'je resterai très attentif' : 'nous resterons très attentifs');
        return singular ? "c'est un point important pour moi" : "c'est un point important pour nous";
      },
    },
  ],
  examples: {
    flagged: [
      {
        text: 'Nous ne transigerons pas sur la qualité du code.',
        rewrites: ['Nous tenons particulièrement à la qualité du code.', 'Nous resterons très attentifs à la qualité du code.'],
      },
      { text: 'Nous ne transigerons jamais sur le respect des délais.', rewrites: ['Nous tenons particulièrement au respect des délais.'] },
      {
        text: "Nous n'en démordrons pas : la recette se fera sur un environnement dédié.",
        rewrites: ['Nous y tenons : la recette se fera sur un environnement dédié.', "C'est un point important pour nous : la recette se fera sur un environnement dédié."],
      },
      {
        text: "Nous ne reviendrons pas sur ce choix d'architecture.",
        rewrites: ["Nous souhaitons conserver ce choix d'architecture.", "Nous proposons de conserver ce choix d'architecture."],
      },
      { text: 'Je ne changerai pas d’avis sur ce point.', rewrites: ['Ma recommandation reste la même sur ce point.'] },
    ],
    notFlagged: [
      'Nous ne reviendrons pas vers vous avant la fin du mois.',
      'Nous ne reviendrons pas sur ce point dans la suite du document.',
      'Transigerons-nous sur le périmètre du lot 2 ?',
      'Si nous ne cédons pas sur ce point, le planning glissera.',
    ],
  },
  rationale:
    "« Nous ne transigerons pas » annonce que la discussion est close avant qu'elle ait commencé. Dire à quoi l'on tient (« nous tenons particulièrement à la qualité du code ») garde la conviction et laisse la place à l'échange.",
};

const BE = 'est|sont|serait|seraient|sera|seront';

/** Number and tense of the verb a refusal predicate comes with. */
function predicateVerb(m: MatchView): { plural: boolean; form: string } {
  const forms: Record<string, [boolean, string, string]> = {
    est: [false, 'est', 'paraît'], sont: [true, 'sont', 'paraissent'], serait: [false, 'serait', 'paraîtrait'],
    seraient: [true, 'seraient', 'paraîtraient'], sera: [false, 'sera', 'paraîtra'], seront: [true, 'seront', 'paraîtront'],
    discute: [false, 'est', 'paraît'], discutent: [true, 'sont', 'paraissent'], négocie: [false, 'est', 'paraît'],
    négocient: [true, 'sont', 'paraissent'], souffre: [false, 'est', 'paraît'], souffrent: [true, 'sont', 'paraissent'],
    souffrira: [false, 'sera', 'paraîtra'], souffriront: [true, 'seront', 'paraîtront'],
  };
  for (const t of spanTokens(m)) {
    const f = forms[t.norm];
    if (f) return { plural: f[0], form: `${f[1]}|${f[2]}` };
  }
  return { plural: false, form: 'est|paraît' };
}

export const nonNegociable: RuleDefinition = {
  id: 'refus/non-negociable',
  lang: 'fr',
  category: 'refus',
  patterns: [
    `${BE}@verb [{judgementAdv}] non négociable|négociables|discutable|discutables|modifiable|modifiables`,
    `ne|n' ${BE}@verb pas|nullement|aucunement|absolument|jamais [{judgementAdv}] négociable|négociables|discutable|discutables`,
    `ne|n' ${BE}@verb pas|nullement|aucunement sujet|sujette|sujets|sujettes à discussion|débat|négociation|caution`,
    `ne|n' ${BE}@verb pas|nullement|aucunement ouvert|ouverte|ouverts|ouvertes à la discussion|négociation`,
    'ne se discute|discutent|négocie|négocient pas|jamais',
    'ne souffre|souffrent|souffrira|souffriront aucune discussion|contestation|négociation',
    // After a noun ("un délai non négociable"); after "est", the predicate pattern above is longer.
    'non négociable|négociables',
  ],
  message: '{phrase} ferme la négociation : dites plutôt à quoi vous tenez, et à quelle condition cela pourrait bouger.',
  accept: (m) => {
    if (spanTokens(m)[0]?.norm !== 'non') return true;
    const prev = m.tokens[m.match.spanStart - 1];
    return prev !== undefined && prev.kind === 'word';
  },
  rewrites: [
    {
      stance: 'softer',
      template: (m) => {
        if (!spanHas(m, 'est', 'sont', 'serait', 'seraient', 'sera', 'seront', 'discute', 'discutent', 'négocie', 'négocient', 'souffre', 'souffrent', 'souffrira', 'souffriront')) {
          return 'que nous souhaitons préserver';
        }
        const { plural, form } = predicateVerb(m);
        const be = form.split('|')[0] as string;
        return plural ? `${be} des points auxquels nous tenons` : `${be} un point auquel nous tenons`;
      },
    },
    {
      stance: 'softer',
      template: (m) => {
        if (!spanHas(m, 'est', 'sont', 'serait', 'seraient', 'sera', 'seront', 'discute', 'discutent', 'négocie', 'négocient', 'souffre', 'souffrent', 'souffrira', 'souffriront')) {
          return undefined;
        }
        const { plural, form } = predicateVerb(m);
        return `nous ${form.split('|')[1] as string} ${plural ? 'difficiles' : 'difficile'} à modifier`;
      },
    },
  ],
  examples: {
    flagged: [
      {
        text: "Le choix de la pile technique n'est pas négociable.",
        rewrites: ['Le choix de la pile technique est un point auquel nous tenons.', 'Le choix de la pile technique nous paraît difficile à modifier.'],
      },
      {
        text: 'Les délais proposés sont non négociables.',
        rewrites: ['Les délais proposés sont des points auxquels nous tenons.', 'Les délais proposés nous paraissent difficiles à modifier.'],
      },
      { text: "Ce n'est pas négociable.", rewrites: ["C'est un point auquel nous tenons."] },
      { text: 'Les tarifs ne sont pas négociables.', rewrites: ['Les tarifs sont des points auxquels nous tenons.', 'Les tarifs nous paraissent difficiles à modifier.'] },
      { text: 'Cette exigence ne se discute pas.', rewrites: ['Cette exigence est un point auquel nous tenons.'] },
      { text: 'Nous fixons un délai non négociable de trois semaines.', rewrites: ['Nous fixons un délai que nous souhaitons préserver de trois semaines.'] },
      { text: "Cette exigence n'est pas sujette à discussion.", rewrites: ['Cette exigence est un point auquel nous tenons.'] },
    ],
    notFlagged: [
      'Le format des livrables est négociable.',
      "Aucun de ces points n'est figé : tout reste négociable jusqu'à la signature.",
      'Le planning est-il négociable ?',
      'Le prix forfaitaire est ferme pour une signature avant le 30 juin.',
    ],
  },
  rationale:
    "« Non négociable » clôt l'échange : le client n'a plus qu'à accepter ou partir. Dire que l'on tient à un point (« un point auquel nous tenons ») garde la fermeté sur le fond et laisse la porte ouverte.",
};

/** "Il n'est pas question de tout refaire, mais de…", "… de vous imposer quoi que ce soit": reassurance. */
const REASSURING_OBJECTS = new Set([
  'imposer', 'obliger', 'contraindre', 'forcer', 'facturer', 'refacturer', 'laisser', 'abandonner', 'lâcher',
  'augmenter', 'dépasser', 'réclamer', 'demander', 'pénaliser', 'surfacturer',
]);

function questionIsReassurance(m: MatchView): boolean {
  if (m.after().some((t) => t.norm === 'mais')) return true;
  const words = nextWords(m, 3).filter((w) => w !== 'vous' && w !== 'de' && w !== "d'");
  return words[0] !== undefined && REASSURING_OBJECTS.has(words[0]);
}

function followedByInfinitive(m: MatchView): boolean {
  const last = spanTokens(m)[spanTokens(m).length - 1];
  return last !== undefined && (last.norm === 'de' || last.norm === "d'");
}

function followedByClause(m: MatchView): boolean {
  const last = spanTokens(m)[spanTokens(m).length - 1];
  return last !== undefined && (last.norm === 'que' || last.norm === "qu'");
}

export const pasQuestion: RuleDefinition = {
  id: 'refus/pas-question',
  lang: 'fr',
  category: 'refus',
  patterns: [
    // "… que nous travaillions": with the same subject on both sides, the rewrite takes the infinitive.
    "il n' est|sera pas question que|qu' nous {word}@verb",
    "^ pas question que|qu' nous {word}@verb",
    "il|c' est|sera|serait hors de question que|qu' nous {word}@verb",
    "^ hors de question que|qu' nous {word}@verb",
    "il est|sera exclu que|qu' nous {word}@verb",
    "il n' est|sera pas question de|d'|que|qu'",
    "il n' est|sera pas question pour vous de|d'",
    "il ne saurait être question de|d'|que|qu'",
    "^ pas question de|d'|que|qu'",
    "il|c' est|sera|serait hors de question de|d'|que|qu'",
    "^ hors de question de|d'|que|qu'",
    "il est|sera exclu de|d'|que|qu'",
    "il n' en est|sera pas question",
    "c' est hors de question",
    "c' est exclu",
    '^ pas question',
    '^ hors de question',
  ],
  message: '{phrase} ferme la discussion : dites plutôt ce que vous déconseillez, et pourquoi.',
  accept: (m) => {
    if (questionIsReassurance(m)) return false;
    const verb = m.captureTokens('verb')[0];
    if (verb) return infinitiveOfFiniteForm(verb.norm) !== undefined;
    // The bare forms ("c'est exclu", "pas question !") must end their clause.
    if (!followedByInfinitive(m) && !followedByClause(m)) {
      const next = m.tokens[m.match.spanEnd];
      return !next || next.kind === 'punct';
    }
    return true;
  },
  rewrites: [
    {
      stance: 'softer',
      template: (m) => {
        const verb = m.captureTokens('verb')[0];
        if (verb) {
          const inf = infinitiveOfFiniteForm(verb.norm);
          return inf ? `nous préférerions ne pas ${inf}` : undefined;
        }
        if (followedByInfinitive(m)) return beforeInfinitive(m, spanHas(m, 'vous') ? 'nous vous déconseillons' : 'nous déconseillons', true);
        if (followedByClause(m)) return beforeClause(m, 'nous ne souhaitons pas');
        return 'cela ne nous semble pas souhaitable';
      },
    },
    {
      stance: 'softer',
      template: (m) => {
        if (m.captureTokens('verb').length > 0) return undefined;
        if (followedByInfinitive(m)) return beforeInfinitive(m, 'il nous semble préférable de ne pas', false);
        if (followedByClause(m)) return beforeClause(m, 'nous préférerions éviter');
        return undefined;
      },
    },
  ],
  examples: {
    flagged: [
      {
        text: "Il n'est pas question de livrer sans tests automatisés.",
        rewrites: ['Nous déconseillons de livrer sans tests automatisés.', 'Il nous semble préférable de ne pas livrer sans tests automatisés.'],
      },
      {
        text: "Hors de question d'utiliser un CMS propriétaire.",
        rewrites: ["Nous déconseillons d'utiliser un CMS propriétaire.", 'Il nous semble préférable de ne pas utiliser un CMS propriétaire.'],
      },
      { text: "Pas question de reprendre le code de l'ancien prestataire.", rewrites: ["Nous déconseillons de reprendre le code de l'ancien prestataire."] },
      {
        text: 'Il est exclu que le projet démarre sans cadrage.',
        rewrites: ['Nous ne souhaitons pas que le projet démarre sans cadrage.', 'Nous préférerions éviter que le projet démarre sans cadrage.'],
      },
      { text: "Il n'est pas question pour vous de modifier le code source.", rewrites: ['Nous vous déconseillons de modifier le code source.'] },
      { text: "Il n'est pas question que nous travaillions sans cahier des charges.", rewrites: ['Nous préférerions ne pas travailler sans cahier des charges.'] },
      { text: 'Il est hors de question que nous modifiions le périmètre.', rewrites: ['Nous préférerions ne pas modifier le périmètre.'] },
      { text: "Une mise en ligne en août ? Il n'en est pas question.", rewrites: ['Une mise en ligne en août ? Cela ne nous semble pas souhaitable.'] },
    ],
    notFlagged: [
      "Il n'est pas question ici de remplacer votre ERP, mais de le connecter à la boutique.",
      "Il n'est pas question de tout refaire, mais de prioriser les chantiers.",
      "Il n'est pas question de vous imposer un outil.",
      "Il n'est pas question de facturer les corrections.",
      "Il ne s'agit pas de tout refaire.",
      "Est-il question de migrer l'ERP ?",
    ],
  },
  rationale:
    "« Pas question de », « hors de question » ferment la porte sans expliquer. Dire ce que l'on déconseille garde la position et appelle l'argument. Les précisions de périmètre (« il n'est pas question ici de…, mais de… ») et les rassurances (« il n'est pas question de vous imposer… ») ne sont pas visées.",
};

/** Verbs of a commitment that protects the client: "nous ne transmettrons en aucun cas vos données". */
const PROTECTIVE_VERBS = new Set([
  'transmettre', 'communiquer', 'divulguer', 'partager', 'céder', 'vendre', 'revendre', 'facturer', 'conserver',
  'stocker', 'exploiter', 'diffuser', 'publier', 'accéder', 'collecter', 'louer', 'réutiliser', 'utiliser',
  'être', 'avoir', 'pouvoir', 'devoir', 'savoir', 'modifier', 'supprimer', 'effacer', 'engager', 'demander',
  'dépasser', 'augmenter', 'appliquer', 'imposer', 'toucher',
]);

function refusalRewrite(m: MatchView, choice: 0 | 1): string | undefined {
  const words = spanTokens(m).map((t) => t.norm);
  const singular = firstPersonSingular(m);
  const we = singular ? 'je' : 'nous';
  const last = words[words.length - 1] as string;
  if (words.includes('cas')) {
    const verb = m.captureTokens('verb')[0];
    const inf = verb ? infinitiveOfFiniteForm(verb.norm) : undefined;
    if (!inf || !verb) return undefined;
    return choice === 0 ? `${we} ${singular ? 'préférerais' : 'préférerions'} ne pas ${inf}` : `${we} ne ${verb.text} pas`;
  }
  if (words.includes('ferons') || words.includes('ferai')) {
    const object = words.includes('cela') ? 'faire cela' : words.includes('ça') ? 'faire ça' : 'le faire';
    return choice === 0 ? `${we} ${singular ? 'préférerais' : 'préférerions'} ne pas ${object}` : undefined;
  }
  if (last === 'aucun' || last === 'aucune') {
    if (choice === 1) return undefined;
    return `${we} ${singular ? 'examinerai' : 'examinerons'} avec attention ${last === 'aucun' ? 'tout' : 'toute'}`;
  }
  if (last === 'de' || last === "d'") {
    return choice === 0
      ? beforeInfinitive(m, `${we} ${singular ? 'préférerais' : 'préférerions'} ne pas`, false)
      : beforeInfinitive(m, `${we} ${singular ? 'déconseille' : 'déconseillons'}`, true);
  }
  if (last === 'que' || last === "qu'") {
    return choice === 0 ? beforeClause(m, `${we} ne ${singular ? 'souhaite' : 'souhaitons'} pas`) : beforeClause(m, `${we} ${singular ? 'préférerais' : 'préférerions'} éviter`);
  }
  // "Nous refusons toute modification", "nous n'accepterons pas ce délai".
  const next = m.tokens[m.match.spanEnd];
  if (next && (next.norm === 'de' || next.norm === "d'")) {
    const after = m.tokens[m.match.spanEnd + 1];
    if (after && isFrenchInfinitive(after.norm)) return undefined;
    return choice === 0 ? `${we} ne ${singular ? 'souhaite' : 'souhaitons'} pas` : undefined;
  }
  if (next && (next.norm === 'que' || next.norm === "qu'")) {
    return choice === 0 ? `${we} ne ${singular ? 'souhaite' : 'souhaitons'} pas` : undefined;
  }
  if (choice === 0) return `${we} ${singular ? 'émets' : 'émettons'} des réserves sur`;
  // "nous ne souhaitons pas ce délai" reads well; "… pas toute reprise" does not.
  const definite = next !== undefined && ['le', 'la', 'les', "l'", 'ce', 'cet', 'cette', 'ces', 'votre', 'vos'].includes(next.norm);
  return definite ? `${we} ne ${singular ? 'souhaite' : 'souhaitons'} pas` : undefined;
}

const DETERMINERS = "le|la|les|l'|ce|cet|cette|ces|votre|vos|un|une|des|toute|tout|tous|toutes|de|d'|que|qu'";

export const nousRefusons: RuleDefinition = {
  id: 'refus/nous-refusons',
  lang: 'fr',
  category: 'refus',
  patterns: [
    "nous|je refusons|refuserons|refuse|refuserai [catégoriquement|absolument|formellement|fermement] de|d'|que|qu'",
    `nous|je refusons|refuserons|refuse|refuserai [catégoriquement|absolument|formellement|fermement] >> ${DETERMINERS}`,
    "nous|je ne|n' accepterons|acceptons|accepterai|accepte|tolérerons|tolérons|tolérerai|tolère|admettrons|admettons|admettrai|admets aucun|aucune",
    "nous|je ne|n' accepterons|acceptons|accepterai|accepte|tolérerons|tolérons|tolérerai|tolère|admettrons|admettons|admettrai|admets pas|jamais|plus de|d' >> {clitic*} {inf}",
    `nous|je ne|n' accepterons|acceptons|accepterai|accepte|tolérerons|tolérons|tolérerai|tolère|admettrons|admettons|admettrai|admets pas|jamais|plus >> ${DETERMINERS}`,
    'nous|je ne le ferons|ferai pas|jamais',
    'nous|je ne ferons|ferai pas|jamais cela|ça',
    "nous|je ne|n' {word}@verb en aucun cas",
  ],
  message: '{phrase} oppose un refus sec : dites plutôt ce que vous déconseillez, et ce qui serait possible.',
  accept: (m) => {
    const verb = m.captureTokens('verb')[0];
    if (!verb) return true;
    const inf = infinitiveOfFiniteForm(verb.norm);
    if (!inf || PROTECTIVE_VERBS.has(inf)) return false;
    // "… sans votre accord": the refusal protects the client's say.
    const words = m.tokens.map((t) => t.norm).join(' ');
    if (/ sans (votre|vos) (accord|validation|autorisation|consentement)/.test(` ${words}`)) return false;
    // "… en aucun cas vos données": a commitment that protects the client.
    const object = m.after().filter(isWord).slice(0, 4).map((t) => t.norm);
    return !object.some((w) => ['données', 'informations', 'coordonnées', 'fichiers', 'contenus', 'documents', 'responsables'].includes(w));
  },
  rewrites: [
    { stance: 'softer', template: (m) => refusalRewrite(m, 0) },
    { stance: 'softer', template: (m) => refusalRewrite(m, 1) },
  ],
  examples: {
    flagged: [
      {
        text: 'Nous refusons de travailler avec votre outil de tickets actuel.',
        rewrites: [
          'Nous préférerions ne pas travailler avec votre outil de tickets actuel.',
          'Nous déconseillons de travailler avec votre outil de tickets actuel.',
        ],
      },
      {
        text: 'Nous refusons catégoriquement toute reprise du code existant.',
        rewrites: ['Nous émettons des réserves sur toute reprise du code existant.'],
      },
      {
        text: "Nous n'accepterons aucune modification du périmètre après la signature.",
        rewrites: ['Nous examinerons avec attention toute modification du périmètre après la signature.'],
      },
      { text: "Nous n'accepterons pas de retard sur les contenus.", rewrites: ['Nous ne souhaitons pas de retard sur les contenus.'] },
      {
        text: 'Nous ne travaillerons en aucun cas avec une base de données partagée.',
        rewrites: ['Nous préférerions ne pas travailler avec une base de données partagée.', 'Nous ne travaillerons pas avec une base de données partagée.'],
      },
      { text: 'Nous ne le ferons pas.', rewrites: ['Nous préférerions ne pas le faire.'] },
      { text: "Nous n'accepterons jamais de travailler sans contrat.", rewrites: ['Nous préférerions ne pas travailler sans contrat.', 'Nous déconseillons de travailler sans contrat.'] },
      {
        text: "Nous n'accepterons pas ce délai de livraison.",
        rewrites: ['Nous émettons des réserves sur ce délai de livraison.', 'Nous ne souhaitons pas ce délai de livraison.'],
      },
      { text: "Je refuse que l'équipe travaille sans cahier de recette.", rewrites: ["Je ne souhaite pas que l'équipe travaille sans cahier de recette."] },
    ],
    notFlagged: [
      'Nous ne facturerons pas les réunions de suivi.',
      'Nous ne transmettrons en aucun cas vos données à des tiers.',
      "Nous n'interviendrons en aucun cas sur la production sans votre accord.",
      'Nous ne serons en aucun cas responsables des contenus publiés.',
      'Nous acceptons les conditions de paiement décrites dans votre cahier des charges.',
      'Si nous refusons ce lot, le planning sera revu.',
    ],
  },
  rationale:
    "« Nous refusons », « nous n'accepterons aucune… » opposent un mur au client. La même réserve, formulée comme une préférence ou un examen attentif, garde la position du consultant et laisse une voie ouverte. Les engagements qui protègent le client (« nous ne transmettrons en aucun cas vos données ») et les négations bénignes (« nous ne facturerons pas ») ne sont pas visés.",
};

export const aPrendreOuALaisser: RuleDefinition = {
  id: 'refus/a-prendre-ou-a-laisser',
  lang: 'fr',
  category: 'refus',
  patterns: [
    "c' est à prendre ou à laisser",
    'à prendre ou à laisser',
    // The comma goes with the phrase, so that removing it leaves "… deux semaines.".
    ",|; un point c' est tout",
    ',|; point final',
    "c' est non",
    'la réponse est non',
  ],
  message: '{phrase} met le client devant un ultimatum : laissez plutôt la porte ouverte.',
  accept: (m) => {
    // "C'est non" only as a whole answer, not "c'est non seulement…".
    if (spanHas(m, 'non')) return endsSentence(m) || m.tokens[m.match.spanEnd]?.kind === 'punct';
    return true;
  },
  rewrites: [
    {
      stance: 'softer',
      template: (m) => {
        if (spanHas(m, 'tout', 'final')) return '';
        if (spanHas(m, 'non')) return "ce n'est pas envisageable en l'état";
        return spanHas(m, "c'") ? 'nous restons ouverts à la discussion' : 'à discuter ensemble';
      },
    },
  ],
  examples: {
    flagged: [
      {
        text: "Le prix inclut trois mois de support, c'est à prendre ou à laisser.",
        rewrites: ['Le prix inclut trois mois de support, nous restons ouverts à la discussion.'],
      },
      { text: 'Notre offre est à prendre ou à laisser.', rewrites: ['Notre offre est à discuter ensemble.'] },
      { text: "La recette dure deux semaines, un point c'est tout.", rewrites: ['La recette dure deux semaines.'] },
      { text: "Pour un hébergement hors d'Europe, c'est non.", rewrites: ["Pour un hébergement hors d'Europe, ce n'est pas envisageable en l'état."] },
    ],
    notFlagged: [
      "C'est non seulement plus rapide, mais aussi moins cher.",
      'Le point final du projet est la mise en ligne.',
      'Cette offre est-elle à prendre ou à laisser ?',
    ],
  },
  rationale:
    "Un ultimatum (« c'est à prendre ou à laisser ») transforme la proposition en rapport de force. Rester ouvert à la discussion garde l'offre telle quelle et rend la parole au client.",
};

export const FRENCH_REFUS_RULES: readonly RuleDefinition[] = [nousNeTransigeronsPas, nonNegociable, pasQuestion, nousRefusons, aPrendreOuALaisser];
