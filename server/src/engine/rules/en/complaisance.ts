// Yes-man (English): over-promising and hollow agreement: "anything you like", "no questions asked",
// "anything is possible", "no problem at all", "100% guaranteed", "no matter what", "you are absolutely
// right", "your vision is perfect", "we will say yes to every request". The rewrite accepts the goal and
// frames the path: "within the agreed scope", "after a joint review", "you raise a fair point".
import type { MatchView, RuleDefinition } from '../types.js';
import type { Token } from '../../sentences.js';
import { article, detached, readSubject } from './grammar.js';

const spanWords = (m: MatchView): string[] => m.tokens.slice(m.match.spanStart, m.match.spanEnd).map((t) => t.norm);
const spanText = (m: MatchView, from: number, to: number): string =>
  m.text.slice((m.tokens[from] as Token).start, (m.tokens[to - 1] as Token).end);

const WANT_VERBS = 'like|want|wish|desire|fancy|ask|request|say|decide|choose|prefer|dream|imagine';
const OBJECT_NOUNS = 'change|changes|feature|features|request|requests|modification|modifications|thing|things|idea|ideas|wish|wishes|page|pages|design|designs|adjustment|adjustments|addition|additions|option|options';

/** The client does it themselves ("you can create any page you want"): a product feature, not a promise. */
function selfService(m: MatchView): boolean {
  const before = m.before().map((t) => t.norm);
  // "Feel free to change anything you like", "please edit whatever you want": the client acts.
  if (before.includes('free') || before.includes('please')) return true;
  const you = before.indexOf('you');
  return you !== -1 && before.slice(you + 1).some((w) => ['can', 'could', 'may', 'able', "'ll", 'will'].includes(w));
}

export const anythingYouWant: RuleDefinition = {
  id: 'complaisance/anything-you-want',
  lang: 'en',
  category: 'complaisance',
  patterns: [
    `anything|whatever|everything [that] you [may|might|could|can] ${WANT_VERBS} [for|of]`,
    `any [{word}] ${OBJECT_NOUNS} [that] you [may|might|could] ${WANT_VERBS} [for]`,
    '^ whatever|anything you need >> ,',
    '[,] you name it [,]',
  ],
  message: '{phrase} promises everything: accept the goal and frame the scope.',
  accept: (m) => {
    if (selfService(m)) return false;
    const before = m.before().map((t) => t.norm);
    // "Feel free to ask anything you like": an invitation to ask questions, not a promise.
    if (before.some((w) => w === 'ask' || w === 'questions' || w === 'question' || w === 'send' || w === 'tell')) return false;
    if (m.after().some((t) => ['ask', 'contact', 'call', 'write', 'email', 'tell'].includes(t.norm))) return false;
    // "Whatever you decide, we recommend…": the rest of the sentence still advises.
    if (m.after().some((t) => ['recommend', 'suggest', 'advise', 'propose'].includes(t.norm))) return false;
    return true;
  },
  rewrites: [
    {
      stance: 'suggestion',
      template: (m) => {
        const words = spanWords(m);
        if (words.includes('name')) return m.atSentenceStart ? 'within the agreed scope' : '';
        const decisionOpener = m.atSentenceStart && words[0] === 'whatever' && m.after()[0]?.text === ',';
        if (decisionOpener) return 'once we have agreed on the approach together';
        if (words[0] === 'any') {
          const you = words.indexOf('you');
          const nounEnd = words[you - 1] === 'that' ? you - 1 : you;
          return `${spanText(m, m.match.spanStart, m.match.spanStart + nounEnd).toLowerCase()} within the agreed scope`;
        }
        return 'anything within the agreed scope';
      },
    },
    {
      stance: 'softer',
      template: (m) => {
        const words = spanWords(m);
        if ((m.atSentenceStart && words[0] === 'whatever') || words.includes('name')) return undefined;
        if (words[0] === 'any') {
          const you = words.indexOf('you');
          const nounEnd = words[you - 1] === 'that' ? you - 1 : you;
          return `${spanText(m, m.match.spanStart, m.match.spanStart + nounEnd).toLowerCase()} we agree on together`;
        }
        return 'what best serves your goals';
      },
    },
  ],
  examples: {
    flagged: [
      { text: 'We will do anything you like.', rewrites: ['We will do anything within the agreed scope.', 'We will do what best serves your goals.'] },
      {
        text: 'Any change you want will be included free of charge.',
        rewrites: ['Any change within the agreed scope will be included free of charge.', 'Any change we agree on together will be included free of charge.'],
      },
      { text: 'Whatever you decide, we will sign off on it.', rewrites: ['Once we have agreed on the approach together, we will sign off on it.'] },
      { text: 'Apps, sites, kiosks, you name it.', rewrites: ['Apps, sites, kiosks.'] },
    ],
    notFlagged: [
      'Anything you send us will remain confidential.',
      'In the CMS, you can create any page you want.',
      'Feel free to ask anything you like during the workshop.',
      'Whatever you decide, we recommend documenting the decision.',
      'Here is everything you need to know.',
      'Anything you need, just ask.',
      'Feel free to change anything you like in the draft.',
    ],
  },
  rationale:
    'Promising "anything you like" commits to what cannot be delivered and sounds like the consultant has no view. Framing the promise ("within the agreed scope", "once we have agreed on the approach") keeps the goodwill and the consultant\'s role.',
};

export const noQuestionsAsked: RuleDefinition = {
  id: 'complaisance/no-questions-asked',
  lang: 'en',
  category: 'complaisance',
  patterns: [
    '[,] [with] no questions asked [,]',
    '[,] without [any] question|questions|reservation|reservations [,]',
    '[,] unconditionally|blindly [,]',
    '[,] with no reservations|reservation [,]',
  ],
  message: '{phrase} agrees to everything in advance: keep a joint review in the loop.',
  // "Without question, this is the best option", "this is without question the best": certainty
  // (absolu), handled there.
  accept: (m) => {
    if (m.atSentenceStart || ['is', 'are', 'was', 'were', "'s", "'re", 'be'].includes(m.tokens[m.match.spanStart - 1]?.norm ?? '')) return false;
    // "Do not blindly trust user input" is advice; only the consultant's own blind agreement is yes-man.
    const words = spanWords(m);
    if (words.includes('blindly') || words.includes('unconditionally')) return m.before().slice(-3).some((t) => t.norm === 'we' || t.norm === 'i');
    return true;
  },
  rewrites: [
    { stance: 'remove', template: '' },
    {
      stance: 'softer',
      template: (m) => {
        const lead = m.tokens[m.match.spanStart]?.text === ',' ? ', ' : '';
        const trail = m.tokens[m.match.spanEnd - 1]?.text === ',' ? ',' : '';
        return `${lead}after a joint review${trail}`;
      },
    },
  ],
  examples: {
    flagged: [
      {
        text: 'We accept your requirements, no questions asked.',
        rewrites: ['We accept your requirements.', 'We accept your requirements, after a joint review.'],
      },
      { text: 'We will implement your specifications without any reservation.', rewrites: ['We will implement your specifications.'] },
      { text: 'We accept, unconditionally, every request from your board.', rewrites: ['We accept every request from your board.'] },
    ],
    notFlagged: [
      'Without question, the audit was useful.',
      'Please contact us if you have any questions.',
      'No questions were asked about the budget.',
      'Do not blindly trust user input.',
    ],
  },
  rationale: 'Agreeing "no questions asked" gives up the consultant\'s judgement, which is what the client pays for. A joint review keeps the agreement and the expertise.',
};

export const anythingIsPossible: RuleDefinition = {
  id: 'complaisance/anything-is-possible',
  lang: 'en',
  category: 'complaisance',
  patterns: [
    "anything|everything is|'s possible",
    "nothing is|'s impossible",
    "the sky is|'s the limit",
    "we|i can|will|'ll << do|handle|deliver|build [it] all|anything|everything",
    "there is|'s nothing we|i can't|cannot|couldn't do|handle|deliver|build",
    "there is|'s nothing we|i ca|could n't do|handle|deliver|build",
    "we|i [will|'ll|would|'d|can] << never say no",
  ],
  message: '{phrase} promises without limits: say what is feasible and how you would get there.',
  // "We will do everything to meet the deadline", "we can handle everything from design to hosting":
  // an effort or a scope, not a promise without limits.
  accept: (m) => {
    const next = m.after()[0]?.norm ?? '';
    const words = spanWords(m);
    // "Nothing is impossible to configure": a remark about a setting, not a promise.
    if ((words.includes('possible') || words.includes('impossible')) && next === 'to') return false;
    if (words.includes('do') || words.includes('handle') || words.includes('deliver') || words.includes('build')) {
      return !['to', 'in', 'we', 'possible', 'necessary', 'that', 'from', 'you', 'needed', 'required', 'for', 'on', 'at', 'within', 'of'].includes(next);
    }
    return true;
  },
  rewrites: [
    {
      stance: 'softer',
      template: (m) => {
        const words = spanWords(m);
        if (words[0] === 'anything' || words[0] === 'everything') return 'many options are open';
        if (words[0] === 'nothing') return 'many things are possible';
        if (words.includes('sky')) return 'we can aim high';
        if (words.includes('never')) return 'always listen';
        if (words[0] === 'there') return 'we cover a broad range of needs';
        return 'cover a broad range of needs';
      },
    },
  ],
  examples: {
    flagged: [
      { text: 'Anything is possible, just ask.', rewrites: ['Many options are open, just ask.'] },
      { text: 'Nothing is impossible for our team.', rewrites: ['Many things are possible for our team.'] },
      { text: 'We can do it all.', rewrites: ['We can cover a broad range of needs.'] },
      { text: 'We never say no to our clients.', rewrites: ['We always listen to our clients.'] },
    ],
    notFlagged: [
      'We will do everything to meet the deadline.',
      'We can handle everything from design to hosting.',
      'Everything is possible to configure in the admin console?',
      'Is anything possible before June?',
      'Nothing is impossible to configure, but some settings require a developer.',
    ],
  },
  rationale: '"Anything is possible" sounds generous and commits to nothing precise. Saying that options are open, then which ones, is the step-by-step stance.',
};

export const noProblem: RuleDefinition = {
  id: 'complaisance/no-problem',
  lang: 'en',
  category: 'complaisance',
  patterns: [
    '^ [absolutely|sure|certainly|yes] [,] no problem|worries [at] [all|whatsoever]',
    '^ [absolutely|sure|certainly|yes] [,] not a problem [at] [all|whatsoever]',
    "that|it is|'s [absolutely] no problem [at] [all|whatsoever]",
    "that|it is|'s [absolutely] not a problem [at] [all|whatsoever]",
    '^ consider it done',
  ],
  message: '{phrase} agrees before looking: acknowledge the request, then frame it.',
  // "No problem was found during the audit": the phrase is the subject of a sentence, not an answer.
  accept: (m) => {
    const next = m.after()[0];
    return !next || next.kind === 'punct';
  },
  rewrites: [
    {
      stance: 'remove',
      template: '',
      when: (m) => m.atSentenceStart && spanWords(m)[0] !== 'that' && spanWords(m)[0] !== 'it' && m.after().some((t) => t.kind === 'word'),
    },
    {
      stance: 'softer',
      template: (m) => {
        const first = spanWords(m)[0] ?? '';
        if (first === 'consider') return 'we will look into it';
        return first === 'that' || first === 'it' ? 'we can look into that' : 'understood';
      },
    },
  ],
  examples: {
    flagged: [
      {
        text: 'No problem at all, we will deliver everything in two weeks.',
        rewrites: ['We will deliver everything in two weeks.', 'Understood, we will deliver everything in two weeks.'],
      },
      { text: "That's no problem at all.", rewrites: ['We can look into that.'] },
      { text: 'Not a problem: we will add the module.', rewrites: ['We will add the module.'] },
      { text: 'Consider it done.', rewrites: ['We will look into it.'] },
    ],
    notFlagged: ['No problem was found during the audit.', 'This causes no problem for the migration.', 'Is that a problem for your team?'],
  },
  rationale: '"No problem at all" agrees before the request has been examined. Acknowledging it ("understood"), then saying how, is the step-by-step stance.',
};

const FLAWLESS = new Set(['perfect', 'flawless', 'faultless', 'impeccable']);

export const guaranteed: RuleDefinition = {
  id: 'complaisance/guaranteed',
  lang: 'en',
  category: 'complaisance',
  patterns: [
    '100 % guaranteed',
    'we|i << guarantee|promise [you] 100 % satisfaction|success',
    'we|i << guarantee|promise [you] [a|an] perfect|flawless|faultless|impeccable|zero-defect|bug-free|error-free|zero-bug|perfection',
    'we|i << guarantee|promise [you] zero bugs|defects|downtime|errors|incidents',
    'we|i << guarantee|promise >> results|success',
    'risk-free|riskless',
    'zero risk',
  ],
  message: '{phrase} promises what no project can guarantee: state what you commit to.',
  // "a risk-free trial" is a commercial term, not a promise about the project.
  accept: (m) => !['trial', 'period', 'cancellation', 'return', 'returns'].includes(m.after()[0]?.norm ?? ''),
  rewrites: [
    {
      stance: 'softer',
      template: (m) => {
        const words = spanWords(m);
        if (words.includes('risk-free') || words.includes('riskless')) return 'low-risk';
        if (words.includes('zero') && !words.includes('risk')) return `aim to keep ${words[words.length - 1] ?? 'defects'} to a minimum`;
        if (words.includes('zero')) return detached(m, 'minimal risk');
        if (words.length === 1) return 'aim for';
        if (words.includes('100') && words.includes('guaranteed')) return 'our priority';
        if (words.includes('satisfaction')) return 'aim for full satisfaction';
        if (words.includes('success')) return 'aim for success';
        if (words.includes('100')) return 'a firm commitment';
        const quality = words.some((w) => FLAWLESS.has(w) || w === 'perfection') ? 'excellent' : 'high-quality';
        const hasArticle = words.includes('a') || words.includes('an');
        if (words.includes('perfection')) return 'aim for excellence';
        return hasArticle ? `aim for ${article(quality)} ${quality}` : `aim for ${quality}`;
      },
    },
  ],
  examples: {
    flagged: [
      { text: 'We guarantee a perfect result.', rewrites: ['We aim for an excellent result.'] },
      { text: 'We guarantee bug-free code from the first sprint.', rewrites: ['We aim for high-quality code from the first sprint.'] },
      { text: 'Delivery on time is 100% guaranteed.', rewrites: ['Delivery on time is our priority.'] },
      { text: 'The migration will be risk-free.', rewrites: ['The migration will be low-risk.'] },
      { text: 'We promise zero bugs.', rewrites: ['We aim to keep bugs to a minimum.'] },
      { text: 'We guarantee results.', rewrites: ['We aim for results.'] },
    ],
    notFlagged: ['We guarantee 99.9% uptime under the SLA.', 'Try the tool with a risk-free trial.', 'The contract includes a two-year guarantee.'],
  },
  rationale: 'Guaranteeing perfection is a promise nobody can keep, and clients know it. Stating the aim ("an excellent result", "high-quality code") is honest and still committed.',
};

const AGREED = new Set(['deadline', 'deadlines', 'budget', 'timeline', 'schedule', 'scope', 'timeframe']);
const CIRCUMSTANCES = 'deadline|deadlines|budget|timeline|schedule|scope|cost|costs|price|timeframe|constraints|circumstances|complexity|difficulty|size|volume';

export const noMatterWhat: RuleDefinition = {
  id: 'complaisance/no-matter-what',
  lang: 'en',
  category: 'complaisance',
  patterns: [
    `[,] whatever the ${CIRCUMSTANCES} [,]`,
    `[,] no matter the ${CIRCUMSTANCES} [,]`,
    '[,] no matter what [,]',
    '[,] whatever it takes [,]',
    '[,] whatever it is [,] $',
    '[,] whatever they are [,] $',
    '[,] at all costs|cost [,]',
    '[,] at any cost|price [,]',
  ],
  message: '{phrase} promises regardless of the facts: frame the commitment.',
  // "Avoid data loss at all costs" protects the client; it does not over-promise.
  accept: (m) => {
    if (m.tokens.some((t) => ['avoid', 'avoided', 'prevent', 'prevented', 'protect', 'protected'].includes(t.norm))) return false;
    // "at any price point": the phrase must close its clause.
    const after = m.after()[0];
    if (spanWords(m).includes('at') && after !== undefined && after.kind !== 'punct') return false;
    // "No matter what the audit finds, we will…" opens a clause about facts; only the closing tag promises.
    const next = m.after()[0];
    return !(spanWords(m).includes('what') && next !== undefined && next.kind === 'word');
  },
  rewrites: [
    {
      stance: 'softer',
      template: (m) => {
        const words = spanWords(m).filter((w) => w !== ',');
        const noun = words[words.length - 1] ?? '';
        if (!AGREED.has(noun)) return '';
        const lead = m.tokens[m.match.spanStart]?.text === ',' ? ', ' : '';
        const trail = m.tokens[m.match.spanEnd - 1]?.text === ',' ? ',' : '';
        return `${lead}within the agreed ${noun}${trail}`;
      },
    },
  ],
  examples: {
    flagged: [
      { text: 'We will deliver the full scope, no matter what.', rewrites: ['We will deliver the full scope.'] },
      { text: 'We guarantee delivery whatever the deadline.', rewrites: ['We guarantee delivery within the agreed deadline.'] },
      { text: 'We will adapt to every request you make, whatever it is.', rewrites: ['We will adapt to every request you make.'] },
      { text: 'We will hit the launch date at all costs.', rewrites: ['We will hit the launch date.'] },
    ],
    notFlagged: ['Personal data loss must be avoided at all costs.', 'The plans are available at any price point.', 'No matter what the audit finds, we will share the report.', 'Whatever the outcome of the vote?'],
  },
  rationale: '"No matter what" promises to ignore facts that have not happened yet. Framing the promise ("within the agreed budget") keeps the commitment honest.',
};

export const youAreAbsolutelyRight: RuleDefinition = {
  id: 'complaisance/you-are-absolutely-right',
  lang: 'en',
  category: 'complaisance',
  patterns: [
    "you are|'re {degree+} right|correct",
    "you are|'re {degree?} right|correct on|about|in every|all point|points|count|counts|respect|respects|front|fronts",
    "you are|'re {degree?} right|correct about everything",
  ],
  message: '{phrase} agrees wholesale: acknowledge the point, then add your view.',
  // "You are absolutely right to want a pilot" / "…right that the deadline is tight" acknowledge a
  // specific point, which is the recommended first step.
  accept: (m) => {
    const next = m.after()[0];
    return !next || next.kind === 'punct' || ['and', 'but'].includes(next.norm);
  },
  rewrites: [
    {
      stance: 'softer',
      template: (m) => {
        const words = spanWords(m);
        return words.includes('every') || words.includes('all') || words.includes('everything') ? 'you raise fair points' : 'you raise a fair point';
      },
    },
  ],
  examples: {
    flagged: [
      { text: 'You are absolutely right on every point.', rewrites: ['You raise fair points.'] },
      { text: "You're totally right, we will change the plan.", rewrites: ['You raise a fair point, we will change the plan.'] },
      { text: 'You are right about everything.', rewrites: ['You raise fair points.'] },
    ],
    notFlagged: ['You are right to want to secure the launch date.', 'You are absolutely right that the deadline is tight.', 'If you are right about the volumes, phase 2 can start earlier.'],
  },
  rationale: 'Agreeing on every point sounds like the consultant has no view of their own. Acknowledging a fair point, then adding your own view, keeps the dialogue.',
};

export const yourVisionIsPerfect: RuleDefinition = {
  id: 'complaisance/your-vision-is-perfect',
  lang: 'en',
  category: 'complaisance',
  patterns: ["is|are|'s|'re << {degree?} perfect|flawless|brilliant|ideal|impeccable|faultless|spot-on|genius|unbeatable"],
  message: '{phrase} flatters instead of advising: acknowledge the strengths, then add your view.',
  accept: (m) => {
    const s = readSubject(m);
    return s.kind === 'yours' && s.namesChoice && m.after()[0]?.norm !== 'for';
  },
  rewrites: [
    { stance: 'softer', template: 'a solid starting point' },
    { stance: 'suggestion', template: 'a strong basis to build on' },
  ],
  examples: {
    flagged: [
      {
        text: 'Your vision is perfect and we will follow it.',
        rewrites: ['Your vision is a solid starting point and we will follow it.', 'Your vision is a strong basis to build on and we will follow it.'],
      },
      { text: 'Your plan is absolutely flawless.', rewrites: ['Your plan is a solid starting point.'] },
      { text: 'Your idea is brilliant.', rewrites: ['Your idea is a solid starting point.'] },
    ],
    notFlagged: ['Your timing is perfect for the trade fair.', 'The weather was perfect for the launch.', 'Our plan is flawless.', 'Is your plan perfect?'],
  },
  rationale: 'Calling the client\'s plan "perfect" gives up the consultant\'s judgement. Acknowledging its strengths, then adding your view, serves them better.',
};

/** Plural of a request noun for "each of your …". */
function plural(noun: string): string {
  if (/(s|sh|ch|x)$/.test(noun)) return noun.endsWith('s') ? noun : `${noun}es`;
  return `${noun}s`;
}

export const sayYesToEverything: RuleDefinition = {
  id: 'complaisance/say-yes-to-everything',
  lang: 'en',
  category: 'complaisance',
  accept: (m) => !selfService(m),
  patterns: [
    'say yes to every|all|any|each [one] [of] [your] request|requests|wish|wishes|demand|demands|idea|ideas|change|changes|suggestion|suggestions',
    'say yes to everything',
    'your every wish|whim|desire|need|demand|request|command',
    'all [of] your wishes|whims|desires|demands',
    'your wish is our command',
    '[do] exactly|precisely|just as you say|wish|want|like|ask|decide',
    "you are|'re the boss",
  ],
  message: '{phrase} agrees to everything in advance: promise attention, not assent.',
  rewrites: [
    {
      stance: 'softer',
      template: (m) => {
        const words = spanWords(m);
        if (words.includes('command') && words.includes('wish')) return 'we are listening';
        if (words.includes('boss')) return 'the decision is yours';
        if (words.includes('as')) return words[0] === 'do' ? 'do as we agree together' : 'as we agree together';
        if (words[0] === 'say') {
          const last = words[words.length - 1] ?? 'requests';
          return last === 'everything' ? 'carefully consider each of your requests' : `carefully consider each of your ${plural(last)}`;
        }
        return 'your needs';
      },
    },
  ],
  examples: {
    flagged: [
      { text: 'We will say yes to every one of your requests.', rewrites: ['We will carefully consider each of your requests.'] },
      { text: 'We commit to fulfilling your every wish.', rewrites: ['We commit to fulfilling your needs.'] },
      { text: 'Your wish is our command.', rewrites: ['We are listening.'] },
      { text: 'We will do exactly as you say.', rewrites: ['We will do as we agree together.'] },
      { text: "You're the boss, we will build it.", rewrites: ['The decision is yours, we will build it.'] },
    ],
    notFlagged: [
      'We will answer all your requests within one working day.',
      'Please say yes to the invitation by Friday.',
      'The report is laid out just as you asked in the brief.',
      'You can adjust the settings exactly as you like.',
    ],
  },
  rationale: 'Saying yes to everything removes the consultant\'s judgement from the relationship. Promising careful attention keeps the goodwill without the over-commitment.',
};

export const ENGLISH_COMPLAISANCE_RULES: readonly RuleDefinition[] = [
  anythingYouWant,
  noQuestionsAsked,
  anythingIsPossible,
  noProblem,
  guaranteed,
  noMatterWhat,
  youAreAbsolutelyRight,
  yourVisionIsPerfect,
  sayYesToEverything,
];
