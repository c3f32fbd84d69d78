// English talking down: the expert who knows better; plain references to experience stay quiet.
import { describe } from 'node:test';
import { flags, staysQuiet } from './en-table.js';

describe('English talking down: flagged', () => {
  flags([
    { text: 'We know exactly what your users want.', rule: 'sachant/we-know-what-you-need', fixed: 'We would like to understand what your users want.' },
    { text: 'We know best.', rule: 'sachant/we-know-what-you-need', fixed: 'We have experience in this area.' },
    { text: 'Trust me, the cloud is cheaper.', rule: 'sachant/trust-us', fixed: 'The cloud is cheaper.' },
    { text: 'Take it from us: the pilot matters.', rule: 'sachant/trust-us', fixed: 'The pilot matters.' },
    { text: 'You clearly don’t understand the risks.', rule: 'sachant/you-dont-understand', fixed: 'It is worth keeping in mind the risks.' },
    { text: 'You must realise that security has a cost.', rule: 'sachant/you-dont-understand', fixed: 'It is worth keeping in mind that security has a cost.' },
    { text: 'Let me be frank: your budget is too small.', rule: 'sachant/let-us-be-clear', fixed: 'Your budget is too small.' },
    { text: 'As we have told you several times, the API needs a cache.', rule: 'sachant/let-us-be-clear', fixed: 'The API needs a cache.' },
    { text: 'The API, as we keep telling you, needs a cache.', rule: 'sachant/let-us-be-clear', fixed: 'The API needs a cache.' },
    { text: 'As any seasoned architect would tell you, caching comes first.', rule: 'sachant/as-any-expert', fixed: 'In our experience, caching comes first.' },
    { text: 'We are the specialists here.', rule: 'sachant/we-are-the-experts', fixed: 'We bring solid experience in this area here.' },
    { text: 'Customers like yours invariably skip the pilot.', rule: 'sachant/clients-like-you', fixed: 'Many customers skip the pilot.' },
    { text: 'We have seen dozens of companies like yours fail.', rule: 'sachant/seen-projects-fail', fixed: 'We have seen similar companies run into difficulties.' },
  ]);
});

describe('English talking down: quiet', () => {
  staysQuiet([
    'We know that your teams are very busy at the end of the year.',
    'The workshop will help us understand what you need from the reporting module.',
    'Your team knows better than anyone what your members expect.',
    'Our experience on similar projects leads us to propose three phases.',
    'With ten years in e-commerce behind us, we propose a gradual approach.',
    'We have seen this situation at several clients and share here what worked.',
    'As we mentioned in the first section, the schedule has three phases.',
    'As you know, the contract ends in June.',
    'To be clear, the price excludes VAT.',
    'You can trust us to deliver on time.',
    "Don't take our word for it: read our case studies.",
    'We have helped companies like yours for ten years.',
    'You will understand the figures better after the workshop.',
    'If you do not understand a line of the quote, ask us.',
    'You should know that the price excludes VAT.',
  ]);
});
