// The incremental analyser gives, after every edit, exactly what a fresh whole-document analysis gives,
// while re-checking only the blocks an edit touched.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyse, analyseDocument, BLOCKWISE_FROM_LENGTH } from '../../server/src/engine/analyse.js';
import { extractProse } from '../../server/src/engine/markdown.js';
import { IncrementalAnalyzer } from '../../server/src/engine/incremental.js';
import { settledSpans } from '../../server/src/engine/blocks.js';
import { countStyle } from '../../server/src/engine/rewrite/style.js';
import type { AnalyseOptions } from '../../server/src/engine/types.js';
import { generateProposal, MARKDOWN_HAZARDS } from '../../bench/generate.mjs';
import { propertyParameters } from '../property/generators.js';

const CORPUS = '/work/shared/corpus/docs';

function fresh(text: string, options: AnalyseOptions = {}) {
  return analyseDocument(text, extractProse(text), options);
}

function assertSameAsFresh(analyzer: IncrementalAnalyzer, text: string, options: AnalyseOptions = {}): void {
  assert.deepStrictEqual(analyzer.analyse(text, options), fresh(text, options), `differs for ${JSON.stringify(text.slice(0, 160))}…`);
}

/** Applies each edit to the previous version and compares the incremental result with a fresh one. */
function checkEdits(start: string, edits: ReadonlyArray<(text: string) => string>, options: AnalyseOptions = {}): string[] {
  const analyzer = new IncrementalAnalyzer();
  let text = start;
  const versions = [text];
  assertSameAsFresh(analyzer, text, options);
  for (const edit of edits) {
    const next = edit(text);
    assert.notEqual(next, text, 'an edit that changes nothing tests nothing');
    text = next;
    versions.push(text);
    assertSameAsFresh(analyzer, text, options);
  }
  return versions;
}

function insertBefore(marker: string, insertion: string): (text: string) => string {
  return (text) => {
    const at = text.indexOf(marker);
    assert.ok(at >= 0, `marker ${marker} not found`);
    return text.slice(0, at) + insertion + text.slice(at);
  };
}

function replace(from: string, to: string): (text: string) => string {
  return (text) => {
    assert.ok(text.includes(from), `${from} not found`);
    return text.replace(from, to);
  };
}

const FR = [
  '---',
  'title: Proposition',
  'lang: fr',
  '---',
  '',
  '# Proposition',
  '',
  'Nous proposons une démarche progressive. Vous devez migrer vers le cloud.',
  '',
  '- Il faut que vous changiez de fournisseur.',
  '- Nous livrerons une documentation.',
  '',
  'PARAGRAPHE-A : votre choix est une erreur.',
  '',
  '- Bien entendu, tout sera prêt.',
  '- Vous devez valider le planning.',
  '',
  'PARAGRAPHE-B : nous pourrions commencer par un atelier. Vous devez absolument relire le cahier des charges.',
  '',
  '| Phase | Durée |',
  '| --- | --- |',
  '| Vous devez signer | 3 jours |',
  '',
  'PARAGRAPHE-C : l’équipe d’exploitation reste disponible. Vous devez intégrer l’outil de supervision.',
  '',
].join('\n');

describe('IncrementalAnalyzer equals a fresh whole-document analysis', () => {
  it('on the example proposals and generated ones', () => {
    const analyzer = new IncrementalAnalyzer();
    for (const file of readdirSync('examples')) assertSameAsFresh(analyzer, readFileSync(join('examples', file), 'utf8'));
    for (const lang of ['fr', 'en'] as const) assertSameAsFresh(analyzer, generateProposal({ lang, size: 20_000, seed: 5 }));
  });

  it('on the shared corpus, when present', (t) => {
    if (!existsSync(CORPUS)) {
      t.skip('no corpus on this machine');
      return;
    }
    const analyzer = new IncrementalAnalyzer();
    for (const file of readdirSync(CORPUS)) assertSameAsFresh(analyzer, readFileSync(join(CORPUS, file), 'utf8'));
  });

  it('analyse() takes the block path past its threshold and still agrees', () => {
    const text = generateProposal({ lang: 'fr', size: BLOCKWISE_FROM_LENGTH + 4_000, seed: 9 });
    assert.ok(text.length > BLOCKWISE_FROM_LENGTH);
    assert.deepStrictEqual(analyse(text), fresh(text));
  });

  it('with options: forced language, severities, disabled rules, custom rules', () => {
    const analyzer = new IncrementalAnalyzer();
    const text = generateProposal({ lang: 'en', size: 12_000, seed: 2 });
    assertSameAsFresh(analyzer, text, { language: 'en', severity: { absolu: 'off' } });
    assertSameAsFresh(analyzer, text, { disabledRules: ['imposition'], checkQuotes: true });
    assertSameAsFresh(analyzer, text, {
      customRules: [{ id: 'imposition/sign-off', lang: 'en', category: 'imposition', patterns: ['sign off'], message: 'Asks {phrase}.' }],
    });
  });
});

describe('edits that change how blocks are cut', () => {
  it('opening a fence swallows what follows; closing it gives the prose back', () => {
    checkEdits(FR, [insertBefore('PARAGRAPHE-A', '```\n'), insertBefore('PARAGRAPHE-C', '```\n\n'), replace('```\nPARAGRAPHE-A', 'PARAGRAPHE-A')]);
  });

  it('joining two lists and splitting them again', () => {
    checkEdits(FR, [
      replace('PARAGRAPHE-A : votre choix est une erreur.\n\n', ''),
      replace('- Bien entendu, tout sera prêt.', 'Texte.\n\n- Bien entendu, tout sera prêt.'),
      replace('- Nous livrerons une documentation.\n', '- Nous livrerons une documentation.\n\n  Suite de l’item : vous devez relire.\n'),
    ]);
  });

  it('changing the front matter: its language, its disabled rules, breaking its fence', () => {
    checkEdits(FR, [
      replace('lang: fr', 'lang: en'),
      replace('lang: en', 'lang: fr\nproposal-tone:\n  disable: [imposition/vous-devez]'),
      replace('title: Proposition\n', 'title: Proposition\n\n'),
      replace('---\n\n# Proposition', '\n\n# Proposition'),
    ]);
  });

  it('typography that rewrites copy (apostrophes), markers carried across blocks, definitions, directives', () => {
    checkEdits(FR, [
      replace('l’équipe d’exploitation', "l'équipe d'exploitation l'a dit, l'a redit, l'a écrit"),
      insertBefore('PARAGRAPHE-A', '[:en] You must sign. '),
      insertBefore('PARAGRAPHE-B', 'Voir [le contrat][contrat] et la note[^n].\n\n'),
      (text) => `${text}\n[contrat]: https://example.com\n\n[^n]: Vous devez lire la note.\n`,
      insertBefore('PARAGRAPHE-B', '<!-- proposal-tone-disable imposition -->\n\n'),
    ]);
  });

  it('front matter that opens and never closes, stops opening, then closes far below: every later block parses again', () => {
    const start = '---\ntitle: Proposition\n\n- Vous devez valider le lot.\n- Bien entendu, tout sera prêt.\n\n> Il faut que vous signiez.\n\nTexte de fin.\n';
    checkEdits(start, [
      // Lists and quotes below an unclosed opening fence are read as paragraphs; without it, as lists.
      (text) => text.replace(/^---\n/, '# Proposition\n'),
      (text) => text.replace(/^# Proposition\n/, '---\n'),
      replace('Texte de fin.\n', 'Texte de fin.\n\n---\n'),
      replace('title: Proposition\n', 'title: Proposition\n---\n'),
      replace('---\n\n- Vous', '\n- Vous'),
    ]);
  });

  it('edits at the very start, at the very end, and a paragraph moved elsewhere', () => {
    const moved = 'Vous devez revoir le planning avec nous.\n\n';
    checkEdits(FR, [
      (text) => `Avant-propos.\n\n${text}`,
      (text) => `${text}\nPost-scriptum : il faut que vous signiez.\n`,
      (text) => text.slice(1),
      insertBefore('PARAGRAPHE-B', moved),
      (text) => moved + text.replace(moved, ''),
      (text) => text.replace(moved, '').replace('PARAGRAPHE-C', `${moved}PARAGRAPHE-C`),
    ]);
  });

  it('the majority language changing under paragraphs that do not decide their own', () => {
    // "Bien entendu" alone is too thin to decide: it takes the majority's language.
    const start = 'Nous proposons un atelier et une démarche pour la suite du projet.\n\nYou must sign.\n\n## Bien entendu\n\n| Phase | Durée |\n| --- | --- |\n| Lot 1 | 3 |\n';
    checkEdits(start, [
      (text) => `${text}\nThe team and the client will review the plan for the project in the spring, and we will report on it.\n`,
      (text) => `${text}\nIt is the plan that we will share with the board and the team.\n`,
    ]);
  });
});

describe('typography counted block by block', () => {
  it('adds up to the whole text (the blank lines between blocks hold none)', () => {
    const texts = [
      FR,
      FR.replace(/’/g, "'"),
      generateProposal({ lang: 'fr', size: 8_000, seed: 3 }),
      "Texte avec l'apostrophe droite et l’autre ; une question ?\n\n- Item : oui\u00a0!\n\n> Cité : l'a dit\u202f?\n",
      ...MARKDOWN_HAZARDS.map((h, i) => `${h}\n\nl'a ${i} ?\n${MARKDOWN_HAZARDS[(i * 7) % MARKDOWN_HAZARDS.length]}`),
    ];
    for (const text of texts) {
      const sum = { curly: 0, straight: 0, spaces: { ' ': 0, '\u00a0': 0, '\u202f': 0 } };
      for (const span of settledSpans(text)) {
        const c = countStyle(text.slice(span.start, span.end));
        sum.curly += c.curly;
        sum.straight += c.straight;
        for (const k of [' ', '\u00a0', '\u202f'] as const) sum.spaces[k] += c.spaces[k];
      }
      assert.deepStrictEqual(sum, countStyle(text), JSON.stringify(text.slice(0, 80)));
    }
  });
});

describe('incremental work', () => {
  it('re-checks only the edited block and keeps only the blocks of the current version', () => {
    const analyzer = new IncrementalAnalyzer();
    const text = generateProposal({ lang: 'fr', size: 30_000, seed: 4 });
    analyzer.analyse(text);
    const first = analyzer.lastStats;
    const at = text.indexOf('\n\n', text.length / 2) + 2;
    const edited = `${text.slice(0, at)}Vous devez tout relire. ${text.slice(at)}`;
    assert.deepStrictEqual(analyzer.analyse(edited), fresh(edited));
    const second = analyzer.lastStats;
    assert.equal(second.blocks, first.blocks);
    assert.ok(second.parsed <= 1, `parsed ${second.parsed} blocks after a one-paragraph edit`);
    assert.ok(second.reused >= second.blocks - 1, `reused ${second.reused} of ${second.blocks}`);

    // Blocks that did not move hand out the very same findings; the edited block's are new.
    const before = analyzer.analyse(text).findings;
    const again = analyzer.analyse(edited).findings;
    const unmoved = before.filter((f) => f.block.end < at);
    assert.ok(unmoved.length > 0, 'the generated proposal has findings before the edit');
    for (const f of unmoved) assert.ok(again.includes(f), `finding at ${f.start} was rebuilt`);

    analyzer.analyse(generateProposal({ lang: 'en', size: 5_000, seed: 4 }));
    const other = analyzer.lastStats;
    assert.ok(other.cached <= other.blocks, `kept ${other.cached} entries for ${other.blocks} blocks`);
    assert.equal(other.reused, 0);
  });
});

describe('incremental work with link and footnote definitions', () => {
  it('an edit away from the definitions re-parses one block; adding a definition re-parses the blocks that refer to it', () => {
    const analyzer = new IncrementalAnalyzer();
    const body = generateProposal({ lang: 'fr', size: 30_000, seed: 5 });
    const text = `${body}\nVoir [le contrat][contrat] et la note[^n].\n\n[contrat]: https://example.com\n\n[^n]: Vous devez lire la note.\n`;
    assert.deepStrictEqual(analyzer.analyse(text), fresh(text));
    // The end of the first line of a prose paragraph a third of the way in.
    const paragraph = /\n\n(Nous [^\n`*_[]*\.)\n/g;
    paragraph.lastIndex = Math.floor(text.length / 3);
    const found = paragraph.exec(text);
    assert.ok(found, 'a prose paragraph');
    const at = found.index + 2 + (found[1] as string).length;
    const edited = `${text.slice(0, at)} Vous devez tout relire.${text.slice(at)}`;
    assert.deepStrictEqual(analyzer.analyse(edited), fresh(edited));
    assert.ok(analyzer.lastStats.parsed <= 1, `parsed ${analyzer.lastStats.parsed} blocks`);
    const defined = `${edited}\n[annexe]: https://example.com/annexe\n`;
    const referring = `${defined.replace('Voir [le contrat]', 'Voir [annexe] et [le contrat]')}`;
    assert.deepStrictEqual(analyzer.analyse(defined), fresh(defined));
    assert.deepStrictEqual(analyzer.analyse(referring), fresh(referring));
  });
});

describe('IncrementalAnalyzer after random edits (fixed seed)', () => {
  const fragment = fc.oneof(
    fc.constantFrom(...MARKDOWN_HAZARDS),
    fc.constantFrom('Vous devez migrer.', 'You must sign.', 'Bien entendu, ', '\n\n', '\n', '- ', '```\n', '[:en] ', '[:fr] ', '’', "'"),
  );
  const edit = fc.record({
    kind: fc.constantFrom('insert', 'insert-at-line', 'delete', 'replace'),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.integer({ min: 1, max: 300 }),
    fragment,
  });
  type Edit = { kind: string; at: number; length: number; fragment: string };
  function applyRandomEdit(text: string, e: Edit): string {
    let at = Math.floor(e.at * text.length);
    if (e.kind === 'insert-at-line') at = text.lastIndexOf('\n', at) + 1;
    if (e.kind === 'delete') return text.slice(0, at) + text.slice(at + e.length);
    if (e.kind === 'replace') return text.slice(0, at) + e.fragment + text.slice(at + e.length);
    return text.slice(0, at) + e.fragment + (e.kind === 'insert-at-line' ? '\n' : '') + text.slice(at);
  }

  it('incremental == fresh after each edit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<'fr' | 'en'>('fr', 'en'),
        fc.integer({ min: 1, max: 50 }),
        fc.boolean(),
        fc.array(edit, { minLength: 1, maxLength: 8 }),
        (lang, seed, frontMatter, edits) => {
          let text = generateProposal({ lang, size: 8_000, seed });
          if (!frontMatter) text = text.replace(/^---[\s\S]*?---\n/, '');
          const analyzer = new IncrementalAnalyzer();
          assertSameAsFresh(analyzer, text);
          for (const e of edits) {
            text = applyRandomEdit(text, e);
            assertSameAsFresh(analyzer, text);
          }
        },
      ),
      // `npm run fuzz` (FUZZ_RUNS, FUZZ_SEED) runs many more.
      propertyParameters(20),
    );
  });
});
