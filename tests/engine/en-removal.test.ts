// Removing a parenthetical that carries its own commas (", of course,") must leave exactly one space.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, applyEdits } from '../../server/src/engine/index.js';
import type { CustomRuleSpec } from '../../server/src/engine/index.js';

const parenthetical: CustomRuleSpec = {
  id: 'absolu/test-parenthetical',
  lang: 'en',
  category: 'absolu',
  patterns: ['[,] as expected [,]'],
  message: '{phrase}',
  alternatives: [''],
};

function removeWith(text: string): string {
  const { findings } = analyse(text, { language: 'en', customRules: [parenthetical] });
  const mine = findings.filter((f) => f.ruleId === parenthetical.id);
  assert.equal(mine.length, 1, `one finding in "${text}"`);
  const fix = mine[0]!.fixes[0];
  assert.ok(fix, 'a removal fix');
  return applyEdits(text, fix.edits);
}

describe('removal of a phrase', () => {
  it('between commas leaves one space', () => {
    assert.equal(removeWith('The data will, as expected, be moved in one pass.'), 'The data will be moved in one pass.');
  });
  it('with its opening comma at the end of a sentence', () => {
    assert.equal(removeWith('The data will be moved in one pass, as expected.'), 'The data will be moved in one pass.');
  });
  it('inside a sentence without commas', () => {
    assert.equal(removeWith('The data will as expected be moved.'), 'The data will be moved.');
  });
  it('at sentence start gives the capital to the next word', () => {
    assert.equal(removeWith('As expected, the data will be moved.'), 'The data will be moved.');
  });
});
