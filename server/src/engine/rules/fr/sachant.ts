// Sachant (French): the expert talking down — "nous savons ce qu'il vous faut", "croyez-en notre
// expérience", "comme tout expert vous le dira", "vous ne semblez pas comprendre", "nous sommes les experts".
import type { MatchView, RuleDefinition } from '../types.js';
import type { Token } from '../../sentences.js';
import { clauseBefore, isWord } from './grammar.js';

function spanTokens(m: MatchView): readonly Token[] {
  return m.tokens.slice(m.match.spanStart, m.match.spanEnd);
}

const spanWords = (m: MatchView): string[] => spanTokens(m).filter(isWord).map((t) => t.norm);
const singular = (m: MatchView): boolean => spanWords(m).some((w) => w === 'je' || w === "j'" || w === 'sais' || w === 'suis');

/** The phrase ends with its own "," or ":" (an opener): the replacement must end with one too. */
function trailingPunctuation(m: MatchView): string {
  const last = spanTokens(m)[spanTokens(m).length - 1];
  return last && last.kind === 'punct' ? last.text : '';
}

function leadingPunctuation(m: MatchView): string {
  const first = spanTokens(m)[0];
  return first && first.kind === 'punct' ? first.text : '';
}

/** An opener replaced by another: "Croyez-en notre expérience :" → "D'après notre expérience,". */
function asOpener(m: MatchView, text: string): string {
  const lead = leadingPunctuation(m);
  const tail = trailingPunctuation(m);
  if (lead) return `${lead} ${text}`;
  return tail ? `${text},` : text;
}

export const nousSavonsCeQuIlVousFaut: RuleDefinition = {
  id: 'sachant/nous-savons-ce-qu-il-vous-faut',
  lang: 'fr',
  category: 'sachant',
  patterns: [
    "nous|je savons|sais [exactement|parfaitement|très|bien|déjà|mieux] >> ce qu' il vous faut|faudra",
    'nous|je savons|sais [exactement|parfaitement|très|bien|déjà|mieux] >> ce dont vous avez|aurez besoin',
    'nous|je savons|sais [exactement|parfaitement|très|bien|déjà|mieux] >> ce qui est bon|idéal|préférable pour vous',
    'nous|je savons|sais [exactement|parfaitement|très|bien|déjà|mieux] >> ce qui est le mieux pour vous',
    'nous|je savons|sais [exactement|parfaitement|très|bien|déjà|mieux] >> ce qui vous convient|conviendra|correspond',
    'nous|je savons|sais [exactement|parfaitement|très|bien|déjà|mieux] >> ce que vous voulez|souhaitez|attendez',
    'nous|je savons|sais [exactement|parfaitement|bien|déjà] mieux que vous',
  ],
  message: '{phrase} décide à la place du client de ce dont il a besoin : proposez plutôt de le définir ensemble.',
  rewrites: [
    {
      stance: 'suggestion',
      template: (m) => {
        if (spanWords(m).includes('vous')) return singular(m) ? 'je peux vous aider à identifier' : 'nous pouvons vous aider à identifier';
        return singular(m) ? 'je vous propose de définir ensemble' : 'nous vous proposons de définir ensemble';
      },
    },
    {
      stance: 'softer',
      template: (m) => {
        if (spanWords(m).includes('vous')) return undefined;
        return singular(m) ? 'je peux vous aider à identifier' : 'nous pouvons vous aider à identifier';
      },
    },
  ],
  examples: {
    flagged: [
      {
        text: "Nous savons ce qu'il vous faut.",
        rewrites: ["Nous vous proposons de définir ensemble ce qu'il vous faut.", "Nous pouvons vous aider à identifier ce qu'il vous faut."],
      },
      { text: 'Nous savons exactement ce dont vous avez besoin.', rewrites: ['Nous vous proposons de définir ensemble ce dont vous avez besoin.'] },
      { text: 'Nous savons mieux que vous ce qui fonctionne sur le web.', rewrites: ['Nous pouvons vous aider à identifier ce qui fonctionne sur le web.'] },
      { text: 'Je sais ce qui est bon pour vous.', rewrites: ['Je vous propose de définir ensemble ce qui est bon pour vous.'] },
    ],
    notFlagged: [
      'Nous savons que vos équipes sont très sollicitées en fin d’année.',
      "Nous ne savons pas encore ce qu'il vous faut en matière d'hébergement.",
      "Savons-nous ce qu'il vous faut ?",
    ],
  },
  rationale:
    "Affirmer savoir mieux que le client ce dont il a besoin le dépossède de son projet. Proposer de le définir ensemble garde l'expertise du consultant au service de la décision du client.",
};

const KNOWING_VERBS = /^(savons|sais|connaissons|connais|maîtrisons|maîtrise|maîtrisent|comprenons|comprends|connaît|connaissent)$/;

/** "mieux que personne" about the consultant; the same words praising the client are fine. */
export const mieuxQuePersonne: RuleDefinition = {
  id: 'sachant/mieux-que-personne',
  lang: 'fr',
  category: 'sachant',
  patterns: ['mieux que quiconque|personne|vous', 'comme personne'],
  message: '{phrase} met l’expertise du consultant au-dessus de tout débat : laissez plutôt parler les références.',
  accept: (m) => {
    const clause = clauseBefore(m).filter(isWord);
    const first = clause[0]?.norm;
    const consultant = first === 'nous' || first === 'je' || first === "j'" || ((first === 'notre' || first === 'nos') && clause.length > 1);
    if (!consultant) return false;
    // "comme personne" also says "like no one else" of a plain verb: keep it to knowing and doing.
    if (spanWords(m)[0] === 'comme') return clause.some((t) => /^(connaissons|connais|savons|sais|maîtrisons|maîtrise)$/.test(t.norm));
    return true;
  },
  rewrites: [
    { stance: 'remove', template: '' },
    // "nous savons bien ce qui…" reads well only right after the verb.
    { stance: 'softer', template: 'bien', when: (m) => KNOWING_VERBS.test(m.tokens[m.match.spanStart - 1]?.norm ?? '') },
  ],
  examples: {
    flagged: [
      {
        text: 'Avec vingt ans de métier, nous savons mieux que quiconque ce qui fonctionne.',
        rewrites: ['Avec vingt ans de métier, nous savons ce qui fonctionne.', 'Avec vingt ans de métier, nous savons bien ce qui fonctionne.'],
      },
      { text: 'Nous connaissons ce type de projet mieux que personne.', rewrites: ['Nous connaissons ce type de projet.'] },
      { text: 'Notre équipe maîtrise Drupal comme personne.', rewrites: ['Notre équipe maîtrise Drupal.'] },
      { text: 'Nous connaissons votre métier mieux que vous.', rewrites: ['Nous connaissons votre métier.'] },
    ],
    notFlagged: [
      'Votre équipe connaît mieux que quiconque les attentes de vos adhérents.',
      'Vous connaissez vos utilisateurs mieux que personne.',
      'Personne ne connaît mieux ce sujet que vos équipes terrain.',
    ],
  },
  rationale:
    "« Mieux que quiconque » place le consultant au-dessus de tout débat, et donc au-dessus du client. Les références et l'expérience se montrent mieux qu'elles ne se proclament. La même formule adressée au client (« votre équipe connaît mieux que quiconque… ») est un compliment et n'est pas visée.",
};

export const faitesNousConfiance: RuleDefinition = {
  id: 'sachant/faites-nous-confiance',
  lang: 'fr',
  category: 'sachant',
  patterns: [
    '^ faites-nous|faites-moi confiance [,|:]',
    ',|; faites-nous|faites-moi confiance $',
    '^ croyez-nous|croyez-moi|écoutez-nous|écoutez-moi [,|:]',
    "^ croyez-en notre|mon expérience [,|:]",
    "^ croyez-en notre|mon expérience >> {word}",
    "^ fiez-vous à nous|notre|mon [expérience|expertise] [,|:]",
    'laissez faire >> les experts|professionnels|spécialistes|sachants',
    'faites confiance aux >> experts|professionnels|spécialistes',
    'laissez-nous|laissez-moi faire|décider|choisir|trancher|gérer',
  ],
  message: '{phrase} demande au client de s’en remettre au consultant : donnez-lui plutôt les éléments pour décider.',
  rewrites: [
    {
      stance: 'softer',
      template: (m) => {
        const words = spanWords(m);
        if (words[0] === 'laissez' && words[1] === 'faire') return 'nous vous proposons de vous appuyer sur';
        if (words[0] === 'faites' && words[1] === 'confiance') return 'nous vous proposons de vous appuyer sur les';
        if (/^laissez-(nous|moi)$/.test(words[0] ?? '')) {
          return words[1] === 'faire' ? 'nous vous proposons de nous confier ce chantier' : `nous vous proposons de ${words[1] ?? 'décider'} ensemble`;
        }
        if (words.includes('expérience') || words.includes('expertise') || /^(croyez|faites|fiez|écoutez)/.test(words[0] ?? '')) {
          // A whole sentence ("Faites-nous confiance.") becomes an offer rather than an opener.
          if (!trailingPunctuation(m) && !leadingPunctuation(m) && m.after().every((t) => t.kind === 'punct')) {
            return 'notre expérience est à votre service';
          }
          if (!trailingPunctuation(m) && !leadingPunctuation(m)) return "d'après notre expérience,";
          return asOpener(m, "d'après notre expérience");
        }
        return undefined;
      },
    },
    {
      stance: 'remove',
      // Only a detachable opener or aside can go: "Faites-nous confiance, …", "…, faites-nous confiance."
      template: (m) => (trailingPunctuation(m) || leadingPunctuation(m) ? '' : undefined),
    },
  ],
  examples: {
    flagged: [
      {
        text: 'Croyez-en notre expérience : un site vitrine suffit largement à vos besoins.',
        rewrites: ["D'après notre expérience, un site vitrine suffit largement à vos besoins.", 'Un site vitrine suffit largement à vos besoins.'],
      },
      { text: 'Faites-nous confiance, le lot 2 sera livré en mars.', rewrites: ["D'après notre expérience, le lot 2 sera livré en mars.", 'Le lot 2 sera livré en mars.'] },
      { text: 'Faites-nous confiance.', rewrites: ['Notre expérience est à votre service.'] },
      { text: 'Laissez faire les experts.', rewrites: ['Nous vous proposons de vous appuyer sur les experts.'] },
      { text: 'Laissez-nous décider de l’architecture.', rewrites: ['Nous vous proposons de décider ensemble de l’architecture.'] },
      {
        text: 'Le lot 2 sera livré en mars, faites-nous confiance.',
        rewrites: ["Le lot 2 sera livré en mars, d'après notre expérience.", 'Le lot 2 sera livré en mars.'],
      },
    ],
    notFlagged: [
      'Vous pouvez nous faire confiance pour la maintenance ?',
      'Nous vous remercions de la confiance que vous nous accordez.',
      'Laissez-nous vos coordonnées pour recevoir la documentation.',
    ],
  },
  rationale:
    "« Faites-nous confiance », « croyez-en notre expérience » demandent au client de s'en remettre au consultant plutôt que de juger sur pièces. S'appuyer sur l'expérience (« d'après notre expérience ») garde l'argument et laisse le client juger.",
};

export const commeChacunSait: RuleDefinition = {
  id: 'sachant/comme-chacun-sait',
  lang: 'fr',
  category: 'sachant',
  patterns: [
    'comme tout le monde le sait [,]',
    'comme chacun [le] sait [,]',
    "comme nul|personne ne l' ignore [,]",
    'comme tout expert|professionnel|spécialiste|développeur|consultant [sérieux] vous le dira|dirait|confirmera|confirmerait [,]',
    "comme n' importe quel expert|professionnel|spécialiste|développeur|consultant [sérieux] vous le dira|dirait|confirmera|confirmerait [,]",
    'comme vous devriez le savoir [,]',
    "comme nous l' expliquons|répétons|disons [souvent|toujours|régulièrement] à tous nos clients [,]",
    "comme nous vous l' avons déjà|souvent dit|expliqué|répété|indiqué|rappelé [,]",
    "^ pour qui|quiconque connaît|connait [un] [tant] [soit] [peu] [{word}] [{word}] [{word}] ,",
    "vous n' êtes pas sans savoir >> que|qu'",
    "vous devriez|devez savoir >> que|qu'",
  ],
  message: '{phrase} renvoie le client à ce qu’il « devrait savoir » : exposez plutôt votre expérience.',
  accept: (m) => {
    // "Pour qui connaît …," must really say "knows even a little": not any "pour qui" clause.
    const words = spanWords(m);
    if (words[0] === 'pour' || words[0] === 'quiconque') return words.includes('peu') || words.includes('minimum');
    return true;
  },
  rewrites: [
    {
      stance: 'softer',
      template: (m) => {
        const words = spanWords(m);
        if (words[0] === 'vous') return 'vous savez sans doute';
        if (words.includes('avons')) return trailingPunctuation(m) ? 'comme évoqué précédemment,' : 'comme évoqué précédemment';
        return asOpener(m, "d'après notre expérience");
      },
    },
    {
      stance: 'remove',
      template: (m) => (trailingPunctuation(m) && m.atSentenceStart ? '' : undefined),
    },
  ],
  examples: {
    flagged: [
      {
        text: 'Comme tout expert vous le dira, le référencement se travaille dès la conception.',
        rewrites: ["D'après notre expérience, le référencement se travaille dès la conception.", 'Le référencement se travaille dès la conception.'],
      },
      {
        text: "Comme nous l'expliquons à tous nos clients, la sécurité se pense dès le départ.",
        rewrites: ["D'après notre expérience, la sécurité se pense dès le départ."],
      },
      { text: 'Pour qui connaît un tant soit peu le métier, ce choix se justifie.', rewrites: ["D'après notre expérience, ce choix se justifie."] },
      { text: 'Vous n’êtes pas sans savoir que le RGAA évolue.', rewrites: ['Vous savez sans doute que le RGAA évolue.'] },
      { text: 'Vous devriez savoir que le RGAA évolue.', rewrites: ['Vous savez sans doute que le RGAA évolue.'] },
      { text: 'Comme nous vous l’avons déjà expliqué, la recette dure deux semaines.', rewrites: ['Comme évoqué précédemment, la recette dure deux semaines.'] },
    ],
    notFlagged: [
      'Comme vous le savez, le lot 1 se termine en mars.',
      'Comme nous l’avons indiqué en section 2, la recette dure deux semaines.',
      'Pour qui souhaite aller plus loin, une formation est proposée.',
    ],
  },
  rationale:
    "« Comme tout expert vous le dira », « comme chacun sait » insinuent que le client ignore ce que tout le monde sait. L'expérience du consultant, présentée comme telle, porte le même argument sans rabaisser. Les renvois neutres (« comme indiqué en section 2 ») ne sont pas visés.",
};

const COMPREHENSION_VERBS = 'comprendre|mesurer|saisir|réaliser|percevoir|voir';
const HEDGES = '[sans] [doute|probablement|peut-être|visiblement|manifestement|certainement|toujours]';

function comprehensionRewrite(m: MatchView, choice: 0 | 1): string | undefined {
  const words = spanWords(m);
  const next = m.tokens[m.match.spanEnd];
  if (words[0] === 'contrairement') return choice === 0 ? `contrairement à une idée répandue${trailingPunctuation(m)}` : trailingPunctuation(m) ? '' : undefined;
  if (words[0] === 'ce') return choice === 0 ? 'ce que nous souhaitons souligner' : undefined;
  if (words.includes('dû')) return choice === 0 ? 'il aurait été préférable de' : undefined;
  if (words[0] === 'il' && words.includes('comprendre') && words.includes('faut')) return choice === 0 ? 'il nous semble utile de rappeler' : undefined;
  const bare = !next || next.kind === 'punct';
  if (bare) return choice === 0 ? 'nous nous sommes peut-être mal expliqués' : undefined;
  // "conscience des risques" → "souligner les risques": the article hidden in "des"/"du" comes back.
  const prep = m.captureTokens('prep')[0]?.norm;
  if (prep !== undefined) {
    const article = prep === 'des' ? ' les' : prep === 'du' ? ' le' : prep === "d'" ? ' ' : '';
    return choice === 0 ? `il nous semble utile de souligner${article}` : undefined;
  }
  if (choice === 0) return 'il nous semble utile de souligner';
  const follows = next.norm;
  if (follows === 'que' || follows === "qu'" || follows === 'à' || follows === 'combien' || follows === 'pourquoi' || follows === 'comment') return undefined;
  return 'nous souhaitons attirer votre attention sur';
}

export const vousNeComprenezPas: RuleDefinition = {
  id: 'sachant/vous-ne-comprenez-pas',
  lang: 'fr',
  category: 'sachant',
  patterns: [
    `vous ne semblez|paraissez ${HEDGES} pas ${COMPREHENSION_VERBS}`,
    `vous ne comprenez|mesurez|saisissez|réalisez|percevez ${HEDGES} pas`,
    'vous sous-estimez [sans] [doute|probablement|visiblement|manifestement|largement|complètement]',
    'vous ignorez [sans] doute|probablement|visiblement|manifestement|peut-être',
    "vous n' avez pas|guère conscience de|d'|des|du@prep",
    "vous n' avez pas|guère conscience >> que|qu'",
    "vous n' y connaissez rien",
    'ce que vous ne comprenez|voyez|mesurez|saisissez pas',
    'il est temps que vous compreniez|réalisiez|admettiez|saisissiez|mesuriez|acceptiez',
    "il faut|faudrait [bien] comprendre >> que|qu'",
    'contrairement à ce que vous pensez|croyez|imaginez|semblez|pourriez [croire|penser] [,]',
    'vous auriez dû',
    "vous devez|devriez|devrez [bien] comprendre|réaliser|admettre|accepter >> que|qu'",
  ],
  message: '{phrase} reproche au client de ne pas comprendre : apportez plutôt l’élément qui lui manque.',
  accept: (m) => {
    const words = spanWords(m);
    // "Ce que vous ne voyez pas" talks down only when it announces the point: "…, c'est que".
    if (words[0] === 'ce' && words.includes('voyez')) return m.after().some((t) => t.norm === "c'");
    // "vous auriez dû" + an infinitive: a reproach. "vous auriez dû recevoir" (a supposition) is not.
    if (words.includes('dû')) {
      const next = m.after().filter(isWord)[0]?.norm ?? '';
      return !['recevoir', 'avoir', 'être', 'voir', 'trouver'].includes(next);
    }
    return true;
  },
  rewrites: [
    { stance: 'softer', template: (m) => comprehensionRewrite(m, 0) },
    { stance: 'softer', template: (m) => comprehensionRewrite(m, 1) },
  ],
  examples: {
    flagged: [
      {
        text: 'Vous ne mesurez sans doute pas la complexité d’une migration de données.',
        rewrites: [
          'Il nous semble utile de souligner la complexité d’une migration de données.',
          'Nous souhaitons attirer votre attention sur la complexité d’une migration de données.',
        ],
      },
      {
        text: "Ce que vous ne comprenez pas, c'est qu'une application se maintient.",
        rewrites: ["Ce que nous souhaitons souligner, c'est qu'une application se maintient."],
      },
      { text: "Il est temps que vous compreniez l'importance de l'accessibilité.", rewrites: ["Il nous semble utile de souligner l'importance de l'accessibilité."] },
      {
        text: 'Contrairement à ce que vous pensez, la performance dépend aussi du code.',
        rewrites: ['Contrairement à une idée répandue, la performance dépend aussi du code.', 'La performance dépend aussi du code.'],
      },
      { text: 'Vous ne semblez pas comprendre que le budget est fixe.', rewrites: ['Il nous semble utile de souligner que le budget est fixe.'] },
      { text: 'Il faut bien comprendre que la recette prend du temps.', rewrites: ['Il nous semble utile de rappeler que la recette prend du temps.'] },
      { text: 'Vous auriez dû nous consulter plus tôt.', rewrites: ['Il aurait été préférable de nous consulter plus tôt.'] },
      { text: 'Vous devez comprendre que la sécurité a un coût.', rewrites: ['Il nous semble utile de souligner que la sécurité a un coût.'] },
      { text: "Vous n'avez pas conscience des risques.", rewrites: ['Il nous semble utile de souligner les risques.'] },
      { text: "Vous n'avez pas conscience d'un point clé.", rewrites: ['Il nous semble utile de souligner un point clé.'] },
      { text: 'Vous sous-estimez la charge de la reprise des données.', rewrites: ['Il nous semble utile de souligner la charge de la reprise des données.'] },
    ],
    notFlagged: [
      'Si vous ne comprenez pas un terme, le glossaire en annexe le définit.',
      'Vous auriez dû recevoir le devis hier.',
      'Nous comprenons que le budget est fixe.',
      'Comprenez-vous les enjeux de la reprise ?',
    ],
  },
  rationale:
    "Dire au client qu'il ne comprend pas, ne mesure pas ou aurait dû savoir le met en position d'élève. Apporter l'élément (« il nous semble utile de souligner… ») transmet la même information sans jugement sur l'interlocuteur.",
};

export const nousSommesLesExperts: RuleDefinition = {
  id: 'sachant/nous-sommes-les-experts',
  lang: 'fr',
  category: 'sachant',
  patterns: [
    'nous sommes les experts|spécialistes|professionnels|sachants',
    "je suis l' expert|experte|spécialiste|professionnel|professionnelle",
    "c' est nous les experts|spécialistes|professionnels",
    "c' est [donc] à nous de|d' décider|choisir|trancher|arbitrer|juger|définir|déterminer|fixer|imposer@verb",
    "ce n' est pas à vous de|d' décider|choisir|trancher|arbitrer|juger|définir|déterminer|fixer@verb",
    'nous avons << [déjà] vu cent|mille fois',
    'nous avons << [déjà] vu des centaines|dizaines|milliers de fois',
    'nous avons << [déjà] vu trop|tant de',
    '^ soyons clairs|honnêtes|francs|lucides|sérieux|réalistes ,|:',
    "nous vous l' avions bien dit",
    'nous vous avions prévenus|prévenu|prévenue|prévenues',
  ],
  message: '{phrase} met en avant le statut d’expert plutôt que les arguments : laissez plutôt parler les faits.',
  rewrites: [
    {
      stance: 'softer',
      template: (m) => {
        const words = spanWords(m);
        if (words.includes('vu')) {
          if (words.includes('trop') || words.includes('tant')) return 'parfois vu des';
          return 'parfois vu';
        }
        if (words[0] === 'soyons') return `précisons-le${trailingPunctuation(m) === ':' ? ' :' : ','}`;
        if (words.includes('prévenus') || words.includes('prévenu') || words.includes('prévenue') || words.includes('prévenues') || words.includes('dit')) {
          return "comme nous l'avions évoqué";
        }
        const verb = m.capture('verb');
        if (verb) return `nous vous proposons${words.includes('donc') ? ' donc' : ''} de ${verb.toLowerCase()} ensemble`;
        return 'notre expérience peut vous éclairer';
      },
    },
    {
      stance: 'softer',
      template: (m) => {
        const words = spanWords(m);
        if (words[0] === 'nous' && words[1] === 'sommes') return 'nous mettons notre expertise à votre service';
        if (words[0] === 'je' && words[1] === 'suis') return 'je mets mon expertise à votre service';
        return undefined;
      },
    },
  ],
  examples: {
    flagged: [
      {
        text: 'Nous sommes les experts : notre recommandation suit ce constat.',
        rewrites: ['Notre expérience peut vous éclairer : notre recommandation suit ce constat.', 'Nous mettons notre expertise à votre service : notre recommandation suit ce constat.'],
      },
      { text: "C'est donc à nous de décider de l'architecture.", rewrites: ["Nous vous proposons donc de décider ensemble de l'architecture."] },
      { text: "Ce n'est pas à vous de choisir l'hébergeur.", rewrites: ["Nous vous proposons de choisir ensemble l'hébergeur."] },
      { text: 'Nous avons déjà vu cent fois des projets comme le vôtre échouer.', rewrites: ['Nous avons parfois vu des projets comme le vôtre échouer.'] },
      { text: 'Soyons clairs : le budget ne suffira pas.', rewrites: ['Précisons-le : le budget ne suffira pas.'] },
      { text: 'Nous avons vu trop de projets déraper faute de cadrage.', rewrites: ['Nous avons parfois vu des projets déraper faute de cadrage.'] },
    ],
    notFlagged: [
      'Nous sommes des spécialistes reconnus de la conception accessible.',
      "C'est à nous de livrer les sources à la fin du projet.",
      'Nous avons vu ensemble les trois scénarios lors de l’atelier.',
    ],
  },
  rationale:
    "Se poser en expert (« nous sommes les experts », « c'est à nous de décider ») remplace l'argument par le statut. Mettre l'expertise au service du client, ou proposer de décider ensemble, garde la compétence et rend la décision au client.",
};

export const FRENCH_SACHANT_RULES: readonly RuleDefinition[] = [
  nousSavonsCeQuIlVousFaut,
  mieuxQuePersonne,
  faitesNousConfiance,
  commeChacunSait,
  vousNeComprenezPas,
  nousSommesLesExperts,
];
