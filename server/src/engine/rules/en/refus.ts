// Refusal (English): "we refuse to", "non-negotiable", "not up for debate", "out of the question",
// "we will not accept", "under no circumstances will we". Only refusal verbs are flagged, so benign
// negatives ("we will not charge for the discovery phase") never match.
import type { MatchView, RuleDefinition } from '../types.js';

const spanWords = (m: MatchView): string[] => m.tokens.slice(m.match.spanStart, m.match.spanEnd).map((t) => t.norm);

const COPULAS = new Set(['is', 'are', 'was', 'were', "'s", "'re", 'remains', 'remain', 'be', 'been', 'and', 'stays', 'stay', 'seems']);

/** "is non-negotiable" (a predicate) rather than "a non-negotiable requirement" (an attribute). */
function isPredicate(m: MatchView): boolean {
  const prev = m.tokens[m.match.spanStart - 1];
  if (!prev) return true;
  if (COPULAS.has(prev.norm)) return true;
  const next = m.tokens[m.match.spanEnd];
  return !next || next.kind !== 'word';
}

/** What a client may want to negotiate: "final" about these closes the door. */
const NEGOTIABLE_THINGS = new Set([
  'price', 'prices', 'terms', 'offer', 'decision', 'decisions', 'conditions', 'answer', 'position', 'word',
  'choice', 'schedule', 'deadline', 'deadlines', 'budget', 'scope', 'rate', 'rates', 'fee', 'fees', 'quote',
  'proposal', 'recommendation', 'this', 'that',
]);

/** The noun just before the copula: "Our *terms* are final". */
function headOf(m: MatchView): string | undefined {
  const words = m.before().filter((t) => t.kind === 'word');
  return words[words.length - 2]?.norm;
}

export const nonNegotiable: RuleDefinition = {
  id: 'refus/non-negotiable',
  lang: 'en',
  category: 'refus',
  patterns: [
    'non-negotiable|nonnegotiable|unnegotiable',
    'non negotiable',
    "not|n't {degree?} negotiable",
    "not|n't {degree?} up for debate|discussion|negotiation|discussions",
    "not|n't {degree?} open to|for debate|discussion|negotiation|compromise|discussions",
    "not|n't {degree?} subject to discussion|debate|negotiation|discussions",
    "not|n't {degree?} a matter for discussion|debate|negotiation",
    'beyond discussion|debate|negotiation',
    "is|are|'s|'re << final >> $",
    "is|are|'s|'re << final >> and|,|;",
  ],
  message: '{phrase} closes the discussion: say why it matters and what would be possible.',
  // "Final" closes a discussion only about what can be negotiated: "our terms are final", not "the
  // report is final".
  accept: (m) => spanWords(m)[0] !== 'final' || (headOf(m) !== undefined && NEGOTIABLE_THINGS.has(headOf(m) as string)),
  rewrites: [
    { stance: 'softer', template: (m) => (spanWords(m)[0] === 'final' ? 'carefully considered' : isPredicate(m) ? 'important to us' : 'key') },
    { stance: 'suggestion', template: 'a point we would like to discuss with you', when: (m) => isPredicate(m) && spanWords(m)[0] !== 'final' },
  ],
  examples: {
    flagged: [
      {
        text: 'The choice of technology stack is non-negotiable.',
        rewrites: ['The choice of technology stack is important to us.', 'The choice of technology stack is a point we would like to discuss with you.'],
      },
      { text: 'The proposed schedule is not up for debate.', rewrites: ['The proposed schedule is important to us.'] },
      { text: 'This requirement is final and not subject to discussion.', rewrites: ['This requirement is final and important to us.'] },
      { text: 'Automated tests are a non-negotiable requirement.', rewrites: ['Automated tests are a key requirement.'] },
      { text: 'Our terms are final.', rewrites: ['Our terms are carefully considered.'] },
    ],
    notFlagged: [
      'The format of the deliverables is negotiable.',
      'Everything remains open to discussion until the contract is signed.',
      'Is the schedule negotiable?',
      'The report is final.',
      'Your CIO reminded us that "the trade fair date is non-negotiable".',
    ],
  },
  rationale:
    '"Non-negotiable" and "not up for debate" end the conversation before it starts. Saying that the point matters to you, and offering to discuss it, keeps the same position while leaving the client room to ask why.',
};

export const outOfTheQuestion: RuleDefinition = {
  id: 'refus/out-of-the-question',
  lang: 'en',
  category: 'refus',
  patterns: [
    "it is|'s {degree?} out of the question [for] [us] to",
    'it would be {degree?} out of the question [for] [us] to',
    'out of the question',
    "there is|'s {degree?} no question of",
    'there can be no question of',
  ],
  message: '{phrase} refuses outright: say what you would prefer and why.',
  // "There is no question that…" is certainty (absolu), not refusal: only "no question of" is here.
  rewrites: [
    {
      stance: 'softer',
      template: (m) => {
        const words = spanWords(m);
        if (words[0] === 'there') return 'we would prefer to avoid';
        if (words[words.length - 1] === 'to') return 'we would prefer not to';
        return 'not something we would recommend';
      },
    },
    {
      stance: 'suggestion',
      template: (m) => {
        const words = spanWords(m);
        if (words[0] === 'there') return 'we would rather not consider';
        if (words[words.length - 1] === 'to') return 'we would rather not';
        return 'something we would advise against';
      },
    },
  ],
  examples: {
    flagged: [
      {
        text: 'Using a proprietary CMS is out of the question.',
        rewrites: ['Using a proprietary CMS is not something we would recommend.', 'Using a proprietary CMS is something we would advise against.'],
      },
      { text: "There is no question of reusing the previous vendor's code.", rewrites: ["We would prefer to avoid reusing the previous vendor's code."] },
      { text: 'It is out of the question for us to work without a test server.', rewrites: ['We would prefer not to work without a test server.'] },
    ],
    notFlagged: [
      'There is no question that your team knows the business.',
      'This is not about replacing your ERP, but about connecting it to the shop.',
      'Is a second vendor out of the question?',
    ],
  },
  rationale:
    '"Out of the question" refuses without a reason. Saying what you would prefer, and why, keeps the position and opens the discussion.',
};

/** Things the consultant promises never to do: reassurance, not refusal ("…will we share your data"). */
const REASSURING_VERBS = new Set([
  'share', 'disclose', 'sell', 'charge', 'bill', 'invoice', 'pass', 'transfer', 'use', 'access', 'store', 'keep',
  'publish', 'reveal', 'rent', 'leak', 'expose', 'copy', 'retain', 'send', 'contact', 'spam', 'collect', 'track',
  'exceed', 'ask', 'require', 'lock', 'hide', 'change', 'increase', 'raise', 'cut', 'skimp', 'sacrifice',
  'gamble', 'jeopardise', 'jeopardize', 'endanger', 'compromise', 'neglect', 'ignore', 'overcharge', 'mislead',
]);

/** What a client proposes, and a consultant may reject: "we reject the idea of…". */
const REJECTABLE = new Set([
  'your', 'idea', 'ideas', 'proposal', 'proposals', 'approach', 'option', 'options', 'suggestion', 'suggestions',
  'plan', 'plans', 'request', 'requests', 'change', 'changes', 'solution', 'recommendation', 'demand', 'demands',
  'terms', 'conditions', 'offer', 'counter-proposal', 'counteroffer', 'deadline', 'schedule', 'budget',
]);

export const weRefuse: RuleDefinition = {
  id: 'refus/we-refuse',
  lang: 'en',
  category: 'refus',
  patterns: [
    'we|i {degree?} refuse|decline to >> {verb}',
    'we|i {degree?} refuse >> {word}',
    "we|i will|'ll|would|'d|shall not|n't|never agree to",
    "we|i wo n't agree to",
    'we|i {degree?} reject >> {word}',
    "there is|'s no way we|i will|'ll|would|'d|can|could|are|'re >> {verb}",
    "we|i are|'re|am|'m not|n't {degree?} prepared|willing|ready to >> {verb}",
  ],
  message: '{phrase} refuses outright: say what would be possible, and on what condition.',
  // "We reject any liability…" is a legal disclaimer, not a refusal aimed at the client.
  accept: (m) => {
    // "We reject invalid transactions" describes a system; only a client's idea, plan or request is refused.
    if (spanWords(m).includes('reject')) {
      const object = m.after().slice(0, 4).map((t) => t.norm);
      if (!object.some((w) => REJECTABLE.has(w))) return false;
    }
    // "We refuse to…" is read by the first pattern; "refuse" + NP must not take "to" for a noun.
    if (spanWords(m)[spanWords(m).length - 1] === 'refuse' && m.after()[0]?.norm === 'to') return false;
    if (m.after().slice(0, 2).some((t) => ['liability', 'responsibility', 'responsibilities', 'claims'].includes(t.norm))) return false;
    // "We are not willing to share your data", "we refuse to cut corners": a reassurance, not a refusal.
    return !REASSURING_VERBS.has(m.after()[0]?.norm ?? '');
  },
  rewrites: [
    {
      stance: 'softer',
      template: (m) => {
        const words = spanWords(m);
        const we = words.includes('i') ? 'I' : 'we';
        if (words[0] === 'there' || words.includes('prepared') || words.includes('willing') || words.includes('ready')) return `${we} would prefer not to`;
        if (words.includes('agree')) return `${we} would need to discuss`;
        if (words.includes('reject')) return `${we} have reservations about`;
        if (words[words.length - 1] === 'to') return `${we} would prefer not to`;
        return `${we} would rather not accept`;
      },
    },
  ],
  examples: {
    flagged: [
      { text: 'We refuse to deliver without automated tests.', rewrites: ['We would prefer not to deliver without automated tests.'] },
      { text: 'We categorically refuse any change to the scope.', rewrites: ['We would rather not accept any change to the scope.'] },
      { text: 'We will not agree to a fixed price.', rewrites: ['We would need to discuss a fixed price.'] },
      { text: 'We reject the idea of a shared database.', rewrites: ['We have reservations about the idea of a shared database.'] },
      { text: 'There is no way we will work without a contract.', rewrites: ['We would prefer not to work without a contract.'] },
      { text: 'We are not prepared to discuss the price.', rewrites: ['We would prefer not to discuss the price.'] },
    ],
    notFlagged: [
      'We reject any liability for third-party outages.',
      'Do we refuse to deliver without tests?',
      'Your team may refuse the delivery if tests fail.',
      'We are not willing to share your data with anyone.',
      'There is no way to export the data before June.',
      'We refuse to cut corners on security.',
      'We reject invalid transactions at the gateway.',
    ],
  },
  rationale: 'A refusal aimed at the client ("we refuse to…") shuts the door. Stating a preference, or what would need discussing, keeps the position open to a conversation.',
};

/** What the consultant refuses, by verb: [preferred, second] replacements for the verb group. */
const REFUSAL_VERBS: Readonly<Record<string, readonly [string, string]>> = {
  accept: ['would need to discuss', 'would want to look closely at'],
  allow: ['would need to discuss', 'would want to look closely at'],
  permit: ['would need to discuss', 'would want to look closely at'],
  tolerate: ['would like to avoid', 'would rather avoid'],
  consider: ['would be cautious about', 'have reservations about'],
  entertain: ['would be cautious about', 'have reservations about'],
  revisit: ['would prefer to keep', 'would rather keep'],
  reconsider: ['would prefer to keep', 'would rather keep'],
  compromise: ['attach great importance to', 'place particular emphasis on'],
  budge: ['attach great importance to', 'place particular emphasis on'],
  bend: ['attach great importance to', 'place particular emphasis on'],
  yield: ['attach great importance to', 'place particular emphasis on'],
  waver: ['attach great importance to', 'place particular emphasis on'],
  negotiate: ['have limited flexibility on', 'have little room to move on'],
  our: ['would prefer to keep our', 'would rather keep our'],
};

/** Policies ("we do not accept cash") and disclaimers ("we cannot accept liability") are not refusals. */
const NEUTRAL_OBJECTS = new Set([
  'liability', 'responsibility', 'responsibilities', 'payment', 'payments', 'cash', 'cheques', 'checks', 'cheque',
  'card', 'cards', 'returns', 'bookings', 'gifts', 'deliveries', 'parcels', 'packages',
]);

function refusedVerb(m: MatchView): string | undefined {
  const words = spanWords(m);
  // "will not change our position": the refusal is to let go of what is "ours".
  if (words.includes('change') && words[words.length - 1] === 'our') return 'our';
  return words.find((w) => REFUSAL_VERBS[w] !== undefined);
}

/** "…until the tests pass", "…unless…": the refusal states its condition, which is what the tone asks. */
const statesCondition = (m: MatchView): boolean =>
  m.after().some((t) => ['until', 'unless', 'without', 'before', 'if', 'as long as'].includes(t.norm));

function acceptRefusal(m: MatchView): boolean {
  if (statesCondition(m)) return false;
  const words = spanWords(m);
  const verb = refusedVerb(m);
  if (!verb) return false;
  const habitual = words.includes('do') || (words.includes('never') && !words.includes('will') && !words.includes('would'));
  if (habitual && (verb === 'accept' || verb === 'allow' || verb === 'permit')) return false;
  const next = m.after().filter((t) => t.kind === 'word').slice(0, 2);
  if (next.some((t) => NEUTRAL_OBJECTS.has(t.norm))) return false;
  // "We do not consider ReDoS a vulnerability", "we would not consider it as a blocker": a judgement, not a
  // refusal of what the client proposes.
  if (verb === 'consider' || verb === 'entertain') {
    const after = m.after().slice(0, 6).map((t) => t.norm);
    if (habitual || after.slice(1).some((w) => w === 'a' || w === 'an' || w === 'as')) return false;
  }
  // "We will not budge." with nothing after: the idiom alone.
  const last = words[words.length - 1];
  if ((last === 'compromise' || last === 'budge' || last === 'bend' || last === 'yield' || last === 'waver') && m.after()[0]?.kind === 'word') return false;
  return true;
}

const stanceOf =
  (index: 0 | 1) =>
  (m: MatchView): string | undefined => {
    const verb = refusedVerb(m);
    if (!verb) return undefined;
    const words = spanWords(m);
    const alone = ['compromise', 'budge', 'bend', 'yield', 'waver'].includes(words[words.length - 1] ?? '');
    if (alone) return index === 0 ? 'see this as an important point' : 'attach great importance to this point';
    return (REFUSAL_VERBS[verb] as readonly [string, string])[index];
  };

const REFUSAL_VERB_LIST = Object.keys(REFUSAL_VERBS).join('|');

export const willNotAccept: RuleDefinition = {
  id: 'refus/will-not-accept',
  lang: 'en',
  category: 'refus',
  patterns: [
    `we|i << will|'ll|would|'d|can|shall|wo|ca|do not|n't|never [even] {degree?} accept|allow|permit|tolerate|consider|entertain|revisit|reconsider|negotiate`,
    `we|i << will|'ll|would|'d|can|shall|wo|ca|do not|n't|never [even] {degree?} compromise|budge|bend|yield|waver on|over`,
    `we|i << will|'ll|would|'d|can|shall|wo|ca|do not|n't|never [even] {degree?} compromise|budge|bend|yield|waver`,
    `we|i << will|'ll|would|'d|can|shall|wo|ca|do not|n't|never [even] {degree?} negotiate on|over`,
    `we|i << cannot [even] {degree?} ${REFUSAL_VERB_LIST}`,
    `we|i << never [even] {degree?} compromise|budge|bend|negotiate [on|over]`,
    "we|i << will|'ll|would|wo|do not|n't|never change our >> position|recommendation|recommendations|decision|stance|view|terms|price|prices|conditions|approach",
  ],
  message: '{phrase} closes the door: say what you would prefer, and why.',
  accept: acceptRefusal,
  rewrites: [
    { stance: 'softer', template: stanceOf(0) },
    { stance: 'suggestion', template: stanceOf(1) },
  ],
  examples: {
    flagged: [
      {
        text: 'We will not accept any change to the scope after signature.',
        rewrites: ['We would need to discuss any change to the scope after signature.', 'We would want to look closely at any change to the scope after signature.'],
      },
      { text: 'We will not compromise on code quality.', rewrites: ['We attach great importance to code quality.'] },
      { text: "We won't budge on the testing requirements.", rewrites: ['We attach great importance to the testing requirements.'] },
      { text: 'We will not even consider a hybrid hosting model.', rewrites: ['We would be cautious about a hybrid hosting model.'] },
      { text: 'We will not revisit this architecture decision.', rewrites: ['We would prefer to keep this architecture decision.'] },
      { text: 'We do not negotiate on the daily rate.', rewrites: ['We have limited flexibility on the daily rate.'] },
      { text: 'We will not change our recommendation.', rewrites: ['We would prefer to keep our recommendation.'] },
    ],
    notFlagged: [
      'We will not charge for follow-up meetings.',
      'We cannot accept liability for outages of third-party services.',
      'We do not accept payment by cheque.',
      'Your team will not accept a change without a review.',
      'We will not need access to production data.',
      'We will not change your URLs during the migration.',
      'We will not accept the deliverable until the acceptance tests pass.',
      'We would not consider this delay a risk for the launch.',
    ],
  },
  rationale:
    '"We will not accept…", "we won\'t budge on…" draw a line the client did not ask about. Saying what you would prefer, and what matters to you, keeps the same position without closing the discussion. Benign negatives ("we will not charge for…"), policies ("we do not accept payment by cheque") and disclaimers stay quiet.',
};

export const underNoCircumstances: RuleDefinition = {
  id: 'refus/under-no-circumstances',
  lang: 'en',
  category: 'refus',
  patterns: [
    'under|in no circumstances|case will|would|shall|can|do we|i >> {verb}',
    'on no account will|would|shall|can|do we|i >> {verb}',
    "we|i << will|'ll|would|shall|can under|in no circumstances|case [ever] >> {verb}",
  ],
  message: '{phrase} refuses outright: say what you would prefer, and why.',
  accept: (m) => !REASSURING_VERBS.has(m.after()[0]?.norm ?? ''),
  rewrites: [
    { stance: 'softer', template: (m) => (spanWords(m)[0] === 'under' || spanWords(m)[0] === 'in' || spanWords(m)[0] === 'on' ? 'we would prefer not to' : 'would prefer not to') },
  ],
  examples: {
    flagged: [
      { text: 'Under no circumstances will we work with a shared database.', rewrites: ['We would prefer not to work with a shared database.'] },
      { text: 'We will under no circumstances deploy on a Friday.', rewrites: ['We would prefer not to deploy on a Friday.'] },
      { text: 'On no account will we reuse the old templates.', rewrites: ['We would prefer not to reuse the old templates.'] },
    ],
    notFlagged: [
      'Under no circumstances will we share your data with third parties.',
      'We will under no circumstances charge for the discovery phase.',
      'Under no circumstances should the API expose personal data.',
    ],
  },
  rationale:
    '"Under no circumstances will we…" refuses before the client has asked. Promises that reassure ("…will we share your data") stay quiet: they refuse nothing the client wants.',
};

export const takeItOrLeaveIt: RuleDefinition = {
  id: 'refus/take-it-or-leave-it',
  lang: 'en',
  category: 'refus',
  patterns: ['[,] take it or leave it', "is|'s|be << our final|last offer|word|answer|position"],
  message: '{phrase} is an ultimatum: present the offer and invite questions.',
  rewrites: [
    { stance: 'remove', template: (m) => (spanWords(m)[0] === 'our' ? 'our proposal' : '') },
    { stance: 'softer', template: 'this is our proposal', when: (m) => m.atSentenceStart && spanWords(m)[0] === 'take' },
  ],
  examples: {
    flagged: [
      {
        text: 'Take it or leave it: the price includes three months of support.',
        rewrites: ['The price includes three months of support.', 'This is our proposal: the price includes three months of support.'],
      },
      { text: 'This is our final offer.', rewrites: ['This is our proposal.'] },
      { text: 'The price is fixed, take it or leave it.', rewrites: ['The price is fixed.'] },
    ],
    notFlagged: [
      'You can take it with you or leave it at the office.',
      'Our final deliverable is the audit report.',
      'We will give our final answer on Friday.',
    ],
  },
  rationale: 'An ultimatum ("take it or leave it", "our final offer") turns a proposal into a demand. The offer reads the same without it, and the client stays free to ask questions.',
};

export const ENGLISH_REFUS_RULES: readonly RuleDefinition[] = [nonNegotiable, outOfTheQuestion, weRefuse, willNotAccept, underNoCircumstances, takeItOrLeaveIt];
