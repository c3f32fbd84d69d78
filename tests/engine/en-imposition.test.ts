// English imposition: orders aimed at the client, and the sentences that must stay quiet.
import { describe } from 'node:test';
import { flags, staysQuiet } from './en-table.js';

describe('English imposition: flagged', () => {
  flags([
    { text: 'You must absolutely rethink the checkout.', rule: 'imposition/you-must', fixed: 'We suggest that you rethink the checkout.' },
    { text: 'You really need to prioritise mobile.', rule: 'imposition/you-need-to', fixed: 'We suggest that you prioritise mobile.' },
    { text: "You'll have to cut the scope.", rule: 'imposition/you-have-to', fixed: 'We suggest that you cut the scope.' },
    { text: 'You must never reuse the admin password.', rule: 'imposition/you-must', fixed: 'We suggest that you never reuse the admin password.' },
    { text: 'Then you must train your staff.', rule: 'imposition/you-must', fixed: 'Then we suggest that you train your staff.' },
    { text: 'You are obliged to keep the test server online.', rule: 'imposition/you-have-to', fixed: 'We suggest that you keep the test server online.' },
    { text: 'Your marketing team must stop producing PDFs.', rule: 'imposition/your-team-must', fixed: 'We suggest that your marketing team stop producing PDFs.' },
    { text: 'Your CTO needs to sign off every release.', rule: 'imposition/your-team-must', fixed: 'We suggest that your CTO sign off every release.' },
    { text: 'It is critical that you freeze the scope by March.', rule: 'imposition/it-is-essential-that-you', fixed: 'We suggest that you freeze the scope by March.' },
    { text: "It's mandatory for you to provide test data.", rule: 'imposition/it-is-essential-that-you', fixed: 'We suggest that you provide test data.' },
    { text: 'It is imperative to replace your firewall.', rule: 'imposition/it-is-essential-that-you', fixed: 'We suggest that you replace your firewall.' },
    { text: 'We require you to validate the wireframes within 48 hours.', rule: 'imposition/no-choice-but', fixed: 'We suggest that you validate the wireframes within 48 hours.' },
    { text: 'You have no choice but to upgrade.', rule: 'imposition/no-choice-but', fixed: 'We suggest that you upgrade.' },
    { text: 'Drop the idea of a native app.', rule: 'imposition/forceful-imperative', fixed: 'We suggest that you drop the idea of a native app.' },
    { text: 'Forget about the big-bang migration.', rule: 'imposition/forceful-imperative', fixed: 'We suggest that you forget about the big-bang migration.' },
    { text: 'Please stop changing the requirements.', rule: 'imposition/forceful-imperative', fixed: 'We suggest that you stop changing the requirements.' },
    { text: 'Stop sending us changes by email.', rule: 'imposition/forceful-imperative', fixed: 'We suggest that you stop sending us changes by email.' },
    { text: 'So, give up the in-house hosting.', rule: 'imposition/forceful-imperative', fixed: 'So, we suggest that you give up the in-house hosting.' },
    { text: '- Get rid of your shared admin accounts.', rule: 'imposition/forceful-imperative', fixed: '- We suggest that you get rid of your shared admin accounts.' },
    { text: 'Do not underestimate the migration effort.', rule: 'imposition/do-not-imperative', fixed: 'We suggest that you do not underestimate the migration effort.' },
    { text: 'Never deploy on a Friday.', rule: 'imposition/do-not-imperative', fixed: 'We suggest that you never deploy on a Friday.' },
    { text: 'You’ll need to rethink your content strategy.', rule: 'imposition/you-need-to', fixed: 'We suggest that you rethink your content strategy.' },
  ]);
});

describe('English imposition: quiet', () => {
  staysQuiet([
    // questions and conditions
    'Do you have to migrate this year?',
    'Must the platform be available by January?',
    'If you need to present the project to your board, we will prepare a summary.',
    'Should you need to meet a regulatory deadline, we will adapt the schedule.',
    'Unless you need the reporting module at launch, we propose delivering it in phase 2.',
    // obligations of the consultant, a third party or a thing
    'We must still validate the load assumptions with your team.',
    'The vendor shall provide complete technical documentation.',
    'The API must return errors as JSON.',
    'Users have to log in again after thirty minutes of inactivity.',
    'Our team must deliver a first version by the end of April.',
    'The project manager will need to arbitrate between business requests.',
    // advice, guesses, manuals
    'You should allow one week of acceptance testing per phase.',
    'You must have received the workshop minutes yesterday.',
    'You need to log in with your new account.',
    'You will not need to install anything on your workstations.',
    'This handbook gives you the tools you need to start.',
    'It takes about three weeks to audit the existing code.',
    'It is essential that the application stays online during the migration.',
    // polite formulas, references, compounds, plan items
    'Feel free to contact us with any question.',
    'Please find attached our commercial proposal.',
    'Note that prices include a three-month warranty.',
    'See appendix 2 for the cost breakdown.',
    "Don't hesitate to get in touch if anything is unclear.",
    'Single sign-on is a must-have for your field teams.',
    'The search index removes stop words before ranking results.',
    'The new component is a drop-in replacement for the date picker.',
    'We want to avoid a never-ending backlog of minor requests.',
    'Write the regression tests.',
    'Stop the service before running the migration script.',
    'Drop us a line if anything is unclear.',
    // quotes
    'As your director often says, “you must ship to learn”.',
  ]);
});
