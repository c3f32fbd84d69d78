// The six postures, named and explained in both languages: hovers, reports and docs read them here.
import type { Category, Lang, Stance } from '../types.js';

export interface CategoryText {
  /** Short name. */
  label: string;
  /** Why this reads as frontal, in the article's terms. */
  note: string;
}

export const CATEGORY_TEXT: Readonly<Record<Lang, Readonly<Record<Category, CategoryText>>>> = {
  fr: {
    imposition: {
      label: 'Injonction',
      note: "Un ordre ou une obligation adressé au client : « ma vision d'abord ». Le client garde la décision ; proposez une étape plutôt qu'un impératif.",
    },
    rejet: {
      label: 'Rejet',
      note: "Un jugement sans appel sur les choix du client. Reconnaissez l'objectif, puis proposez une autre piste à examiner.",
    },
    refus: {
      label: 'Refus',
      note: 'Un refus qui ferme la discussion. Dites ce qui serait possible, et à quelle condition.',
    },
    absolu: {
      label: 'Certitude',
      note: "Une certitude qui clôt le débat. Une recommandation argumentée convainc mieux qu'une évidence affirmée.",
    },
    sachant: {
      label: 'Posture du sachant',
      note: "L'expert qui parle de haut (« je suis le sachant ») : le client se sent jugé, pas accompagné.",
    },
    complaisance: {
      label: 'Complaisance',
      note: "« Yes Man » : promettre tout, sans réserve, engage au-delà de ce qui est tenable. Acceptez l'objectif, cadrez le chemin.",
    },
  },
  en: {
    imposition: {
      label: 'Order',
      note: 'An order or obligation aimed at the client ("my vision first"). The client keeps the decision; offer a step rather than a command.',
    },
    rejet: {
      label: 'Rejection',
      note: "A flat judgement of the client's choices. Acknowledge the goal, then offer another option worth considering.",
    },
    refus: {
      label: 'Refusal',
      note: 'A refusal that closes the discussion. Say what would be possible, and on what condition.',
    },
    absolu: {
      label: 'Certainty',
      note: 'Certainty that closes the debate. A reasoned recommendation persuades better than an asserted truth.',
    },
    sachant: {
      label: 'Talking down',
      note: 'The expert talking down ("I am the one who knows"): the client feels judged, not supported.',
    },
    complaisance: {
      label: 'Yes-man',
      note: 'Promising everything, with no reservation, commits beyond what can be delivered. Accept the goal, frame the path.',
    },
  },
};

export const STANCE_LABEL: Readonly<Record<Lang, Readonly<Record<Stance, string>>>> = {
  fr: {
    suggestion: 'Reformuler en suggestion',
    'first-step': 'Proposer une première étape',
    question: 'Reformuler en question',
    softer: 'Adoucir',
    remove: 'Retirer',
  },
  en: {
    suggestion: 'Rephrase as a suggestion',
    'first-step': 'Offer a first step',
    question: 'Rephrase as a question',
    softer: 'Soften',
    remove: 'Remove',
  },
};

/** Quote marks for fix titles and messages. */
export function quotePhrase(lang: Lang, phrase: string): string {
  return lang === 'fr' ? `« ${phrase} »` : `“${phrase}”`;
}
