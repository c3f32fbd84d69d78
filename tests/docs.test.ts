// The rule pages are generated from the rules: they must match what the rules say today.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { renderRuleDocs } from '../scripts/rule-docs.js';

it('docs/rules is up to date with the rules (run `npm run docs`)', () => {
  for (const [path, body] of renderRuleDocs()) {
    assert.ok(existsSync(path), `${path} exists`);
    assert.equal(readFileSync(path, 'utf8'), body, `${path} is up to date`);
  }
});
