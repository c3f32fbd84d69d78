// Imposition (English): obligations aimed at the client — "you must", "you need to", "you have to".
import type { MatchView, RewriteSpec, RuleDefinition } from '../types.js';

const affirmative = (m: MatchView): boolean => m.captureTokens('neg').length === 0;
const plain = (m: MatchView): boolean => affirmative(m) && m.captureTokens('conn').length === 0;

/** "what you need to know", "everything you have to do": a relative clause describes, it does not order. */
const RELATIVE_HEADS = new Set(['what', 'whatever', 'everything', 'anything', 'all', 'that', 'which', 'who', 'where', 'how', 'why', 'things']);
const notInRelativeClause = (m: MatchView): boolean => {
  const prev = m.tokens[m.match.spanStart - 1];
  return !prev || !RELATIVE_HEADS.has(prev.norm);
};

/** After "that", "we suggest that you" would stack two clauses: "we believe that we suggest…". */
const notAfterThat = (m: MatchView): boolean => m.tokens[m.match.spanStart - 1]?.norm !== 'that';

const REWRITES: readonly RewriteSpec[] = [
  { stance: 'suggestion', template: 'we suggest that you {neg:neg} {conn}', when: notAfterThat },
  { stance: 'softer', template: 'you could {conn}', when: affirmative },
  { stance: 'first-step', template: 'as a first step, you could {conn}', when: (m) => affirmative(m) && notAfterThat(m) },
  { stance: 'question', template: 'why not', question: true, when: (m) => plain(m) && m.atSentenceStart },
];

const LOOKAHEAD = '>> {verb}';

export const youMust: RuleDefinition = {
  id: 'imposition/you-must',
  lang: 'en',
  category: 'imposition',
  patterns: [`you [{intensifier}] must [not|never]@neg [{intensifier}] [{connective}]@conn [{intensifier}] ${LOOKAHEAD}`],
  message: '{phrase} orders the client: offer a step instead.',
  accept: notInRelativeClause,
  rewrites: REWRITES,
  examples: {
    flagged: [
      {
        text: 'You must migrate to the cloud.',
        rewrites: [
          'We suggest that you migrate to the cloud.',
          'You could migrate to the cloud.',
          'As a first step, you could migrate to the cloud.',
          'Why not migrate to the cloud?',
        ],
      },
      { text: 'You must not publish this report.', rewrites: ['We suggest that you do not publish this report.'] },
      { text: 'You must also train your staff.', rewrites: ['We suggest that you also train your staff.'] },
      { text: 'To meet the deadline, you must hire.', rewrites: ['To meet the deadline, we suggest that you hire.'] },
    ],
    notFlagged: [
      'Must you migrate this year?',
      'If you must migrate, we will help.',
      'We must deliver the first batch in March.',
      'The API must return JSON.',
      'This is a must-have feature.',
    ],
  },
  rationale:
    '"You must" casts the client as the one who executes. In a proposal the client decides: the same idea as a suggestion or a first step keeps the substance and leaves the decision with them.',
};

export const youNeedTo: RuleDefinition = {
  id: 'imposition/you-need-to',
  lang: 'en',
  category: 'imposition',
  patterns: [
    `you [{intensifier}] [{connective}]@conn [{intensifier}] need to ${LOOKAHEAD}`,
    `you will|'ll [{connective}]@conn [{intensifier}] need to ${LOOKAHEAD}`,
  ],
  message: '{phrase} orders the client: offer a step instead.',
  accept: notInRelativeClause,
  rewrites: REWRITES,
  examples: {
    flagged: [
      { text: 'You need to rethink your pricing.', rewrites: ['We suggest that you rethink your pricing.'] },
      { text: "You'll need to replace the legacy CRM.", rewrites: ['We suggest that you replace the legacy CRM.'] },
    ],
    notFlagged: [
      'Do you need to migrate this year?',
      'Here is what you need to know.',
      "You don't need to change anything.",
      'If you need to scale, the platform allows it.',
    ],
  },
  rationale: '"You need to" presents the consultant\'s view as the client\'s necessity. A suggestion keeps the action and the decision with the client.',
};

export const youHaveTo: RuleDefinition = {
  id: 'imposition/you-have-to',
  lang: 'en',
  category: 'imposition',
  patterns: [
    `you [{intensifier}] [{connective}]@conn have to ${LOOKAHEAD}`,
    `you will|'ll [{connective}]@conn have to ${LOOKAHEAD}`,
    `you [{connective}]@conn are required|obliged|expected to ${LOOKAHEAD}`,
    `you 're [{connective}]@conn required|obliged|expected to ${LOOKAHEAD}`,
  ],
  message: '{phrase} orders the client: offer a step instead.',
  accept: notInRelativeClause,
  rewrites: REWRITES,
  examples: {
    flagged: [
      { text: 'You have to stop using spreadsheets.', rewrites: ['We suggest that you stop using spreadsheets.'] },
      { text: 'You will have to rewrite the checkout.', rewrites: ['We suggest that you rewrite the checkout.'] },
      { text: 'You are expected to validate each sprint.', rewrites: ['We suggest that you validate each sprint.'] },
    ],
    notFlagged: ['Do you have to migrate this year?', 'If you have to migrate, plan a freeze.', 'Everything you have to do is listed below.'],
  },
  rationale: '"You have to" leaves the client no choice. A suggestion keeps the action and the decision with the client.',
};

export const ENGLISH_IMPOSITION_RULES: readonly RuleDefinition[] = [youMust, youNeedTo, youHaveTo];
