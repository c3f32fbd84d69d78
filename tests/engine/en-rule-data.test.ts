// Every English rule documents itself: enough examples of both kinds, exact rewrites, an English
// message with the phrase in it, and a rationale for its page.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BUILTIN_RULES } from '../../server/src/engine/index.js';

const english = BUILTIN_RULES.filter((r) => r.lang === 'en');

describe('English rule data', () => {
  it('covers all six categories', () => {
    assert.deepEqual(
      [...new Set(english.map((r) => r.category))].sort(),
      ['absolu', 'complaisance', 'imposition', 'refus', 'rejet', 'sachant'],
    );
  });
  for (const rule of english) {
    it(`${rule.id} has three flagged examples with rewrites and three quiet ones`, () => {
      assert.ok(rule.examples.flagged.length >= 3, 'three flagged examples');
      for (const example of rule.examples.flagged) assert.ok((example.rewrites ?? []).length >= 1, `rewrites for "${example.text}"`);
      assert.ok(rule.examples.notFlagged.length >= 3, 'three examples that stay quiet');
    });
    it(`${rule.id} explains itself`, () => {
      assert.match(rule.message, /\{phrase\}/);
      assert.ok((rule.rationale ?? '').length > 40, 'a rationale');
      assert.ok(rule.rewrites.length >= 1, 'at least one rewrite');
    });
  }
});
