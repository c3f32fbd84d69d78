// "Never lose a character": whatever Markdown comes in, findings point at real prose, fixes touch only
// their sentence, and fixing everything is stable. Runs are few and the seed fixed in `npm test`;
// `FUZZ_RUNS=20000 npm run fuzz` runs the same properties longer (FUZZ_SEED picks another seed).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyse, fixAll } from '../../server/src/engine/index.js';
import type { AnalyseOptions, Finding } from '../../server/src/engine/index.js';
import { extractProse, type MarkdownDocument } from '../../server/src/engine/markdown.js';
import { analyseOptionsArb, forcedLanguageOptionsArb, MAIN_PROPERTY_RUNS, markdownDocumentArb, propertyParameters } from './generators.js';
import {
  applySortedEdits,
  countBy,
  hasLoneSurrogate,
  isSubsequence,
  keepsTextOutside,
  mergeRanges,
  newKeys,
  proseOfFixedSentence,
  proseOfSourceRange,
  proseWords,
  sourceWords,
  splitsSurrogatePair,
} from './invariants.js';

const OPAQUE_CHAR = '\uFFFC';

function checkFindingRange(text: string, f: Finding): void {
  const where = `${f.ruleId} at ${f.start}-${f.end}`;
  assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end), `${where}: integer offsets`);
  assert.ok(0 <= f.start && f.start < f.end && f.end <= text.length, `${where}: inside the document (length ${text.length}), start < end`);
  assert.ok(!splitsSurrogatePair(text, f.start) && !splitsSurrogatePair(text, f.end), `${where}: does not split a surrogate pair`);
  assert.ok(0 <= f.sentence.start && f.sentence.start < f.sentence.end && f.sentence.end <= text.length, `${where}: sentence inside the document`);
  assert.ok(0 <= f.block.start && f.block.start < f.block.end && f.block.end <= text.length, `${where}: block inside the document`);
  assert.ok(f.block.start <= f.sentence.start && f.sentence.end <= f.block.end, `${where}: sentence inside its block`);
  assert.ok(f.start < f.sentence.end && f.sentence.start < f.end, `${where}: phrase overlaps its sentence`);

  const phrase = proseWords(f.phrase.replaceAll(OPAQUE_CHAR, ' '));
  const source = sourceWords(text.slice(f.start, f.end));
  assert.ok(phrase.length > 0, `${where}: the phrase has words`);
  assert.ok(
    isSubsequence(phrase, source) && source[0] === phrase[0] && source[source.length - 1] === phrase[phrase.length - 1],
    `${where}: source ${JSON.stringify(text.slice(f.start, f.end))} reads ${JSON.stringify(source)}, phrase is ${JSON.stringify(f.phrase)}`,
  );
}

/**
 * The fixed sentence, parsed again, reads exactly as the fix's preview: no character lost or doubled.
 * `parsed` is the original text, parsed once for the whole document.
 */
function checkReadsAsPreview(text: string, parsed: MarkdownDocument, f: Finding, fixIndex: number): void {
  const fix = f.fixes[fixIndex]!;
  if (proseOfSourceRange(parsed, f.sentence.start, f.sentence.end) === undefined) return;
  const after = proseOfFixedSentence(text, f.sentence, fix.edits);
  if (after === undefined) return;
  assert.equal(
    after.trim(),
    fix.preview.trim(),
    `${f.ruleId} at ${f.start}-${f.end}, fix #${fixIndex + 1}: ${JSON.stringify(text.slice(f.sentence.start, f.sentence.end))} became ${JSON.stringify(applySortedEdits(text, fix.edits))}`,
  );
}

/** Re-parsing the fixed document costs a parse per fix: a sample of the fixes of each document is enough. */
const PREVIEW_CHECKS_PER_DOCUMENT = 6;

function checkFix(text: string, f: Finding, fixIndex: number): string {
  const fix = f.fixes[fixIndex]!;
  const where = `${f.ruleId} at ${f.start}-${f.end}, fix #${fixIndex + 1} (${fix.stance})`;
  assert.ok(fix.edits.length > 0, `${where}: has edits`);
  fix.edits.forEach((e, i) => {
    assert.ok(f.sentence.start <= e.start && e.start <= e.end && e.end <= f.sentence.end, `${where}: edit ${JSON.stringify(e)} inside sentence ${f.sentence.start}-${f.sentence.end}`);
    assert.ok(!splitsSurrogatePair(text, e.start) && !splitsSurrogatePair(text, e.end), `${where}: edit ${JSON.stringify(e)} splits a surrogate pair`);
    assert.ok(!hasLoneSurrogate(e.newText), `${where}: replacement has a lone surrogate`);
    const prev = fix.edits[i - 1];
    if (prev) {
      assert.ok(prev.end <= e.start, `${where}: edits sorted and disjoint`);
      assert.ok(!(prev.start === prev.end && e.start === e.end && prev.start === e.start), `${where}: two insertions at one point`);
    }
  });
  const fixed = applySortedEdits(text, fix.edits);
  // Outside the edited ranges, byte for byte.
  let shift = 0;
  let at = 0;
  for (const e of fix.edits) {
    assert.equal(fixed.slice(at + shift, e.start + shift), text.slice(at, e.start), `${where}: text before ${e.start} unchanged`);
    shift += e.newText.length - (e.end - e.start);
    at = e.end;
  }
  assert.equal(fixed.slice(at + shift), text.slice(at), `${where}: text after the last edit unchanged`);
  if (!hasLoneSurrogate(text)) assert.ok(!hasLoneSurrogate(fixed), `${where}: the fixed text has no lone surrogate`);
  return fixed;
}

function checkDocument(text: string, options: AnalyseOptions): void {
  const { findings } = analyse(text, options);
  const parsed = extractProse(text);
  let previewChecks = 0;
  for (const f of findings) {
    checkFindingRange(text, f);
    f.fixes.forEach((_fix, i) => {
      checkFix(text, f, i);
      if (previewChecks++ < PREVIEW_CHECKS_PER_DOCUMENT) checkReadsAsPreview(text, parsed, f, i);
    });
    assert.ok(f.fixes.filter((x) => x.preferred).length <= 1, `${f.ruleId}: at most one preferred fix`);
  }
}

const findingKey = (f: Finding): string => `${f.ruleId}|${f.phrase}`;

function checkFixAll(text: string, options: AnalyseOptions): void {
  const before = analyse(text, options).findings;
  const once = fixAll(text, options);
  if (before.length === 0) {
    assert.equal(once.text, text, 'a text without findings is left alone');
    assert.equal(once.applied, 0);
    return;
  }
  const twice = fixAll(once.text, options);
  assert.equal(twice.text, once.text, 'fixAll is idempotent');
  assert.equal(twice.applied, 0, 'nothing left to fix after fixAll');
  assert.ok(
    keepsTextOutside(text, once.text, mergeRanges(before.map((f) => f.sentence))),
    'fixAll changes nothing outside the sentences that held findings',
  );
  if (!hasLoneSurrogate(text)) assert.ok(!hasLoneSurrogate(once.text), 'fixAll leaves no lone surrogate');
  const after = analyse(once.text, options).findings;
  assert.deepEqual(newKeys(countBy(before, findingKey), countBy(after, findingKey)), [], 'fixAll creates no new finding');
}

/** Applies each finding's preferred fix alone: the result holds no finding that was not there before. */
function checkPreferredFixesAlone(text: string, options: AnalyseOptions): void {
  const before = analyse(text, options).findings;
  const beforeKeys = countBy(before, findingKey);
  for (const f of before.slice(0, 3)) {
    const fix = f.fixes[0];
    if (!fix) continue;
    const after = analyse(applySortedEdits(text, fix.edits), options).findings;
    assert.deepEqual(newKeys(beforeKeys, countBy(after, findingKey)), [], `fixing ${f.ruleId} at ${f.start} creates no new finding`);
    assert.ok(after.length < before.length, `fixing ${f.ruleId} at ${f.start} removes a finding`);
  }
}

describe('engine properties', () => {
  it('findings lie on the prose they name, fixes touch only their ranges', () => {
    fc.assert(
      fc.property(markdownDocumentArb, analyseOptionsArb, (text, options) => checkDocument(text, options)),
      propertyParameters(MAIN_PROPERTY_RUNS),
    );
  });

  it('a preferred fix applied alone removes its finding and adds none', () => {
    fc.assert(
      fc.property(markdownDocumentArb, forcedLanguageOptionsArb, (text, options) => checkPreferredFixesAlone(text, options)),
      propertyParameters(25),
    );
  });

  it('fixAll is idempotent, local, and creates no finding', () => {
    fc.assert(
      fc.property(markdownDocumentArb, forcedLanguageOptionsArb, (text, options) => checkFixAll(text, options)),
      propertyParameters(25),
    );
  });

  it('any string at all: analyse and fixAll never throw', () => {
    const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }));
    fc.assert(
      fc.property(anyText, analyseOptionsArb, (text, options) => {
        const { findings } = analyse(text, options);
        for (const f of findings) checkFindingRange(text, f);
        fixAll(text, options);
      }),
      propertyParameters(200),
    );
  });
});
