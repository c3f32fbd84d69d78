// The "keeps every content word" measure used by `npm run eval` tells a substance-preserving rewrite from
// one that drops or replaces words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { missingContentWords } from '../../scripts/eval/content-words.js';

void test('a rewrite that only changes the stance keeps every content word', () => {
  assert.deepEqual(missingContentWords(' migrer vers le cloud.', 'Nous vous suggérons de migrer vers le cloud.', 'fr'), []);
  assert.deepEqual(missingContentWords(' run `npm audit` before every release.', 'We suggest that you run `npm audit` before every release.', 'en'), []);
});

void test('elision and a subjunctive turned into an infinitive still count as kept', () => {
  assert.deepEqual(missingContentWords(' adopter une démarche agile.', "Nous vous suggérons d'adopter une démarche agile.", 'fr'), []);
  assert.deepEqual(missingContentWords(" changiez d'hébergeur.", "Nous vous suggérons de changer d'hébergeur.", 'fr'), []);
});

void test('a replaced or dropped word is reported, with its multiplicity', () => {
  assert.deepEqual(missingContentWords(' migrer vers le cloud.', 'Nous vous suggérons de migrer vers le nuage.', 'fr'), ['cloud']);
  assert.deepEqual(missingContentWords(' test the API and the API client.', 'We suggest that you test the API client.', 'en'), ['api']);
});
