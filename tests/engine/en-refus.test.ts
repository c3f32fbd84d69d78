// English refusal: refusals aimed at the client; benign negatives, policies and disclaimers stay quiet.
import { describe } from 'node:test';
import { flags, staysQuiet } from './en-table.js';

describe('English refusal: flagged', () => {
  flags([
    { text: 'We won’t accept any late changes.', rule: 'refus/will-not-accept', fixed: 'We would need to discuss any late changes.' },
    { text: 'We cannot accept a fixed price for this scope.', rule: 'refus/will-not-accept', fixed: 'We would need to discuss a fixed price for this scope.' },
    { text: 'Our daily rate is not negotiable.', rule: 'refus/non-negotiable', fixed: 'Our daily rate is important to us.' },
    { text: 'The deadline is non-negotiable.', rule: 'refus/non-negotiable', fixed: 'The deadline is important to us.' },
    { text: 'We refuse to work with your current vendor.', rule: 'refus/we-refuse', fixed: 'We would prefer not to work with your current vendor.' },
    { text: 'We will never agree to a shared repository.', rule: 'refus/we-refuse', fixed: 'We would need to discuss a shared repository.' },
    { text: 'This is not open for discussion.', rule: 'refus/non-negotiable', fixed: 'This is important to us.' },
    { text: 'Weekend work is out of the question.', rule: 'refus/out-of-the-question', fixed: 'Weekend work is not something we would recommend.' },
    { text: 'We do not negotiate on quality.', rule: 'refus/will-not-accept', fixed: 'We have limited flexibility on quality.' },
    { text: 'Under no circumstances will we accept changes after the freeze.', rule: 'refus/under-no-circumstances', fixed: 'We would prefer not to accept changes after the freeze.' },
    { text: 'We flatly refuse to deliver untested code.', rule: 'refus/we-refuse', fixed: 'We would prefer not to deliver untested code.' },
    { text: 'We will not tolerate late feedback.', rule: 'refus/will-not-accept', fixed: 'We would like to avoid late feedback.' },
    { text: 'We will not reconsider the hosting choice.', rule: 'refus/will-not-accept', fixed: 'We would prefer to keep the hosting choice.' },
    { text: 'The schedule is fixed, take it or leave it.', rule: 'refus/take-it-or-leave-it', fixed: 'The schedule is fixed.' },
  ]);
});

describe('English refusal: quiet', () => {
  staysQuiet([
    'We will not charge for follow-up meetings.',
    'We will not charge for the scoping phase if the project is signed before June.',
    'Travel expenses are not included in this quote.',
    'Migrating the archives is not part of the scope.',
    'We won’t need access to production data.',
    'The format of the deliverables is negotiable.',
    'Everything remains open to discussion until the contract is signed.',
    'This point can be discussed at the steering committee.',
    'This is not about replacing your ERP, but about connecting it to the shop.',
    'We cannot accept liability for outages of third-party services.',
    'We do not accept payment by cheque.',
    'Under no circumstances will we share your data with third parties.',
    'We are not willing to share your data with anyone.',
    'Your CIO reminded us that "the trade fair date is non-negotiable".',
    'We will not be able to work on weekends without prior agreement.',
    'We never compromise your security.',
  ]);
});
