// English rejection: flat judgements of the client's choices; facts about software stay quiet.
import { describe } from 'node:test';
import { flags, staysQuiet } from './en-table.js';

describe('English rejection: flagged', () => {
  flags([
    { text: 'Your approach is wrong.', rule: 'rejet/flawed', fixed: 'Your approach could be improved.' },
    { text: 'Your current strategy is a mistake.', rule: 'rejet/bad-idea', fixed: 'Your current strategy may not be the best option.' },
    { text: 'This plan won’t work.', rule: 'rejet/will-not-work', fixed: 'This plan may run into difficulties.' },
    { text: 'Your timeline is completely unrealistic.', rule: 'rejet/flawed', fixed: 'Your timeline may be hard to achieve as it stands.' },
    { text: 'Migrating everything at once would be a serious mistake.', rule: 'rejet/bad-idea', fixed: 'Migrating everything at once may not be the best option.' },
    { text: 'Hosting it yourself is a bad idea.', rule: 'rejet/bad-idea', fixed: 'Hosting it yourself may not be the best option.' },
    { text: 'Your methodology is obsolete.', rule: 'rejet/outdated', fixed: 'Your methodology may need updating.' },
    { text: 'The architecture you chose is flawed.', rule: 'rejet/flawed', fixed: 'The architecture you chose could be improved.' },
    { text: 'Your roadmap simply doesn’t make sense.', rule: 'rejet/makes-no-sense', fixed: 'Your roadmap may be worth revisiting.' },
    { text: 'Your choice of WordPress was the wrong decision.', rule: 'rejet/wrong-choice', fixed: 'Your choice of WordPress may not have been the best decision.' },
    { text: 'In our view, this approach is doomed.', rule: 'rejet/will-not-work', fixed: 'In our view, this approach may run into difficulties.' },
    { text: 'Your expectations are unrealistic.', rule: 'rejet/flawed', fixed: 'Your expectations may be hard to achieve as it stands.' },
    { text: 'That’s a terrible idea.', rule: 'rejet/bad-idea', fixed: 'That may not be the best option.' },
    { text: 'Your plan is not viable.', rule: 'rejet/flawed', fixed: 'Your plan may be hard to achieve as it stands.' },
    { text: 'You are mistaken about the volumes.', rule: 'rejet/you-are-wrong', fixed: 'We have a different view on the volumes.' },
    { text: 'We will migrate your obsolete intranet.', rule: 'rejet/your-outdated-thing', fixed: 'We will migrate your current intranet.' },
  ]);
});

describe('English rejection: quiet', () => {
  staysQuiet([
    'PHP 5.6 has been obsolete since 2019 and no longer receives security fixes.',
    'The jQuery 1.12 library used by the site is no longer maintained.',
    'Some outdated dependencies will be updated during phase 1.',
    'Your PHP version is outdated.',
    'The logic in `_splitValue` is flawed here.',
    'The returned value is wrong when the input is empty.',
    'The backup script has not worked since the last update.',
    'If the mail server goes down, invoice sending will not work, so we propose a queue.',
    'This won’t work in Internet Explorer 11.',
    'This option seems risky at this stage; we propose measuring its impact during the workshop.',
    'Our first estimate was unrealistic; this one is not.',
    'We will not work on weekends without prior agreement.',
    'It would be a mistake to underestimate the effort.',
    'A pilot is not a bad idea.',
    'Is this approach wrong?',
    'If your plan is unrealistic, we will say so early.',
    'The error message makes no sense to users.',
    'There is no point in time when the shop is closed.',
    'This is not the right time to migrate.',
    'You are right to want to secure the launch date.',
  ]);
});
