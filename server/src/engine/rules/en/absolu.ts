// Certainty (English): "of course", "obviously", "undeniably", "clearly" opening a sentence, "without a
// doubt", "it is obvious that", "everyone knows that", "the only option", "there is no alternative".
// The right rewrite is usually a removal ("Of course, we…" → "We…") or an owned opinion ("in our view").
import type { MatchView, RuleDefinition } from '../types.js';
import type { Token } from '../../sentences.js';
import { atClauseStart, FIRST_PERSON, isCourtesy, mentionsClientAfter } from './grammar.js';

const spanWords = (m: MatchView): string[] => m.tokens.slice(m.match.spanStart, m.match.spanEnd).map((t) => t.norm);
const opensWithComma = (m: MatchView): boolean => m.tokens[m.match.spanStart]?.text === ',';
const closesWithComma = (m: MatchView): boolean => m.tokens[m.match.spanEnd - 1]?.text === ',';


/** The same slot with an owned opinion: "In our view, …", "…, in principle, …", "is probably…". */
const owned =
  (atStart: string, parenthetical: string, inline: string) =>
  (m: MatchView): string => {
    const lead = opensWithComma(m) ? ', ' : '';
    const trail = closesWithComma(m) ? ',' : '';
    if (m.atSentenceStart) return m.after()[0]?.text === ',' ? atStart : `${atStart},`;
    if (lead || trail) return `${lead}${parenthetical}${trail}`;
    return inline;
  };

/**
 * "Of course, we will work together…", "We will of course keep you informed": the consultant commits to
 * something; nothing about the client's project is declared settled.
 */
function consultantSpeaks(m: MatchView): boolean {
  const next = m.after().find((t) => t.kind === 'word');
  if (next && FIRST_PERSON.has(next.norm) && m.atSentenceStart) return true;
  const before = m.before().filter((t) => t.kind === 'word');
  return before.length > 0 && before.length <= 3 && FIRST_PERSON.has((before[0] as Token).norm);
}

export const ofCourse: RuleDefinition = {
  id: 'absolu/of-course',
  lang: 'en',
  category: 'absolu',
  patterns: ['[,] of course [,]', '^ naturally ,'],
  message: '{phrase} presents an opinion as settled: state it as a recommendation.',
  // "We would of course be happy to…" is the consultant's courtesy, not a claim; "as a matter of course"
  // means "routinely".
  // "Of course, prices may change" concedes a caveat; it settles nothing.
  accept: (m) =>
    !isCourtesy(m) &&
    !consultantSpeaks(m) &&
    m.tokens[m.match.spanStart - 1]?.norm !== 'matter' &&
    m.after()[0]?.norm !== 'not' &&
    !m.after().some((t) => t.norm === 'may' || t.norm === 'might'),
  rewrites: [
    { stance: 'remove', template: '' },
    { stance: 'softer', template: owned('in our view', 'in principle', 'in principle') },
  ],
  examples: {
    flagged: [
      {
        text: 'Of course, a microservices architecture is the best solution for you.',
        rewrites: ['A microservices architecture is the best solution for you.', 'In our view, a microservices architecture is the best solution for you.'],
      },
      {
        text: 'The data migration will, of course, be done in a single pass.',
        rewrites: ['The data migration will be done in a single pass.', 'The data migration will, in principle, be done in a single pass.'],
      },
      { text: 'Your users will of course prefer the new interface.', rewrites: ['Your users will prefer the new interface.'] },
      { text: 'The cloud is cheaper, of course.', rewrites: ['The cloud is cheaper.'] },
    ],
    notFlagged: [
      'We would of course be happy to present this plan to your board.',
      'Of course, we remain available for any question.',
      'In the course of the audit, we reviewed 42 repositories.',
      'Backups are tested as a matter of course.',
      'Of course, prices may change after 30 days.',
      'Is the migration of course included?',
    ],
  },
  rationale:
    '"Of course" tells the client that what follows is beyond discussion, including when it is the consultant\'s opinion. Removing it leaves the claim to stand on its reasons. The consultant\'s courtesies ("we would of course be happy to…") stay quiet.',
};

/** Sentence adverbs of certainty that can stand anywhere. */
const CERTAINTY_ADVERBS = 'undeniably|unquestionably|undoubtedly|indisputably|incontestably|indubitably|unarguably|self-evidently|obviously';

export const obviously: RuleDefinition = {
  id: 'absolu/obviously',
  lang: 'en',
  category: 'absolu',
  patterns: [
    `[,] ${CERTAINTY_ADVERBS} [,]`,
    '^ clearly ,',
    '^ certainly ,',
    "is|are|was|were|'s|'re|be << clearly|definitely >> the|a|an|better|superior|worse|best|right|wrong|more|less|far|much|preferable|ahead",
    '^ clearly >> the|this|that|these|those|your|it|there|a|an|you|nothing|no|everyone|any|such',
    '[,] without|beyond [a|any|all] doubt [,]',
    '^ without question ,',
    "is|are|was|were|'s|'re|be << without|beyond question",
    "^ there is|'s no doubt about it [:|,]",
    // "…, period." closes the debate; "…during the warranty period." does not: the comma is required.
    ', period|full-stop $',
    ', full stop $',
    '^ needless to say [,]',
    "^ it is|'s needless to say [that] [,]",
    '^ make no mistake [,]',
    "^ it goes without saying [that] [,]",
  ],
  message: '{phrase} presents an opinion as beyond discussion: let the reasons carry it.',
  accept: (m) => {
    const prev = m.tokens[m.match.spanStart - 1];
    // "not obviously", "we obviously cannot…": a negated or self-directed adverb settles nothing for the client.
    if (prev && (prev.norm === 'not' || prev.norm === "n't" || FIRST_PERSON.has(prev.norm))) return false;
    // "Certainly, we can add a second language" answers a request; it settles no claim.
    if (spanWords(m)[0] === 'certainly' && FIRST_PERSON.has(m.after().find((t) => t.kind === 'word')?.norm ?? '')) return false;
    return !isCourtesy(m);
  },
  rewrites: [
    { stance: 'remove', template: '' },
    {
      stance: 'softer',
      template: (m) => {
        const words = spanWords(m);
        if (words.includes('period') || words.includes('stop') || words.includes('full-stop')) return undefined;
        if (words.includes('saying') || words.includes('needless')) return m.atSentenceStart ? 'we believe that' : undefined;
        return owned('in our view', 'in our view', 'probably')(m);
      },
    },
  ],
  examples: {
    flagged: [
      {
        text: 'Undeniably, React is the most suitable framework.',
        rewrites: ['React is the most suitable framework.', 'In our view, React is the most suitable framework.'],
      },
      {
        text: 'This technology is unquestionably the most reliable on the market.',
        rewrites: ['This technology is the most reliable on the market.', 'This technology is probably the most reliable on the market.'],
      },
      { text: 'Clearly, the problem comes from your hosting.', rewrites: ['The problem comes from your hosting.', 'In our view, the problem comes from your hosting.'] },
      { text: 'Without a doubt, this is the right solution.', rewrites: ['This is the right solution.'] },
      { text: 'It goes without saying that tests must be automated.', rewrites: ['Tests must be automated.', 'We believe that tests must be automated.'] },
      { text: 'This is clearly the best option.', rewrites: ['This is the best option.', 'This is probably the best option.'] },
      { text: 'Needless to say, the open-source option is better.', rewrites: ['The open-source option is better.'] },
      { text: 'This is without question the best option.', rewrites: ['This is the best option.', 'This is probably the best option.'] },
      { text: 'Headless is the right architecture, period.', rewrites: ['Headless is the right architecture.'] },
    ],
    notFlagged: [
      'Clearly labelled buttons reduce calls to the support team.',
      'Your response should clearly demonstrate your capability.',
      'The scope is clearly defined in the appendix.',
      'We fix defects free of charge during the warranty period.',
      'The benefit is not obviously worth the cost.',
      'Obviously, we remain available for any question.',
    ],
  },
  rationale:
    'Adverbs of certainty ("obviously", "undeniably", "without a doubt") tell the client that disagreeing would be unreasonable. Removing them, or owning the opinion ("in our view"), keeps the claim and its reasons. "Clearly" is flagged only as a sentence adverb at the start: "clearly labelled", "clearly demonstrate" describe a manner.',
};

export const itIsObviousThat: RuleDefinition = {
  id: 'absolu/it-is-obvious-that',
  lang: 'en',
  category: 'absolu',
  patterns: [
    "it is|'s|seems {degree?} obvious|evident|undeniable|indisputable|unquestionable|self-evident|incontestable|indubitable that",
    "it is|'s|seems {degree?} clear|certain|plain that",
    "it is|'s beyond doubt|question|dispute that",
    "it is|'s a fact|given|certainty that",
    "it is|'s common knowledge that",
    "there is|'s {degree?} no doubt that",
    "there is|'s {degree?} no question that",
    'there can be no doubt that',
    "no one|nobody can|could deny that",
    "it cannot|can't be denied that",
    '^ the fact is [that] [,]',
    'everyone|everybody knows that',
    'as everyone|everybody knows [,]',
    'everyone|everybody agrees that',
    'as we all know [,]',
    'the facts|figures|numbers|results|data speak|speaks for themselves|itself',
  ],
  message: '{phrase} presents an opinion as a fact everyone shares: own it as your view.',
  // "Make sure everyone knows the plan" is not a claim of certainty: "everyone knows" opens its clause.
  // "…, as it is certain that the contract cannot be paused" weighs a likelihood inside a clause.
  accept: (m) => {
    if (!atClauseStart(m) && spanWords(m)[0] !== 'as') return false;
    // "As we all know from the kick-off…" refers to a shared source; "As everyone knows, …" asserts.
    if (spanWords(m)[0] === 'as' && !closesWithComma(m) && m.after()[0]?.text !== ',') return false;
    // "It is clear that the current process works for small volumes" reports; "it is clear that your
    // teams need training" settles a point about the client.
    const weak = spanWords(m).some((w) => w === 'clear' || w === 'certain' || w === 'plain');
    return !weak || mentionsClientAfter(m);
  },
  rewrites: [
    {
      stance: 'softer',
      template: (m) => {
        const words = spanWords(m);
        if (words.includes('speak') || words.includes('speaks')) return `the ${words[1] ?? 'facts'} point in this direction`;
        if (words[0] === 'as') return closesWithComma(m) ? 'in our experience,' : 'in our experience';
        return words[words.length - 1] === 'that' || words[words.length - 1] === 'knows' || words[words.length - 1] === 'agrees' ? 'we believe that' : 'we believe';
      },
    },
    { stance: 'remove', template: '', when: (m) => !spanWords(m).includes('speak') && !spanWords(m).includes('speaks') },
  ],
  examples: {
    flagged: [
      {
        text: 'It is obvious that your application belongs in the cloud.',
        rewrites: ['We believe that your application belongs in the cloud.', 'Your application belongs in the cloud.'],
      },
      { text: 'Everyone knows that monoliths do not scale.', rewrites: ['We believe that monoliths do not scale.', 'Monoliths do not scale.'] },
      { text: 'It is indisputable that moving to SaaS will cut your costs.', rewrites: ['We believe that moving to SaaS will cut your costs.'] },
      { text: 'As everyone knows, SEO starts at the design stage.', rewrites: ['In our experience, SEO starts at the design stage.', 'SEO starts at the design stage.'] },
      { text: 'There is no doubt that the delay comes from your hosting.', rewrites: ['We believe that the delay comes from your hosting.'] },
      { text: 'It is clear that your teams need training.', rewrites: ['We believe that your teams need training.'] },
      { text: 'The figures speak for themselves.', rewrites: ['The figures point in this direction.'] },
    ],
    notFlagged: [
      'It is not obvious that the volumes will grow.',
      'It is clear that the current process works for small volumes.',
      'Make sure everyone knows the new schedule.',
      'Everyone knows the schedule.',
      'Is it obvious that the app belongs in the cloud?',
      'It is clear from the interviews which features matter.',
      'As we all know from the kick-off, the deadline is tight.',
    ],
  },
  rationale:
    '"It is obvious that…", "everyone knows that…" make the consultant\'s view a fact the client would be foolish to question. "We believe that…" keeps the claim and owns it.',
};

const OPTION_NOUNS = 'option|solution|way|choice|alternative|answer|approach|path|route|possibility|remedy';
const OPTION_ADJECTIVES =
  'serious|viable|sensible|reasonable|possible|realistic|real|right|good|valid|credible|logical|workable|safe|true|effective|correct|acceptable|sustainable|professional|responsible';

const optionNoun = (m: MatchView): string => {
  const tail = m.captureTokens('tail').length > 0;
  return (m.tokens[m.match.spanEnd - (tail ? 2 : 1)]?.text ?? 'option').toLowerCase();
};
const optionTail = (m: MatchView): string => (m.capture('tail') ? ` ${(m.capture('tail') as string).toLowerCase()}` : '');

export const theOnlyOption: RuleDefinition = {
  id: 'absolu/the-only-option',
  lang: 'en',
  category: 'absolu',
  patterns: [
    `is|are|was|'s|'re|remains|remain|seems|be {degree*} << the only [${OPTION_ADJECTIVES}] ${OPTION_NOUNS}`,
    `is|are|was|'s|'re|remains|remain|seems|be {degree*} << the one and only ${OPTION_NOUNS}`,
    `^ the only [${OPTION_ADJECTIVES}] ${OPTION_NOUNS} [forward|left]@tail >> is|remains`,
  ],
  message: '{phrase} rules out every alternative: present it as your recommendation.',
  // "…is the only option we have not costed": a relative clause describes, it does not close the debate.
  accept: (m) => !['we', 'you', 'they', 'i'].includes(m.after()[0]?.norm ?? ''),
  rewrites: [
    { stance: 'softer', template: (m) => `our preferred ${optionNoun(m)}${optionTail(m)}` },
    { stance: 'suggestion', template: (m) => `the ${optionNoun(m)}${optionTail(m)} we recommend` },
  ],
  examples: {
    flagged: [
      {
        text: 'A complete rebuild is the only option.',
        rewrites: ['A complete rebuild is our preferred option.', 'A complete rebuild is the option we recommend.'],
      },
      { text: 'This is the only serious way to secure your data.', rewrites: ['This is our preferred way to secure your data.'] },
      { text: 'The only viable solution is a full rewrite.', rewrites: ['Our preferred solution is a full rewrite.'] },
      { text: 'The only way forward is a rewrite.', rewrites: ['Our preferred way forward is a rewrite.', 'The way forward we recommend is a rewrite.'] },
    ],
    notFlagged: [
      'This is not the only option: section 4 presents two alternatives.',
      'The only option we have not costed is a full rebuild.',
      'The only hard constraint is the trade fair date.',
      'Is a full rebuild really the only option?',
    ],
  },
  rationale:
    '"The only option" tells the client there is nothing to discuss. "Our preferred option" keeps the recommendation and leaves the alternatives on the table.',
};

export const noBrainer: RuleDefinition = {
  id: 'absolu/no-brainer',
  lang: 'en',
  category: 'absolu',
  patterns: ['a|an [{qualifier}] no-brainer', 'a|an [{qualifier}] no brainer'],
  message: '{phrase} presents a choice as beyond discussion: give the reasons instead.',
  rewrites: [
    { stance: 'softer', template: 'a sensible option' },
    { stance: 'suggestion', template: 'the option we would recommend' },
  ],
  examples: {
    flagged: [
      { text: 'Moving to the cloud is a no-brainer.', rewrites: ['Moving to the cloud is a sensible option.', 'Moving to the cloud is the option we would recommend.'] },
      { text: 'For a shop your size, Shopify is a no brainer.', rewrites: ['For a shop your size, Shopify is a sensible option.'] },
      { text: 'Frankly, a headless CMS is a total no-brainer here.', rewrites: ['Frankly, a headless CMS is a sensible option here.'] },
    ],
    notFlagged: ['Given the volumes, we propose two servers.', 'Is the cloud a no-brainer?', 'If the cloud is a no-brainer for you, we can start in May.'],
  },
  rationale: '"A no-brainer" tells the client that hesitating would be foolish. A reasoned recommendation carries the same choice without the slight.',
};

export const noAlternative: RuleDefinition = {
  id: 'absolu/no-alternative',
  lang: 'en',
  category: 'absolu',
  patterns: [
    `there is|'s|remains {degree?} no other|better [${OPTION_ADJECTIVES}] ${OPTION_NOUNS}`,
    `there is|'s|remains {degree?} no other|better [${OPTION_ADJECTIVES}] ${OPTION_NOUNS} than|but|except`,
    `there is|'s {degree?} no alternative >> $`,
    `there is|'s {degree?} no alternative >> ,|;|:|—`,
    `there is|'s {degree?} no alternative to`,
    `there is|'s {degree?} only one [${OPTION_ADJECTIVES}] ${OPTION_NOUNS}`,
  ],
  message: '{phrase} rules out every alternative: present it as your recommendation.',
  accept: (m) => !['we', 'you', 'they', 'i'].includes(m.after()[0]?.norm ?? ''),
  rewrites: [
    {
      stance: 'softer',
      template: (m) => {
        const words = spanWords(m);
        const last = words[words.length - 1] ?? '';
        if (last === 'to') return 'we recommend';
        if (words.includes('only')) return `we recommend one ${optionNoun(m)}`;
        if (last === 'than' || last === 'but' || last === 'except') {
          const nounToken = m.tokens[m.match.spanEnd - 2];
          return `in our view, the best ${(nounToken?.text ?? 'option').toLowerCase()} is`;
        }
        if (last === 'alternative' && words.includes('no') && !words.includes('other')) return 'in our view, this is the best option';
        return `in our view, this is the best ${optionNoun(m)}`;
      },
    },
  ],
  examples: {
    flagged: [
      { text: 'There is no alternative to a full rewrite.', rewrites: ['We recommend a full rewrite.'] },
      { text: 'There is no other way to secure your data.', rewrites: ['In our view, this is the best way to secure your data.'] },
      { text: 'There is no other option than a rebuild.', rewrites: ['In our view, the best option is a rebuild.'] },
      { text: 'There is only one solution: a rebuild.', rewrites: ['We recommend one solution: a rebuild.'] },
    ],
    notFlagged: [
    'Is there no other way to secure the data?',
    'There are several options, compared in section 4.',
    'If there is no alternative, we will say so.',
    'There is no alternative supplier for this component in the region.',
  ],
  },
  rationale: '"There is no alternative" closes the debate before the client has weighed anything. Recommending the option keeps it first without ruling out a discussion.',
};

export const neverAlways: RuleDefinition = {
  id: 'absolu/never-always',
  lang: 'en',
  category: 'absolu',
  patterns: [
    "is|are|was|were|'s|'re << never|always >> correct|right|accurate|reliable|realistic|wrong|enough|sufficient|true|successful|useful|worth",
    'always >> fails|fail|ends|end|backfires|backfire',
  ],
  message: '{phrase} generalises without exception: say how often, from your experience.',
  accept: (m) => {
    const before = m.before().filter((t) => t.kind === 'word');
    if (before.some((t) => FIRST_PERSON.has(t.norm))) return false;
    // "… always ends on time": only "ends badly", "ends in failure".
    const next = m.after();
    if (next[0]?.norm === 'ends' || next[0]?.norm === 'end') return next[1]?.norm === 'badly' || next[1]?.norm === 'in';
    return true;
  },
  rewrites: [{ stance: 'softer', template: (m) => (spanWords(m)[0] === 'never' ? 'rarely' : 'often') }],
  examples: {
    flagged: [
      { text: 'Those long-term plans are never correct.', rewrites: ['Those long-term plans are rarely correct.'] },
      { text: 'Big-bang migrations always fail.', rewrites: ['Big-bang migrations often fail.'] },
      { text: 'Estimates made this early are always wrong.', rewrites: ['Estimates made this early are often wrong.'] },
    ],
    notFlagged: ['We are always available for questions.', 'The backup is never stored on the same server.', 'Our estimates were never wrong by more than ten percent.'],
  },
  rationale: '"Never" and "always" turn experience into a law the client cannot argue with. "Rarely" and "often" keep the point and its honesty.',
};

export const ENGLISH_ABSOLU_RULES: readonly RuleDefinition[] = [ofCourse, obviously, itIsObviousThat, theOnlyOption, noAlternative, noBrainer, neverAlways];
