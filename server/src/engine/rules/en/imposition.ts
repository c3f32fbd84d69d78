// Imposition (English): orders and obligations aimed at the client: "you must", "you need to",
// "you have to", "your team must", "it is essential that you", "we require you to", and forceful
// imperatives at sentence start ("Stop…", "Scrap…", "Don't…").
import type { MatchView, RewriteSpec, RuleDefinition } from '../types.js';
import type { Token } from '../../sentences.js';
import { isEnglishGerund } from './slots.js';
import { isEnglishBaseVerb } from '../../rewrite/en-verbs.js';
import { lowerFirst, TECHNICAL_NOUNS } from './grammar.js';

const affirmative = (m: MatchView): boolean => m.captureTokens('neg').length === 0;
const plain = (m: MatchView): boolean => affirmative(m) && m.captureTokens('conn').length === 0;

/** "what you need to know", "everything you have to do": a relative clause describes, it does not order. */
const RELATIVE_HEADS = new Set(['what', 'whatever', 'everything', 'anything', 'all', 'that', 'which', 'who', 'where', 'how', 'why', 'things']);
const NOUN_PHRASE_OPENERS = new Set(['the', 'a', 'an', 'any', 'all', 'some', 'every', 'each', 'this', 'these', 'those', 'no', 'our', 'their', 'its']);
const PREPOSITIONS = new Set(['in', 'at', 'on', 'for', 'during', 'from', 'by', 'with', 'after', 'before', 'until', 'to', 'of', 'within', 'over', 'under']);

const notInRelativeClause = (m: MatchView): boolean => {
  const prev = m.tokens[m.match.spanStart - 1];
  if (!prev) return true;
  if (RELATIVE_HEADS.has(prev.norm)) return false;
  if (prev.kind !== 'word') return true;
  // "the tools you need to start": a noun phrase right before "you" is what the clause describes; after
  // a preposition ("In this phase you must…") the noun phrase is an adverbial and "you" the subject.
  for (let k = m.match.spanStart - 2; k >= Math.max(0, m.match.spanStart - 4); k--) {
    const t = m.tokens[k] as Token;
    if (t.kind !== 'word') return true;
    if (NOUN_PHRASE_OPENERS.has(t.norm)) {
      const before = m.tokens[k - 1];
      return before !== undefined && PREPOSITIONS.has(before.norm);
    }
  }
  return true;
};

/** After "that", "we suggest that you" would stack two clauses: "we believe that we suggest…". */
const notAfterThat = (m: MatchView): boolean => m.tokens[m.match.spanStart - 1]?.norm !== 'that';

/** Past participles that do not end in -ed/-en/-wn: "you must have *got*", "must have *sent*". */
const IRREGULAR_PARTICIPLES = new Set([
  'got', 'had', 'made', 'done', 'seen', 'heard', 'read', 'sent', 'left', 'lost', 'met', 'paid', 'said', 'told',
  'thought', 'built', 'bought', 'brought', 'found', 'kept', 'spent', 'understood', 'felt', 'meant', 'put',
  'set', 'run', 'come', 'become', 'won', 'sold', 'held', 'led', 'taught', 'caught', 'struck', 'stood', 'hit',
  'cut', 'let', 'shut', 'spread', 'begun', 'drunk', 'sung', 'swum', 'slept', 'dealt', 'learnt', 'burnt',
]);

/** Adjectives of "you must be …" that guess a state rather than order one: "you must be wondering". */
const EPISTEMIC_STATES = new Set(['aware', 'familiar', 'wondering', 'pleased', 'relieved', 'tired', 'busy', 'proud', 'excited', 'thinking', 'joking', 'used', 'delighted', 'curious', 'keen']);

function isParticiple(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  return /(ed|en|wn)$/.test(t.norm) || IRREGULAR_PARTICIPLES.has(t.norm);
}

/** Steps of a user manual: "you must click Save", "you need to log in". */
const INTERFACE_VERBS = new Set([
  'log', 'click', 'select', 'enter', 'type', 'press', 'tap', 'scroll', 'tick', 'fill', 'reset', 'refresh',
  'reload', 'hover', 'drag', 'navigate', 'double-click', 'right-click', 'swipe', 're-enter', 'untick',
]);

/**
 * "You must have received the minutes", "you must be wondering": a guess, not an order. "You must be
 * logged in", "you need to click Save": a condition of use or a step of a manual, not an order.
 */
const notEpistemic = (m: MatchView): boolean => {
  const after = m.after();
  const verb = after[0]?.norm;
  if (verb === 'have' || verb === "'ve") return !isParticiple(after[1]);
  if (verb === 'be') {
    const state = after[1];
    if (state?.norm === 'at' && after[2]?.norm === 'least') return false;
    return !EPISTEMIC_STATES.has(state?.norm ?? '') && !isEnglishGerund(state) && !isParticiple(state);
  }
  if (verb === 'sign' && ['in', 'up', 'out', 'on'].includes(after[1]?.norm ?? '')) return false;
  return !INTERFACE_VERBS.has(verb ?? '');
};

const REWRITES: readonly RewriteSpec[] = [
  { stance: 'suggestion', template: 'we suggest that you {neg:neg} {conn}', when: notAfterThat },
  { stance: 'softer', template: 'you could {conn}', when: affirmative },
  { stance: 'first-step', template: 'as a first step, you could {conn}', when: (m) => affirmative(m) && notAfterThat(m) },
  { stance: 'question', template: 'why not', question: true, when: (m) => plain(m) && m.atSentenceStart },
];

const LOOKAHEAD = '>> {verb}';

/** Verbs that throw out what the client has: their imperative is an order, not an instruction. */
const FORCEFUL_VERBS = 'stop|scrap|ditch|drop|abandon|forget|quit|cease|dump|axe|shelve|discard|kill';

const FORCEFUL_VERB_SET = new Set([...FORCEFUL_VERBS.split('|'), 'give', 'get', 'throw']);
const ORDER_MESSAGE = '{phrase} orders the client: offer a step instead.';

export const youMust: RuleDefinition = {
  id: 'imposition/you-must',
  lang: 'en',
  category: 'imposition',
  patterns: [
    `you [{intensifier}] must|shall [not|never|n't]@neg [{intensifier}] [{connective}]@conn [{intensifier}] ${LOOKAHEAD}`,
    `you 'd|had [{intensifier}] better [not|never]@neg [{connective}]@conn ${LOOKAHEAD}`,
  ],
  message: ORDER_MESSAGE,
  accept: (m) => notInRelativeClause(m) && notEpistemic(m),
  rewrites: REWRITES,
  examples: {
    flagged: [
      {
        text: 'You must migrate to the cloud.',
        rewrites: [
          'We suggest that you migrate to the cloud.',
          'As a first step, you could migrate to the cloud.',
          'Why not migrate to the cloud?',
          'You could migrate to the cloud.',
        ],
      },
      { text: 'You must not publish this report.', rewrites: ['We suggest that you do not publish this report.'] },
      { text: 'You mustn’t publish this report.', rewrites: ['We suggest that you do not publish this report.'] },
      { text: 'You must also train your staff.', rewrites: ['We suggest that you also train your staff.'] },
      { text: 'To meet the deadline, you must hire.', rewrites: ['To meet the deadline, we suggest that you hire.'] },
      { text: "You'd better freeze the scope now.", rewrites: ['We suggest that you freeze the scope now.'] },
      { text: 'You shall provide a test environment.', rewrites: ['We suggest that you provide a test environment.'] },
    ],
    notFlagged: [
      'Must you migrate this year?',
      'If you must migrate, we will help.',
      'We must deliver the first batch in March.',
      'The API must return JSON.',
      'This is a must-have feature.',
      'You must have received the minutes by now.',
      'You must be wondering why the audit took longer.',
      'You should review the hosting contract before renewal.',
      'Make sure the test accounts exist before the workshop.',
      'You must be logged in to see the dashboard.',
      'In the admin panel, you must select a role for each user.',
    ],
  },
  rationale:
    '"You must" casts the client as the one who executes. In a proposal the client decides: the same idea as a suggestion or a first step keeps the substance and leaves the decision with them. "You must have received…" and "you must be wondering…" guess at a state and stay quiet. "You should…" is how English gives advice, and "make sure…" how it asks a favour: neither is flagged.',
};

export const youNeedTo: RuleDefinition = {
  id: 'imposition/you-need-to',
  lang: 'en',
  category: 'imposition',
  patterns: [
    `you [{intensifier}] [{connective}]@conn [{intensifier}] need to ${LOOKAHEAD}`,
    `you will|'ll [{connective}]@conn [{intensifier}] need to ${LOOKAHEAD}`,
    `you are|'re [{connective}]@conn going to need to ${LOOKAHEAD}`,
  ],
  message: ORDER_MESSAGE,
  accept: (m) => notInRelativeClause(m) && notEpistemic(m),
  rewrites: REWRITES,
  examples: {
    flagged: [
      { text: 'You need to rethink your pricing.', rewrites: ['We suggest that you rethink your pricing.'] },
      { text: "You'll need to replace the legacy CRM.", rewrites: ['We suggest that you replace the legacy CRM.'] },
      { text: 'You absolutely need to redesign the checkout.', rewrites: ['We suggest that you redesign the checkout.'] },
      { text: 'You are going to need to hire a data engineer.', rewrites: ['We suggest that you hire a data engineer.'] },
      { text: 'At this stage you need to choose a hosting provider.', rewrites: ['At this stage we suggest that you choose a hosting provider.'] },
    ],
    notFlagged: [
      'Do you need to migrate this year?',
      'Here is what you need to know.',
      "You don't need to change anything.",
      'If you need to scale, the platform allows it.',
      'You will not need to install anything.',
      'This handbook gives you the tools you need to start.',
    ],
  },
  rationale: '"You need to" presents the consultant\'s view as the client\'s necessity. A suggestion keeps the action and the decision with the client.',
};

/** What follows "you need" when it is not something to recommend: "you need to", "you need help". */
const NOT_A_NEED = new Set(['to', 'not', "n't", 'it', 'them', 'us', 'me', 'help', 'anything', 'nothing', 'something', 'only', 'never']);
/** Things one needs to use a product: "You need an account to log in" describes a prerequisite. */
const PREREQUISITES = new Set([
  'account', 'accounts', 'login', 'password', 'passwords', 'key', 'keys', 'token', 'tokens', 'badge', 'permission', 'permissions',
  'access', 'subscription', 'privilege', 'privileges', 'rights', 'admin', 'administrator',
]);
const USE_VERBS = new Set([
  ...INTERFACE_VERBS, 'use', 'access', 'connect', 'run', 'install', 'view', 'see', 'open', 'edit', 'download', 'upload',
  'read', 'register', 'sign', 'start', 'receive', 'get', 'launch', 'print', 'attend', 'enter', 'join', 'follow',
]);

function isRecommendableNeed(m: MatchView): boolean {
  if (m.tokens[m.match.spanStart]?.norm === 'what') return true;
  const after = m.after();
  const next = after[0];
  if (!next || next.kind !== 'word' || NOT_A_NEED.has(next.norm)) return false;
  const object = after.slice(0, 5);
  if (object.some((t) => TECHNICAL_NOUNS.has(t.norm) || PREREQUISITES.has(t.norm))) return false;
  // "You need a modern browser to use the dashboard": a prerequisite of use.
  const to = after.findIndex((t) => t.norm === 'to');
  if (to > 0 && USE_VERBS.has(after[to + 1]?.norm ?? '')) return false;
  return true;
}

export const youNeedSomething: RuleDefinition = {
  id: 'imposition/you-need-a',
  lang: 'en',
  category: 'imposition',
  patterns: [
    'you [{intensifier}] [{connective}]@conn [{intensifier}] need >> {word}',
    "you will|'ll [{connective}]@conn [{intensifier}] need >> {word}",
    '^ what you [really] need is',
  ],
  message: '{phrase} tells the client what they lack: recommend it instead.',
  accept: (m) => notInRelativeClause(m) && isRecommendableNeed(m),
  rewrites: [
    { stance: 'suggestion', template: (m) => (m.tokens[m.match.spanStart]?.norm === 'what' ? 'what we would recommend is' : 'we would recommend'), when: notAfterThat },
    { stance: 'softer', template: (m) => (m.tokens[m.match.spanStart]?.norm === 'what' ? 'what could help is' : 'you could benefit from') },
  ],
  examples: {
    flagged: [
      { text: 'You need a full-time product owner.', rewrites: ['We would recommend a full-time product owner.', 'You could benefit from a full-time product owner.'] },
      { text: 'You really need more automated tests.', rewrites: ['We would recommend more automated tests.'] },
      { text: "You'll need a dedicated project manager.", rewrites: ['We would recommend a dedicated project manager.'] },
      { text: 'What you need is a brochure site.', rewrites: ['What we would recommend is a brochure site.'] },
    ],
    notFlagged: [
      'You need an account to log in.',
      'You will need a modern browser to use the dashboard.',
      'Here is everything you need for the kick-off.',
      'If you need help, call us.',
      'Do you need a second workshop?',
      'You need not install anything.',
    ],
  },
  rationale:
    '"You need a…" states what the client lacks as a fact. "We would recommend…" offers the same thing as advice. Prerequisites of use ("you need an account to log in") stay quiet.',
};

export const youHaveTo: RuleDefinition = {
  id: 'imposition/you-have-to',
  lang: 'en',
  category: 'imposition',
  patterns: [
    `you [{intensifier}] [{connective}]@conn have to ${LOOKAHEAD}`,
    `you [{intensifier}] [{connective}]@conn have|'ve got to ${LOOKAHEAD}`,
    `you [{intensifier}] got to ${LOOKAHEAD}`,
    `you [{intensifier}] gotta ${LOOKAHEAD}`,
    `you will|'ll [{connective}]@conn have to ${LOOKAHEAD}`,
    `you are|'re [{connective}]@conn going to have to ${LOOKAHEAD}`,
    `you [{connective}]@conn are required|obliged|expected to ${LOOKAHEAD}`,
    `you 're [{connective}]@conn required|obliged|expected to ${LOOKAHEAD}`,
  ],
  message: ORDER_MESSAGE,
  accept: (m) => notInRelativeClause(m) && notEpistemic(m),
  rewrites: REWRITES,
  examples: {
    flagged: [
      { text: 'You have to stop using spreadsheets.', rewrites: ['We suggest that you stop using spreadsheets.'] },
      { text: 'You will have to rewrite the checkout.', rewrites: ['We suggest that you rewrite the checkout.'] },
      { text: 'You are expected to validate each sprint.', rewrites: ['We suggest that you validate each sprint.'] },
      { text: "You've got to fix the data model first.", rewrites: [
          'We suggest that you fix the data model first.',
          'As a first step, you could fix the data model first.',
          'Why not fix the data model first?',
          'You could fix the data model first.',
        ] },
    ],
    notFlagged: [
      'Do you have to migrate this year?',
      'If you have to migrate, plan a freeze.',
      'Everything you have to do is listed below.',
      'You have got a point about the budget.',
      'You got access to the staging server yesterday.',
    ],
  },
  rationale: '"You have to" leaves the client no choice. A suggestion keeps the action and the decision with the client.',
};

/** People on the client's side: "your team", "your IT department", "your product owner". */
const CLIENT_PEOPLE =
  'team|teams|staff|developers|engineers|employees|managers|management|department|departments|people|board|executives|leadership|designers|analysts|administrators|admins|colleagues|owner|manager|sponsor|cto|cio|ceo|cfo|director|directors|architect|architects|lead|leads|officer|officers|organisation|organization|company';

/** "Your team" as written, up to the noun, with the first letter lowered unless it is an acronym. */
function clientSubject(m: MatchView): string | undefined {
  const who = m.match.captures.get('who');
  const first = m.tokens[m.match.captures.get('your')?.start ?? -1];
  if (!who || !first) return undefined;
  const last = m.tokens[who.end - 1] as Token;
  return lowerFirst(m.text.slice(first.start, last.end));
}

const withSubject =
  (frame: (subject: string, m: MatchView) => string) =>
  (m: MatchView): string | undefined => {
    const subject = clientSubject(m);
    return subject === undefined ? undefined : frame(subject, m);
  };

const connective = (m: MatchView): string => (m.capture('conn') ? ` ${m.capture('conn') as string}` : '');

export const yourTeamMust: RuleDefinition = {
  id: 'imposition/your-team-must',
  lang: 'en',
  category: 'imposition',
  patterns: [
    `your@your [{word}] ${CLIENT_PEOPLE}@who [{intensifier}] must|shall [not|never|n't]@neg [{intensifier}] [{connective}]@conn [{intensifier}] ${LOOKAHEAD}`,
    `your@your [{word}] ${CLIENT_PEOPLE}@who [{intensifier}] [{connective}]@conn [{intensifier}] need|needs|has|have to ${LOOKAHEAD}`,
    `your@your [{word}] ${CLIENT_PEOPLE}@who will|'ll [{connective}]@conn [{intensifier}] need|have to ${LOOKAHEAD}`,
    `your@your [{word}] ${CLIENT_PEOPLE}@who [{connective}]@conn is|are required|obliged|expected to ${LOOKAHEAD}`,
  ],
  message: '{phrase} gives the client\'s people an order: offer a step instead.',
  accept: (m) => notInRelativeClause(m) && notEpistemic(m),
  rewrites: [
    {
      stance: 'suggestion',
      template: withSubject((s, m) => (affirmative(m) ? `we suggest that ${s}${connective(m)}` : `we suggest that ${s}${connective(m)} not`)),
      when: notAfterThat,
    },
    { stance: 'softer', template: withSubject((s, m) => `${s} could${connective(m)}`), when: affirmative },
    { stance: 'first-step', template: withSubject((s, m) => `as a first step, ${s} could${connective(m)}`), when: (m) => affirmative(m) && notAfterThat(m) },
  ],
  examples: {
    flagged: [
      {
        text: 'Your team must absolutely learn Kubernetes.',
        rewrites: [
          'We suggest that your team learn Kubernetes.',
          'As a first step, your team could learn Kubernetes.',
          'Your team could learn Kubernetes.',
        ],
      },
      { text: 'Your IT department will need to open the firewall.', rewrites: ['We suggest that your IT department open the firewall.'] },
      { text: 'Your product owner has to attend every review.', rewrites: ['We suggest that your product owner attend every review.'] },
      { text: 'Your developers must not deploy on Fridays.', rewrites: ['We suggest that your developers not deploy on Fridays.'] },
    ],
    notFlagged: [
      'Our team must deliver a first version by April.',
      'If your team needs to build skills, we offer two days of training.',
      'Does your team need training before the switch?',
      'Your users must log in again after thirty minutes.',
      'The project manager will need to arbitrate between requests.',
      'Your team must have received the invitation.',
    ],
  },
  rationale:
    '"Your team must…" orders the client\'s people through their manager. Obligations of the consultant ("our team must"), of a vendor, of users or of a system state requirements and stay quiet.',
};

const OBLIGATION_ADJECTIVES =
  'essential|imperative|mandatory|vital|crucial|critical|compulsory|paramount|indispensable|necessary|obligatory';

/** The client named in the phrase: "you" ("that you", "for you", or nobody named), or "your IT team". */
function impersonalSubject(m: MatchView): string {
  const your = m.match.captures.get('subj');
  const who = m.match.captures.get('who');
  if (!your || !who || m.tokens[your.start]?.norm !== 'your') return 'you';
  return lowerFirst(m.text.slice((m.tokens[your.start] as Token).start, (m.tokens[who.end - 1] as Token).end));
}

/** "It's time for <someone> to…": the pattern stops at "for", the rest is read by code. */
const timeForSomeone = (m: MatchView): boolean => m.tokens[m.match.spanEnd - 1]?.norm === 'for';

export const itIsEssentialThatYou: RuleDefinition = {
  id: 'imposition/it-is-essential-that-you',
  lang: 'en',
  category: 'imposition',
  patterns: [
    `it is|'s [{intensifier}] ${OBLIGATION_ADJECTIVES} that you@subj [{intensifier}] ${LOOKAHEAD}`,
    `it will|'ll|would be [{intensifier}] ${OBLIGATION_ADJECTIVES} that you@subj [{intensifier}] ${LOOKAHEAD}`,
    `it is|'s [{intensifier}] ${OBLIGATION_ADJECTIVES} that your@subj [{word}] ${CLIENT_PEOPLE}@who ${LOOKAHEAD}`,
    `it is|'s [{intensifier}] ${OBLIGATION_ADJECTIVES} that your@subj [{word}] ${CLIENT_PEOPLE}@who >> {verb3}`,
    `it is|'s [{intensifier}] ${OBLIGATION_ADJECTIVES} for you@subj to ${LOOKAHEAD}`,
    `it is|'s [{intensifier}] ${OBLIGATION_ADJECTIVES} to ${LOOKAHEAD}`,
    `it is|'s [high|about] time for you@subj to ${LOOKAHEAD}`,
    `it is|'s [high|about] time to ${LOOKAHEAD}`,
    `it is|'s [high|about] time for >> {word}`,
  ],
  message: '{phrase} turns the consultant\'s advice into the client\'s obligation: offer a step instead.',
  // "It is essential to keep the site online": an impersonal requirement. It orders the client only when
  // the client is named ("that you", "for you") or the object is theirs ("to rewrite your billing module").
  accept: (m) => {
    if (timeForSomeone(m)) {
      // "It's time for your board to…", "It's time for budget officials to stop asking…".
      const after = m.after().slice(0, 10);
      const to = after.findIndex((t) => t.norm === 'to');
      return to > 0 && (after.slice(0, to).some((t) => t.norm === 'your' || t.norm === 'you') || FORCEFUL_VERB_SET.has(after[to + 1]?.norm ?? ''));
    }
    if (m.captureTokens('subj').length > 0) return true;
    const after = m.after();
    return after.some((t) => t.norm === 'your' || t.norm === 'yours') || FORCEFUL_VERB_SET.has(after[0]?.norm ?? '');
  },
  rewrites: [
    { stance: 'softer', template: 'it may be time for', when: timeForSomeone },
    { stance: 'suggestion', template: (m) => `we suggest that ${impersonalSubject(m)}`, when: (m) => !timeForSomeone(m) },
    {
      stance: 'first-step',
      template: (m) => `as a first step, ${impersonalSubject(m)} could`,
      // "…that your team attends" keeps its verb form: "could attends" would not be English.
      when: (m) => !timeForSomeone(m) && isEnglishBaseVerb(m.after()[0]?.norm ?? ''),
    },
    {
      stance: 'question',
      template: 'why not',
      question: true,
      when: (m) => m.atSentenceStart && !timeForSomeone(m) && (m.captureTokens('subj').length === 0 || m.captureTokens('subj')[0]?.norm === 'you'),
    },
  ],
  examples: {
    flagged: [
      {
        text: 'It is essential that you appoint a full-time product owner.',
        rewrites: [
          'We suggest that you appoint a full-time product owner.',
          'As a first step, you could appoint a full-time product owner.',
          'Why not appoint a full-time product owner?',
        ],
      },
      { text: "It's imperative that your IT team update the servers.", rewrites: ['We suggest that your IT team update the servers.'] },
      { text: "It's vital that your team attends the training.", rewrites: ['We suggest that your team attends the training.'] },
      { text: 'It is vital to rewrite your billing module.', rewrites: ['We suggest that you rewrite your billing module.'] },
      { text: 'It is time for you to replace the legacy CRM.', rewrites: ['We suggest that you replace the legacy CRM.'] },
      { text: 'It is time to stop printing the reports.', rewrites: ['We suggest that you stop printing the reports.'] },
      { text: "It's time for the steering committee to stop asking for detailed plans.", rewrites: ['It may be time for the steering committee to stop asking for detailed plans.'] },
    ],
    notFlagged: [
      'It is essential that the application stays online during the migration.',
      'It is essential to keep the site online during the migration.',
      'Is it essential that the app works offline?',
      "It's important to understand the constraints at play.",
      'It is essential for us to meet your team before the kick-off.',
      'It is time to move to phase 2.',
      'It is time for the steering committee to meet again.',
    ],
  },
  rationale:
    '"It is essential that you…" hides the order behind an impersonal judgement; the client still hears an obligation. Impersonal requirements about the system ("it is essential that the application stays online") are not orders, and "important" is left alone: "it is important to understand…" is how advice is usually written.',
};

export const youHaveNoChoice: RuleDefinition = {
  id: 'imposition/no-choice-but',
  lang: 'en',
  category: 'imposition',
  patterns: [
    `you [{connective}]@conn have|'ve [got] no [other] choice|option|alternative but|than|except to ${LOOKAHEAD}`,
    `we [{intensifier}] require|expect|need you to ${LOOKAHEAD}`,
    `you [simply] cannot|can't afford not to ${LOOKAHEAD}`,
    `you [simply] ca n't afford not to ${LOOKAHEAD}`,
    `we [must] [{intensifier}] require|expect|insist|demand that you ${LOOKAHEAD}`,
  ],
  message: '{phrase} leaves the client no choice: offer a step instead.',
  // "We expect you to see results within two sprints" forecasts; it does not order.
  accept: (m) => !['see', 'notice', 'find', 'receive', 'benefit', 'experience', 'save', 'gain', 'enjoy', 'observe', 'get', 'like', 'love', 'appreciate'].includes(m.after()[0]?.norm ?? ''),
  rewrites: [
    { stance: 'suggestion', template: 'we suggest that you {conn}', when: notAfterThat },
    { stance: 'first-step', template: 'as a first step, you could {conn}', when: notAfterThat },
    { stance: 'question', template: 'why not', question: true, when: (m) => plain(m) && m.atSentenceStart },
  ],
  examples: {
    flagged: [
      {
        text: 'You have no choice but to migrate this year.',
        rewrites: ['We suggest that you migrate this year.', 'As a first step, you could migrate this year.', 'Why not migrate this year?'],
      },
      { text: 'We require you to sign off every sprint.', rewrites: ['We suggest that you sign off every sprint.'] },
      { text: 'We insist that you keep a dedicated product owner.', rewrites: ['We suggest that you keep a dedicated product owner.'] },
      { text: "You've got no other option than to rebuild the catalogue.", rewrites: ['We suggest that you rebuild the catalogue.'] },
      { text: "You can't afford not to migrate.", rewrites: ['We suggest that you migrate.'] },
    ],
    notFlagged: [
      'We expect you to see the first results within two sprints.',
      'We have no choice but to postpone the release.',
      'Do you have no choice but to migrate?',
      'If you have no choice but to migrate, we will split the work.',
    ],
  },
  rationale:
    '"You have no choice but to…", "we require you to…", "we insist that you…" close the decision before the client has taken it. A suggestion keeps the substance and hands the decision back.',
};

// ---------------------------------------------------------------------------------------------------
// Imperatives at sentence start


/** Openers that may precede an imperative: "Instead, drop…", "So stop…". */
const LEAD_INS = 'so|instead|therefore|first|firstly|then|finally|and|but|now|honestly|frankly|basically|seriously|also|thus|hence|simply|just';

const AUXILIARIES = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'can', 'could', 'should', 'would', 'may', 'might',
  'must', "'s", "'re", 'do', 'does', 'did', 'shall', 'remain', 'remains', 'rate', 'rates', 'occurs', 'occur',
  'happens', 'happen', 'increased', 'decreased', 'fell', 'rose',
]);

/** "Drop us a line", "stop by our stand": friendly phrasal uses. */
const FRIENDLY_PARTICLES: Readonly<Record<string, ReadonlySet<string>>> = {
  drop: new Set(['us', 'me', 'by', 'in', 'off', 'a', 'an']),
  stop: new Set(['by', 'in', 'over']),
  kill: new Set(['two', 'time']),
  give: new Set(['to']),
};

/** Words that end the object of an imperative: what follows is another clause ("…until the debt is paid"). */
const CLAUSE_LINKS = new Set(['until', 'when', 'if', 'because', 'before', 'after', 'so', 'while', 'unless', 'as', 'that', 'which', 'and', 'or', 'once', 'since']);

/**
 * Operations on a system ("Stop the service", "Drop the table", "Kill the process") are steps of a
 * runbook, not orders about the client's choices.
 */
const OPERATIONAL_VERBS = new Set(['stop', 'drop', 'kill', 'discard', 'dump', 'quit']);
const OPERATED_OBJECTS = new Set([
  ...TECHNICAL_NOUNS, 'service', 'services', 'container', 'containers', 'job', 'jobs', 'instance', 'instances',
  'cluster', 'pod', 'pods', 'daemon', 'cron', 'pipeline', 'timer', 'vm', 'vms', 'table', 'tables', 'column',
  'columns', 'database', 'databases', 'schema', 'constraint', 'constraints', 'trigger', 'triggers', 'cache',
  'caches', 'queue', 'queues', 'worker', 'workers', 'session', 'sessions', 'connection', 'connections', 'stash',
  'application', 'applications', 'app', 'apps', 'program', 'programs', 'window', 'windows', 'tab', 'tabs',
]);

/** Words after the span, up to the first punctuation. */
function followingWords(m: MatchView): Token[] {
  const out: Token[] = [];
  for (const t of m.after()) {
    if (t.kind === 'punct') break;
    out.push(t);
  }
  return out;
}

const mentionsTheirs = (tokens: readonly Token[]): boolean => tokens.some((t) => t.norm === 'your' || t.norm === 'yours');

/** The imperative reading: an object follows, and no finite verb makes the first word a noun ("Stop words are…"). */
function isForcefulImperative(m: MatchView): boolean {
  const words = followingWords(m);
  const next = words[0];
  if (!next) return false;
  const verb = m.tokens[m.match.spanEnd - 1] as Token;
  const head = m.tokens[m.match.captures.get('int')?.end ?? m.match.spanStart] as Token;
  if (FRIENDLY_PARTICLES[verb.norm]?.has(next.norm) || FRIENDLY_PARTICLES[head.norm]?.has(next.norm)) return false;
  // "Stop conditions for the batch job are defined…": a finite verb in the same clause makes the first
  // word a noun; "Stop adding features until the debt is paid" has its verb in another clause.
  const link = words.findIndex((t) => CLAUSE_LINKS.has(t.norm));
  if ((link === -1 ? words : words.slice(0, link)).some((t) => AUXILIARIES.has(t.norm))) return false;
  // "Stop wasting money on licences": a habit, whatever the object.
  if (OPERATIONAL_VERBS.has(verb.norm) && !isEnglishGerund(next) && words.slice(0, 4).some((t) => OPERATED_OBJECTS.has(t.norm))) return false;
  // A task in a plan ("- Drop the staging tables after the switch.") is an instruction; in a list, only
  // an order about the client's own things or habits is frontal.
  if (m.block.inList || m.block.kind === 'tableCell') return mentionsTheirs(m.after()) || isEnglishGerund(next);
  return true;
}

/** The verb group of the span, without "please" / "just" in front. */
function imperativeVerb(m: MatchView): string {
  const lead = m.match.captures.get('int');
  const from = m.tokens[lead ? lead.end : m.match.spanStart] as Token;
  const to = m.tokens[m.match.spanEnd - 1] as Token;
  return m.text.slice(from.start, to.end).toLowerCase();
}

export const forcefulImperative: RuleDefinition = {
  id: 'imposition/forceful-imperative',
  lang: 'en',
  category: 'imposition',
  patterns: [
    `^ [please|just|simply|immediately|urgently]@int ${FORCEFUL_VERBS}`,
    `^ [please|just|simply]@int get rid of`,
    `^ [please|just|simply]@int give up [on]`,
    `^ [please|just|simply]@int throw away|out`,
    `^ [please|just|simply]@int do away with`,
    `^ [please|just|simply]@int put an end to`,
    `^ ${LEAD_INS} [,] << [please|just|simply]@int ${FORCEFUL_VERBS}`,
    `^ ${LEAD_INS} [,] << [please|just|simply]@int get rid of`,
    `^ ${LEAD_INS} [,] << [please|just|simply]@int give up [on]`,
  ],
  message: '{phrase} is an order: offer it as a suggestion or a first step.',
  accept: isForcefulImperative,
  rewrites: [
    { stance: 'suggestion', template: (m) => `we suggest that you ${imperativeVerb(m)}` },
    { stance: 'first-step', template: (m) => `as a first step, you could ${imperativeVerb(m)}` },
    { stance: 'question', template: (m) => `why not ${imperativeVerb(m)}`, question: true, when: (m) => m.atSentenceStart },
  ],
  examples: {
    flagged: [
      {
        text: 'Stop using spreadsheets to track inventory.',
        rewrites: [
          'We suggest that you stop using spreadsheets to track inventory.',
          'As a first step, you could stop using spreadsheets to track inventory.',
          'Why not stop using spreadsheets to track inventory?',
        ],
      },
      { text: 'Get rid of the shared admin accounts.', rewrites: ['We suggest that you get rid of the shared admin accounts.'] },
      { text: 'Scrap the native app and build a web app instead.', rewrites: ['We suggest that you scrap the native app and build a web app instead.'] },
      { text: 'Instead, ditch your current hosting provider.', rewrites: ['Instead, we suggest that you ditch your current hosting provider.'] },
      { text: '- Drop your current hosting provider.', rewrites: ['- We suggest that you drop your current hosting provider.'] },
    ],
    notFlagged: [
      'Stop words are removed before ranking.',
      'Drop-in replacements exist for the date picker.',
      'Drop us a line if anything is unclear.',
      'Feel free to stop by our stand at the fair.',
      '- Drop the staging tables once the switch is validated.',
      'Write the regression tests.',
      'Why not stop the legacy portal?',
      'Stop the service before running the migration script.',
      'Drop the staging tables after the switch.',
      'Stop conditions for the batch job are defined in the runbook.',
      'Give up to two weeks for the security review.',
    ],
  },
  rationale:
    'An imperative that throws out what the client has ("Stop…", "Scrap…", "Get rid of…") decides for them. Instructions and polite formulas ("See appendix 2", "Please find attached", "Write the tests" in a plan) stay quiet: only verbs of abandonment are flagged, and in a list only when they aim at the client\'s own things or habits.',
};

/** Negative orders that are courtesies: "Don't hesitate", "Don't worry", "Don't forget to…". */
const COURTEOUS_NEGATIVES = new Set(['hesitate', 'worry', 'panic', 'fret', 'forget', 'miss', 'be', 'mind', 'wait', 'reply', 'respond', 'print']);

function isNegativeOrder(m: MatchView): boolean {
  const after = m.after();
  const next = after[0];
  if (!next || COURTEOUS_NEGATIVES.has(next.norm)) return false;
  // "Don't take our word for it: read the case studies" invites the client to check for themselves.
  if (next.norm === 'take' && (after[1]?.norm === 'our' || after[1]?.norm === 'my') && after[2]?.norm === 'word') return false;
  if (m.block.inList || m.block.kind === 'tableCell') return mentionsTheirs(m.after());
  return true;
}

const negativeWord = (m: MatchView): 'never' | 'do not' =>
  m.tokens.slice(m.match.spanStart, m.match.spanEnd).some((t) => t.norm === 'never' || t.norm === 'circumstances' || t.norm === 'account' || t.norm === 'case')
    ? 'never'
    : 'do not';

export const negativeImperative: RuleDefinition = {
  id: 'imposition/do-not-imperative',
  lang: 'en',
  category: 'imposition',
  patterns: [
    `^ [please|just|simply]@int do n't|not [{intensifier}] ${LOOKAHEAD}`,
    `^ [please|just|simply]@int never [{intensifier}] ${LOOKAHEAD}`,
    `^ ${LEAD_INS} [,] << do n't|not [{intensifier}] ${LOOKAHEAD}`,
    `under|in no circumstances|case should you ${LOOKAHEAD}`,
    `on no account should you ${LOOKAHEAD}`,
  ],
  message: '{phrase} forbids: offer the advice as a suggestion.',
  accept: isNegativeOrder,
  rewrites: [
    { stance: 'suggestion', template: (m) => `we suggest that you ${negativeWord(m)}` },
    { stance: 'softer', template: (m) => (negativeWord(m) === 'never' ? 'it may be wiser never to' : 'it may be wiser not to') },
  ],
  examples: {
    flagged: [
      {
        text: "Don't launch the app without a pilot phase.",
        rewrites: ['We suggest that you do not launch the app without a pilot phase.', 'It may be wiser not to launch the app without a pilot phase.'],
      },
      { text: 'Never store passwords in plain text.', rewrites: ['We suggest that you never store passwords in plain text.', 'It may be wiser never to store passwords in plain text.'] },
      { text: 'Do not replace the old system with a new monolith.', rewrites: ['We suggest that you do not replace the old system with a new monolith.'] },
      { text: 'Under no circumstances should you share the admin password.', rewrites: ['We suggest that you never share the admin password.'] },
    ],
    notFlagged: [
      "Don't hesitate to get in touch if anything is unclear.",
      'Do not forget to send us your logo.',
      "Don't worry about the hosting: it is included.",
      '- Do not deploy on Fridays.',
      'We never store passwords in plain text.',
      'Never-ending backlogs are what we want to avoid.',
      "Don't take our word for it: read the case studies.",
    ],
  },
  rationale:
    'A prohibition ("Don\'t…", "Never…") leaves the client no say. Courtesies ("Don\'t hesitate", "Don\'t worry", "Don\'t forget to…") stay quiet, and so do items of a list of rules unless they aim at the client\'s own things.',
};

export const ENGLISH_IMPOSITION_RULES: readonly RuleDefinition[] = [
  youMust,
  youNeedTo,
  youNeedSomething,
  youHaveTo,
  yourTeamMust,
  itIsEssentialThatYou,
  youHaveNoChoice,
  forcefulImperative,
  negativeImperative,
];
