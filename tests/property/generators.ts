// Arbitraries for Markdown proposals that are hard on offsets: mixed line ends, astral and combining
// characters, invisible and right-to-left characters, entities and escapes, markup around and inside
// frontal phrases, deep containers, unclosed constructs. Real frontal phrases come from the rules' own
// examples so that findings and fixes actually happen.
//
// A block renders to lines without line ends; the document joins them with a shrinkable cycle of
// "\n", "\r\n" and "\r", so every construct meets every line end.
import fc from 'fast-check';
import { BUILTIN_RULES } from '../../server/src/engine/index.js';
import type { AnalyseOptions } from '../../server/src/engine/index.js';

/** Every flagged example sentence of every built-in rule, both languages. */
export const FLAGGED_EXAMPLES: readonly string[] = BUILTIN_RULES.flatMap((rule) => rule.examples.flagged.map((e) => e.text));
/** Near misses the rules must leave alone: they exercise guards next to real findings. */
export const QUIET_EXAMPLES: readonly string[] = BUILTIN_RULES.flatMap((rule) => rule.examples.notFlagged);

const WORDS = [
  'le', 'projet', 'équipe', "l'équipe", 'aujourd’hui', 'données', 'migrer', 'cloud', 'recette', 'délais',
  'nous', 'vous', 'devez', 'il', 'faut', 'que', 'pas', 'de', 'budget', 'Paris', 'RGPD', 'the', 'team',
  'you', 'must', 'need', 'to', 'have', 'plan', 'roadmap', 'we', 'suggest', "don't", "you'll", 'also',
  'e.g.', 'M.', 'etc.', 'naïve', 'cœur', 'Œuvre', 'façade', 'über', '2024', '3,5', '42 %', 'x86_64',
];

/** Characters that break naive offset arithmetic or naive "word" definitions. */
const TRICKY = [
  '🚀', '👩‍💻', '🇫🇷', '𝔘𝔫𝔦', '😀😀', 'e\u0301', 'a\u0308\u0301', '\u00a0', '\u202f', '\u2009', '\t',
  'مرحبا', 'שלום', '\u200f', '\u200e', '\u202e', '\u200b', '\u200c', '\u200d', '\ufeff', '\u00ad', '中文',
  '\u2028', '\u0000', '\u0001', '\u007f', '\ufffc', '\ufffd', '…', '’', '«\u00a0', '\u00a0»', '“', '”', '"',
];

const ENTITIES = [
  '&amp;', '&#233;', '&#xE9;', '&#x1F680;', '&eacute;', '&nbsp;', '&lt;', '&#0;', '&#xD800;', '&notanentity;', '&#128512;',
  '&', '&#', '&#1114112;', '&#x110000;', '&#9999999;', '&fjlig;', '&ThickSpace;', '&NotEqualTilde;', '&Afr;', '&amp;amp;',
];
const INSERTABLE = [...TRICKY, ...ENTITIES];
const ESCAPES = ['\\*', '\\_', '\\\\', '\\[', '\\]', '\\|', '\\`', '\\#', '\\<', '\\&', '\\', '\\\u00e9'];
const PUNCTUATION = ['.', ',', '?', '!', ':', ';', ' ?', ' !', '...', '(', ')', ' - ', ' — ', '*', '_', '~', '**', '`', '[', ']', '|', '<', '>', '#'];
const INLINE_MARKUP = [
  '`code`', '`` a ` b ``', '`unclosed', '[lien](https://example.com/a_b "titre")', '<https://example.com/x>',
  '[ref][label]', '[label]', '![image](pic.png)', '<b>', '</b>', '<span class="x">', '<!-- note -->',
  '<!-- proposal-tone-disable-line -->', '<!-- proposal-tone-disable imposition -->', '<!-- proposal-tone-enable -->',
  '[^1]', 'www.example.com', 'https://example.com/vous-devez-migrer', 'user@example.com', '[:en]', '[:fr]', '[:]',
];

type Wrap = readonly [string, string];
const WRAPS: readonly Wrap[] = [
  ['**', '**'], ['*', '*'], ['_', '_'], ['__', '__'], ['~~', '~~'], ['***', '***'], ['[', '](https://example.com/x)'],
  ['[', '][label]'], ['<b>', '</b>'], ['« ', ' »'], ['“', '”'], ['`', '`'], ['**', ''], ['', '_'], ['[', ']'],
];

interface Decoration {
  kind: 'wrap' | 'entity' | 'escape' | 'space' | 'lower' | 'insert';
  at: number;
  length: number;
  choice: number;
}

const decorationArb: fc.Arbitrary<Decoration> = fc.record({
  kind: fc.constantFrom<Decoration['kind']>('wrap', 'entity', 'escape', 'space', 'lower', 'insert'),
  at: fc.nat({ max: 30 }),
  length: fc.nat({ max: 4 }),
  choice: fc.nat({ max: 100 }),
});

const SPACES = ['\u00a0', '\u202f', '\n', '  ', '\t', ' \n', '  \n', '\\\n', '\u200b '];

/** Numeric or named reference for one character of a word. */
function referenceFor(ch: string, choice: number): string {
  if (ch === 'é' && choice % 2 === 0) return '&eacute;';
  const code = ch.codePointAt(0) as number;
  return choice % 3 === 0 ? `&#x${code.toString(16)};` : `&#${code};`;
}

/** A flagged example with markup, entities, escapes and odd spaces put around and inside its words. */
function decorate(sentence: string, decorations: readonly Decoration[]): string {
  const words = sentence.split(' ');
  for (const d of decorations) {
    const i = d.at % words.length;
    const word = words[i] as string;
    switch (d.kind) {
      case 'wrap': {
        const [open, close] = WRAPS[d.choice % WRAPS.length] as Wrap;
        const j = Math.min(words.length - 1, i + d.length);
        words[i] = open + word;
        words[j] = (words[j] as string) + close;
        break;
      }
      case 'entity': {
        const k = d.length % Math.max(1, word.length);
        const ch = word[k];
        if (ch && /\p{L}/u.test(ch)) words[i] = word.slice(0, k) + referenceFor(ch, d.choice) + word.slice(k + 1);
        break;
      }
      case 'escape': {
        const k = d.length % Math.max(1, word.length);
        if (word[k] && /[\p{P}\p{S}]/u.test(word[k] as string)) words[i] = `${word.slice(0, k)}\\${word.slice(k)}`;
        else words[i] = `${word}${ESCAPES[d.choice % ESCAPES.length] as string}`;
        break;
      }
      case 'space':
        if (i > 0) words[i] = `\u0000SPACE${d.choice % SPACES.length}\u0000${word}`;
        break;
      case 'lower':
        words[i] = word.charAt(0).toLowerCase() + word.slice(1);
        break;
      case 'insert':
        words[i] = `${word}${INSERTABLE[d.choice % INSERTABLE.length] as string}`;
        break;
    }
  }
  // A word joined to the previous one by an odd space instead of " ".
  return words.join(' ').replace(/ \u0000SPACE(\d+)\u0000/g, (_all, n: string) => SPACES[Number(n)] as string);
}

export const decoratedPhraseArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...FLAGGED_EXAMPLES), fc.array(decorationArb, { maxLength: 4 }))
  .map(([sentence, decorations]) => decorate(sentence, decorations));

const LONG_RUN_UNITS = ['a', 'vous devez ', 'Vous devez migrer. ', 'you must migrate ', '🚀', 'é', '*', 'x ', '\t', '&amp;'];

/** A run long enough to matter for one line, short enough to keep a run of the property fast. */
const longRunArb = fc
  .tuple(fc.constantFrom(...LONG_RUN_UNITS), fc.integer({ min: 10, max: 120 }))
  .map(([unit, count]) => unit.repeat(count));

/** A very long line: thousands of characters without a line end. */
const veryLongLineArb: fc.Arbitrary<string[]> = fc
  .tuple(fc.constantFrom(...LONG_RUN_UNITS), fc.integer({ min: 300, max: 3000 }), fc.constantFrom(...FLAGGED_EXAMPLES))
  .map(([unit, count, phrase]) => [`${phrase} ${unit.repeat(Math.min(count, Math.ceil(6000 / unit.length)))} ${phrase}`]);

/** One piece of inline content; "\n" inside it is a line break the container will prefix. */
export const inlineAtomArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: decoratedPhraseArb },
  { weight: 2, arbitrary: fc.constantFrom(...FLAGGED_EXAMPLES) },
  { weight: 2, arbitrary: fc.constantFrom(...QUIET_EXAMPLES) },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 2, arbitrary: fc.constantFrom(...ENTITIES) },
  { weight: 2, arbitrary: fc.constantFrom(...ESCAPES) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 3, arbitrary: fc.constantFrom(...INLINE_MARKUP) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: longRunArb },
);

const separatorArb = fc.constantFrom(' ', ' ', ' ', '', '\n', '\t', '\u00a0', '  \n', ' \u200b ');

/** Inline content: atoms joined by spaces, nothing, line breaks or odd spaces. */
export const inlineArb: fc.Arbitrary<string> = fc
  .tuple(fc.array(inlineAtomArb, { minLength: 1, maxLength: 8 }), fc.array(separatorArb, { minLength: 1, maxLength: 4 }))
  .map(([atoms, separators]) => atoms.map((a, i) => (i === 0 ? a : (separators[i % separators.length] as string) + a)).join(''));

/** Inline content that stays on one line (table cells, ATX headings, setext text). */
const oneLineInlineArb = inlineArb.map((s) => s.replace(/\r\n|\r|\n|\u2028/g, ' '));

type Lines = readonly string[];
const toLines = (s: string): Lines => s.split(/\r\n|\r|\n/);

const paragraphArb: fc.Arbitrary<Lines> = inlineArb.map(toLines);

const headingArb: fc.Arbitrary<Lines> = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 7 }), oneLineInlineArb, fc.constantFrom('', ' #', ' ###', '#'))
    .map(([level, text, close]) => [`${'#'.repeat(level)} ${text}${close}`]),
  fc.tuple(oneLineInlineArb, fc.constantFrom('===', '---', '=', '- - -')).map(([text, underline]) => [text, underline]),
);

const fencedCodeArb: fc.Arbitrary<Lines> = fc
  .tuple(fc.constantFrom('```', '~~~', '````'), fc.constantFrom('', 'md', 'js {x}'), inlineArb, fc.boolean())
  .map(([fence, info, body, closed]) => [fence + info, ...toLines(body), ...(closed ? [fence] : [])]);

const indentedCodeArb: fc.Arbitrary<Lines> = inlineArb.map((s) => toLines(s).map((l) => `    ${l}`));

const htmlBlockArb: fc.Arbitrary<Lines> = fc.oneof(
  inlineArb.map((s) => ['<div class="note">', ...toLines(s), '</div>']),
  inlineArb.map((s) => ['<details>', '', ...toLines(s), '', '</details>']),
  inlineArb.map((s) => [`<!-- ${s.replace(/-->/g, '')} -->`]),
  fc.constantFrom(
    ['<!-- proposal-tone-disable -->'],
    ['<!-- proposal-tone-enable -->'],
    ['<!-- proposal-tone-disable-next-line imposition -- voulu -->'],
    ['<!-- proposal-tone-disable imposition/vous-devez'],
    ['<script>', 'const s = "Vous devez migrer.";', '</script>'],
  ),
);

const tableArb: fc.Arbitrary<Lines> = fc
  .tuple(
    fc.integer({ min: 1, max: 4 }),
    fc.array(fc.array(oneLineInlineArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
    fc.boolean(),
  )
  .map(([columns, rows, outerPipes]) => {
    // Cell text keeps its pipes escaped, as authors must write them.
    const cell = (s: string): string => s.replace(/\\*\|/g, '\\|');
    const row = (cells: readonly string[]): string => {
      const inner = Array.from({ length: columns }, (_, i) => cell(cells[i] ?? '')).join(' | ');
      return outerPipes ? `| ${inner} |` : inner;
    };
    const delimiter = Array.from({ length: columns }, (_, i) => [':---', '---:', ':-:', '---'][i % 4]).join('|');
    return [row(rows[0] as string[]), outerPipes ? `|${delimiter}|` : delimiter, ...rows.slice(1).map(row)];
  });

const definitionArb: fc.Arbitrary<Lines> = fc.constantFrom(
  ['[label]: https://example.com/ref "Vous devez migrer"'],
  ['[^1]: Vous devez migrer vers le cloud.'],
  ['[Label]:', '  <https://example.com/a b>'],
);

const thematicBreakArb: fc.Arbitrary<Lines> = fc.constantFrom(['***'], ['---'], ['___'], [' - - -'], ['* * *']);

const leafBlockArb: fc.Arbitrary<Lines> = fc.oneof(
  { weight: 8, arbitrary: paragraphArb },
  { weight: 2, arbitrary: headingArb },
  { weight: 1, arbitrary: fencedCodeArb },
  { weight: 1, arbitrary: indentedCodeArb },
  { weight: 1, arbitrary: htmlBlockArb },
  { weight: 2, arbitrary: tableArb },
  { weight: 1, arbitrary: definitionArb },
  { weight: 1, arbitrary: thematicBreakArb },
  { weight: 1, arbitrary: veryLongLineArb },
);

const LIST_MARKERS = ['- ', '* ', '+ ', '1. ', '2) ', '10. ', '-\t', '- [ ] ', '- [x] '];

/** Prefixes a child block's lines: the marker on the first line, its width (or lazily nothing) on the rest. */
function listItem(marker: string, lines: Lines, lazy: boolean): Lines {
  const indent = ' '.repeat(marker.replace('\t', '    ').length);
  return lines.map((l, i) => (i === 0 ? marker + l : lazy || l === '' ? l : indent + l));
}

function blockquote(lines: Lines, prefix: string, lazy: boolean): Lines {
  return lines.map((l, i) => (lazy && i > 0 ? l : prefix + l));
}

const blockSeparatorArb = fc.constantFrom<Lines>([''], [''], ['', ''], [], ['   ']);

function joinBlocks(blocks: readonly Lines[], separators: readonly Lines[]): Lines {
  const out: string[] = [];
  blocks.forEach((b, i) => {
    if (i > 0) out.push(...(separators[i % separators.length] ?? ['']));
    out.push(...b);
  });
  return out;
}

/** Blocks with containers nested up to `depth` levels (lists and blockquotes inside each other). */
function blockArb(depth: number): fc.Arbitrary<Lines> {
  if (depth === 0) return leafBlockArb;
  const child = blockArb(depth - 1);
  const children = fc.tuple(fc.array(child, { minLength: 1, maxLength: 2 }), fc.array(blockSeparatorArb, { minLength: 1, maxLength: 2 }));
  return fc.oneof(
    { weight: 4, arbitrary: leafBlockArb },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...LIST_MARKERS), fc.array(children, { minLength: 1, maxLength: 3 }), fc.boolean(), fc.boolean())
        .map(([marker, items, lazy, loose]) =>
          joinBlocks(
            items.map(([blocks, seps]) => listItem(marker, joinBlocks(blocks, seps), lazy)),
            [loose ? [''] : []],
          ),
        ),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(children, fc.constantFrom('> ', '>', ' > ', '>\t'), fc.boolean())
        .map(([[blocks, seps], prefix, lazy]) => blockquote(joinBlocks(blocks, seps), prefix, lazy)),
    },
  );
}

/** Containers opened on one line ("- > 1. > - text"), deeper than anyone writes by hand. */
export const deepOneLineNestingArb: fc.Arbitrary<Lines> = fc
  .tuple(fc.array(fc.constantFrom('- ', '> ', '1. ', '* ', '>'), { minLength: 8, maxLength: 60 }), inlineArb)
  .map(([markers, text]) => toLines(markers.join('') + text));

const frontMatterArb: fc.Arbitrary<Lines> = fc.oneof(
  fc.constantFrom(
    ['---', 'title: Vous devez migrer', 'lang: fr', '---'],
    ['---', 'proposal-tone:', '  lang: en', '  disable: [absolu]', '---'],
    ['---', 'proposal-tone:', '  disable:', '    - imposition/il-faut', '---'],
    ['+++', 'title = "You must migrate"', '+++'],
    ['---', 'title: unclosed front matter'],
  ),
  inlineArb.map((s) => ['---', ...toLines(s).map((l) => `note: ${l}`), '---']),
);

const EOLS = ['\n', '\r\n', '\r'] as const;

export const lineEndsArb: fc.Arbitrary<readonly string[]> = fc.array(
  fc.oneof({ weight: 6, arbitrary: fc.constant('\n') }, { weight: 3, arbitrary: fc.constant('\r\n') }, { weight: 1, arbitrary: fc.constant('\r') }),
  { minLength: 1, maxLength: 6 },
);

/** Joins lines with a cycle of line ends: LF, CRLF and CR meet in one document. */
export function joinLines(lines: readonly string[], eols: readonly string[], finalEol: boolean): string {
  let out = '';
  lines.forEach((l, i) => {
    out += l;
    if (i < lines.length - 1 || finalEol) out += eols[i % eols.length] ?? EOLS[0];
  });
  return out;
}

/** A whole Markdown document. */
export const markdownDocumentArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(frontMatterArb, { freq: 6 }),
    fc.array(fc.oneof({ weight: 12, arbitrary: blockArb(3) }, { weight: 1, arbitrary: deepOneLineNestingArb }), { minLength: 1, maxLength: 6 }),
    fc.array(blockSeparatorArb, { minLength: 1, maxLength: 3 }),
    lineEndsArb,
    fc.boolean(),
  )
  .map(([front, blocks, seps, eols, finalEol]) => joinLines([...(front ?? []), ...joinBlocks(blocks, seps)], eols, finalEol));

/** Options that change which findings exist: forced language, quotes and blockquotes checked. */
export const analyseOptionsArb: fc.Arbitrary<AnalyseOptions> = fc.record(
  {
    language: fc.constantFrom<'auto' | 'fr' | 'en'>('auto', 'fr', 'en'),
    checkQuotes: fc.boolean(),
    checkBlockquotes: fc.boolean(),
  },
  { requiredKeys: [] },
);

/**
 * Options with the language forced. With 'auto', a fix that removes words of one language can tip the
 * language of a mixed paragraph (or of the document's majority) and wake findings elsewhere: see
 * tests/engine/regressions.test.ts, "language balance". Properties that compare findings before and
 * after a fix use these.
 */
export const forcedLanguageOptionsArb: fc.Arbitrary<AnalyseOptions> = fc.record({
  language: fc.constantFrom<'fr' | 'en'>('fr', 'en'),
  checkQuotes: fc.boolean(),
  checkBlockquotes: fc.boolean(),
});

/**
 * Runs and seed for property tests: few and fixed in `npm test`; with FUZZ_RUNS the main property runs
 * FUZZ_RUNS times and the others in proportion to their defaults; FUZZ_SEED picks another seed.
 */
export function propertyParameters(defaultRuns: number): { numRuns: number; seed: number } {
  const runs = Number(process.env.FUZZ_RUNS);
  const seed = Number(process.env.FUZZ_SEED);
  return {
    numRuns: Number.isFinite(runs) && runs > 0 ? Math.max(1, Math.round((runs * defaultRuns) / MAIN_PROPERTY_RUNS)) : defaultRuns,
    seed: Number.isFinite(seed) ? seed : FIXED_SEED,
  };
}

/** Default runs of the main engine property, the unit FUZZ_RUNS counts in. */
export const MAIN_PROPERTY_RUNS = 40;
const FIXED_SEED = 0x5eed_2024;
