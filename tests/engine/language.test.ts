// Language per paragraph, including short texts with few function words.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/engine/index.js';
import { detectLanguage, majorityLanguage, splitLanguageRuns } from '../../server/src/engine/language.js';

describe('language', () => {
  it('detects ordinary paragraphs', () => {
    assert.equal(detectLanguage('Nous proposons une démarche en trois étapes pour votre équipe.'), 'fr');
    assert.equal(detectLanguage('We propose a three-step approach for your team.'), 'en');
  });

  it('leans on spelling when function words are missing', () => {
    assert.equal(majorityLanguage(['Stop using spreadsheets.'], 'fr'), 'en');
    assert.equal(majorityLanguage(['Supprimez les doublons.'], 'en'), 'fr');
    assert.equal(analyse('Stop using spreadsheets.').findings[0]?.lang, 'en');
  });

  it('mixes languages per paragraph', () => {
    const text = 'Vous devez migrer vers le cloud.\n\nYou must migrate to the cloud.\n';
    assert.deepEqual(analyse(text).findings.map((f) => f.lang), ['fr', 'en']);
  });

  it('language markers switch inside a paragraph and across blocks', () => {
    assert.deepEqual(splitLanguageRuns('[:fr]Bonjour[:en]Hello[:]', undefined).runs, [
      { start: 5, end: 12, lang: 'fr', explicit: true },
      { start: 17, end: 22, lang: 'en', explicit: true },
    ]);
    const text = '[:en]\n\nYou must migrate to the cloud.\n\n[:]\n';
    assert.deepEqual(analyse(text, { language: 'fr' }).findings.map((f) => f.ruleId), ['imposition/you-must']);
  });
});

describe('conditions', () => {
  it('a condition word anywhere in the clause, or a clause-head condition, silences an order', () => {
    assert.deepEqual(analyse('Si le budget le permet et si vous devez migrer, prévenez-nous.').findings, []);
    assert.deepEqual(analyse('When you have to migrate, plan a freeze.').findings, []);
    assert.deepEqual(analyse('And once you need to scale, the platform allows it.').findings, []);
  });

  it('"at once" inside a clause, or "quand" in another clause, is not a condition', () => {
    assert.equal(analyse('To move at once you must migrate to the cloud.').findings[0]?.ruleId, 'imposition/you-must');
    assert.equal(analyse('Quand même, vous devez migrer vers le cloud.').findings[0]?.ruleId, 'imposition/vous-devez');
  });
});
