// Counterexamples found by the property tests and the hostile inputs (tests/property, hostile.test.ts),
// shrunk and kept as plain tests once the engine was fixed. Each one names the bug it pins down.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, applyEdits } from '../../server/src/engine/index.js';
import type { AnalyseOptions, Finding } from '../../server/src/engine/index.js';
import { mayTip } from '../../server/src/engine/language-tip.js';
import { proseOfFixedSentence } from '../property/invariants.js';

/** Every fix of every finding, applied alone, reads back as its preview: nothing lost, nothing doubled. */
function assertFixesReadAsPreviews(text: string, findings: readonly Finding[]): void {
  for (const f of findings) {
    for (const fix of f.fixes) {
      const after = proseOfFixedSentence(text, f.sentence, fix.edits);
      assert.equal(after?.trim(), fix.preview.trim(), `${f.ruleId}: ${JSON.stringify(applyEdits(text, fix.edits))}`);
    }
  }
}

function only(text: string, options: AnalyseOptions = {}): Finding {
  const { findings } = analyse(text, options);
  assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.ruleId)));
  return findings[0]!;
}

describe('regressions: character references', () => {
  it('a numeric reference past U+10FFFF decodes to one U+FFFD, not two characters', () => {
    // Was: the reference counted as two characters, the fix replaced "&#1114112;" and cut "Vous" to "V".
    const text = '&#1114112;Vous devez migrer vers le cloud.';
    const f = only(text);
    assert.equal(text.slice(f.start, f.end), 'Vous devez');
    assert.equal(applyEdits(text, f.fixes[0]!.edits), '&#1114112;Nous vous suggérons de migrer vers le cloud.');
    assertFixesReadAsPreviews(text, [f]);
  });

  it('an unknown named reference stays literal text and does not hide the rest of the paragraph', () => {
    // Was: "&notanentity;" was taken for a reference, alignment was lost and every later finding dropped.
    const text = 'Bon&notanentity; vous devez migrer vers le cloud. Ensuite, vous devez recruter.';
    const { findings } = analyse(text);
    assert.deepEqual(
      findings.map((f) => text.slice(f.start, f.end)),
      ['vous devez', 'vous devez'],
    );
    assertFixesReadAsPreviews(text, findings);
  });

  it('a named reference that decodes to two characters keeps the alignment of what follows', () => {
    // Was: "&fjlig;" ("fj") counted as one character and every finding after it was dropped.
    const cases: Array<[string, string]> = [
      ['&fjlig; Vous devez migrer vers le cloud.', '&fjlig; nous vous suggérons de migrer vers le cloud.'],
      ['&ThickSpace;Vous devez migrer vers le cloud.', '&ThickSpace;Nous vous suggérons de migrer vers le cloud.'],
    ];
    for (const [text, fixed] of cases) {
      const f = only(text);
      assert.equal(text.slice(f.start, f.end), 'Vous devez', text);
      assert.equal(applyEdits(text, f.fixes[0]!.edits), fixed);
    }
  });
});

describe('regressions: line breaks inside a flagged phrase', () => {
  it('a phrase across a continuation line of a nested blockquote does not pull "> " into the text', () => {
    // Was: the fix deleted the line break and left the next line's "  >   " in the middle of the sentence.
    const text = '- > - There \n  >   is no other way to secure your data. .';
    const { findings } = analyse(text, { checkBlockquotes: true });
    assert.equal(findings.length, 1);
    assertFixesReadAsPreviews(text, findings);
  });

  it('trailing spaces before a soft line break are not left doubled inside the rewrite', () => {
    const text = 'There \nis no other way to secure your data.';
    assertFixesReadAsPreviews(text, analyse(text).findings);
  });

  it('a phrase on one line of a blockquote keeps its fixes', () => {
    const text = '> Vous devez\n> migrer vers le cloud.';
    const f = only(text, { checkBlockquotes: true });
    assert.equal(applyEdits(text, f.fixes[0]!.edits), '> Nous vous suggérons de\n> migrer vers le cloud.');
    assertFixesReadAsPreviews(text, [f]);
  });
});

describe('regressions: emphasis and links around part of a phrase', () => {
  it('an emphasis that starts inside the phrase is not left opening on a space', () => {
    // Was: "Vous **devez migrer**" became "Nous vous suggérons de** migrer**" (no longer bold).
    const text = '- > - Vous **devez migrer** vers le cloud.';
    const { findings } = analyse(text, { checkBlockquotes: true });
    assert.equal(findings.length, 1);
    assertFixesReadAsPreviews(text, findings);
    assert.ok(findings[0]!.fixes.every((fix) => !applyEdits(text, fix.edits).includes('** migrer')));
  });

  it('an emphasis that ends with the phrase and a full stop keeps its full stop readable', () => {
    // Was: "makes no **sense.**" became "may be worth revisiting**.**", literal asterisks.
    for (const [text, options] of [
      ['Your estimation method makes no **sense.**', { language: 'en' }],
      ['Ce découpage en lots n’a **aucun sens.**', { language: 'fr' }],
    ] as const) {
      assertFixesReadAsPreviews(text, analyse(text, options).findings);
    }
  });

  it('markup is kept or removed around whole words, never left mid-word', () => {
    // Was: "Vous **devez** migrer" gave "Dans un premier temps, vous pourri**ez** migrer".
    const text = 'Vous **devez** migrer vers le cloud.';
    const fixed = only(text).fixes.map((fix) => applyEdits(text, fix.edits));
    assert.ok(fixed.includes('Dans un premier temps, vous pourriez migrer vers le cloud.'), JSON.stringify(fixed));
    assert.ok(fixed.includes('Vous **pourriez** migrer vers le cloud.'), JSON.stringify(fixed));
    for (const underscored of ['Vous __devez__ migrer vers le cloud.', 'Vous _devez_ migrer vers le cloud.']) {
      assertFixesReadAsPreviews(underscored, analyse(underscored).findings);
    }
  });
});

describe('regressions: question mark', () => {
  it('a full stop alone on a continuation line becomes "?" without a space Markdown would drop', () => {
    // Was: the French " ?" was put at the start of the line, where the space is not part of the text.
    const text = '- - - - - - - - Vous devez migrer vers le cloud. le\n. Vous devez migrer vers le cloud. &amp;';
    const { findings } = analyse(text);
    assertFixesReadAsPreviews(text, findings);
    const question = findings[0]!.fixes.find((fix) => fix.stance === 'question');
    assert.ok(question);
    assert.ok(applyEdits(text, question.edits).includes('le\n? Vous'));
  });
});

describe('regressions: a fix trades no finding for another', () => {
  it('a rewrite that changes the context of a run-on sentence does not wake another rule', () => {
    // Was: fixes were checked by count only; this one removed two findings and created a rejet.
    const text = "\r:---\rNe le publiez pas. aaaaaaaaaa\rIl est impératif d'harmoniser les référentiels. #\rCe découpage en lots n’a aucun sens. `code`";
    const options = { language: 'fr' } as const;
    const before = analyse(text, options).findings;
    for (const f of before) {
      for (const fix of f.fixes) {
        const after = analyse(applyEdits(text, fix.edits), options).findings;
        const added = after.map((a) => a.ruleId).filter((id) => !before.some((b) => b.ruleId === id));
        assert.deepEqual(added, [], `${f.ruleId}: ${fix.preview}`);
      }
    }
  });
});

describe('regressions: run-on sentences', () => {
  it('a "sentence" holding hundreds of orders is reported without fixes instead of stalling', () => {
    // Was: checking each fix re-matched the whole sentence: 350 orders took about a minute.
    const text = 'you must migrate '.repeat(350);
    const { findings } = analyse(text, { language: 'en' });
    assert.equal(findings.length, 350);
    assert.ok(findings.every((f) => f.fixes.length === 0));
  });

  it('a sentence with a few orders keeps its fixes', () => {
    const text = 'You must migrate, you must train your staff and you must hire.';
    const { findings } = analyse(text, { language: 'en' });
    assert.equal(findings.length, 3);
    assert.ok(findings.every((f) => f.fixes.length > 0));
  });
});

describe('regressions: language of mixed paragraphs', () => {
  /** Rule ids found after applying `edits` that were not found before. */
  function woken(text: string, before: readonly Finding[], edits: Finding['fixes'][number]['edits'], options: AnalyseOptions = {}): string[] {
    return analyse(applyEdits(text, edits), options)
      .findings.map((f) => f.ruleId)
      .filter((id) => !before.some((b) => b.ruleId === id));
  }

  it('a fix does not tip the language balance of a mixed paragraph and wake findings in the other language', () => {
    // Was: removing "Not a problem:" turned this paragraph French, and "Vous devez" appeared.
    const text = 'Vous devez migrer vers le cloud. Not a problem: we will add the module. le';
    const before = analyse(text).findings;
    const complaisance = before.find((f) => f.category === 'complaisance');
    assert.ok(complaisance, 'the English finding is still reported');
    for (const f of before) for (const fix of f.fixes) assert.deepEqual(woken(text, before, fix.edits), [], `${f.ruleId}: ${fix.preview}`);
    // Both of its rewrites tip the paragraph into French, where "Vous devez" is a finding: none is offered.
    assert.deepEqual(complaisance.fixes, []);
  });

  it('a fix that tips the paragraph but wakes nothing is still offered', () => {
    const text = 'Nous migrons vers le cloud. Not a problem: we will add the module. le';
    const before = analyse(text).findings;
    const complaisance = before.find((f) => f.category === 'complaisance');
    assert.ok(complaisance?.fixes[0], 'the rewrite is offered');
    assert.equal(analyse(applyEdits(text, complaisance.fixes[0].edits)).language, 'fr', 'the rewrite does tip the paragraph');
    for (const fix of complaisance.fixes) assert.deepEqual(woken(text, before, fix.edits), [], fix.preview);
  });

  it('when the options or a marker set the language, no rewrite can tip it and the fixes stay', () => {
    const text = 'Vous devez migrer vers le cloud. Not a problem: we will add the module. le';
    for (const [source, options] of [
      [text, { language: 'en' }],
      [`[:en]${text}`, {}],
    ] as const) {
      const before = analyse(source, options).findings;
      const complaisance = before.find((f) => f.category === 'complaisance');
      assert.ok(complaisance?.fixes[0], `fixes offered for ${JSON.stringify(source)}`);
      for (const fix of complaisance.fixes) assert.deepEqual(woken(source, before, fix.edits, options), [], fix.preview);
    }
  });

  it('mayTip: decided runs, undecided runs and the document majority', () => {
    // Decided English before and after: no tip; decided French after: tip.
    assert.equal(mayTip({ fr: 0, en: 6 }, { fr: 0, en: 4 }, 'en'), false);
    assert.equal(mayTip({ fr: 3, en: 5 }, { fr: 3, en: 1 }, 'en'), true);
    // Decided English before, undecided after: the document's majority decides, which may be French.
    assert.equal(mayTip({ fr: 2, en: 4 }, { fr: 2, en: 2 }, 'en'), true);
    // Undecided before (read in the majority's English): only evidence moved towards French can tip it.
    assert.equal(mayTip({ fr: 4, en: 5 }, { fr: 4, en: 3 }, 'en'), true);
    assert.equal(mayTip({ fr: 4, en: 5 }, { fr: 3, en: 4.5 }, 'en'), false);
    assert.equal(mayTip({ fr: 5, en: 4 }, { fr: 5, en: 5 }, 'fr'), true);
  });
});
