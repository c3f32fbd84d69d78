// The TextMate injection grammar (syntaxes/proposal-tone.injection.tmLanguage.json) must highlight
// exactly what the engine reads: directive comments as directives.ts parses them, language markers as
// language.ts splits on them, and nothing else.
//
// Two ways of loading it:
// - as the root grammar, which exercises its own patterns with nothing around them (an injection
//   grammar's top-level patterns are what gets injected, so this is the grammar's unit test);
// - injected into VS Code's own Markdown grammar, which the tm-grammars package ships (it is the file
//   from VS Code's markdown-basics extension, with the HTML and YAML grammars it embeds). This checks
//   the injection selector and the priority against the host's rules (comments, link references,
//   code, front matter), as the editor will run them.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import { INITIAL, Registry, parseRawGrammar, type IGrammar, type IRawGrammar, type StateStack } from 'vscode-textmate';
import { createOnigScanner, createOnigString, loadWASM } from 'vscode-oniguruma';
import { CATEGORIES, BUILTIN_RULES, parseDirective } from '../server/src/engine/index.js';
import { splitLanguageRuns } from '../server/src/engine/language.js';
import { extractProse } from '../server/src/engine/markdown.js';

const ROOT = join(import.meta.dirname, '..');
const GRAMMAR_PATH = join(ROOT, 'syntaxes', 'proposal-tone.injection.tmLanguage.json');
const requireFromHere = createRequire(import.meta.url);

const SCOPE = {
  directive: 'meta.directive.proposal-tone',
  keyword: 'keyword.control.directive.proposal-tone',
  ruleId: 'entity.name.tag.rule-id.proposal-tone',
  category: 'support.constant.category.proposal-tone',
  unknownTarget: 'invalid.illegal.unknown-target.proposal-tone',
  targetSeparator: 'punctuation.separator.target.proposal-tone',
  reasonSeparator: 'punctuation.separator.reason.proposal-tone',
  reason: 'comment.block.documentation.reason.proposal-tone',
  marker: 'keyword.other.language-marker.proposal-tone',
  languageCode: 'constant.other.language-code.proposal-tone',
} as const;
const TARGET_SCOPES = [SCOPE.ruleId, SCOPE.category, SCOPE.unknownTarget];

interface Token {
  start: number;
  end: number;
  text: string;
  scopes: string[];
}

function hasScope(token: Token, scope: string): boolean {
  return token.scopes.some((s) => s === scope || s.startsWith(`${scope}.`));
}

function ownScopes(token: Token): string[] {
  return token.scopes.filter((s) => s.endsWith('.proposal-tone'));
}

/** Tokenizes a document line by line, carrying the state as an editor does. */
function tokenizeDocument(grammar: IGrammar, text: string): Token[][] {
  let state: StateStack = INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((t) => ({ start: t.startIndex, end: t.endIndex, text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/**
 * The texts of the maximal runs of consecutive tokens that carry `scope`, in document order; a run
 * does not continue across a line break. Comparing these lists checks presence, absence and the
 * exact extent of a scope at once.
 */
function scopedTexts(lines: readonly Token[][], scope: string): string[] {
  const out: string[] = [];
  for (const line of lines) {
    let run: string | undefined;
    for (const token of line) {
      if (hasScope(token, scope)) {
        run = (run ?? '') + token.text;
      } else if (run !== undefined) {
        out.push(run);
        run = undefined;
      }
    }
    if (run !== undefined) out.push(run);
  }
  return out;
}

function targetTexts(lines: readonly Token[][]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    for (const token of line) {
      if (TARGET_SCOPES.some((scope) => hasScope(token, scope))) out.push(token.text);
    }
  }
  return out;
}

function anyOwnScope(lines: readonly Token[][]): Token[] {
  return lines.flat().filter((t) => ownScopes(t).length > 0);
}

/** What the grammar says a directive comment means, in parseDirective's terms. */
function directiveAsHighlighted(lines: readonly Token[][]): { kind: string; targets: string[]; reason: string } | undefined {
  const [keyword] = scopedTexts(lines, SCOPE.keyword);
  if (keyword === undefined) return undefined;
  return {
    kind: keyword.replace(/^proposal-tone-/, ''),
    targets: targetTexts(lines),
    reason: scopedTexts(lines, SCOPE.reason).join('\n').trim(),
  };
}

/** What the engine makes of the same line: its own comment extraction, then parseDirective. */
function directiveAsParsed(line: string): { kind: string; targets: string[]; reason: string } | undefined {
  const comments = extractProse(line).comments;
  assert.equal(comments.length, 1, `one comment in ${line}`);
  const parsed = parseDirective(comments[0]!);
  return parsed && { kind: parsed.kind, targets: parsed.targets, reason: parsed.reason ?? '' };
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

const rawInjection = readJson(GRAMMAR_PATH) as IRawGrammar & { injectionSelector?: string } & Record<string, unknown>;

/** Grammars of VS Code's Markdown and what it embeds, from the tm-grammars package. */
const HOST_GRAMMAR_FILES: Record<string, string> = {
  'text.html.markdown': 'markdown.json',
  'text.html.derivative': 'html-derivative.json',
  'text.html.basic': 'html.json',
  'source.yaml': 'yaml.json',
};

function loadHostGrammar(scopeName: string): IRawGrammar | null {
  const file = HOST_GRAMMAR_FILES[scopeName];
  if (file === undefined) return null; // languages embedded in fenced blocks: not needed here
  const path = requireFromHere.resolve(`tm-grammars/grammars/${file}`);
  return parseRawGrammar(readFileSync(path, 'utf8'), path);
}

let onigReady: Promise<void> | undefined;
function onigLib(): Promise<{ createOnigScanner: typeof createOnigScanner; createOnigString: typeof createOnigString }> {
  // The WebAssembly build of Oniguruma ships inside the npm package.
  onigReady ??= loadWASM(readFileSync(requireFromHere.resolve('vscode-oniguruma/release/onig.wasm')));
  return onigReady.then(() => ({ createOnigScanner, createOnigString }));
}

async function loadRootGrammar(): Promise<IGrammar> {
  const registry = new Registry({
    onigLib: onigLib(),
    loadGrammar: async (scopeName) => (scopeName === rawInjection.scopeName ? parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null),
  });
  const grammar = await registry.loadGrammar(rawInjection.scopeName);
  assert.ok(grammar, 'the grammar loads');
  return grammar;
}

async function loadMarkdownGrammar(withInjection: boolean): Promise<IGrammar> {
  const registry = new Registry({
    onigLib: onigLib(),
    loadGrammar: async (scopeName) =>
      scopeName === rawInjection.scopeName ? parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : loadHostGrammar(scopeName),
    getInjections: (scopeName) => (withInjection && scopeName === 'text.html.markdown' ? [rawInjection.scopeName] : []),
  });
  const grammar = await registry.loadGrammar('text.html.markdown');
  assert.ok(grammar, 'the Markdown grammar loads');
  return grammar;
}

describe('injection grammar file', () => {
  interface RawRule {
    include?: string;
    begin?: string;
    end?: string;
    match?: string;
    while?: string;
    patterns?: RawRule[];
    captures?: Record<string, RawRule>;
    beginCaptures?: Record<string, RawRule>;
    endCaptures?: Record<string, RawRule>;
  }
  const repository = (rawInjection.repository ?? {}) as unknown as Record<string, RawRule>;

  function* walk(rule: RawRule): Generator<RawRule> {
    yield rule;
    for (const child of rule.patterns ?? []) yield* walk(child);
    for (const group of [rule.captures, rule.beginCaptures, rule.endCaptures]) {
      for (const child of Object.values(group ?? {})) yield* walk(child);
    }
  }
  const allRules = [...walk({ patterns: rawInjection.patterns as RawRule[] }), ...Object.values(repository).flatMap((r) => [...walk(r)])];

  it('names its scope and targets Markdown with left priority', () => {
    assert.equal(typeof rawInjection.scopeName, 'string');
    assert.ok(rawInjection.scopeName.length > 0);
    assert.match(rawInjection.injectionSelector ?? '', /^L:text\.html\.markdown\b/);
    assert.ok(Array.isArray(rawInjection.patterns) && rawInjection.patterns.length > 0, 'top-level patterns are what gets injected');
  });

  it('every include resolves to a repository key, and every key is used', () => {
    const includes = allRules.map((r) => r.include).filter((i): i is string => i !== undefined);
    assert.ok(includes.length > 0);
    for (const include of includes) {
      assert.match(include, /^#/, `${include} is a local include`);
      assert.ok(Object.hasOwn(repository, include.slice(1)), `${include} resolves to a repository key`);
    }
    const used = new Set(includes.map((i) => i.slice(1)));
    assert.deepEqual(Object.keys(repository).filter((key) => !used.has(key)), [], 'no repository rule is dead');
  });

  it('every regular expression compiles with Oniguruma', async () => {
    const lib = await onigLib();
    const sources = allRules.flatMap((r) => [r.begin, r.end, r.match, r.while]).filter((s): s is string => s !== undefined);
    assert.ok(sources.length >= 8);
    for (const source of sources) {
      assert.doesNotThrow(() => lib.createOnigScanner([source]), `compiles: ${source}`);
    }
  });

  it('is registered in package.json as an injection into Markdown', () => {
    const manifest = readJson(join(ROOT, 'package.json')) as { contributes?: { grammars?: Record<string, unknown>[] } };
    const entries = (manifest.contributes?.grammars ?? []).filter((g) => g.scopeName === rawInjection.scopeName);
    assert.equal(entries.length, 1, 'one contributes.grammars entry with this scopeName');
    const entry = entries[0]!;
    assert.equal(join(ROOT, String(entry.path)), GRAMMAR_PATH);
    assert.ok(existsSync(GRAMMAR_PATH));
    assert.deepEqual(entry.injectTo, ['text.html.markdown']);
    assert.equal(entry.language, undefined, 'an injection grammar claims no language');
  });
});

describe('injection grammar, loaded as the root grammar', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadRootGrammar();
  });
  const tokenize = (text: string): Token[][] => tokenizeDocument(grammar, text);

  it('scopes the keyword, rule ids, categories, separators and the reason', () => {
    const lines = tokenize('<!-- proposal-tone-disable-next-line imposition/vous-devez, absolu -- le client l’a demandé -->');
    assert.deepEqual(scopedTexts(lines, SCOPE.keyword), ['proposal-tone-disable-next-line']);
    assert.deepEqual(scopedTexts(lines, SCOPE.ruleId), ['imposition/vous-devez']);
    assert.deepEqual(scopedTexts(lines, SCOPE.category), ['absolu']);
    assert.deepEqual(scopedTexts(lines, SCOPE.targetSeparator), [',']);
    assert.deepEqual(scopedTexts(lines, SCOPE.reasonSeparator), ['--']);
    assert.deepEqual(scopedTexts(lines, SCOPE.reason), [' le client l’a demandé ']);
    assert.deepEqual(scopedTexts(lines, SCOPE.unknownTarget), []);
    assert.deepEqual(scopedTexts(lines, 'punctuation.definition.comment.html'), ['<!--', '-->']);
    // The whole comment is one directive and stays a comment for themes.
    assert.deepEqual(scopedTexts(lines, SCOPE.directive), [lines[0]!.map((t) => t.text).join('')]);
    assert.deepEqual(scopedTexts(lines, 'comment.block.html'), [lines[0]!.map((t) => t.text).join('')]);
  });

  it('knows the four kinds, and only as the first word of the comment', () => {
    for (const kind of ['disable', 'enable', 'disable-next-line', 'disable-line']) {
      assert.deepEqual(scopedTexts(tokenize(`<!--proposal-tone-${kind}-->`), SCOPE.keyword), [`proposal-tone-${kind}`], kind);
      assert.deepEqual(scopedTexts(tokenize(`Texte. <!--   proposal-tone-${kind} rejet -->`), SCOPE.keyword), [`proposal-tone-${kind}`], kind);
    }
    for (const notDirective of [
      '<!-- proposal-tone-disabled -->',
      '<!-- proposal-tone -->',
      '<!-- TODO proposal-tone-disable later -->',
      '<!-- Proposal-Tone-Disable -->',
      '<!-- eslint-disable -->',
    ]) {
      assert.deepEqual(anyOwnScope(tokenize(notDirective)), [], notDirective);
      assert.equal(parseDirective({ body: notDirective.slice(4, -3).trim(), range: { start: 0, end: 1 } }), undefined, 'the engine agrees');
    }
  });

  it('scopes every category and every built-in rule id', () => {
    const lines = tokenize(`<!-- proposal-tone-disable ${CATEGORIES.join(' ')} -->`);
    assert.deepEqual(scopedTexts(lines, SCOPE.category), [...CATEGORIES]);
    const ids = [...new Set(BUILTIN_RULES.map((r) => r.id))];
    assert.ok(ids.length > 0);
    const idLines = tokenize(`<!-- proposal-tone-disable ${ids.join(',')} -->`);
    assert.deepEqual(scopedTexts(idLines, SCOPE.ruleId), ids);
    assert.deepEqual(scopedTexts(idLines, SCOPE.unknownTarget), []);
  });

  it('marks targets that can never match as unknown', () => {
    const lines = tokenize('<!-- proposal-tone-disable Imposition imposition/ impositions vous-devez imposition/Vous-devez absolu -->');
    assert.deepEqual(scopedTexts(lines, SCOPE.unknownTarget), ['Imposition', 'imposition/', 'impositions', 'vous-devez', 'imposition/Vous-devez']);
    assert.deepEqual(scopedTexts(lines, SCOPE.category), ['absolu']);
  });

  it('a reason may hold words that look like targets, dashes and markers', () => {
    const lines = tokenize('<!-- proposal-tone-disable-line refus -- absolu au sens du client -- voir [:en] note -->');
    assert.deepEqual(scopedTexts(lines, SCOPE.category), ['refus']);
    assert.deepEqual(scopedTexts(lines, SCOPE.reason), [' absolu au sens du client -- voir [:en] note ']);
    assert.deepEqual(scopedTexts(lines, SCOPE.marker), []);
    // `--` straight after the keyword also opens the reason; `--` glued to a target does not.
    assert.deepEqual(scopedTexts(tokenize('<!-- proposal-tone-enable-- fin de l’exception -->'), SCOPE.reason), [' fin de l’exception ']);
    const glued = tokenize('<!-- proposal-tone-disable absolu-- pourquoi -->');
    assert.deepEqual(scopedTexts(glued, SCOPE.reason), []);
    assert.deepEqual(scopedTexts(glued, SCOPE.unknownTarget), ['absolu--', 'pourquoi']);
  });

  it('a directive may span lines, its reason included', () => {
    const lines = tokenize(['<!-- proposal-tone-disable imposition,', '     rejet/ton-sec -- demandé par', '     le client -->', 'Après.'].join('\n'));
    assert.deepEqual(scopedTexts(lines, SCOPE.category), ['imposition']);
    assert.deepEqual(scopedTexts(lines, SCOPE.ruleId), ['rejet/ton-sec']);
    assert.deepEqual(scopedTexts(lines, SCOPE.reason), [' demandé par', '     le client ']);
    assert.deepEqual(lines[3]!.flatMap(ownScopes), [], 'the comment is closed');
  });

  it('reads edge cases as directives.ts does', () => {
    for (const line of [
      '<!-- proposal-tone-disable --->',
      '<!-- proposal-tone-disable-lines -->',
      '<!--proposal-tone-enable-->',
      '<!-- proposal-tone-disable absolu,-- pourquoi -->',
      '<!-- proposal-tone-disable absolu -- -->',
      '<!-- proposal-tone-disable-next-line --- trois tirets -->',
      '<!-- proposal-tone-disable ,,absolu,,refus, -->',
      '<!-- proposal-tone-enable rejet -- la suite, -- encore -->',
    ]) {
      const highlighted = directiveAsHighlighted(tokenize(line));
      assert.ok(highlighted, `a directive: ${line}`);
      assert.deepEqual(highlighted, directiveAsParsed(line), line);
    }
  });

  it('reads every directive as directives.ts does (generated comments)', () => {
    const kinds = ['disable', 'enable', 'disable-next-line', 'disable-line'];
    const targets = [...CATEGORIES, 'imposition/vous-devez', 'absolu/toujours', 'refus/non-2', 'Absolu', 'foo', 'imposition/', '-x', 'sachant-', 'a--b'];
    const reasonWords = ['le', 'client', 'l’a', 'demandé', '--', 'imposition', 'refus/non', '[:en]', 'voilà', '—', 'x-y'];
    const spaces = fc.constantFrom(' ', '  ', '\t');
    const betweenTargets = fc.constantFrom(' ', ',', ', ', ' ,', '  ,  ');
    const comment = fc
      .record({
        lead: fc.constantFrom('', ' ', '   '),
        kind: fc.constantFrom(...kinds),
        first: fc.constantFrom(' ', ', ', '\t'),
        targets: fc.array(fc.tuple(fc.constantFrom(...targets), betweenTargets), { maxLength: 4 }),
        reason: fc.option(fc.tuple(spaces, fc.array(fc.constantFrom(...reasonWords), { maxLength: 6 })), { nil: undefined }),
        trail: fc.constantFrom('', ' '),
      })
      .map(({ lead, kind, first, targets: ts, reason, trail }) => {
        const targetText = ts.length === 0 ? '' : first + ts.map(([t, sep], i) => (i === ts.length - 1 ? t : t + sep)).join('');
        const reasonText = reason === undefined ? '' : `${reason[0]}-- ${reason[1].join(' ')}`;
        return `<!--${lead}proposal-tone-${kind}${targetText}${reasonText}${trail}-->`;
      });
    fc.assert(
      fc.property(comment, (text) => {
        assert.deepEqual(directiveAsHighlighted(tokenize(text)), directiveAsParsed(text), text);
      }),
      { numRuns: 400, seed: 20240605 },
    );
  });

  it('scopes language markers with their code, and [:] without one', () => {
    const line = 'Intro [:fr]Bonjour à tous. [:en]Hello all.[:] Fin.';
    const lines = tokenize(line);
    assert.deepEqual(scopedTexts(lines, SCOPE.marker), ['[:fr]', '[:en]', '[:]']);
    assert.deepEqual(scopedTexts(lines, SCOPE.languageCode), ['fr', 'en']);
    assert.deepEqual(scopedTexts(lines, 'punctuation.definition.language-marker'), ['[:', ']', '[:', ']', '[:]']);
  });

  it('markers are exactly what language.ts splits on', () => {
    for (const line of ['[:fr]Bonjour[:en]Hello[:]', 'a [:FR] b [:de] c [: fr] d [:fr]', '[[:en]] [:en][:fr] x[:]y', 'rien ici']) {
      const markerCols = new Set<number>();
      for (const token of tokenize(line)[0]!) {
        if (hasScope(token, SCOPE.marker)) for (let i = token.start; i < token.end; i++) markerCols.add(i);
      }
      const proseCols = new Set<number>();
      for (const run of splitLanguageRuns(line, undefined).runs) for (let i = run.start; i < run.end; i++) proseCols.add(i);
      for (let i = 0; i < line.length; i++) {
        assert.equal(markerCols.has(i), !proseCols.has(i), `${line} at column ${i}`);
      }
    }
  });

  it('leaves ordinary comments and text alone', () => {
    const text = [
      '# Proposition',
      '',
      '<!-- a plain comment about proposal-tone-disable -->',
      'Vous pourriez commencer par un audit (voir [1] et [lien](http://x)).',
      'proposal-tone-disable in prose is just words, [:de] and [fr] too.',
    ].join('\n');
    const tokens = tokenize(text).flat();
    assert.deepEqual(
      tokens.filter((t) => t.scopes.length !== 1),
      [],
      'nothing but the root scope',
    );
  });
});

describe('docs/directives.md', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'directives.md'), 'utf8');

  it('every directive in its Markdown examples is one the engine reads, highlighted alike', async () => {
    const grammar = await loadRootGrammar();
    const blocks = [...doc.matchAll(/^```markdown\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
    const comments = blocks.flatMap((b) => [...b.matchAll(/<!--[\s\S]*?-->/g)].map((m) => m[0]));
    assert.ok(comments.length >= 5, 'the examples show directives');
    for (const comment of comments) {
      const parsed = directiveAsParsed(comment);
      assert.ok(parsed, `the engine reads ${comment}`);
      assert.deepEqual(directiveAsHighlighted(tokenizeDocument(grammar, comment)), parsed, comment);
    }
  });

  it('lists exactly the scopes the grammar gives', () => {
    const grammarScopes = new Set(readFileSync(GRAMMAR_PATH, 'utf8').match(/[a-z.-]+\.proposal-tone(?=["\s])/g));
    const documented = new Set(doc.match(/[a-z.-]+\.proposal-tone(?=`)/g));
    // Captures that only split the marker's brackets are left out of the user-facing table.
    const internal = [...grammarScopes].filter((scope) => scope.startsWith('punctuation.definition.language-marker'));
    assert.deepEqual([...documented].sort(), [...grammarScopes].filter((s) => !internal.includes(s)).sort());
  });
});

describe('injection grammar, injected into VS Code’s Markdown grammar', () => {
  let markdown: IGrammar;
  let plainMarkdown: IGrammar;
  before(async () => {
    markdown = await loadMarkdownGrammar(true);
    plainMarkdown = await loadMarkdownGrammar(false);
  });
  const tokenize = (text: string): Token[][] => tokenizeDocument(markdown, text);

  it('a block-level directive comment, indented or not, is a directive inside the host’s comment scope', () => {
    for (const line of ['<!-- proposal-tone-disable imposition -- demandé -->', '   <!-- proposal-tone-disable imposition -- demandé -->']) {
      const lines = tokenize(['Avant.', '', line, '', 'Après.'].join('\n'));
      assert.deepEqual(scopedTexts(lines, SCOPE.keyword), ['proposal-tone-disable'], line);
      assert.deepEqual(scopedTexts(lines, SCOPE.category), ['imposition'], line);
      assert.deepEqual(scopedTexts(lines, SCOPE.reason), [' demandé '], line);
      const keyword = lines[2]!.find((t) => hasScope(t, SCOPE.keyword))!;
      assert.ok(hasScope(keyword, 'comment.block.html'), 'still a comment for themes');
      assert.deepEqual(lines[4]!.flatMap(ownScopes), [], 'the paragraph after is plain');
    }
  });

  it('a directive after prose, in a list item, in a quote and in a heading', () => {
    const text = [
      'Vous devez migrer. <!-- proposal-tone-disable-line imposition/vous-devez -->',
      '',
      '- Premier point <!-- proposal-tone-disable-line -->',
      '',
      '> <!-- proposal-tone-disable-next-line absolu -->',
      '> Toujours.',
      '',
      '## Titre <!-- proposal-tone-disable-line rejet -->',
    ].join('\n');
    const lines = tokenize(text);
    assert.deepEqual(scopedTexts(lines, SCOPE.keyword), [
      'proposal-tone-disable-line',
      'proposal-tone-disable-line',
      'proposal-tone-disable-next-line',
      'proposal-tone-disable-line',
    ]);
    assert.deepEqual(scopedTexts(lines, SCOPE.ruleId), ['imposition/vous-devez']);
    assert.deepEqual(scopedTexts(lines, SCOPE.category), ['absolu', 'rejet']);
    assert.ok(lines[0]!.some((t) => hasScope(t, 'meta.paragraph.markdown') && hasScope(t, SCOPE.keyword)), 'inside the paragraph');
    assert.ok(lines[4]!.some((t) => hasScope(t, 'markup.quote.markdown') && hasScope(t, SCOPE.keyword)), 'inside the quote');
  });

  it('a multi-line directive keeps its reason until the comment closes', () => {
    const lines = tokenize(['<!-- proposal-tone-disable sachant', '  -- le jargon est celui', '  du client -->', '', 'Texte.'].join('\n'));
    assert.deepEqual(scopedTexts(lines, SCOPE.category), ['sachant']);
    assert.deepEqual(scopedTexts(lines, SCOPE.reason), [' le jargon est celui', '  du client ']);
    assert.deepEqual(lines[4]!.flatMap(ownScopes), []);
  });

  it('language markers in prose, headings, lists and tables, not taken for link references', () => {
    const text = ['# [:fr]Titre', '', 'Texte [:en]text[:] suite.', '', '- [:fr]point', '', '| a | b |', '| - | - |', '| [:en]x | y |'].join('\n');
    const lines = tokenize(text);
    assert.deepEqual(scopedTexts(lines, SCOPE.marker), ['[:fr]', '[:en]', '[:]', '[:fr]', '[:en]']);
    assert.deepEqual(scopedTexts(lines, SCOPE.languageCode), ['fr', 'en', 'fr', 'en']);
    const markerTokens = lines.flat().filter((t) => hasScope(t, SCOPE.marker));
    assert.deepEqual(markerTokens.filter((t) => hasScope(t, 'meta.link')), [], 'no link scope on a marker');
    // Without the injection, the host reads `[:en]` as a shortcut link reference: the injection must win.
    assert.ok(tokenizeDocument(plainMarkdown, 'Texte [:en]text.')[0]!.some((t) => t.text === ':en' && hasScope(t, 'string.other.link.title')));
  });

  it('nothing in code, front matter or ordinary comments', () => {
    const text = [
      '---',
      'title: "[:fr] Titre"',
      'note: <!-- proposal-tone-disable -->',
      '---',
      '',
      'Texte `[:en] <!-- proposal-tone-disable -->` fin.',
      '',
      '```markdown',
      '<!-- proposal-tone-disable imposition -->',
      '[:en]',
      '```',
      '',
      '    <!-- proposal-tone-disable -->  [:en]',
      '',
      '<!-- a note',
      'proposal-tone-disable [:en]',
      '-->',
    ].join('\n');
    assert.deepEqual(anyOwnScope(tokenize(text)), []);
  });

  it('a document without directives or markers is tokenized exactly as without the injection', () => {
    const text = [
      '# Proposition',
      '',
      'Nous pourrions commencer par un atelier ([voir][ref], `code`, <b>gras</b>).',
      '',
      '<!-- commentaire ordinaire -->',
      '',
      '- un point <!-- inline -->',
      '> citation [lien](http://exemple.fr)',
      '',
      '[ref]: http://exemple.fr',
    ].join('\n');
    assert.deepEqual(tokenize(text), tokenizeDocument(plainMarkdown, text));
  });
});
