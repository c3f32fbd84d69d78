// Parsing block by block gives exactly what parsing the whole document gives: the same prose segments,
// offsets, list contexts, comments and front matter. Each case below is a way a cut could go wrong.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { extractProse } from '../../server/src/engine/markdown.js';
import { extractProseInBlocks, scanBlocks, settledSpans } from '../../server/src/engine/blocks.js';
import { plainBlockDocument, plainBlockProse } from '../../server/src/engine/plain-markdown.js';
import { generateProposal, MARKDOWN_HAZARDS } from '../../bench/generate.mjs';

const CORPUS = '/work/shared/corpus/docs';

function assertSameAsWhole(text: string): void {
  assert.deepStrictEqual(extractProseInBlocks(text), extractProse(text), `block-wise prose differs for ${JSON.stringify(text.slice(0, 200))}`);
}

/** The text of each scanned block. */
function blockTexts(text: string): string[] {
  return scanBlocks(text).map((b) => text.slice(b.start, b.end));
}

describe('scanBlocks', () => {
  it('cuts at blank lines', () => {
    assert.deepEqual(blockTexts('# Titre\n\nUn paragraphe\nsur deux lignes.\n\n\nUn autre.\n'), [
      '# Titre',
      'Un paragraphe\nsur deux lignes.',
      'Un autre.',
    ]);
  });

  it('keeps a fenced code block with blank lines whole, and runs an unclosed fence to the end', () => {
    const text = 'Avant.\n\n```js\nconst a = 1;\n\nconst b = 2;\n```\n\nAprès.\n\n~~~\nouvert\n\nVous devez migrer.\n';
    assert.deepEqual(blockTexts(text), ['Avant.', '```js\nconst a = 1;\n\nconst b = 2;\n```', 'Après.', '~~~\nouvert\n\nVous devez migrer.']);
  });

  it('keeps YAML front matter whole even with blank lines inside', () => {
    assert.deepEqual(blockTexts('---\ntitle: x\n\nlang: fr\n---\n\nTexte.\n'), ['---\ntitle: x\n\nlang: fr\n---', 'Texte.']);
  });

  it('keeps a list whole across blank lines, with its indented continuations', () => {
    const text = '- un\n\n- deux\n\n  suite de deux\n\n      code dans deux\n\n- trois\n\nFin.\n';
    assert.deepEqual(blockTexts(text), ['- un\n\n- deux\n\n  suite de deux\n\n      code dans deux\n\n- trois', 'Fin.']);
  });

  it('keeps a running HTML block (comment, pre) whole', () => {
    const text = '<!--\nnote\n\nencore\n-->\n\nTexte.\n\n<pre>\n\n</pre>\n';
    assert.deepEqual(blockTexts(text), ['<!--\nnote\n\nencore\n-->', 'Texte.', '<pre>\n\n</pre>']);
  });

  it('does not cut before a list that follows indented code (micromark reads it as an interruption)', () => {
    assert.equal(scanBlocks('    code\n\n2. deux\n').length, 1);
  });

  it('merges a block whose parse ends inside an unclosed HTML block nested in a list', () => {
    const text = '- item\n    <!--\n\n\nVous devez migrer.\n';
    assert.equal(scanBlocks(text).length, 2);
    assert.equal(settledSpans(text).length, 1);
    assertSameAsWhole(text);
  });
});

describe('block-wise prose equals whole-document prose', () => {
  const cases: Record<string, string> = {
    'fence opened inside a list item, closed at column 0 (a new fence opens)': '- item\n  ```\n  code\n```\n\nVous devez migrer.\n\n```\n',
    'indented fence in a list item with blank lines': '1. Installer :\n\n   ```sh\n   npm i\n\n   npm test\n   ```\n\n2. Vous devez relire.\n',
    'tables with pipes and alignment': '| Phase | Durée |\n| --- | ---: |\n| Vous devez migrer | 3 j |\n\nTexte après.\n',
    'link reference defined after use, in another block': 'Voir [la doc][ref] et [Ref].\n\nAutre paragraphe.\n\n[ref]: https://example.com "Titre"\n',
    'reference definition inside a list and a quote': '- [a]: /x\n\n> [b]: /y\n\nLiens [a] et [b] et [c].\n',
    'footnote call before its definition': 'Vous devez lire la note[^1].\n\nAilleurs.\n\n[^1]: Une note que vous devez lire.\n    Avec une suite.\n',
    'footnote call with no definition stays text': 'Vous devez lire[^2].\n\nFin.\n',
    'label over two lines': 'Voir [la\ndoc] ici.\n\n[la doc]: /u\n',
    'front matter then text': '---\ntitle: "Proposition"\nlang: fr\n---\n\n# Titre\n\nVous devez migrer.\n',
    'a --- block later in the document is not front matter': 'Texte.\n\n---\ntitle: x\n---\n\nSuite.\n',
    'unclosed front matter fence at the top (micromark then opens no list anywhere)': '---\n\n- un\n- deux\n\n> cité\n\n2. trois\n',
    'TOML front matter': '+++\ntitle = "x"\n+++\n\nTexte.\n',
    'blank lines with spaces, CRLF and lone CR': 'Un.\r\n \r\nDeux\r\ntrois.\r\n\t\r\n- a\r\n\r\n- b\rQuatre.\n',
    'HTML comments and directives': '<!-- proposal-tone-disable -->\n\nVous devez migrer.\n\n<!-- proposal-tone-enable -->\n',
    'language markers across blocks': '[:en] You must migrate.\n\nStill English here.\n\n[:fr] Vous devez migrer.\n\n[:]\n',
    'GFM autolinks, strikethrough, task lists, escapes and references': 'Voir www.example.com et a@b.co, ~~rayé~~.\n\n- [ ] tâche\n- [x] faite\n\nwww\\.x.org a&#64;b.co &amp;\n',
    'blockquote with a fence and blank line': '> ```\n> code\n\n> suite\n> ```\n\nTexte.\n',
    'setext headings and thematic breaks': 'Titre\n=====\n\nSous-titre\n---\n\n***\n\nTexte.\n',
    'a document without a final line ending': 'Un.\n\n- a\n    <!--',
    'leading blank lines and an indented first block': '\n\n    code\n\nTexte.\n',
  };
  for (const [name, text] of Object.entries(cases)) {
    it(name, () => assertSameAsWhole(text));
  }

  it('the example proposals', () => {
    for (const file of readdirSync('examples')) assertSameAsWhole(readFileSync(join('examples', file), 'utf8'));
  });

  it('generated proposals (fr, en)', () => {
    for (const lang of ['fr', 'en'] as const) {
      for (const seed of [1, 2, 3]) assertSameAsWhole(generateProposal({ lang, size: 30_000, seed }));
    }
  });

  it('the shared corpus, when present', (t) => {
    if (!existsSync(CORPUS)) {
      t.skip('no corpus on this machine');
      return;
    }
    for (const file of readdirSync(CORPUS)) assertSameAsWhole(readFileSync(join(CORPUS, file), 'utf8'));
  });
});

/** Documents of hazards joined by random line endings and blank lines. */
const hazardDocument = fc
  .array(fc.constantFrom(...MARKDOWN_HAZARDS), { minLength: 1, maxLength: 40 })
  .chain((parts) =>
    fc
      .array(fc.constantFrom('\n', '\n\n', '\n\n\n', '\r\n', '\n \n'), { minLength: parts.length, maxLength: parts.length })
      .map((ends) => parts.map((p, i) => p + ends[i]).join('')),
  );

describe('block-wise prose equals whole-document prose on random documents', () => {
  it('hazard documents (fixed seed)', () => {
    fc.assert(
      fc.property(hazardDocument, (text) => {
        assertSameAsWhole(text);
      }),
      { numRuns: 600, seed: 20261127 },
    );
  });
});

describe('plain blocks read without remark', () => {
  /** A first paragraph, so that the block under test is not the document's first. */
  const PREFIX = 'Intro.\n\n';

  /** What remark and markdown.ts give for the block, placed after a first paragraph. */
  function remarkSegments(content: string) {
    return remarkDocument(content).segments;
  }

  /** The segments and the HTML comments remark gives for the block. */
  function remarkDocument(content: string) {
    const doc = extractProse(`${PREFIX}${content}\n`);
    return { segments: doc.segments.filter((s) => s.block.start >= PREFIX.length), comments: doc.comments };
  }

  /** Every case is read without remark, and as remark reads it after the first paragraph. */
  function assertReadLikeRemark<T>(cases: readonly string[], readPlain: (content: string, at: number) => T | undefined, remark: (content: string) => T): void {
    for (const content of cases) {
      const plain = readPlain(content, PREFIX.length);
      assert.ok(plain, `${JSON.stringify(content)} should be read without remark`);
      assert.deepStrictEqual(plain, remark(content));
    }
  }

  /**
   * What the plain reader takes of the generated content, it reads as remark does; and it takes more
   * than a fifth of it (the property is not vacuous).
   */
  function assertTakenLikeRemark<T>(
    generated: fc.Arbitrary<string>,
    readPlain: (content: string, at: number) => T | undefined,
    remark: (content: string) => T,
    run: { numRuns: number; seed: number; what: string },
  ): void {
    let read = 0;
    let runs = 0;
    fc.assert(
      fc.property(generated, (content) => {
        runs++;
        const plain = readPlain(content, PREFIX.length);
        if (!plain) return;
        read++;
        assert.deepStrictEqual(plain, remark(content), JSON.stringify(content));
      }),
      { numRuns: run.numRuns, seed: run.seed },
    );
    assert.ok(read > runs / 5, `only ${read} of ${runs} ${run.what} were read without remark`);
  }

  it('reads paragraphs, headings and lists with code and strong as remark does', () => {
    const cases = [
      'Un paragraphe\nsur deux lignes, avec **du gras** et `du code`.',
      '## Titre du **lot 3**',
      '- un\n  - deux\n    - trois\n  - quatre\n- cinq',
      '1. a\n   1. b\n   2. c\n10. d\n    - e',
      '- **Note :** vous devez valider.',
      'Voir *le* [cahier des **charges**](https://example.com/cdc_v2.pdf), puis *signer*.',
      'Voir _le_ cahier, __surtout__ la partie _deux_ : c’est _important_.',
      '| Phase | Durée |\n| --- | ---: |\n| Vous devez **signer** | `3` jours |\n|  | vide à gauche |',
    ];
    assertReadLikeRemark(cases, plainBlockProse, remarkSegments);
  });

  it('leaves everything else to remark', () => {
    for (const content of ['snake_case', 'a_b_', '_a_b', '___x', 'a**b**', '[lien][ref]', '![image](x)', '[lien](<x>)', '- a\n\n      code', '- a\n\n  suite\n- b', '- a\nsuite', '- a\n continuation', '| a |', '| a | b |\n| - |', 'a | b\n- | -', '2. a\n   2. b', 'Titre\n===', 'a  \nb', '> a\nparesseuse', '> a\n> - b', '> > a', '```\nouvert', '```\nx\n```\nsuite', '    code\n\n2. b', '<!-- ouvert', '<!-->\nx -->']) {
      assert.equal(plainBlockProse(content, 0), undefined, JSON.stringify(content));
    }
  });

  it('equals remark on random blocks (fixed seed)', () => {
    const good = fc.constantFrom('vous', 'devez', 'migrer', 'le', 'cloud', 'Élan', '3', 'l’équipe', '**gras**', '`code`', '**deux mots**', ':', '.', ',', '?', '**Note :**', '*em*', '_em_', '__fort__', '_deux mots_', '[lien](https://x.fr/a_b)', '[**gras** lien](u)', '[_em_ lien](u)');
    const odd = fc.constantFrom(':--', '\n:--', '\n---', '\n===', '![i](x)', '[a]', ']', '[a](b c)', '[a](b)(c)', '*a **b** c*', 'a*b*', '[www.x](y)', 'a.b', '(**y**)', '**z**:', 'a**b**', '**c**d', '** e**', '**f **', '`', '**', '*', '``x``', '**`k`**', '\t', '😀', '-', '+', '1.', '#', '_', '[x]', '<b>', '&amp;', 'www.x.fr', '\\', '~', 'snake_case', '_a_b', 'a_b_', '__x_', '_x__', '*a_b*', '_a*b_', '(_y_)', '_z_:', '_w_’s', '___', '_ x_', '_x _');
    const text = fc.array(fc.oneof({ weight: 10, arbitrary: good }, { weight: 1, arbitrary: odd }), { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
    const ending = fc.constantFrom('', '', '', '', '', '', ' ', '  ', '\t', ' \u00a0');
    const item = fc.record({
      indent: fc.constantFrom(0, 0, 0, 2, 2, 3, 4, 1, 5),
      marker: fc.constantFrom('-', '-', '1.', '2.', '*', '+', '1)', '10.', '-  ', '1.  ', '-   ', '-    '),
      text,
      ending,
    });
    const list = fc.array(item, { minLength: 1, maxLength: 8 }).map((items) => items.map((i) => `${' '.repeat(i.indent)}${i.marker} ${i.text}${i.ending}`).join('\n'));
    const paragraph = fc.array(fc.tuple(text, ending), { minLength: 1, maxLength: 4 }).map((lines) => lines.map(([t, e]) => t + e).join('\n'));
    const heading = fc.tuple(fc.constantFrom('#', '##', '#######'), fc.constantFrom(' ', '  ', '\t'), text, ending).map(([h, s, t, e]) => h + s + t + e);
    const cell = fc.tuple(fc.constantFrom('', ' ', '  '), fc.oneof(text, fc.constant('')), fc.constantFrom('', ' ')).map(([a, t, b]) => a + t + b);
    const delimiter = fc.constantFrom('---', ' --- ', ':--', '--:', ' :-: ', '- -');
    const table = fc.integer({ min: 1, max: 4 }).chain((columns) =>
      fc
        .tuple(
          fc.array(cell, { minLength: columns, maxLength: columns }),
          fc.array(delimiter, { minLength: columns, maxLength: columns }),
          fc.array(fc.array(cell, { minLength: Math.max(1, columns - 1), maxLength: columns + 1 }), { maxLength: 4 }),
        )
        .map(([head, delim, rows]) => [head, delim, ...rows].map((r) => `|${r.join('|')}|`).join('\n')),
    );
    assertTakenLikeRemark(fc.oneof(list, paragraph, heading, table), plainBlockProse, remarkSegments, { numRuns: 2500, seed: 42, what: 'blocks' });
  });

  it('reads loose lists, one-paragraph quotes, code and runs of blocks as remark does', () => {
    const cases = [
      '- un\n\n- deux\n  - trois\n\n- quatre',
      '- un\n\n1. deux\n\n* trois',
      '> Vous devez **valider**\n> le lot 3.',
      '```yaml\nservice: x\n\nreplicas: 2\n```',
      'Un paragraphe.\n\n    GET /api/v1/items\n    Accept: application/json\n\n- un\n- deux',
      '## Titre\n\n    code\n\n1. un\n2. deux',
      '- un\n  - deux\n\n    GET /api/v1/items\n    Accept: application/json\n\n- trois\n\n  suite de trois',
      '<!-- source: https://example.com | path: a_b.md -->\n\n# Titre\n\n<!-- proposal-tone-disable --> reste de la ligne HTML',
      '<!-- source: x -->\n#### Titre\nSuite du texte.',
      '<!-- source: x -->\n#### Titre\n---\n\nTexte.\n\n***\n\n- un',
    ];
    assertReadLikeRemark(cases, plainBlockDocument, remarkDocument);
  });

  it('equals remark on random runs of blocks separated by blank lines (fixed seed)', () => {
    const good = fc.constantFrom('vous', 'devez', 'migrer', 'le', 'Élan', '3', 'l’équipe', '**gras**', '`code`', '*em*', '_em_', '__fort__', '[lien](u)', ':', '.', '?');
    const odd = fc.constantFrom('-', '1.', '#', '>', '|', '_', '<b>', '```', '~~~', '\\', '&amp;', 'a_b', '_x_y', '___');
    const text = fc.array(fc.oneof({ weight: 30, arbitrary: good }, { weight: 1, arbitrary: odd }), { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
    const ending = fc.oneof({ weight: 12, arbitrary: fc.constant('') }, fc.constantFrom(' ', '  ', '\t'));
    const item = fc.record({
      indent: fc.oneof({ weight: 8, arbitrary: fc.constant(0) }, fc.constantFrom(2, 2, 3, 4, 1)),
      marker: fc.oneof({ weight: 8, arbitrary: fc.constantFrom('-', '1.') }, fc.constantFrom('*', '+', '2.', '1)', '10.')),
      text,
      ending,
    });
    // An indented line that is no item: after a blank line, a paragraph of an item (or code in it).
    const continuation = fc.record({ indent: fc.constantFrom(1, 2, 2, 3, 4, 4, 5, 6, 8), text, ending }).map((c) => ({ ...c, marker: '' }));
    const list = fc
      .array(fc.tuple(fc.oneof({ weight: 4, arbitrary: item }, continuation), fc.constantFrom('\n', '\n', '\n', '\n', '\n', '\n\n', '\n\n', '\n  \n', '\n\n\n')), { minLength: 1, maxLength: 6 })
      .map((items) =>
        // The first item at column 0, as scanBlocks cuts them; the others anywhere.
        items
          .map(([i, sep], k) => {
            const lead = i.marker === '' ? (k === 0 ? '- ' : ' '.repeat(i.indent)) : `${' '.repeat(k === 0 ? 0 : i.indent)}${i.marker} `;
            return `${lead}${i.text}${i.ending}${k < items.length - 1 ? sep : ''}`;
          })
          .join(''),
      );
    const paragraph = fc.array(fc.tuple(text, ending), { minLength: 1, maxLength: 3 }).map((lines) => lines.map(([t, e]) => t + e).join('\n'));
    const heading = fc.tuple(fc.constantFrom('#', '##', '###'), text).map(([h, t]) => `${h} ${t}`);
    const quote = fc
      .array(fc.tuple(fc.oneof({ weight: 20, arbitrary: fc.constant('> ') }, fc.constantFrom('>', '>  ', '> > ', '', '  > ')), fc.oneof({ weight: 20, arbitrary: text }, fc.constant('')), ending), { minLength: 1, maxLength: 3 })
      .map((lines) => lines.map(([p, t, e]) => p + t + e).join('\n'));
    const codeLine = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('x: 1', 'GET /api?limit=50', 'npm ci', '<!-- c -->', '[a]: /b', '| a |', '- item', 'Vous devez migrer.') },
      fc.constantFrom('', '  deeper', '```', '~~~', '````', '\t', '   ```'),
    );
    const fence = fc
      .tuple(
        fc.oneof({ weight: 8, arbitrary: fc.constantFrom('```', '```yaml') }, fc.constantFrom('````', '~~~', '``` a ` b', '~~~ x', ' ```')),
        fc.array(codeLine, { maxLength: 4 }),
        fc.oneof({ weight: 8, arbitrary: fc.constant('```') }, fc.constantFrom('````', '~~~', '  ```', '```  ', '', '``', '```x')),
      )
      .map(([open, body, close]) => [open, ...body, close].join('\n'));
    const indented = fc
      .array(fc.tuple(fc.oneof({ weight: 8, arbitrary: fc.constant('    ') }, fc.constantFrom('      ', '\t', '   ')), codeLine), { minLength: 1, maxLength: 3 })
      .map((lines) => lines.map(([i, l]) => i + l).join('\n'));
    const table = fc.constantFrom('| a | b |\n| --- | --- |\n| Vous devez | migrer |', '| a |\n| - |');
    const comment = fc.constantFrom(
      '<!-- proposal-tone-disable imposition -->',
      '<!-- source: https://example.com/a_b | repo: x -->',
      '<!--\nnote\n\nencore\n-->',
      '<!-- a --> <!-- b -->',
      '<!-- a --> suite',
      '<!---->',
      '<!-->',
      '<!--->',
      '<!-- ouvert',
      '  <!-- indenté -->',
      '<!-- x -->\nsuite',
    );
    const thematicBreak = fc.constantFrom('---', '***', '___', '- - -', '* * *', '_ _ _', ' ---', '----', '---x', '--', '***a', '-- -');
    const single = fc.oneof(
      { weight: 3, arbitrary: list },
      paragraph,
      heading,
      { weight: 2, arbitrary: quote },
      { weight: 2, arbitrary: fence },
      { weight: 2, arbitrary: indented },
      table,
      comment,
      thematicBreak,
    );
    const separator = fc.constantFrom('\n\n', '\n\n', '\n\n', '\n\n', '\n\n\n', '\n  \n', '\n');
    const run = fc.array(fc.tuple(single, separator), { minLength: 1, maxLength: 3 }).map((parts) =>
      parts.map(([block, sep], k) => (k < parts.length - 1 ? block + sep : block)).join(''),
    );
    assertTakenLikeRemark(run, plainBlockDocument, remarkDocument, { numRuns: 4000, seed: 20261127, what: 'runs of blocks' });
  });
});
