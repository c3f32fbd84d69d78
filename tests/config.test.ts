// The project configuration: parsing and validation (every error with its JSON path and offsets),
// discovery, extends (files, presets, cycles), merging, the mtime cache, ignore globs, and the JSON
// schema staying in step with the parser.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, CATEGORIES } from '../server/src/engine/index.js';
import { CONFIG_KEYS, parseConfig, RULE_KEYS } from '../server/src/config/parse.js';
import { ConfigLoader, isIgnored, type ConfigHost } from '../server/src/config/load.js';
import { PRESETS } from '../server/src/config/presets.js';
import { formatConfigError, formatJsonPath } from '../server/src/config/types.js';

const ROOT = join(import.meta.dirname, '..');
const FILE = '/project/.proposal-tone.json';

const merciDe = {
  id: 'imposition/merci-de',
  lang: 'fr',
  category: 'imposition',
  patterns: ['^ merci de >> {inf}'],
  message: '{phrase} sonne comme un ordre poli.',
  alternatives: ['nous vous proposons de'],
  examples: { flagged: ['Merci de valider le devis.'], notFlagged: ['Nous vous disons merci de votre accueil.'] },
};

/** Parses and returns the errors as "path: message" plus the text each error's range covers. */
function errorsOf(text: string): Array<{ path: string; message: string; covers: string }> {
  return parseConfig(text, FILE).errors.map((e) => ({ path: formatJsonPath(e.path), message: e.message, covers: text.slice(e.start, e.end) }));
}

describe('config: parsing and validation', () => {
  it('reads every key into a layer', () => {
    const text = JSON.stringify({
      $schema: './node_modules/proposal-tone/schemas/proposal-tone.schema.json',
      extends: ['strict', './base.json'],
      language: 'fr',
      severity: { absolu: 'off', sachant: 'hint' },
      disabledRules: { fr: ['imposition/il-faut'], en: ['rejet'] },
      ignore: ['drafts/**'],
      checkQuotes: true,
      checkBlockquotes: false,
      rules: [merciDe],
    });
    const parsed = parseConfig(text, FILE);
    assert.deepEqual(parsed.errors, []);
    assert.deepEqual(parsed.layer, {
      extends: ['strict', './base.json'],
      language: 'fr',
      severity: { absolu: 'off', sachant: 'hint' },
      disabledRules: [],
      disabledRulesByLanguage: { fr: ['imposition/il-faut'], en: ['rejet'] },
      ignore: ['drafts/**'],
      checkQuotes: true,
      checkBlockquotes: false,
      rules: [merciDe],
    });
  });

  it('accepts comments, trailing commas and a byte-order mark', () => {
    const text = '\uFEFF{\n  // our house style\n  "language": "en", /* for now */\n  "ignore": ["a.md",],\n}\n';
    const parsed = parseConfig(text, FILE);
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.layer.language, 'en');
  });

  it('syntax errors come with their position', () => {
    const text = '{\n  "language": "fr"\n  "ignore": []\n}';
    const [error, ...rest] = parseConfig(text, FILE).errors;
    assert.ok(error);
    assert.equal(rest.length, 0);
    assert.match(error.message, /^invalid JSON: comma expected/);
    assert.deepEqual([error.line, error.character], [2, 2]);
    assert.equal(formatConfigError(error, '.proposal-tone.json'), '.proposal-tone.json:3:3: (root): invalid JSON: comma expected');
    assert.match(errorsOf('')[0]!.message, /invalid JSON|empty/);
    assert.match(errorsOf('[]')[0]!.message, /expected an object, found an array/);
  });

  it('unknown keys, wrong types and bad values name the JSON path and cover the value', () => {
    const text = JSON.stringify(
      {
        severty: {},
        language: 'de',
        severity: { imposition: 'loud', tone: 'off' },
        checkQuotes: 'yes',
        ignore: 'drafts',
        extends: 3,
        disabledRules: ['imposition', 'not a rule', 7],
      },
      null,
      2,
    );
    assert.deepEqual(errorsOf(text), [
      { path: 'severty', message: 'unknown key "severty" (did you mean "severity"?); expected one of: ' + CONFIG_KEYS.join(', '), covers: '"severty"' },
      { path: 'language', message: 'expected one of "auto", "fr", "en", found "de"', covers: '"de"' },
      { path: 'severity.imposition', message: 'expected one of "error", "warning", "information", "hint", "off", found "loud"', covers: '"loud"' },
      { path: 'severity.tone', message: `unknown key "tone"; expected one of: ${CATEGORIES.join(', ')}`, covers: '"tone"' },
      { path: 'checkQuotes', message: 'expected true or false, found a string', covers: '"yes"' },
      { path: 'ignore', message: 'expected an array of strings, found a string', covers: '"drafts"' },
      { path: 'extends', message: 'expected a file path, a preset name or an array of them, found the number 3', covers: '3' },
      {
        path: 'disabledRules[1]',
        message: `"not a rule" is neither a category (${CATEGORIES.join(', ')}) nor a rule id such as "imposition/vous-devez"`,
        covers: '"not a rule"',
      },
      { path: 'disabledRules[2]', message: 'expected a string, found the number 7', covers: '7' },
    ]);
  });

  it('duplicate keys are errors', () => {
    assert.deepEqual(errorsOf('{"language": "fr", "language": "en"}').map((e) => [e.path, e.message]), [['language', 'duplicate key "language"']]);
  });

  it('team rules: bad patterns are rejected with the pattern\'s path and the engine\'s reason', () => {
    const text = JSON.stringify({ rules: [{ ...merciDe, patterns: ['merci de >> {inf}', 'merci {nosuchslot}', '<< merci'], examples: undefined }] }, null, 2);
    assert.deepEqual(errorsOf(text), [
      { path: 'rules[0].patterns[1]', message: 'unknown slot {nosuchslot} in pattern "merci {nosuchslot}"', covers: '"merci {nosuchslot}"' },
      { path: 'rules[0].patterns[2]', message: 'misplaced "<<" in pattern "<< merci"', covers: '"<< merci"' },
    ]);
  });

  it('team rules: ids, required keys, duplicates and clashes with built-in rules', () => {
    const rule = (over: Record<string, unknown>) => ({ ...merciDe, examples: undefined, ...over });
    const text = JSON.stringify({
      rules: [
        rule({ id: 'merci-de' }),
        rule({ id: 'rejet/merci-de' }),
        rule({ lang: 'de' }),
        { id: 'imposition/x', lang: 'fr', category: 'imposition', patterns: [] },
        rule({}),
        rule({}),
        rule({ id: 'imposition/vous-devez' }),
        rule({ lang: 'en', patterns: ['thank you for >> {verb}'] }),
        rule({ colour: 'red' }),
      ],
    });
    assert.deepEqual(
      errorsOf(text).map((e) => `${e.path}: ${e.message}`),
      [
        'rules[0].id: rule id "merci-de" must look like "category/name" (lower case, digits and "-")',
        'rules[1].id: rule id "rejet/merci-de" must start with its category "imposition/"',
        'rules[2].lang: expected one of "fr", "en", found "de"',
        'rules[3]: missing required key "message"',
        'rules[3].patterns: expected at least one pattern',
        'rules[5].id: duplicate rule id "imposition/merci-de" for language "fr" (also rules[4])',
        'rules[6].id: "imposition/vous-devez" is a built-in rule; choose another name',
        `rules[8].colour: unknown key "colour"; expected one of: ${RULE_KEYS.join(', ')}`,
      ],
      'the same id in another language is allowed (rules[7])',
    );
  });

  it('team rules prove themselves with their examples', () => {
    const text = JSON.stringify({
      rules: [
        { ...merciDe, examples: { flagged: ['Merci de valider le devis.', 'Pensez à valider le devis.'], notFlagged: ['Merci de valider le devis.'] } },
      ],
    });
    assert.deepEqual(
      errorsOf(text).map((e) => [e.path, e.message, e.covers]),
      [
        ['rules[0].examples.flagged[1]', "this example is not flagged by the rule's patterns", '"Pensez à valider le devis."'],
        ['rules[0].examples.notFlagged[0]', 'this example should not be flagged, but the rule flags "Merci de"', '"Merci de valider le devis."'],
      ],
    );
  });

  it('a valid team rule is flagged by the engine with its alternative as the preferred fix', () => {
    const parsed = parseConfig(JSON.stringify({ rules: [merciDe] }), FILE);
    assert.deepEqual(parsed.errors, []);
    const [finding] = analyse('Merci de signer le bon de commande.', { customRules: parsed.layer.rules }).findings;
    assert.equal(finding?.ruleId, 'imposition/merci-de');
    assert.equal(finding.fixes[0]?.preview, 'Nous vous proposons de signer le bon de commande.');
  });
});

/** An in-memory file system whose reads are counted, to see the cache at work. */
class MemoryHost implements ConfigHost {
  readonly files = new Map<string, { text: string; mtimeMs: number }>();
  reads = 0;
  private clock = 1;

  write(file: string, content: unknown): void {
    this.files.set(file, { text: typeof content === 'string' ? content : JSON.stringify(content, null, 2), mtimeMs: this.clock++ });
  }
  mtimeMs(file: string): number | undefined {
    return this.files.get(file)?.mtimeMs;
  }
  readFile(file: string): string {
    const entry = this.files.get(file);
    if (!entry) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
    this.reads++;
    return entry.text;
  }
}

describe('config: discovery, extends and merging', () => {
  it('the nearest file wins, and with none the options are empty', () => {
    const host = new MemoryHost();
    host.write('/repo/.proposal-tone.json', { language: 'fr' });
    host.write('/repo/clients/acme/.proposal-tone.json', { language: 'en' });
    const loader = new ConfigLoader(host);
    assert.equal(loader.loadForDocument('/repo/clients/acme/2025/offer.md').options.language, 'en');
    assert.equal(loader.loadForDocument('/repo/clients/other/offer.md').options.language, 'fr');
    assert.equal(loader.loadForDocument('/repo/clients/acme/2025/offer.md').configFile, '/repo/clients/acme/.proposal-tone.json');
    const none = loader.loadForDocument('/elsewhere/offer.md');
    assert.deepEqual(none, { configFile: undefined, options: {}, ignore: [], files: [], errors: [] });
  });

  it('extends files and presets in order; the file itself comes last; lists add up; rules replace by id', () => {
    const host = new MemoryHost();
    host.write('/shared/base.json', {
      extends: 'strict',
      severity: { absolu: 'information' },
      disabledRules: ['sachant'],
      ignore: ['archive/**'],
      checkQuotes: true,
      rules: [{ ...merciDe, message: 'inherited' }],
    });
    host.write('/repo/.proposal-tone.json', {
      extends: ['../shared/base.json'],
      severity: { imposition: 'warning' },
      disabledRules: { en: ['imposition/you-must'] },
      ignore: ['drafts'],
      rules: [merciDe],
    });
    const config = new ConfigLoader(host).loadConfigFile('/repo/.proposal-tone.json');
    assert.deepEqual(config.errors, []);
    assert.deepEqual(config.options, {
      severity: { ...PRESETS.strict.severity, absolu: 'information', imposition: 'warning' },
      checkQuotes: true,
      disabledRules: ['sachant'],
      disabledRulesByLanguage: { en: ['imposition/you-must'] },
      customRules: [merciDe],
    });
    assert.deepEqual(config.ignore, [
      { base: '/shared', pattern: 'archive/**' },
      { base: '/repo', pattern: 'drafts' },
    ]);
    assert.deepEqual(config.files.sort(), ['/repo/.proposal-tone.json', '/shared/base.json']);
  });

  it('presets: strict puts every category at warning or error; relaxed turns absolu and complaisance off', () => {
    for (const category of CATEGORIES) assert.ok(['warning', 'error'].includes(PRESETS.strict.severity[category]!), `strict ${category}`);
    assert.equal(PRESETS.relaxed.severity.absolu, 'off');
    assert.equal(PRESETS.relaxed.severity.complaisance, 'off');
    for (const category of ['imposition', 'rejet', 'refus', 'sachant'] as const) assert.equal(PRESETS.relaxed.severity[category], 'information');
  });

  it('cycles, missing files, unknown presets and unknown rule ids are errors on the referring entry', () => {
    const host = new MemoryHost();
    const rootText = '{\n  "extends": ["./a.json", "./missing.json", "loose"],\n  "disabledRules": ["imposition/nope"]\n}';
    host.write('/r/.proposal-tone.json', rootText);
    host.write('/r/a.json', { extends: './b.json' });
    host.write('/r/b.json', { extends: './a.json' });
    const config = new ConfigLoader(host).loadConfigFile('/r/.proposal-tone.json');
    assert.deepEqual(
      config.errors.map((e) => `${e.file} ${formatJsonPath(e.path)}: ${e.message}`),
      [
        '/r/b.json extends: "extends" makes a cycle: a.json → b.json → a.json',
        '/r/.proposal-tone.json extends[1]: cannot read "missing.json": no such file',
        '/r/.proposal-tone.json extends[2]: unknown preset "loose" (built-in presets: strict, relaxed); to extend a file, write "./loose"',
        '/r/.proposal-tone.json disabledRules[0]: no rule has the id "imposition/nope"',
      ],
    );
    const missing = config.errors[1]!;
    assert.equal(rootText.slice(missing.start, missing.end), '"./missing.json"', 'located on the entry');
    assert.deepEqual([missing.line, missing.character], [1, rootText.split('\n')[1]!.indexOf('"./missing.json"')]);
  });

  it('a rule id defined in an extended file may be disabled', () => {
    const host = new MemoryHost();
    host.write('/r/base.json', { rules: [merciDe] });
    host.write('/r/.proposal-tone.json', { extends: './base.json', disabledRules: ['imposition/merci-de'] });
    assert.deepEqual(new ConfigLoader(host).loadConfigFile('/r/.proposal-tone.json').errors, []);
  });

  it('caches by modification time: unchanged files are not read again; a change in an extended file is seen', () => {
    const host = new MemoryHost();
    host.write('/r/base.json', { language: 'fr' });
    host.write('/r/.proposal-tone.json', { extends: './base.json' });
    const loader = new ConfigLoader(host);
    const first = loader.loadForDocument('/r/doc.md');
    assert.equal(host.reads, 2);
    assert.equal(loader.loadForDocument('/r/other.md'), first, 'same result object from the cache');
    assert.equal(host.reads, 2);
    host.write('/r/base.json', { language: 'en' });
    assert.equal(loader.loadForDocument('/r/doc.md').options.language, 'en');
    assert.equal(host.reads, 3, 'only the changed file is read again');
  });

  it('a file that cannot be read is an error, not a crash', () => {
    const host = new MemoryHost();
    host.write('/r/.proposal-tone.json', {});
    host.readFile = () => {
      throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
    };
    const [error] = new ConfigLoader(host).loadConfigFile('/r/.proposal-tone.json').errors;
    assert.equal(error?.message, 'cannot read the file: permission denied');
  });
});

describe('config: ignore globs', () => {
  const ignored = (pattern: string, file: string) => isIgnored({ ignore: [{ base: '/repo', pattern }] }, file);

  it('follows the documented rules', () => {
    const cases: Array<[string, string, boolean]> = [
      ['drafts/**', '/repo/drafts/a.md', true],
      ['drafts/**', '/repo/drafts/deep/a.md', true],
      ['drafts/**', '/repo/other/drafts/a.md', false],
      ['drafts', '/repo/other/drafts/a.md', true],
      ['/drafts', '/repo/other/drafts/a.md', false],
      ['/drafts', '/repo/drafts/a.md', true],
      ['*.draft.md', '/repo/a/b/offer.draft.md', true],
      ['*.draft.md', '/repo/offer.md', false],
      ['offer-?.md', '/repo/offer-1.md', true],
      ['offer-?.md', '/repo/offer-12.md', false],
      ['docs/*.md', '/repo/docs/a.md', true],
      ['docs/*.md', '/repo/docs/sub/a.md', false],
      ['docs/**/*.md', '/repo/docs/a.md', true],
      ['docs/**/*.md', '/repo/docs/x/y/a.md', true],
      ['./docs/a.md', '/repo/docs/a.md', true],
      ['archive/', '/repo/archive/a.md', true],
      ['a.md/', '/repo/a.md', false],
      ['*.md', '/elsewhere/a.md', false],
      ['(a).md', '/repo/(a).md', true],
      ['a+b.md', '/repo/aab.md', false],
    ];
    for (const [pattern, file, expected] of cases) assert.equal(ignored(pattern, file), expected, `${pattern} vs ${file}`);
  });
});

describe('config: the JSON schema follows the parser', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'proposal-tone.schema.json'), 'utf8')) as {
    properties: Record<string, { properties?: Record<string, unknown> }>;
    definitions: { rule: { properties: Record<string, unknown>; required: string[] } };
    allowComments: boolean;
    allowTrailingCommas: boolean;
  };
  it('same keys, categories and rule fields', () => {
    assert.deepEqual(Object.keys(schema.properties).sort(), [...CONFIG_KEYS].sort());
    assert.deepEqual(Object.keys(schema.properties['severity']!.properties!).sort(), [...CATEGORIES].sort());
    assert.deepEqual(Object.keys(schema.definitions.rule.properties).sort(), [...RULE_KEYS].sort());
    assert.deepEqual(schema.definitions.rule.required.sort(), ['category', 'id', 'lang', 'message', 'patterns']);
    assert.equal(schema.allowComments, true, 'the parser accepts comments, so must the editor');
    assert.equal(schema.allowTrailingCommas, true);
  });

  it('is registered for .proposal-tone.json in the extension manifest', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { jsonValidation?: Array<{ fileMatch: string; url: string }> } };
    assert.deepEqual(manifest.contributes.jsonValidation?.find((v) => v.fileMatch === '.proposal-tone.json')?.url, './schemas/proposal-tone.schema.json');
  });
});
