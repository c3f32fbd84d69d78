// Talking down (English): the expert who knows better: "we know what you need", "trust us", "as any
// expert will tell you", "you need to understand that", "you clearly don't understand", "let us be
// clear", "as we have explained many times", "we are the experts".
import type { MatchView, RuleDefinition } from '../types.js';
import type { Token } from '../../sentences.js';
import { atClauseStart, detached } from './grammar.js';

const spanWords = (m: MatchView): string[] => m.tokens.slice(m.match.spanStart, m.match.spanEnd).map((t) => t.norm);
const lastWord = (m: MatchView): string => spanWords(m)[spanWords(m).length - 1] ?? '';

export const weKnowWhatYouNeed: RuleDefinition = {
  id: 'sachant/we-know-what-you-need',
  lang: 'en',
  category: 'sachant',
  patterns: [
    'we|i know [exactly|precisely] >> what you [really] need|want|require|should|must',
    'we|i know [exactly|precisely] >> what your',
    "we|i know [exactly|precisely] >> what is|'s best|good|right for you|your",
    'we|i know [exactly|precisely] >> what you are|\'re looking for',
    'we|i know best',
    'we|i know better [than] [you|anyone|anybody|most|everyone|others]',
    'we|i know [exactly] what we are|\'re doing',
  ],
  message: '{phrase} speaks for the client: ask, or share what you have seen.',
  // "We know better than to promise dates": the idiom means "we are wise enough not to"; "we know best
  // practices", "we know better ways" name things known.
  accept: (m) => {
    const words = spanWords(m);
    const next = m.after()[0];
    if (words.includes('better') && next?.norm === 'to') return false;
    const last = words[words.length - 1];
    if (last === 'best' || last === 'better') return !next || next.kind === 'punct' || ['what', 'how', 'which', 'when', 'why', 'where'].includes(next.norm);
    return true;
  },
  rewrites: [
    {
      stance: 'suggestion',
      template: (m) => {
        const words = spanWords(m);
        const we = words[0] === 'i' ? 'I' : 'we';
        if (words.includes('doing')) return `${we} have solid experience in this area`;
        if (words.includes('better') || words.includes('best')) {
          const next = m.after()[0]?.norm;
          return next && ['what', 'how', 'which', 'when', 'why', 'where'].includes(next) ? `${we} have seen` : `${we} have experience in this area`;
        }
        return `${we} would like to understand`;
      },
    },
    {
      stance: 'softer',
      template: (m) => {
        const words = spanWords(m);
        if (words.includes('doing') || words.includes('better') || words.includes('best')) {
          const next = m.after()[0]?.norm;
          return next && ['what', 'how', 'which', 'when', 'why', 'where'].includes(next) ? `${words[0] === 'i' ? 'I' : 'we'} have learned` : undefined;
        }
        return "let's explore together";
      },
    },
  ],
  examples: {
    flagged: [
      { text: 'We know what you need.', rewrites: ['We would like to understand what you need.', "Let's explore together what you need."] },
      { text: 'We know exactly what is best for your shop.', rewrites: ['We would like to understand what is best for your shop.'] },
      {
        text: 'With twenty years in the business, we know better than anyone what works.',
        rewrites: ['With twenty years in the business, we have seen what works.', 'With twenty years in the business, we have learned what works.'],
      },
      { text: 'We know what we are doing.', rewrites: ['We have solid experience in this area.'] },
    ],
    notFlagged: [
      'We know that your teams are very busy at the end of the year.',
      'The workshop will help us understand what you need from the reporting module.',
      'Your team knows better than anyone what your members expect.',
      'We know better than to promise dates before the audit.',
      'We know best practices for accessible forms.',
      'Do we know what you need from the reporting module?',
    ],
  },
  rationale:
    '"We know what you need" decides for the client what they want. Asking, or sharing what you have seen on other projects, brings the same expertise without taking the decision away.',
};

export const weKnowYourBusiness: RuleDefinition = {
  id: 'sachant/we-know-your-business',
  lang: 'en',
  category: 'sachant',
  patterns: ["we|i << know your [{word}] {word} better than you [do]", "we|i << understand your [{word}] {word} better than you [do]"],
  message: '{phrase} claims to know the client\'s own business better: offer what you have studied.',
  rewrites: [
    {
      stance: 'softer',
      template: (m) => {
        const tokens = m.tokens.slice(m.match.spanStart, m.match.spanEnd);
        const better = tokens.findIndex((t) => t.norm === 'better');
        const object = tokens.slice(1, better);
        const first = object[0] as Token;
        const last = object[object.length - 1] as Token;
        return `have studied ${m.text.slice(first.start, last.end)} closely`;
      },
    },
  ],
  examples: {
    flagged: [
      { text: 'We know your business better than you do.', rewrites: ['We have studied your business closely.'] },
      { text: 'We understand your customers better than you.', rewrites: ['We have studied your customers closely.'] },
      { text: 'After the audit, we know your retail operations better than you do.', rewrites: ['After the audit, we have studied your retail operations closely.'] },
    ],
    notFlagged: ['You know your business better than we do.', 'We want to know your business better.', 'Do we know your market better than you?'],
  },
  rationale:
    'Claiming to know the client\'s business better than they do turns expertise into a put-down. Saying what you have studied brings the same insight as a contribution.',
};

export const trustUs: RuleDefinition = {
  id: 'sachant/trust-us',
  lang: 'en',
  category: 'sachant',
  patterns: [
    '^ [just|so|please] trust|believe us|me [on|about] [this|that|it] [when] [we|i] [say|tell|know] [you] [that]',
    '^ [just|so|please] listen to us|me',
    '[,] take our|my word for it',
    '[,] take it from us|me',
  ],
  message: '{phrase} asks for faith instead of giving reasons: let the evidence speak.',
  // "Trust us to deliver" promises; "trust us, we have…" asks for faith. The span must end the phrase.
  accept: (m) => {
    const next = m.after()[0];
    const words = spanWords(m);
    // "You can take it from us at the office" is literal: the idioms close their clause.
    if (words.includes('take') && next !== undefined && next.kind !== 'punct') return false;
    // "Don't take our word for it: read the case studies" invites the client to check.
    const prev = m.tokens[m.match.spanStart - 1];
    if (prev && (prev.norm === "n't" || prev.norm === 'not')) return false;
    if (words.includes('trust') || words.includes('believe') || words.includes('listen')) return words.includes('when') || !next || next.kind === 'punct';
    return true;
  },
  rewrites: [
    { stance: 'remove', template: '' },
    { stance: 'softer', template: 'in our experience', when: (m) => m.atSentenceStart && m.after()[0]?.text === ',' },
  ],
  examples: {
    flagged: [
      {
        text: 'Trust us, we know this kind of project.',
        rewrites: ['We know this kind of project.', 'In our experience, we know this kind of project.'],
      },
      { text: 'Believe us, a brochure site is all you need.', rewrites: ['A brochure site is all you need.', 'In our experience, a brochure site is all you need.'] },
      { text: 'Trust us when we say that the migration is risky.', rewrites: ['The migration is risky.'] },
      { text: 'The cloud will cost less, take our word for it.', rewrites: ['The cloud will cost less.'] },
    ],
    notFlagged: [
      'You can trust us to deliver on time.',
      'Thank you for trusting us with this project.',
      'Why trust us with your migration?',
      "Don't take our word for it: read the case studies.",
      'You can take it from us at the reception desk.',
    ],
  },
  rationale:
    '"Trust us" and "believe us" ask the client to stop thinking. Removing them lets the argument that follows do the persuading; promises ("you can trust us to deliver") stay quiet.',
};

const EXPERTS = 'expert|experts|professional|professionals|consultant|consultants|developer|developers|engineer|engineers|architect|architects|specialist|specialists|designer|designers|marketer|marketers|manager|managers|practitioner|practitioners';
const EXPERT_ADJECTIVES = 'good|serious|competent|experienced|reasonable|decent|qualified|seasoned|self-respecting|sensible|real';

/** Plural of a team or trade noun: "agency" → "agencies", "team" → "teams". */
function plural(noun: string): string {
  if (noun.endsWith('s')) return noun;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

export const asAnyExpert: RuleDefinition = {
  id: 'sachant/as-any-expert',
  lang: 'en',
  category: 'sachant',
  patterns: [
    `as any|every [${EXPERT_ADJECTIVES}] [{word}] ${EXPERTS} will|would|can|could|'ll tell|confirm|agree [you] [,]`,
    `as any|every [${EXPERT_ADJECTIVES}] [{word}] ${EXPERTS} knows|know [,]`,
    `any|every [${EXPERT_ADJECTIVES}] [{word}] ${EXPERTS} knows|know|understands|understand|will|would [tell] [you] that`,
    `^ any|every ${EXPERT_ADJECTIVES} ${EXPERTS}|team|teams|company|organisation|organization|business|agency@noun >> would|will|should|could|must`,
    'anyone|anybody with [basic|minimal|some|any|real|a] [little|minimum|bit] [of] experience|knowledge|sense|expertise|understanding [would|will|can|could] know|see|tell|understand|agree|realise|realize [you] [that]',
    '^ as [the] experts|specialists|professionals [in] [this] [field|area] , we|i can|must|will tell you [that]',
    'anyone|anybody with [basic|minimal|some|any|real|a] [little|minimum|bit] [of] common sense [would|will|can|could] know|see|tell|understand|agree|realise|realize [you] [that]',
  ],
  message: '{phrase} borrows an authority the client cannot question: give your own reasons.',
  accept: (m) => (spanWords(m)[0] === 'any' || spanWords(m)[0] === 'every' || spanWords(m)[0] === 'anyone' || spanWords(m)[0] === 'anybody' ? atClauseStart(m) : true),
  rewrites: [
    {
      stance: 'softer',
      template: (m) => {
        const words = spanWords(m);
        if (words[0] === 'as' && (lastWord(m) === 'that' || lastWord(m) === 'you')) return 'in our experience,';
        if (words[0] === 'as') return lastWord(m) === ',' || m.after()[0]?.text !== ',' ? 'in our experience,' : 'in our experience';
        const noun = m.capture('noun');
        if (noun !== undefined) return `many ${plural(noun.toLowerCase())}`;
        return lastWord(m) === 'that' ? 'we believe that' : 'we believe';
      },
    },
  ],
  examples: {
    flagged: [
      { text: 'As any expert will tell you, SEO starts at the design stage.', rewrites: ['In our experience, SEO starts at the design stage.'] },
      { text: 'Anyone with basic experience would see that this choice is the right one.', rewrites: ['We believe that this choice is the right one.'] },
      { text: 'Any competent developer knows that tests come first.', rewrites: ['We believe that tests come first.'] },
      { text: 'Any serious agency would have automated this.', rewrites: ['Many agencies would have automated this.'] },
      { text: 'As experts, we can tell you that the cloud is cheaper.', rewrites: ['In our experience, the cloud is cheaper.'] },
    ],
    notFlagged: ['As any expert in your team can confirm the figures, we will share them.', 'We hired an expert who knows the field well.', 'Any developer can open a ticket.'],
  },
  rationale:
    '"As any expert will tell you" implies that a client who disagrees is not competent. Owning the view ("in our experience", "we believe") gives the same advice without the slight.',
};

export const youDontUnderstand: RuleDefinition = {
  id: 'sachant/you-dont-understand',
  lang: 'en',
  category: 'sachant',
  patterns: [
    "you [probably|clearly|obviously|simply|just|really|evidently|still] do|did not|n't [really|fully|seem] [to] realise|realize|understand|grasp|appreciate",
    "you [probably|clearly|obviously|simply|just|really|evidently|still] fail|failed to realise|realize|understand|grasp|appreciate|see",
    "you probably|clearly|obviously|simply|evidently do|did not|n't know|see|get",
    '^ what you fail|failed to understand|realise|realize|grasp|see is [that]',
    "^ what you do|did not|n't understand|realise|realize|grasp|see is [that]",
    'you need|must|have [to] understand|realise|realize|accept|grasp|appreciate that',
    "you [probably|clearly|obviously|simply|evidently] have|'ve not|n't [really|fully] thought this|it|that [all] through",
    "it is|'s [high|about] time [that] you understood|realised|realized|learned|learnt|accepted|grasped",
    'contrary to what you [might|may|probably|seem|mistakenly] [to] think|believe|assume|imagine|expect',
    'as you should|surely|must|ought [to] [already] know [,]',
    "you [clearly|obviously|completely|totally|simply] have|'ve [clearly|obviously|completely|totally|simply] misunderstood|misread|misjudged|misinterpreted",
    "you should|'d have listened to us|me",
    "you [clearly|obviously|simply|evidently] have|'ve no idea",
    "it is|'s not rocket science",
    "you should|'d have followed|taken our|my advice|recommendation|recommendations",
  ],
  message: '{phrase} tells the client what they fail to grasp: explain instead.',
  rewrites: [
    {
      stance: 'softer',
      template: (m) => {
        const words = spanWords(m);
        if (words[0] === 'contrary') return 'in our experience';
        if (words[0] === 'as') return '';
        if (words.includes('rocket')) return 'it is manageable';
        if (words[0] === 'it') return 'it is worth considering';
        if (words.includes('thought')) return 'it may be worth thinking this through together';
        if (words.some((w) => w.startsWith('mis'))) return 'there may be a misunderstanding about';
        if (words.includes('should') || words.includes("'d")) return 'we would like to revisit our earlier advice together';
        if (lastWord(m) === 'that' || words.includes('is')) return 'it is worth keeping in mind that';
        return 'it is worth keeping in mind';
      },
    },
  ],
  examples: {
    flagged: [
      { text: 'You probably do not realise how complex a data migration is.', rewrites: ['It is worth keeping in mind how complex a data migration is.'] },
      { text: 'What you fail to understand is that an application does not maintain itself.', rewrites: ['It is worth keeping in mind that an application does not maintain itself.'] },
      { text: 'You need to understand that security has a cost.', rewrites: ['It is worth keeping in mind that security has a cost.'] },
      { text: 'It is time you understood the importance of accessibility.', rewrites: ['It is worth considering the importance of accessibility.'] },
      { text: 'Contrary to what you think, performance does not depend on the server alone.', rewrites: ['In our experience, performance does not depend on the server alone.'] },
      { text: 'As you should know, the licence expires in May.', rewrites: ['The licence expires in May.'] },
      { text: "You obviously haven't thought this through.", rewrites: ['It may be worth thinking this through together.'] },
      { text: 'You have clearly misunderstood the brief.', rewrites: ['There may be a misunderstanding about the brief.'] },
      { text: 'You should have listened to us.', rewrites: ['We would like to revisit our earlier advice together.'] },
      { text: 'You clearly have no idea how long a migration takes.', rewrites: ['It is worth keeping in mind how long a migration takes.'] },
      { text: "It's not rocket science.", rewrites: ['It is manageable.'] },
    ],
    notFlagged: [
      'If you do not understand a line of the quote, ask us.',
      "You don't see any downtime during the switch.",
      'You will understand the figures better after the workshop.',
      'Do you understand the risks?',
      'You should know that the price excludes VAT.',
    ],
  },
  rationale:
    'Telling the client what they do not understand puts them in the pupil\'s seat. "It is worth keeping in mind that…" shares the same knowledge as information rather than as a reproach.',
};

export const letUsBeClear: RuleDefinition = {
  id: 'sachant/let-us-be-clear',
  lang: 'en',
  category: 'sachant',
  patterns: [
    "let us|'s|me be [very|perfectly|absolutely|quite|crystal] clear|frank|blunt [here] [:|,]",
    'with [all] due respect [,]',
    "[,] as we|i have|'ve [already] said|explained|stressed|repeated|insisted many|several|countless|numerous times [,]",
    "[,] as we|i have|'ve [already] told|shown|pointed|mentioned you|out [already] many|several|countless|numerous times [,]",
    "[,] as we|i have|'ve [already] said|explained|stressed|repeated|insisted repeatedly|often [,]",
    "[,] as we|i have|'ve [already] said|explained|stressed more than once [,]",
    "[,] as we|i have|'ve already said|explained|told|stressed|repeated [you] [,]",
    "[,] as we|i have|'ve [already] told you [before|already] [,]",
    '[,] as we|i keep|kept telling|saying|repeating|explaining [to] [you] [,]',
    '[,] as we|i always|often tell|say|explain [to] [all|every|each] [of] [our] clients|customers [,]',
    '[,] as we|i explain|tell [to] all|every|each [of] [our] clients|customers [,]',
    '^ for the hundredth|umpteenth|last|nth time [,]',
  ],
  message: '{phrase} talks down to the client: state the point plainly.',
  rewrites: [
    {
      stance: 'remove',
      template: '',
      // Mid-sentence, only a parenthetical between commas can go without breaking the sentence.
      when: (m) => m.atSentenceStart || (m.tokens[m.match.spanStart]?.text === ',' && m.tokens[m.match.spanEnd - 1]?.text === ','),
    },
    {
      stance: 'softer',
      template: (m) => {
        const words = spanWords(m);
        const trail = m.tokens[m.match.spanEnd - 1]?.text === ',' ? ',' : '';
        if (words[0] === 'let') return `to be transparent${words.includes(':') ? ':' : trail}`;
        if (words[0] === 'as') return `in our experience${trail}`;
        return undefined;
      },
      when: (m) => m.atSentenceStart,
    },
  ],
  examples: {
    flagged: [
      { text: 'Let us be clear: the budget is too small for three sites.', rewrites: ['The budget is too small for three sites.', 'To be transparent: the budget is too small for three sites.'] },
      { text: 'As we have explained many times, the API needs a cache.', rewrites: ['The API needs a cache.', 'In our experience, the API needs a cache.'] },
      { text: 'As we explain to all our clients, security is not optional.', rewrites: ['Security is not optional.', 'In our experience, security is not optional.'] },
      { text: 'With all due respect, the design needs more work.', rewrites: ['The design needs more work.'] },
    ],
    notFlagged: [
      'As we mentioned in the first section, the schedule has three phases.',
      'Let us be clear about the assumptions behind this estimate?',
      'To be clear, the price excludes VAT.',
      "Let's be honest about the risks of the migration.",
    ],
  },
  rationale:
    '"Let us be clear", "with all due respect" and "as we have explained many times" sound like a teacher losing patience. The point reads better on its own; a reference to an earlier section ("as we mentioned in section 2") stays quiet.',
};

export const weAreTheExperts: RuleDefinition = {
  id: 'sachant/we-are-the-experts',
  lang: 'en',
  category: 'sachant',
  patterns: [
    "we|i are|'re|am|'m the expert|experts|specialist|specialists|professionals|professional",
    '^ [just|so|please] leave it|this|that|everything|these|those to the experts|professionals|specialists',
    '^ [just|so|please] leave the {word} [{word}] [{word}] to the experts|professionals|specialists',
  ],
  message: '{phrase} claims the decision through status: offer your experience instead.',
  // "We are the experts you met at the fair" identifies; it does not claim rank.
  accept: (m) => !['you', 'we', 'who', 'that', 'whom', 'in', 'on', 'of', 'for', 'behind'].includes(m.after()[0]?.norm ?? ''),
  rewrites: [
    {
      stance: 'softer',
      template: (m) => {
        const words = spanWords(m);
        if (words[0] === 'we' || words[0] === 'i') return `${words[0] === 'i' ? 'I' : 'we'} bring solid experience in this area`;
        // "Leave the technical decisions to us" → "we are happy to take on the technical decisions".
        const start = words.indexOf('leave');
        const toAt = words.lastIndexOf('to');
        const tokens = m.tokens.slice(m.match.spanStart, m.match.spanEnd);
        const object = tokens.slice(start + 1, toAt);
        if (object.length === 1 && ['it', 'this', 'that', 'everything'].includes((object[0] as Token).norm)) return 'we are happy to take this on';
        const first = object[0] as Token;
        const last = object[object.length - 1] as Token;
        return `we are happy to take on ${m.text.slice(first.start, last.end)}`;
      },
    },
  ],
  examples: {
    flagged: [
      { text: 'We are the experts, so the architecture is our call.', rewrites: ['We bring solid experience in this area, so the architecture is our call.'] },
      { text: 'Leave it to the experts.', rewrites: ['We are happy to take this on.'] },
      { text: 'Leave the technical decisions to the experts.', rewrites: ['We are happy to take on the technical decisions.'] },
    ],
    notFlagged: [
      'You can leave the hosting to us if you wish.',
      'Leave the paperwork to us.',
      'We are the experts you met at the trade fair.',
      'Our experts will join the workshop.',
    ],
  },
  rationale: '"We are the experts" turns a discussion into a question of rank. Offering your experience, or to take a task on, keeps the expertise and leaves the decision with the client.',
};

export const seenProjectsFail: RuleDefinition = {
  id: 'sachant/seen-projects-fail',
  lang: 'en',
  category: 'sachant',
  patterns: [
    "we|i << have|'ve seen a|so hundred|thousand|million projects|companies|clients|teams|organisations|organizations|businesses@noun like|such|as yours [as] [yours] fail|collapse|struggle|sink",
    "we|i << have|'ve seen hundreds|dozens|thousands|scores of projects|companies|clients|teams|organisations|organizations|businesses@noun like|as yours [as] [yours] fail|collapse|struggle|sink",
    "we|i << have|'ve seen countless|many|so|plenty [many] [of] projects|companies|clients|teams|organisations|organizations|businesses@noun like|as yours [as] [yours] fail|collapse|struggle|sink",
    "we|i << have|'ve seen it all [before]",
  ],
  message: '{phrase} predicts the client\'s failure from on high: share what you learned instead.',
  rewrites: [
    {
      stance: 'softer',
      template: (m) =>
        detached(m, spanWords(m).includes('all') ? 'have seen many similar situations' : `have seen similar ${(m.capture('noun') ?? 'projects').toLowerCase()} run into difficulties`),
    },
  ],
  examples: {
    flagged: [
      { text: 'We have seen a hundred projects like yours fail.', rewrites: ['We have seen similar projects run into difficulties.'] },
      { text: "We've seen countless companies like yours struggle with this.", rewrites: ["We have seen similar companies run into difficulties with this."] },
      { text: 'I have seen it all before.', rewrites: ['I have seen many similar situations.'] },
    ],
    notFlagged: [
      'We have seen this situation at several clients and share here what worked.',
      'We have seen projects like yours succeed with a pilot.',
      'Have we seen projects like yours fail?',
    ],
  },
  rationale: 'Pointing to all the projects like the client\'s that failed casts them as the next one. Saying what you have seen, neutrally, keeps the lesson without the prophecy.',
};

export const clientsLikeYou: RuleDefinition = {
  id: 'sachant/clients-like-you',
  lang: 'en',
  category: 'sachant',
  patterns: [
    'clients|customers|companies|organisations|organizations|businesses|teams|people@noun like you|yours always|usually|invariably|typically|inevitably|all',
    'clients|customers|companies|organisations|organizations|businesses|teams|people@noun like you|yours >> tend|forget|underestimate|overestimate|think|believe|assume|struggle|fail',
  ],
  message: '{phrase} puts the client in a box: speak of what you have seen instead.',
  // "We have helped companies like yours for ten years" is a reference, not a generalisation.
  accept: (m) => !m.before().some((t) => ['helped', 'served', 'supported', 'worked', 'work', 'help', 'serve', 'support', 'with', 'for'].includes(t.norm)),
  rewrites: [{ stance: 'softer', template: (m) => `many ${(m.capture('noun') ?? 'clients').toLowerCase()}` }],
  examples: {
    flagged: [
      { text: 'Experience has taught us that clients like you always underestimate testing.', rewrites: ['Experience has taught us that many clients underestimate testing.'] },
      { text: 'Companies like yours tend to skip the pilot.', rewrites: ['Many companies tend to skip the pilot.'] },
      { text: 'Teams like yours usually forget the documentation.', rewrites: ['Many teams forget the documentation.'] },
    ],
    notFlagged: ['We have helped companies like yours for ten years.', 'We work with clients like you across Europe.', 'Would teams like yours use the tool daily?'],
  },
  rationale: '"Clients like you always…" turns the client into a type and predicts their mistake. "Many clients…" shares the same observation without aiming it at them.',
};

export const ENGLISH_SACHANT_RULES: readonly RuleDefinition[] = [
  weKnowWhatYouNeed,
  weKnowYourBusiness,
  trustUs,
  asAnyExpert,
  youDontUnderstand,
  letUsBeClear,
  weAreTheExperts,
  seenProjectsFail,
  clientsLikeYou,
];
