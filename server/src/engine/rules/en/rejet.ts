// Rejection (English): flat judgements of the client's choices: "your plan is flawed", "this is a bad
// idea", "will not work", "makes no sense", "obsolete". A judgement is flagged only when its subject is
// the client's (their plan, "this" choice under discussion, an action they chose: "Keeping your ERP…");
// the same words about a library, a server or a bug state a fact and stay quiet.
import type { MatchView, RuleDefinition } from '../types.js';
import { ENGLISH_DEGREE_ADVERBS } from './slots.js';
import type { Token } from '../../sentences.js';
import { conditionOpensClause, detached, extraposedAboutClient, mentionsClientAfter, readSubject, TECHNICAL_NOUNS, type SubjectReading } from './grammar.js';

/**
 * "is / was / seems to be / is going to be / would be" (first pattern) and "has been / would have been"
 * (second) before a predicate; the verb is captured as @cop. Two patterns per predicate rather than one
 * per verb form: every pattern starting with "is" is tried at every "is" of a document.
 */
function copulaPatterns(predicate: string): string[] {
  return [
    `is|are|was|were|'s|'re|seems|seem|looks|look|remains|remain|appears|appear|sounds|sound|proves|prove|becomes|become|would|will|'d|'ll@cop {degree*} [going] [to] [be] {degree*} ${predicate}`,
    `has|have|would@cop {degree*} [have] been {degree*} ${predicate}`,
  ];
}

/** Degree adverbs as literal words, so that a pattern opening with one is indexed by its first word. */
const DEGREE_WORDS = [...ENGLISH_DEGREE_ADVERBS].join('|');

/** The judgement is about the past ("was a mistake", "has been", "would have been"). */
function isPast(m: MatchView): boolean {
  return m.tokens.slice(m.match.spanStart, m.match.spanEnd).some((t) => t.norm === 'was' || t.norm === 'were' || t.norm === 'been');
}

const tensed =
  (present: string, past: string) =>
  (m: MatchView): string =>
    detached(m, isPast(m) ? past : present);

type SubjectTest = (s: SubjectReading, m: MatchView) => boolean;

/** Strong words ("a mistake", "absurd") judge whatever the client chose, or an action aimed at them. */
const strongSubject: SubjectTest = (s, m) =>
  !s.technical &&
  (s.kind === 'demonstrative' ||
  s.kind === 'action' ||
  s.kind === 'choice' ||
  (s.kind === 'yours' && !s.technical) ||
  (s.kind === 'it' && extraposedAboutClient(m)) ||
  (s.kind === 'other' && s.demonstrative));

/** Quality words ("flawed", "wrong") judge a choice only: "the comment is wrong" reports a bug. */
const qualitySubject: SubjectTest = (s) =>
  !s.technical && (s.kind === 'demonstrative' || s.kind === 'action' || s.kind === 'choice' || s.kind === 'yours');

const acceptSubject =
  (test: SubjectTest) =>
  (m: MatchView): boolean =>
    !conditionOpensClause(m) && test(readSubject(m), m);

/**
 * Judgement rules read conditions themselves: the default guard would take "at once" or "when" inside a
 * subject ("Migrating everything at once would be a mistake") for a condition.
 */
const OWN_CONDITION_CHECK = ['condition'] as const;

const REVIEW_TOGETHER = 'may be worth reviewing together';

// ---------------------------------------------------------------------------------------------------

export const badIdea: RuleDefinition = {
  id: 'rejet/bad-idea',
  allow: OWN_CONDITION_CHECK,
  lang: 'en',
  category: 'rejet',
  patterns: [
    ...copulaPatterns('a|an {qualifier*} mistake|blunder|misstep'),
    ...copulaPatterns('a|an {qualifier*} bad|poor|terrible|awful|dreadful|silly|stupid|foolish idea|move|choice|decision|call|bet'),
    ...copulaPatterns('absurd|ridiculous|nonsense|nonsensical|pointless|senseless|foolish|madness|insane|crazy|irrational|illogical|irresponsible|laughable|silly|stupid|counterproductive|counter-productive'),
    ...copulaPatterns('a|an {qualifier*} waste of time|money|resources|effort|budget|energy'),
    ...copulaPatterns('a|an {qualifier*} non-starter|dead-end'),
    ...copulaPatterns('a|an {qualifier*} dead end'),
    ...copulaPatterns('a|an {qualifier*} recipe for disaster|failure'),
    ...copulaPatterns('a|an {qualifier*} step backwards|backward|back'),
  ],
  message: '{phrase} judges the client\'s choice flatly: acknowledge the goal, then offer another option.',
  // "a mistake in the contract", "an error on line 12": a defect located somewhere is a finding.
  accept: (m) => !['in', 'on', 'at'].includes(m.after()[0]?.norm ?? '') && acceptSubject(strongSubject)(m),
  rewrites: [
    { stance: 'softer', template: tensed('may not be the best option', 'may not have been the best option') },
    {
      stance: 'suggestion',
      template: tensed('could carry risks worth discussing', 'may have carried risks worth discussing'),
      when: (m) => readSubject(m).kind !== 'it',
    },
  ],
  examples: {
    flagged: [
      {
        text: 'Building the app without a pilot is a bad idea.',
        rewrites: ['Building the app without a pilot may not be the best option.', 'Building the app without a pilot could carry risks worth discussing.'],
      },
      { text: 'Choosing WordPress for your intranet was a mistake.', rewrites: ['Choosing WordPress for your intranet may not have been the best option.'] },
      { text: 'Keeping your current ERP would be absurd.', rewrites: ['Keeping your current ERP may not be the best option.'] },
      { text: 'This is a complete waste of money.', rewrites: ['This may not be the best option.'] },
      { text: "That's a recipe for disaster.", rewrites: ['That may not be the best option.'] },
      { text: 'It would be a serious mistake to keep your legacy CRM.', rewrites: ['It may not be the best option to keep your legacy CRM.'] },
    ],
    notFlagged: [
      'Our first estimate was a mistake, which we have corrected.',
      'It would be a mistake to underestimate the effort.',
      'The launch was a mistake in the calendar of the vendor.',
      'Is this a bad idea?',
      'This could be a mistake if the volumes grow.',
      'A pilot is not a bad idea.',
      'This is a common mistake in Solidity contracts.',
      'Using `tx.origin` for authorisation is a bad idea.',
    ],
  },
  rationale:
    'Calling the client\'s choice "a mistake", "a bad idea" or "absurd" closes the discussion and puts them on the defensive. The rewrite keeps the subject and hedges the verdict, which leaves room to present the alternative. The consultant\'s own mistakes, hedged wording ("could be a mistake") and general warnings ("it would be a mistake to underestimate the effort") stay quiet.',
};

/** Replacements for quality words, by the kind of flaw they name: [present, past]. */
const QUALITY_REWRITE: ReadonlyArray<[ReadonlySet<string>, string, string]> = [
  [
    new Set(['unrealistic', 'unachievable', 'unworkable', 'infeasible', 'unfeasible', 'viable', 'feasible', 'realistic', 'achievable']),
    'may be hard to achieve as it stands',
    'may have been hard to achieve',
  ],
  [
    new Set(['unsuitable', 'inappropriate', 'ill-suited', 'unfit', 'suitable', 'appropriate', 'fit', 'purpose']),
    'may not be the best fit',
    'may not have been the best fit',
  ],
  [new Set(['unacceptable', 'acceptable']), 'may raise some concerns', 'may have raised some concerns'],
  [
    new Set(['misguided', 'naive', 'naïve', 'short-sighted', 'shortsighted', 'ill-conceived', 'half-baked', 'ill-advised', 'misconceived', 'thought', 'conceived']),
    'could be developed further',
    'could have been developed further',
  ],
];

function qualityRewrite(m: MatchView): string {
  const words = m.tokens.slice(m.match.spanStart, m.match.spanEnd).map((t) => t.norm);
  for (const [keys, present, past] of QUALITY_REWRITE) {
    if (words.some((w) => keys.has(w))) return isPast(m) ? past : present;
  }
  return isPast(m) ? 'could have been improved' : 'could be improved';
}

function qualityRewriteDetached(m: MatchView): string {
  return detached(m, qualityRewrite(m));
}

export const flawed: RuleDefinition = {
  id: 'rejet/flawed',
  allow: OWN_CONDITION_CHECK,
  lang: 'en',
  category: 'rejet',
  patterns: [
    ...copulaPatterns(
      'flawed|wrong|inadequate|deficient|poor|bad|weak|sloppy|amateurish|amateur|mediocre|unprofessional|terrible|awful|useless|worthless|inefficient|ineffective|misguided|naive|naïve|short-sighted|shortsighted|ill-conceived|half-baked|ill-advised|misconceived|unrealistic|unachievable|unworkable|infeasible|unfeasible|unacceptable|unsuitable|inappropriate|ill-suited|unfit|dysfunctional|broken',
    ),
    ...copulaPatterns('a|an {qualifier*} disaster|mess|shambles|failure|fiasco'),
    ...copulaPatterns('poorly|badly thought|designed|conceived|planned|organised|organized|executed|written|structured'),
    ...copulaPatterns('poorly|badly thought out'),
    ...copulaPatterns('all wrong'),
    ...copulaPatterns('far from ideal|adequate|optimal|good|satisfactory|sufficient|acceptable|realistic'),
    'leaves|leave|left a lot|much to be desired',
    ...copulaPatterns('not|n\'t {degree?} viable|feasible|realistic|achievable|suitable|appropriate|acceptable'),
    ...copulaPatterns('not|n\'t {degree?} good enough'),
    ...copulaPatterns('not|n\'t {degree?} fit for purpose'),
    ...copulaPatterns('not|n\'t {degree?} up to the job|task|scratch'),
  ],
  message: '{phrase} judges the client\'s choice flatly: acknowledge the goal, then offer another option.',
  accept: acceptSubject(qualitySubject),
  rewrites: [
    { stance: 'softer', template: qualityRewriteDetached },
    { stance: 'suggestion', template: tensed(REVIEW_TOGETHER, 'may be worth looking at again together') },
  ],
  examples: {
    flagged: [
      {
        text: 'Your migration plan is flawed.',
        rewrites: ['Your migration plan could be improved.', 'Your migration plan may be worth reviewing together.'],
      },
      { text: 'Your approval processes are completely inadequate.', rewrites: ['Your approval processes could be improved.'] },
      { text: 'Your vision for the platform is unrealistic.', rewrites: ['Your vision for the platform may be hard to achieve as it stands.'] },
      { text: 'Your specification is poorly thought out.', rewrites: ['Your specification could be developed further.'] },
      { text: 'Your current website is a disaster on mobile.', rewrites: ['Your current website could be improved on mobile.'] },
      { text: 'This approach is simply wrong.', rewrites: ['This approach could be improved.'] },
      { text: 'Your reporting leaves a lot to be desired.', rewrites: ['Your reporting could be improved.'] },
      { text: 'Your roadmap is far from realistic.', rewrites: ['Your roadmap may be hard to achieve as it stands.'] },
    ],
    notFlagged: [
      'The comment on line 12 is wrong.',
      'The network coverage in the warehouse is poor.',
      'Our first draft was flawed.',
      'If your plan is unrealistic, we will say so early.',
      'Your data is wrong in two rows of the export.',
      'Is the schedule realistic?',
    ],
  },
  rationale:
    'A verdict on the quality of the client\'s plan, process or vision ("flawed", "inadequate", "unrealistic") sounds like a grade. The rewrite keeps the subject and turns the verdict into room for improvement. The same adjectives about a comment, a value or a network state a finding and stay quiet: only a subject that names a choice, the client\'s own ("your…"), "this" or an action is judged.',
};

export const outdated: RuleDefinition = {
  id: 'rejet/outdated',
  allow: OWN_CONDITION_CHECK,
  lang: 'en',
  category: 'rejet',
  patterns: [
    ...copulaPatterns('outdated|obsolete|old-fashioned|antiquated|archaic|out-of-date|outmoded|passé'),
    ...copulaPatterns('out of date'),
    ...copulaPatterns('behind the times'),
    ...copulaPatterns('a thing of the past'),
    ...copulaPatterns('from another era|age|century'),
  ],
  message: '{phrase} dismisses the client\'s current choice: offer the change as an option.',
  // "PHP 5.6 has been obsolete since 2019" or "the jQuery version is outdated" state a fact about a
  // technical artefact. A choice ("your organisation", "the architecture") is what must not be dismissed.
  accept: (m) => {
    if (conditionOpensClause(m)) return false;
    const s = readSubject(m);
    if (s.technical) return false;
    return s.kind === 'choice' || (s.kind === 'yours' && s.head !== undefined);
  },
  rewrites: [
    { stance: 'softer', template: tensed('may need updating', 'may have needed updating') },
    { stance: 'suggestion', template: tensed('could benefit from a fresh look', 'could have benefited from a fresh look') },
  ],
  examples: {
    flagged: [
      { text: 'Your current architecture is obsolete.', rewrites: ['Your current architecture may need updating.', 'Your current architecture could benefit from a fresh look.'] },
      { text: 'Your siloed organisation is outdated.', rewrites: ['Your siloed organisation may need updating.'] },
      { text: 'Frankly, your approach to security is totally out of date.', rewrites: ['Frankly, your approach to security may need updating.'] },
    ],
    notFlagged: [
      'PHP 5.6 has been obsolete since 2019 and no longer receives security fixes.',
      'The jQuery version used by the site is outdated.',
      'Your PHP version is outdated.',
      'Some outdated dependencies will be updated during phase 1.',
      'Our own tooling was outdated until last year.',
    ],
  },
  rationale:
    '"Obsolete" or "outdated" about the client\'s architecture, organisation or approach dismisses what they built. About a software version, a library or a dependency it is a neutral fact an audit must state: those subjects (technical nouns, version numbers) stay quiet.',
};

const WORK_VERBS = 'work|succeed|scale|fly|last|deliver';

/** "This doesn't work" judges a choice; "the login does not work on Safari" reports a bug. */
function acceptsFailure(m: MatchView): boolean {
  if (conditionOpensClause(m)) return false;
  const s = readSubject(m);
  const present = m.tokens.slice(m.match.spanStart, m.match.spanEnd).some((t) => ['does', 'do', 'works', 'working'].includes(t.norm));
  // "…will not work for every team": a qualified judgement is already the softer stance.
  const after = m.after().map((t) => t.norm);
  if ((after[0] === 'for' || after[0] === 'in') && (after[1] === 'every' || after[1] === 'all')) return false;
  // "This won't work in Internet Explorer 11", "…on older browsers": a compatibility fact.
  if (m.after().some((t) => t.kind === 'opaque' || /\d/.test(t.text) || TECHNICAL_NOUNS.has(t.norm))) return false;
  if (present) {
    // "This does not work for ranges" reports a limitation; "But this doesn't work." judges.
    const next = m.after()[0];
    const closes = !next || next.kind === 'punct' || ['because', 'anymore', 'at', 'either'].includes(next.norm) || mentionsClientAfter(m);
    return (s.kind === 'demonstrative' && closes) || s.kind === 'action' || s.namesChoice;
  }
  return qualitySubject(s, m);
}

export const willNotWork: RuleDefinition = {
  id: 'rejet/will-not-work',
  allow: OWN_CONDITION_CHECK,
  lang: 'en',
  category: 'rejet',
  patterns: [
    `will|would|can|could|does|do not|n't|never {degree?} ${WORK_VERBS}`,
    `wo|ca n't {degree?} ${WORK_VERBS}`,
    `cannot {degree?} ${WORK_VERBS}`,
    // "…simply will not work": the adverb goes with the verdict it strengthens.
    `${DEGREE_WORDS} will|would|can|could|does|do not|n't|never {degree?} ${WORK_VERBS}`,
    `${DEGREE_WORDS} wo|ca n't {degree?} ${WORK_VERBS}`,
    `${DEGREE_WORDS} cannot {degree?} ${WORK_VERBS}`,
    `is|are|'s|'re not|n't going to ${WORK_VERBS}`,
    `never works|succeeds`,
    `is|are|'s|'re not|n't working`,
    `will|would {degree?} fail`,
    `is|are|'s|'re {degree?} doomed|bound|destined|certain|sure to fail`,
    `is|are|'s|'re {degree?} doomed`,
    `is|are|'s|'re {degree?} heading|headed for failure|disaster`,
    `has|have no chance of succeeding|success|working`,
    `will|would never get off the ground`,
  ],
  message: '{phrase} condemns the client\'s choice in advance: name the risk and offer an option.',
  accept: acceptsFailure,
  rewrites: [
    { stance: 'softer', template: tensed('may run into difficulties', 'may run into difficulties') },
    { stance: 'suggestion', template: tensed('may not deliver the results you expect', 'may not deliver the results you expect') },
  ],
  examples: {
    flagged: [
      { text: 'This approach will not work.', rewrites: ['This approach may run into difficulties.', 'This approach may not deliver the results you expect.'] },
      { text: "Your project, as currently scoped, won't work.", rewrites: ['Your project, as currently scoped, may run into difficulties.'] },
      { text: 'Your rollout plan is doomed to fail.', rewrites: ['Your rollout plan may run into difficulties.'] },
      { text: 'This would never work because things change and nobody can lock in every decision.', rewrites: ['This may run into difficulties because things change and nobody can lock in every decision.'] },
      { text: "But this doesn't work.", rewrites: ['But this may run into difficulties.'] },
      { text: 'Your current process is not working.', rewrites: ['Your current process may run into difficulties.'] },
    ],
    notFlagged: [
      'If the mail server goes down, invoice sending will not work.',
      'The backup script has not worked since the last update.',
      'The login page does not work on Safari.',
      'We will not work on weekends without prior agreement.',
      'It will not work offline.',
      'This approach may not work for every team.',
      "This won't work in Internet Explorer 11.",
      'This does not work for date ranges.',
      'This approach will not work for every team, which is why we propose a pilot.',
    ],
  },
  rationale:
    'Predicting that the client\'s plan "will not work" condemns it before any discussion. The rewrite keeps the subject and names a risk instead. Bugs ("the login page does not work on Safari"), conditions and the consultant\'s own commitments ("we will not work on weekends") stay quiet.',
};

const startsWithThere = (m: MatchView): boolean => m.tokens[m.match.spanStart]?.norm === 'there';

export const makesNoSense: RuleDefinition = {
  id: 'rejet/makes-no-sense',
  allow: OWN_CONDITION_CHECK,
  lang: 'en',
  category: 'rejet',
  patterns: [
    `makes|make|made no {degree?} sense [at] [all]`,
    `makes|make|made little sense`,
    `does|do|did not|n't make {degree?} [any|much] sense [at] [all]`,
    `${DEGREE_WORDS} makes|make|made no {degree?} sense [at] [all]`,
    `${DEGREE_WORDS} makes|make|made little sense`,
    `${DEGREE_WORDS} does|do|did not|n't make {degree?} [any|much] sense [at] [all]`,
    `there is|'s {degree?} no point in`,
  ],
  message: '{phrase} dismisses the client\'s choice: ask, or offer another option.',
  // "There is no point in keeping your ERP" judges the client's choice; "there is no point in time when…"
  // does not: the client must be named in what is called pointless.
  accept: (m) => !conditionOpensClause(m) && (startsWithThere(m) ? mentionsClientAfter(m) : strongSubject(readSubject(m), m)),
  rewrites: [
    {
      stance: 'softer',
      template: (m) => {
        if (startsWithThere(m)) return 'it may not be worth';
        if (readSubject(m).kind === 'it') return tensed('may not be the best option', 'may not have been the best option')(m);
        return tensed('may be worth revisiting', 'may have been worth revisiting')(m);
      },
    },
    {
      stance: 'suggestion',
      template: tensed('may raise questions worth discussing', 'may have raised questions worth discussing'),
      when: (m) => !startsWithThere(m) && readSubject(m).kind !== 'it',
    },
  ],
  examples: {
    flagged: [
      {
        text: 'Your estimation method makes no sense.',
        rewrites: ['Your estimation method may be worth revisiting.', 'Your estimation method may raise questions worth discussing.'],
      },
      { text: "This doesn't make any sense.", rewrites: ['This may be worth revisiting.'] },
      { text: 'There is no point in keeping your old CMS.', rewrites: ['It may not be worth keeping your old CMS.'] },
      { text: 'It makes no sense to keep your two CRMs.', rewrites: ['It may not be the best option to keep your two CRMs.'] },
    ],
    notFlagged: [
      'It makes no sense to migrate the archives twice.',
      'The error message makes no sense to users.',
      'There is no point in time when the shop is closed.',
      'Does this make sense to you?',
    ],
  },
  rationale:
    '"Makes no sense" or "there is no point" dismisses the client\'s reasoning. The rewrite keeps the subject and invites a second look. Findings about texts and messages ("the error message makes no sense to users") and general remarks without the client in them stay quiet.',
};

const CHOICE_WORDS = 'approach|choice|way|direction|solution|tool|tools|technology|path|strategy|decision|option|answer|model|platform|stack|priority|priorities|move|call|bet|partner|vendor|framework|architecture|method';

function noun(m: MatchView): string {
  return (m.tokens[m.match.spanEnd - 1] as Token).text.toLowerCase();
}

export const wrongChoice: RuleDefinition = {
  id: 'rejet/wrong-choice',
  allow: OWN_CONDITION_CHECK,
  lang: 'en',
  category: 'rejet',
  patterns: [...copulaPatterns(`the|a wrong ${CHOICE_WORDS}`), ...copulaPatterns(`not|n't the right ${CHOICE_WORDS}`)],
  message: '{phrase} judges the client\'s choice flatly: offer the alternative as an option.',
  accept: (m) => !conditionOpensClause(m) && readSubject(m).kind !== 'self',
  rewrites: [
    { stance: 'softer', template: (m) => tensed(`may not be the best ${noun(m)}`, `may not have been the best ${noun(m)}`)(m) },
    { stance: 'suggestion', template: (m) => tensed(`may not be the most suitable ${noun(m)}`, `may not have been the most suitable ${noun(m)}`)(m) },
  ],
  examples: {
    flagged: [
      {
        text: 'Native development is the wrong choice for your budget.',
        rewrites: ['Native development may not be the best choice for your budget.', 'Native development may not be the most suitable choice for your budget.'],
      },
      { text: 'This is not the right approach.', rewrites: ['This may not be the best approach.'] },
      { text: 'Picking two vendors was the wrong decision.', rewrites: ['Picking two vendors may not have been the best decision.'] },
    ],
    notFlagged: ['This is not the right time to migrate.', 'We chose the wrong tool at first and switched in week two.', 'Is this the right approach?'],
  },
  rationale:
    '"The wrong approach" leaves the client nowhere to go. "May not be the best approach" keeps the verdict open and invites the alternative.',
};

export const youAreWrong: RuleDefinition = {
  id: 'rejet/you-are-wrong',
  lang: 'en',
  category: 'rejet',
  patterns: [
    `you are|'re|were {degree?} wrong|mistaken|misinformed >> to {verb}`,
    `you are|'re|were {degree?} wrong|mistaken|misinformed about|on`,
    `you are|'re|were {degree?} wrong|mistaken|misinformed`,
    `you have|'ve [got] it [all] {degree?} wrong`,
    `you are|'re on the wrong track|path`,
  ],
  message: '{phrase} tells the client they are wrong: say how you see it instead.',
  rewrites: [
    {
      stance: 'softer',
      template: (m) => {
        const last = m.tokens[m.match.spanEnd - 1]?.norm;
        if (last === 'about' || last === 'on') return 'we have a different view on';
        if (last === 'track' || last === 'path') return 'we would suggest a different path';
        if (m.after()[0]?.norm === 'to') return 'we are not sure it is wise';
        return 'we see it differently';
      },
    },
  ],
  examples: {
    flagged: [
      { text: 'You are wrong about the timeline.', rewrites: ['We have a different view on the timeline.'] },
      { text: 'You are wrong to keep the ERP.', rewrites: ['We are not sure it is wise to keep the ERP.'] },
      { text: "You've got it all wrong.", rewrites: ['We see it differently.'] },
    ],
    notFlagged: ['If you are wrong about the volumes, the cost will change.', 'Are we wrong about the volumes?', 'You are right to want to secure the launch date.'],
  },
  rationale: 'Telling the client they are wrong makes the discussion about who is right. Stating your own view leaves them free to weigh it.',
};

/** Attributive judgements: "your outdated CMS", "your flawed plan". */
const ATTRIBUTIVE_JUDGEMENTS =
  'outdated|obsolete|antiquated|archaic|old-fashioned|flawed|misguided|unrealistic|absurd|ridiculous|amateurish|sloppy|mediocre|ill-conceived|half-baked|dysfunctional|out-of-date|outmoded';

export const yourFlawedThing: RuleDefinition = {
  id: 'rejet/your-outdated-thing',
  lang: 'en',
  category: 'rejet',
  patterns: [`your ${ATTRIBUTIVE_JUDGEMENTS} >> {word}`],
  message: '{phrase} judges what the client has in passing: name it neutrally.',
  // "your outdated dependencies" names a fact an audit must state.
  accept: (m) => {
    const next = m.after().slice(0, 3).filter((t) => t.kind === 'word');
    return !next.some((t) => TECHNICAL_NOUNS.has(t.norm));
  },
  rewrites: [{ stance: 'softer', template: 'your current' }],
  examples: {
    flagged: [
      { text: 'We will replace your outdated CMS.', rewrites: ['We will replace your current CMS.'] },
      { text: 'Your flawed roadmap leaves no room for testing.', rewrites: ['Your current roadmap leaves no room for testing.'] },
      { text: 'We can modernise your antiquated intranet in two phases.', rewrites: ['We can modernise your current intranet in two phases.'] },
    ],
    notFlagged: ['We will update your outdated dependencies.', 'Your current CMS will be kept.', 'Some outdated pages will be archived.'],
  },
  rationale: 'An adjective in passing ("your outdated CMS") carries the same verdict as a full sentence. "Your current CMS" names the same thing without judging it.',
};

export const ENGLISH_REJET_RULES: readonly RuleDefinition[] = [badIdea, flawed, outdated, willNotWork, makesNoSense, wrongChoice, youAreWrong, yourFlawedThing];
