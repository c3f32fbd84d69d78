// Every rule carries its own examples: flagged (with the exact text each fix produces) and not flagged.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, applyEdits, BUILTIN_RULES } from '../../server/src/engine/index.js';

for (const rule of BUILTIN_RULES) {
  describe(`${rule.id} (${rule.lang})`, () => {
    it('has examples of both kinds', () => {
      assert.ok(rule.examples.flagged.length >= 2, 'at least two flagged examples');
      assert.ok(rule.examples.notFlagged.length >= 2, 'at least two examples that must stay quiet');
    });
    for (const example of rule.examples.flagged) {
      it(`flags: ${example.text}`, () => {
        const { findings } = analyse(example.text, { language: rule.lang });
        const mine = findings.filter((f) => f.ruleId === rule.id);
        assert.equal(mine.length, 1, `expected one ${rule.id} finding, got ${JSON.stringify(findings.map((f) => f.ruleId))}`);
        const finding = mine[0]!;
        assert.ok(finding.fixes.length >= 1, 'offers at least one fix');
        assert.equal(finding.fixes[0]!.preferred, true);
        (example.rewrites ?? []).forEach((expected, i) => {
          const fix = finding.fixes[i];
          assert.ok(fix, `fix #${i + 1} exists (expected "${expected}")`);
          assert.equal(applyEdits(example.text, fix.edits), expected);
        });
        for (const fix of finding.fixes) {
          const fixed = applyEdits(example.text, fix.edits);
          const again = analyse(fixed, { language: rule.lang }).findings;
          assert.deepEqual(again.map((f) => f.ruleId), [], `"${fixed}" is clean after the fix`);
        }
      });
    }
    for (const text of rule.examples.notFlagged) {
      it(`stays quiet: ${text}`, () => {
        const { findings } = analyse(text, { language: rule.lang });
        assert.deepEqual(findings.filter((f) => f.ruleId === rule.id).map((f) => f.phrase), []);
      });
    }
  });
}
