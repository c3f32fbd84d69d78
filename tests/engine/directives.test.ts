// Inline directives and front matter settings turn findings off exactly where they say.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/engine/index.js';
import { frontMatterSettings, parseDirective } from '../../server/src/engine/directives.js';

const phrases = (text: string): string[] => analyse(text).findings.map((f) => text.slice(f.start, f.end));

describe('directives', () => {
  it('parses kinds, targets and reasons', () => {
    const d = parseDirective({ body: 'proposal-tone-disable-next-line imposition/vous-devez, absolu -- le client l’a demandé', range: { start: 0, end: 10 } });
    assert.deepEqual(d, {
      kind: 'disable-next-line',
      targets: ['imposition/vous-devez', 'absolu'],
      reason: 'le client l’a demandé',
      start: 0,
      end: 10,
    });
    assert.equal(parseDirective({ body: 'a plain comment', range: { start: 0, end: 1 } }), undefined);
  });

  it('disable / enable a region, for all rules or named ones', () => {
    const text = [
      'Vous devez migrer vers le cloud.',
      '',
      '<!-- proposal-tone-disable -->',
      '',
      'Vous devez recruter.',
      '',
      '<!-- proposal-tone-enable -->',
      '',
      'Vous devez former les équipes.',
      '',
      '<!-- proposal-tone-disable imposition/il-faut -->',
      '',
      'Il faut refondre le site. Vous devez tester.',
      '',
    ].join('\n');
    assert.deepEqual(phrases(text), ['Vous devez', 'Vous devez', 'Vous devez']);
    const lines = analyse(text).findings.map((f) => text.slice(0, f.start).split('\n').length);
    assert.deepEqual(lines, [1, 9, 13]);
  });

  it('disable-next-line skips blank lines and takes categories', () => {
    const text = '<!-- proposal-tone-disable-next-line imposition -- demandé par le client -->\n\nVous devez migrer.\nVous devez recruter.\n';
    const found = analyse(text).findings.map((f) => text.slice(0, f.start).split('\n').length);
    assert.deepEqual(found, [4]);
  });

  it('disable-line inside a paragraph', () => {
    const text = 'Le contexte est posé.\nVous devez migrer. <!-- proposal-tone-disable-line -->\nVous devez recruter.\n';
    assert.deepEqual(analyse(text).findings.map((f) => text.slice(0, f.start).split('\n').length), [3]);
  });

  it('a directive naming another rule does not hide this one', () => {
    const text = '<!-- proposal-tone-disable-next-line absolu -->\nVous devez migrer.\n';
    assert.deepEqual(phrases(text), ['Vous devez']);
  });
});

describe('front matter', () => {
  it('reads proposal-tone: lang and disable in both list forms', () => {
    assert.deepEqual(frontMatterSettings('title: x\nproposal-tone:\n  lang: en\n  disable: [absolu, "imposition/il-faut"]\nother: 1'), {
      lang: 'en',
      disable: ['absolu', 'imposition/il-faut'],
    });
    assert.deepEqual(frontMatterSettings('proposal-tone:\n  disable:\n    - imposition\n    - rejet\n'), {
      disable: ['imposition', 'rejet'],
    });
  });

  it('disables rules for the file and sets its language', () => {
    const text = '---\nproposal-tone:\n  disable: [imposition/vous-devez]\n---\n\nVous devez migrer. Il faut recruter.\n';
    assert.deepEqual(phrases(text), ['Il faut']);
    const english = '---\nlang: en\n---\n\nYou must migrate to the cloud.\n';
    assert.equal(analyse(english, { language: 'fr' }).findings[0]?.ruleId, 'imposition/you-must');
  });
});

describe('custom phrase rules', () => {
  it('a pattern written as the words read matches elided and contracted tokens', () => {
    const customRules = [
      { id: 'imposition/cest-obligatoire', lang: 'fr' as const, category: 'imposition' as const, patterns: ["c'est obligatoire"], message: 'm', alternatives: ['nous le recommandons'] },
      { id: 'refus/we-dont-do-that', lang: 'en' as const, category: 'refus' as const, patterns: ["we don't do that"], message: 'm' },
    ];
    const fr = "Pour ce lot, c'est obligatoire.";
    const [f] = analyse(fr, { customRules, language: 'fr' }).findings;
    assert.equal(fr.slice(f!.start, f!.end), "c'est obligatoire");
    assert.equal(f!.fixes[0]!.preview, 'Pour ce lot, nous le recommandons.');
    assert.equal(analyse("Sorry, we don't do that here.", { customRules, language: 'en' }).findings[0]?.ruleId, 'refus/we-dont-do-that');
  });
});

describe('pattern literals', () => {
  it('contraction parts written alone stay whole', async () => {
    const { compilePattern, SLOTS } = await import('../../server/src/engine/index.js');
    assert.equal(compilePattern("ca n't afford", SLOTS.en).elements.length, 3);
    assert.equal(compilePattern("we don't", SLOTS.en).elements.length, 3);
    assert.equal(compilePattern("c'est", SLOTS.fr).elements.length, 2);
  });
});
