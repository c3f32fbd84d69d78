// English yes-man: over-promising and hollow agreement; framed commitments stay quiet.
import { describe } from 'node:test';
import { flags, staysQuiet } from './en-table.js';

describe('English yes-man: flagged', () => {
  flags([
    { text: 'We can deliver anything you want.', rule: 'complaisance/anything-you-want', fixed: 'We can deliver anything within the agreed scope.' },
    { text: 'Any feature you ask for will be added.', rule: 'complaisance/anything-you-want', fixed: 'Any feature within the agreed scope will be added.' },
    { text: 'Whatever you need, we will make it happen.', rule: 'complaisance/anything-you-want', fixed: 'Once we have agreed on the approach together, we will make it happen.' },
    { text: 'No problem, we can add it for free.', rule: 'complaisance/no-problem', fixed: 'We can add it for free.' },
    { text: 'Absolutely, no problem!', rule: 'complaisance/no-problem', fixed: 'Understood!' },
    { text: 'We guarantee 100% satisfaction.', rule: 'complaisance/guaranteed', fixed: 'We aim for full satisfaction.' },
    { text: 'We promise you a flawless launch.', rule: 'complaisance/guaranteed', fixed: 'We aim for an excellent launch.' },
    { text: 'We will ship on time, whatever it takes.', rule: 'complaisance/no-matter-what', fixed: 'We will ship on time.' },
    { text: 'We will deliver whatever the budget.', rule: 'complaisance/no-matter-what', fixed: 'We will deliver within the agreed budget.' },
    { text: 'Everything is possible.', rule: 'complaisance/anything-is-possible', fixed: 'Many options are open.' },
    { text: 'We will never say no.', rule: 'complaisance/anything-is-possible', fixed: 'We will always listen.' },
    { text: 'You are completely right.', rule: 'complaisance/you-are-absolutely-right', fixed: 'You raise a fair point.' },
    { text: 'Your roadmap is brilliant.', rule: 'complaisance/your-vision-is-perfect', fixed: 'Your roadmap is a solid starting point.' },
    { text: 'We will say yes to all your ideas.', rule: 'complaisance/say-yes-to-everything', fixed: 'We will carefully consider each of your ideas.' },
    { text: 'We will build it exactly as you wish.', rule: 'complaisance/say-yes-to-everything', fixed: 'We will build it as we agree together.' },
  ]);
});

describe('English yes-man: quiet', () => {
  staysQuiet([
    'Anything you send us will remain confidential.',
    'In the CMS, you can create any page you want.',
    'Feel free to ask anything you like during the workshop.',
    'We will adapt to your calendar constraints as far as possible.',
    'Any change requested during acceptance testing will be estimated and submitted for your approval.',
    'You are right to want to secure the launch date.',
    'We accept the payment terms described in your brief.',
    'We will do everything to meet the deadline.',
    'No problem was found during the audit.',
    'We guarantee 99.9% uptime under the SLA.',
    'Personal data loss must be avoided at all costs.',
    'No matter what the audit finds, we will share the report.',
    'Your timing is perfect for the trade fair.',
    'We will answer all your requests within one working day.',
    'You can adjust the settings exactly as you like.',
  ]);
});
