// The phrase-pattern matcher stays bounded whatever a pattern says: a team's own rules come from a
// workspace file, and no file of a project must be able to stall the language server with
// "{any*} {any*} {any*} …". Work is counted, not timed: every element of the patterns below is a slot
// whose predicate counts its calls, so the count is the number of token tests the matcher makes.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyse } from '../../server/src/engine/index.js';
import type { CustomRuleSpec } from '../../server/src/engine/index.js';
import { compilePattern, MAX_PATTERN_ELEMENTS, PatternError, PatternIndex, type SlotRegistry } from '../../server/src/engine/patterns.js';
import { tokenize, type Token } from '../../server/src/engine/sentences.js';
import { propertyParameters } from './generators.js';

let tokenTests = 0;
/** Past this many token tests the measurement stops: an exponential matcher fails fast, not in hours. */
let tokenTestLimit = Infinity;
const counting = (accept: (t: Token) => boolean) => (tokens: readonly Token[], i: number): boolean => {
  if (++tokenTests > tokenTestLimit) throw new Error(`more than ${tokenTestLimit} token tests`);
  const t = tokens[i];
  return t !== undefined && accept(t);
};
const COUNTING_SLOTS: SlotRegistry = new Map([
  ['any', counting(() => true)],
  ['a', counting((t) => t.norm === 'a')],
  ['b', counting((t) => t.norm === 'b')],
  ['c', counting((t) => t.norm === 'c')],
]);

/** Token tests made to match every pattern against one sentence of `words` (stops past 10× the budget). */
function tokenTestsFor(patterns: readonly string[], words: readonly string[]): number {
  const index = new PatternIndex<string>();
  for (const p of patterns) index.add(compilePattern(p, COUNTING_SLOTS), p);
  const text = words.join(' ');
  const tokens = tokenize(text, 0, text.length, 'en');
  tokenTests = 0;
  tokenTestLimit = 10 * tokens.length * patterns.reduce((sum, p) => sum + budgetPerToken(p), 0);
  try {
    for (const _match of index.matches(tokens)) {
      // Every match is produced (the generator is drained), as analyse() does.
    }
  } finally {
    tokenTestLimit = Infinity;
  }
  return tokenTests;
}

/**
 * What one start position may cost once failed states are remembered: each (element, token) state is
 * tried once and tests at most MAX_REPEAT + 1 tokens.
 */
function budgetPerToken(pattern: string): number {
  const elements = compilePattern(pattern, COUNTING_SLOTS).elements.length;
  return (elements + 1) * (3 * elements + 1) * 4;
}

const ADVERSARIAL: ReadonlyArray<{ name: string; pattern: string; words: (n: number) => string[] }> = [
  { name: 'stacked {any*} before a token that never comes', pattern: `${'{any*} '.repeat(12)}{b}`, words: (n) => Array(n).fill('a') },
  { name: 'stacked {any*} anchored at the sentence end', pattern: `${'{any*} '.repeat(12)}{b} $`, words: (n) => [...Array(n - 1).fill('a'), 'b', 'a'] },
  { name: 'many optional elements', pattern: `${'{a?} '.repeat(14)}{b}`, words: (n) => Array(n).fill('a') },
  { name: 'repetitions that overlap', pattern: `{a+} {any*} {a*} {any+} {a*} {any*} {a+} {c}`, words: (n) => Array(n).fill('a') },
  { name: 'alternating tokens', pattern: `${'{a*} {b*} '.repeat(6)}{c}`, words: (n) => Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 'b' : 'a')) },
];

describe('pattern matcher: bounded work', () => {
  for (const { name, pattern, words } of ADVERSARIAL) {
    it(`${name}: work grows linearly with the sentence and stays within its budget`, () => {
      const n = 400;
      const small = tokenTestsFor([pattern], words(n));
      const large = tokenTestsFor([pattern], words(2 * n));
      assert.ok(large <= 2.2 * small, `${large} token tests for ${2 * n} tokens, ${small} for ${n}`);
      assert.ok(large <= 2 * n * budgetPerToken(pattern), `${large} token tests for ${2 * n} tokens, budget ${budgetPerToken(pattern)} a token`);
    });
  }

  it('random patterns on random sentences: within budget, linear in the sentence', () => {
    const element = fc.constantFrom('{any}', '{any?}', '{any*}', '{any+}', '{a}', '{a?}', '{a*}', '{a+}', '{b}', '{b*}', '{c?}', '{c}');
    const patternArb = fc
      .array(element, { minLength: 1, maxLength: MAX_PATTERN_ELEMENTS - 1 })
      .map((els) => `${els.join(' ')} {c}`)
      .filter((p) => {
        try {
          compilePattern(p, COUNTING_SLOTS);
          return true;
        } catch {
          return false;
        }
      });
    const wordsArb = fc.array(fc.constantFrom('a', 'a', 'a', 'b', 'c', ','), { minLength: 20, maxLength: 60 });
    fc.assert(
      fc.property(patternArb, wordsArb, fc.boolean(), (pattern, words, anchored) => {
        const source = anchored ? `${pattern} $` : pattern;
        const once = tokenTestsFor([source], words);
        const twice = tokenTestsFor([source], [...words, ...words]);
        const tokens = 2 * words.length;
        assert.ok(twice <= tokens * budgetPerToken(source), `${twice} token tests for ${tokens} tokens`);
        // Doubling the sentence at most doubles the work, give or take the patterns cut short at the end.
        assert.ok(twice <= 2.2 * once + budgetPerToken(source) * 4, `${twice} vs ${once}`);
      }),
      propertyParameters(40),
    );
  });

  it(`a pattern longer than ${MAX_PATTERN_ELEMENTS} elements is refused with a PatternError`, () => {
    assert.throws(() => compilePattern(`${'{any*} '.repeat(MAX_PATTERN_ELEMENTS)}{b}`, COUNTING_SLOTS), PatternError);
    assert.doesNotThrow(() => compilePattern(`${'{any*} '.repeat(MAX_PATTERN_ELEMENTS - 1)}{b}`, COUNTING_SLOTS));
  });
});

describe('custom rules: adversarial patterns through analyse()', () => {
  const rule = (patterns: string[]): CustomRuleSpec => ({
    id: 'imposition/adversarial',
    lang: 'en',
    category: 'imposition',
    patterns,
    message: 'adversarial',
  });

  it('stacked optional slots, long alternations and anchors finish with bounded findings', () => {
    const alternation = Array.from({ length: 5_000 }, (_, i) => `w${i}`).join('|');
    const customRules = [
      rule([
        `${'{word*} '.repeat(MAX_PATTERN_ELEMENTS - 2)}zzz`,
        `${'[{word}] '.repeat(MAX_PATTERN_ELEMENTS - 2)}{word} $`,
        `${alternation} {word*} ${alternation}`,
        `^ {word+} {word*} {word+} {word*} must`,
      ]),
    ];
    const sentence = `${Array.from({ length: 300 }, (_, i) => (i % 7 === 0 ? `w${i}` : 'we must plan')).join(' ')}.`;
    const text = `${sentence}\n\n${sentence.replace(/\.$/, ' zzz.')}\n`;
    const { findings } = analyse(text, { customRules, language: 'en' });
    // Non-overlapping matches: at most one finding per token.
    const tokens = text.split(/\s+/).length;
    assert.ok(findings.length <= tokens, `${findings.length} findings for ${tokens} tokens`);
    for (const f of findings) assert.ok(0 <= f.start && f.start < f.end && f.end <= text.length);
  });

  it('a custom rule with too many elements is reported, not run', () => {
    assert.throws(
      () => analyse('We must plan.', { customRules: [rule([`${'{word*} '.repeat(MAX_PATTERN_ELEMENTS)}zzz`])] }),
      PatternError,
    );
  });
});
