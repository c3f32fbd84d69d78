import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  frenchInfinitiveOf,
  frenchVerbReadings,
  isFrenchImperative2pl,
  isFrenchInfinitive,
} from '../../server/src/engine/rewrite/fr-verbs.js';
import { beginsWithVowelSound, elideBefore } from '../../server/src/engine/rewrite/fr-elision.js';
import { englishBaseForm, isEnglishBaseVerb } from '../../server/src/engine/rewrite/en-verbs.js';
import { englishInflectionCandidates } from '../../server/src/engine/rewrite/en-inflection.js';
import {
  ENGLISH_BASE_VERBS,
  ENGLISH_INFLECTED,
  ENGLISH_NON_VERBS,
  FRENCH_NON_VERBS,
  FRENCH_PARADIGMS_2PL,
  FRENCH_TENSES_OF_PARADIGM,
  FRENCH_VARIANT_FORMS,
} from './morphology-gold.js';

describe('French verbs', () => {
  test('every hand-written vous-form reads back to its infinitive and tense', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const [infinitive, forms] of Object.entries(FRENCH_PARADIGMS_2PL)) {
      forms.forEach((form, i) => {
        if (form === '') return;
        const tense = FRENCH_TENSES_OF_PARADIGM[i];
        checked++;
        const readings = frenchVerbReadings(form);
        if (!readings.some((r) => r.infinitive === infinitive && r.tense === tense)) {
          wrong.push(`${form}: expected ${infinitive} ${tense}, got ${JSON.stringify(readings)}`);
        } else if (frenchInfinitiveOf(form) !== infinitive) {
          wrong.push(`${form}: preferred ${frenchInfinitiveOf(form)}, expected ${infinitive}`);
        }
      });
    }
    assert.ok(checked > 400, `only ${checked} forms checked`);
    assert.deepEqual(wrong, []);
  });

  test('accepted spelling variants read back too', () => {
    for (const [form, infinitive] of FRENCH_VARIANT_FORMS) assert.equal(frenchInfinitiveOf(form), infinitive, form);
  });

  test('infinitives are recognised, words that only look like them are not', () => {
    for (const infinitive of Object.keys(FRENCH_PARADIGMS_2PL)) assert.ok(isFrenchInfinitive(infinitive), infinitive);
    for (const word of ['conformer', 'falloir', 'pleuvoir', 'sous-traiter', 'court-circuiter']) {
      assert.ok(isFrenchInfinitive(word), word);
    }
    for (const word of FRENCH_NON_VERBS) {
      assert.equal(isFrenchInfinitive(word), false, word);
      assert.deepEqual(frenchVerbReadings(word), [], word);
    }
    assert.deepEqual(frenchVerbReadings('migrer'), [{ infinitive: 'migrer', tense: 'infinitive' }]);
  });

  test('2nd-person-plural imperatives against nouns and other tenses', () => {
    for (const word of ['supprimez', 'faites', 'soyez', 'ayez', 'sachez', 'veuillez', 'abandonnez', 'arrêtez', 'allez', 'prenez', 'finissez']) {
      assert.ok(isFrenchImperative2pl(word), word);
    }
    // no imperative: nouns, future, imperfect, pouvoir (which has none)
    // nor a form whose likeliest verb is not in the imperative ("saurez": savoir, not saurer)
    for (const word of ['chez', 'assez', 'nez', 'dossier', 'devrez', 'changiez', 'puissiez', 'pouvez', 'serez', 'migrer', 'saurez', 'alliez']) {
      assert.equal(isFrenchImperative2pl(word), false, word);
    }
  });

  test('the engine\'s cases: "vous devez migrer", "il faut que vous changiez", "Abandonnez", "vous devrez"', () => {
    assert.ok(isFrenchInfinitive('migrer'));
    assert.equal(frenchInfinitiveOf('changiez', ['subjunctive']), 'changer');
    assert.equal(frenchInfinitiveOf('Abandonnez', ['imperative']), 'abandonner');
    assert.deepEqual(frenchVerbReadings('devrez'), [{ infinitive: 'devoir', tense: 'future' }]);
    assert.equal(frenchInfinitiveOf('devez', ['subjunctive']), undefined);
  });

  test('case, composed or decomposed accents and apostrophes do not matter', () => {
    assert.ok(isFrenchImperative2pl('Supprimez'));
    assert.ok(isFrenchImperative2pl('SOYEZ'));
    assert.equal(frenchInfinitiveOf('Cédiez'.normalize('NFD')), 'céder');
    assert.ok(isFrenchInfinitive('Hiérarchiser'));
  });

  test('a form two verbs share comes with the likelier verb first, and both readings', () => {
    const alliez = frenchVerbReadings('alliez');
    assert.equal(alliez[0]?.infinitive, 'aller');
    assert.ok(alliez.some((r) => r.infinitive === 'allier' && r.tense === 'present'));
    assert.equal(frenchInfinitiveOf('saurez'), 'savoir');
    assert.equal(frenchInfinitiveOf('alliez', ['present']), 'allier');
  });

  test('readings of one verb come in the documented tense order', () => {
    const tenses = frenchVerbReadings('soyez').map((r) => r.tense);
    assert.deepEqual(tenses, ['imperative', 'subjunctive']);
    assert.deepEqual(
      frenchVerbReadings('finissiez').map((r) => r.tense),
      ['imperfect', 'subjunctive'],
    );
  });
});

describe('French elision', () => {
  const cases: ReadonlyArray<readonly [string, boolean]> = [
    ['adopter', true], ['harmoniser', true], ['héberger', true], ['hésiter', true], ['un', true], ['il', true],
    ['elle', true], ['on', true], ['Yves', true], ['y', true], ['yeux', true], ['œuvre', true], ['écrire', true],
    ['hôpital', true], ['héroïne', true], ['humeur', true], ['habituer', true], ['haltère', true], ['hallucination', true],
    ['hiérarchiser', false], ['hausser', false], ['heurter', false], ['hâter', false], ['harceler', false],
    ['hasarder', false], ['haïr', false], ['hisser', false], ['hurler', false], ['handicap', false], ['héros', false],
    ['hacker', false], ['huit', false], ['yaourt', false], ['yoga', false], ['onze', false], ['oui', false],
    ['migrer', false], ['8', false], ['', false],
  ];
  for (const [word, vowel] of cases) {
    test(`${word || '(empty)'} ${vowel ? 'elides' : 'keeps the particle'}`, () => {
      assert.equal(beginsWithVowelSound(word), vowel);
    });
  }

  test('markup and quotes before the word are looked through', () => {
    assert.ok(beginsWithVowelSound('**adopter**'));
    assert.ok(beginsWithVowelSound('« harmoniser »'));
    assert.equal(beginsWithVowelSound('_hiérarchiser_'), false);
  });

  test('elideBefore writes the particle in the document\'s apostrophe, with or without its space', () => {
    assert.equal(elideBefore('de', 'adopter', '’'), 'd’');
    assert.equal(elideBefore('de', 'adopter', "'"), "d'");
    assert.equal(elideBefore('de', 'harmoniser', "'"), "d'");
    assert.equal(elideBefore('de', 'hiérarchiser', '’'), 'de ');
    assert.equal(elideBefore('que', 'il', '’'), 'qu’');
    assert.equal(elideBefore('que', 'nous', '’'), 'que ');
    assert.equal(elideBefore('ne', 'y', "'"), "n'");
    assert.equal(elideBefore('le', 'onze', "'"), 'le ');
    assert.equal(elideBefore('la', 'équipe', '’'), 'l’');
    assert.equal(elideBefore('se', 'assurer', '’'), 's’');
    assert.equal(elideBefore('me', 'hausser', '’'), 'me ');
    assert.equal(elideBefore('te', 'offrir', '’'), 't’');
    assert.equal(elideBefore('je', 'Yves', '’'), 'j’');
  });
});

describe('English verbs', () => {
  test('base forms of -ing and 3rd-person forms', () => {
    const wrong = ENGLISH_INFLECTED.filter(([form, base]) => englishBaseForm(form) !== base).map(
      ([form, base]) => `${form}: expected ${base}, got ${englishBaseForm(form)}`,
    );
    assert.deepEqual(wrong, []);
  });

  test('base verbs are themselves, other words are not verbs', () => {
    for (const verb of ENGLISH_BASE_VERBS) {
      assert.ok(isEnglishBaseVerb(verb), verb);
      assert.equal(englishBaseForm(verb), verb);
    }
    for (const word of ENGLISH_NON_VERBS) assert.equal(isEnglishBaseVerb(word), false, word);
    assert.equal(englishBaseForm('the'), undefined);
    assert.equal(englishBaseForm('quickly'), undefined);
    assert.equal(englishBaseForm('Migrate'), 'migrate');
    assert.equal(englishBaseForm('STOPS'), 'stop');
  });

  test('inflection candidates: spelling rules only, most likely first', () => {
    assert.deepEqual(englishInflectionCandidates('stopping'), ['stopp', 'stoppe', 'stop']);
    assert.deepEqual(englishInflectionCandidates('tries'), ['trie', 'try']);
    assert.deepEqual(englishInflectionCandidates('fixes'), ['fixe', 'fix']);
    assert.deepEqual(englishInflectionCandidates('stops'), ['stop']);
    assert.deepEqual(englishInflectionCandidates('miss'), []);
    assert.deepEqual(englishInflectionCandidates('migrate'), []);
  });
});

describe('generated tables', () => {
  test('the committed tables are what scripts/build-lexicon.mjs generates', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-lexicon.mjs', '--check'], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
  });
});
