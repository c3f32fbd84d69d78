// Table tests for the English rules: each row is a sentence, the rule expected to flag it and the exact
// sentence the preferred fix gives; quiet rows must produce no finding at all.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, applyEdits } from '../../server/src/engine/index.js';

export interface FlaggedRow {
  text: string;
  rule: string;
  /** The whole sentence after the preferred fix. */
  fixed: string;
}

export function flags(rows: readonly FlaggedRow[]): void {
  for (const row of rows) {
    it(`flags: ${row.text}`, () => {
      const { findings } = analyse(row.text, { language: 'en' });
      assert.deepEqual(
        findings.map((f) => f.ruleId),
        [row.rule],
        `findings in "${row.text}"`,
      );
      const fix = findings[0]!.fixes[0];
      assert.ok(fix, 'a preferred fix');
      assert.equal(applyEdits(row.text, fix.edits), row.fixed);
      // Every alternative, not only the preferred one, must leave the sentence clean.
      for (const alternative of findings[0]!.fixes) {
        const fixed = applyEdits(row.text, alternative.edits);
        assert.deepEqual(
          analyse(fixed, { language: 'en' }).findings.map((f) => f.phrase),
          [],
          `"${fixed}" is clean`,
        );
      }
    });
  }
}

export function staysQuiet(texts: readonly string[]): void {
  for (const text of texts) {
    it(`stays quiet: ${text}`, () => {
      const { findings } = analyse(text, { language: 'en' });
      assert.deepEqual(
        findings.map((f) => `${f.ruleId} "${f.phrase}"`),
        [],
      );
    });
  }
}
