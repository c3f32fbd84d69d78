// The server's pure helpers: reading settings leniently, the minimal edit for fix-all, rule links and
// which code-action kinds a request asks for.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyseOptionsFrom, defaultSettings, parseSettings } from '../../server/src/lsp/settings.js';
import { minimalReplacement } from '../../server/src/lsp/text-diff.js';
import { RuleDocumentation } from '../../server/src/lsp/convert.js';
import { kindRequested } from '../../server/src/lsp/code-actions.js';
import { applyEdits, DEFAULT_SEVERITY } from '../../server/src/engine/index.js';

describe('parseSettings', () => {
  it('gives the defaults for a missing or empty section', () => {
    for (const raw of [undefined, null, {}, 'proposalTone', []]) assert.deepEqual(parseSettings(raw), defaultSettings());
    assert.deepEqual(defaultSettings().severity, DEFAULT_SEVERITY);
    assert.equal(defaultSettings().maxFileSize, 2 * 1024 * 1024);
  });

  it('reads every setting', () => {
    const settings = parseSettings({
      enable: false,
      language: 'en',
      severity: { imposition: 'off', rejet: 'error', refus: 'hint', absolu: 'warning', sachant: 'information', complaisance: 'error' },
      checkQuotes: true,
      checkBlockquotes: true,
      run: 'onSave',
      disabledRules: { fr: ['imposition/il-faut'], en: ['absolu'] },
      maxFileSize: 1000,
    });
    assert.deepEqual(settings, {
      enable: false,
      language: 'en',
      severity: { imposition: 'off', rejet: 'error', refus: 'hint', absolu: 'warning', sachant: 'information', complaisance: 'error' },
      checkQuotes: true,
      checkBlockquotes: true,
      run: 'onSave',
      disabledRules: { fr: ['imposition/il-faut'], en: ['absolu'] },
      maxFileSize: 1000,
    });
    assert.deepEqual(analyseOptionsFrom(settings), {
      language: 'en',
      severity: settings.severity,
      disabledRulesByLanguage: { fr: ['imposition/il-faut'], en: ['absolu'] },
      checkQuotes: true,
      checkBlockquotes: true,
    });
  });

  it('replaces each invalid value by its default and keeps the valid ones', () => {
    const settings = parseSettings({
      enable: 'no',
      language: 'de',
      severity: { imposition: 'fatal', rejet: 'hint' },
      run: 'sometimes',
      disabledRules: { fr: 'imposition', en: ['absolu', 3, ''] },
      maxFileSize: -1,
    });
    const defaults = defaultSettings();
    assert.equal(settings.enable, defaults.enable);
    assert.equal(settings.language, 'auto');
    assert.equal(settings.severity.imposition, DEFAULT_SEVERITY.imposition);
    assert.equal(settings.severity.rejet, 'hint');
    assert.equal(settings.run, 'onType');
    assert.deepEqual(settings.disabledRules, { fr: [], en: ['absolu'] });
    assert.equal(settings.maxFileSize, defaults.maxFileSize);
  });
});

describe('minimalReplacement', () => {
  it('keeps the common prefix and suffix', () => {
    assert.deepEqual(minimalReplacement('abcXYZdef', 'abc12def'), { start: 3, end: 6, newText: '12' });
    assert.deepEqual(minimalReplacement('aaa', 'aaaa'), { start: 3, end: 3, newText: 'a' });
    assert.equal(minimalReplacement('same', 'same'), undefined);
  });

  it('never splits a surrogate pair', () => {
    // 😀 is \uD83D\uDE00 and 😁 is \uD83D\uDE01: they share their high surrogate.
    const replacement = minimalReplacement('a😀b', 'a😁b');
    assert.deepEqual(replacement, { start: 1, end: 3, newText: '😁' });
  });

  it('turns any text into any other (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (before, after) => {
        const replacement = minimalReplacement(before, after);
        if (before === after) return replacement === undefined;
        return replacement !== undefined && applyEdits(before, [replacement]) === after;
      }),
    );
  });
});

describe('RuleDocumentation', () => {
  it('links a rule id to docs/rules/<category>/<name>.md', () => {
    const docs = new RuleDocumentation('/opt/proposal-tone/docs/rules');
    assert.equal(docs.href('imposition/vous-devez'), 'file:///opt/proposal-tone/docs/rules/imposition/vous-devez.md');
  });

  it('gives no link for ids that would leave the folder', () => {
    const docs = new RuleDocumentation('/opt/proposal-tone/docs/rules');
    for (const id of ['../secrets', 'imposition/../../x', '/etc/passwd', 'a//b', 'a\\..\\b']) assert.equal(docs.href(id), undefined, id);
  });
});

describe('kindRequested', () => {
  it('matches a kind and its parents', () => {
    assert.equal(kindRequested(undefined, 'source.fixAll.proposalTone'), true);
    assert.equal(kindRequested(['source'], 'source.fixAll.proposalTone'), true);
    assert.equal(kindRequested(['source.fixAll'], 'source.fixAll.proposalTone'), true);
    assert.equal(kindRequested(['source.fixAll.proposalTone'], 'source.fixAll.proposalTone'), true);
    assert.equal(kindRequested(['source.fix'], 'source.fixAll.proposalTone'), false);
    assert.equal(kindRequested(['quickfix'], 'source.fixAll.proposalTone'), false);
    assert.equal(kindRequested(['source.fixAll.proposalTone.more'], 'source.fixAll.proposalTone'), false);
  });
});
