// English certainty: claims that close the debate; courtesies and manners of speaking stay quiet.
import { describe } from 'node:test';
import { flags, staysQuiet } from './en-table.js';

describe('English certainty: flagged', () => {
  flags([
    { text: 'Obviously, the cloud is cheaper.', rule: 'absolu/obviously', fixed: 'The cloud is cheaper.' },
    { text: 'This is clearly the best option.', rule: 'absolu/obviously', fixed: 'This is the best option.' },
    { text: 'Without any doubt, this framework is the best.', rule: 'absolu/obviously', fixed: 'This framework is the best.' },
    { text: 'React is undeniably the best framework.', rule: 'absolu/obviously', fixed: 'React is the best framework.' },
    { text: 'Make no mistake, the audit will be tough.', rule: 'absolu/obviously', fixed: 'The audit will be tough.' },
    { text: 'Everybody knows that agile works.', rule: 'absolu/it-is-obvious-that', fixed: 'We believe that agile works.' },
    { text: 'It is evident that your stack needs a cache.', rule: 'absolu/it-is-obvious-that', fixed: 'We believe that your stack needs a cache.' },
    { text: 'There is no other way.', rule: 'absolu/no-alternative', fixed: 'In our view, this is the best way.' },
    { text: 'This is the only viable approach.', rule: 'absolu/the-only-option', fixed: 'This is our preferred approach.' },
    { text: 'There is simply no alternative.', rule: 'absolu/no-alternative', fixed: 'In our view, this is the best option.' },
    { text: 'Naturally, the new platform will be faster.', rule: 'absolu/of-course', fixed: 'The new platform will be faster.' },
    { text: 'The new design will, of course, double conversions.', rule: 'absolu/of-course', fixed: 'The new design will double conversions.' },
    { text: 'Rewrites of this size always fail.', rule: 'absolu/never-always', fixed: 'Rewrites of this size often fail.' },
  ]);
});

describe('English certainty: quiet', () => {
  staysQuiet([
    'We would of course be happy to present this plan to your board.',
    'Of course, we remain available for any question.',
    'Of course, we’ll work together to protect any sensitive information.',
    'Of course, prices may change after 30 days.',
    'In the course of the audit, we reviewed 42 repositories.',
    'Clearly labelled buttons reduce calls to the support team.',
    'Your response should clearly demonstrate your capability.',
    'The scope is clearly defined in the appendix.',
    'It is clear that the current process works for small volumes.',
    'Everyone knows the schedule.',
    'Likelihood is high, as it is certain that the contract cannot be paused.',
    'This is not the only option: section 4 presents two alternatives.',
    'The only hard constraint is the trade fair date on 12 March.',
    'The only option we have not costed is a full rebuild, which we do not recommend at this stage.',
    'Is a full rebuild really the only option?',
    'We are always available for questions.',
  ]);
});
