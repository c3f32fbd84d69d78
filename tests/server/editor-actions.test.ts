// The code actions around the rewrites, through the built server: "rephrase as steps" (quick fix and
// refactoring), "disable this rule in this document" (front matter) and "ignore here" (inline
// directive). Each edit is applied as an editor would, then the server's next diagnostics are checked,
// and the document is parsed again to check that its prose reads as before.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CodeActionRequest, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver/node';
import { analyse, applyEdits, blocksWithSeveralOrders, rephraseAsSteps } from '../../server/src/engine/index.js';
import { extractProse } from '../../server/src/engine/markdown.js';
import { TestClient, ensureServerBuilt, fileUri } from './lsp-harness.js';

const STEPS_KIND = 'refactor.rewrite.proposalTone.steps';

function actionsFor(client: TestClient, uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  return client.connection
    .sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } })
    .then((result) => (result ?? []).filter((item): item is CodeAction => !('command' in item && typeof item.command === 'string')));
}

/** The document's prose as the engine reads it, block by block (whitespace runs made one space). */
function proseBlocks(text: string): string[] {
  return extractProse(text).segments.map((segment) => `${segment.kind}: ${segment.text.replace(/\s+/g, ' ').trim()}`);
}

async function openAndCheck(client: TestClient, name: string, text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  const uri = fileUri(name);
  await client.open(uri, text);
  const { diagnostics } = await client.diagnosticsForVersion(uri, 1);
  return { uri, diagnostics };
}

function onLine(diagnostics: readonly Diagnostic[], line: number, code: string): Diagnostic {
  const found = diagnostics.find((d) => d.range.start.line === line && d.code === code);
  assert.ok(found, `a ${code} diagnostic on line ${line}; got ${JSON.stringify(diagnostics.map((d) => [d.code, d.range.start.line]))}`);
  return found;
}

/** Applies the action's edit and resolves with the diagnostics the server publishes for the new version. */
async function apply(client: TestClient, uri: string, action: CodeAction): Promise<Diagnostic[]> {
  assert.ok(action.edit, `"${action.title}" carries an edit`);
  const since = client.published.length;
  await client.applyWorkspaceEdit(action.edit);
  const { diagnostics } = await client.diagnosticsForVersion(uri, client.version(uri), since);
  return diagnostics;
}

describe('editor actions', () => {
  let client: TestClient;
  let checkBlockquotes = false;

  before(async () => {
    ensureServerBuilt();
    client = await TestClient.start({ settings: () => ({ checkBlockquotes }) });
  });

  after(async () => {
    const errors = client.logs.filter((log) => log.type === 1);
    await client.stop();
    assert.deepEqual(errors, [], 'no errors logged');
  });

  describe('order and titles', () => {
    const cases = [
      {
        lang: 'fr',
        text: 'Vous devez migrer la base. Il faut recruter un développeur.\n',
        ruleId: 'imposition/vous-devez',
        steps: 'Reformuler en étapes (2)',
        disable: 'Désactiver imposition/vous-devez dans ce document',
        ignore: 'Ignorer ici (imposition/vous-devez)',
      },
      {
        lang: 'en',
        text: 'You must migrate the database. You need to hire a developer.\n',
        ruleId: 'imposition/you-must',
        steps: 'Rephrase as steps (2)',
        disable: 'Disable imposition/you-must in this document',
        ignore: 'Ignore here (imposition/you-must)',
      },
    ] as const;

    for (const languageCase of cases) {
      it(`${languageCase.lang}: rewrites first, then rephrase as steps, disable in this document, and ignore here last`, async () => {
        const { uri, diagnostics } = await openAndCheck(client, `order-${languageCase.lang}.md`, languageCase.text);
        const diagnostic = onLine(diagnostics, 0, languageCase.ruleId);
        const actions = await actionsFor(client, uri, diagnostic.range, [diagnostic], ['quickfix']);
        const finding = analyse(languageCase.text).findings.find((f) => f.ruleId === languageCase.ruleId)!;
        assert.deepEqual(
          actions.map((action) => action.title),
          [...finding.fixes.map((fix) => fix.title), languageCase.steps, languageCase.disable, languageCase.ignore],
        );
        const added = actions.slice(finding.fixes.length);
        for (const action of added) {
          assert.equal(action.kind, 'quickfix');
          assert.equal(action.isPreferred, false, `"${action.title}" is not preferred`);
          assert.deepEqual(action.edit?.documentChanges?.[0] && 'textDocument' in action.edit.documentChanges[0] ? action.edit.documentChanges[0].textDocument : undefined, {
            uri,
            version: 1,
          });
        }
        for (const action of added) assert.deepEqual(action.diagnostics, [diagnostic], `"${action.title}" answers the diagnostic it was asked for`);
        await client.close(uri);
      });
    }

    it('offers nothing but the rewrites for a diagnostic of an older version whose finding has moved', async () => {
      const text = 'Vous devez migrer la base.\n';
      const { uri, diagnostics } = await openAndCheck(client, 'stale.md', text);
      const [stale] = diagnostics;
      assert.ok(stale);
      const since = client.published.length;
      await client.edit(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'Contexte.\n\n' }]);
      await client.diagnosticsForVersion(uri, 2, since);
      const actions = await actionsFor(client, uri, stale.range, [stale], ['quickfix']);
      const rewrites = analyse(text).findings[0]!.fixes.map((fix) => fix.title);
      assert.deepEqual(
        actions.map((action) => action.title),
        rewrites,
      );
      await client.close(uri);
    });
  });

  describe('rephrase as steps', () => {
    it('a French paragraph of three orders becomes one sequence, and the paragraph is clean', async () => {
      const text = '# Plan\n\nVous devez migrer la base. Il faut recruter un développeur. Vous devez **former** les équipes.\n';
      const { uri, diagnostics } = await openAndCheck(client, 'steps-fr.md', text);
      const diagnostic = onLine(diagnostics, 2, 'imposition/vous-devez');
      const actions = await actionsFor(client, uri, diagnostic.range, [diagnostic], ['quickfix']);
      const steps = actions.find((action) => action.title === 'Reformuler en étapes (3)');
      assert.ok(steps, actions.map((action) => action.title).join(' | '));
      const after = await apply(client, uri, steps);
      assert.equal(
        client.text(uri),
        '# Plan\n\nDans un premier temps, vous pourriez migrer la base. Ensuite, vous pourriez recruter un développeur. Enfin, vous pourriez **former** les équipes.\n',
      );
      assert.deepEqual(after, []);
      await client.close(uri);
    });

    it('is a refactoring for a cursor inside a block of several orders, and nothing elsewhere', async () => {
      const text = '- You must migrate the database.\n- You need to hire a developer.\n\nThe rest follows.\n';
      const { uri } = await openAndCheck(client, 'steps-refactor.md', text);
      const inList = { start: { line: 1, character: 4 }, end: { line: 1, character: 4 } };
      const [action, ...others] = await actionsFor(client, uri, inList, [], ['refactor']);
      assert.ok(action);
      assert.deepEqual(others, []);
      assert.equal(action.kind, STEPS_KIND);
      assert.equal(action.title, 'Rephrase as steps (2)');
      const outside = { start: { line: 3, character: 2 }, end: { line: 3, character: 2 } };
      assert.deepEqual(await actionsFor(client, uri, outside, [], ['refactor']), []);
      assert.deepEqual(await actionsFor(client, uri, inList, [], ['quickfix']), [], 'no quick fix without a diagnostic');

      await apply(client, uri, action);
      const { findings } = analyse(text);
      const expected = applyEdits(text, rephraseAsSteps(text, findings, blocksWithSeveralOrders(findings)[0]!)!.edits);
      assert.equal(client.text(uri), expected);
      assert.equal(client.text(uri), '- As a first step, you could migrate the database.\n- Finally, you could hire a developer.\n\nThe rest follows.\n');
      await client.close(uri);
    });

    it('is not offered for a block with a single order', async () => {
      const text = 'Vous devez migrer la base.\n\nIl faut recruter un développeur.\n';
      const { uri, diagnostics } = await openAndCheck(client, 'steps-single.md', text);
      for (const diagnostic of diagnostics) {
        const titles = (await actionsFor(client, uri, diagnostic.range, [diagnostic])).map((action) => action.title);
        assert.ok(!titles.some((title) => title.startsWith('Reformuler en étapes')), titles.join(' | '));
      }
      await client.close(uri);
    });
  });

  describe('ignore here', () => {
    interface IgnoreCase {
      name: string;
      text: string;
      line: number;
      ruleId: string;
      expected: string;
      blockquotes?: boolean;
    }
    const cases: IgnoreCase[] = [
      {
        name: 'a line in the middle of a paragraph gets the comment at its end',
        text: 'Le contexte est posé.\nVous devez migrer avant la fin du support.\nLa suite.\n',
        line: 1,
        ruleId: 'imposition/vous-devez',
        expected: 'Le contexte est posé.\nVous devez migrer avant la fin du support. <!-- proposal-tone-disable-line imposition/vous-devez -->\nLa suite.\n',
      },
      {
        name: "a paragraph's first line gets a comment line before it",
        text: '# Plan\n\nVous devez migrer avant la fin du support.\nLa suite.\n',
        line: 2,
        ruleId: 'imposition/vous-devez',
        expected: '# Plan\n\n<!-- proposal-tone-disable-next-line imposition/vous-devez -->\nVous devez migrer avant la fin du support.\nLa suite.\n',
      },
      {
        name: 'right under a heading, without a blank line',
        text: '# Plan\nYou must migrate before support ends.\n',
        line: 1,
        ruleId: 'imposition/you-must',
        expected: '# Plan\n<!-- proposal-tone-disable-next-line imposition/you-must -->\nYou must migrate before support ends.\n',
      },
      {
        name: "a list's first item gets the comment line before the list",
        text: 'Étapes :\n\n- Vous devez migrer la base.\n- Le reste suit.\n',
        line: 2,
        ruleId: 'imposition/vous-devez',
        expected: 'Étapes :\n\n<!-- proposal-tone-disable-next-line imposition/vous-devez -->\n- Vous devez migrer la base.\n- Le reste suit.\n',
      },
      {
        name: 'a later list item gets the comment at its end (a line between items would end the list)',
        text: '- Le cadrage est fait.\n- Vous devez migrer la base.\n- Le reste suit.\n',
        line: 1,
        ruleId: 'imposition/vous-devez',
        expected: '- Le cadrage est fait.\n- Vous devez migrer la base. <!-- proposal-tone-disable-line imposition/vous-devez -->\n- Le reste suit.\n',
      },
      {
        name: "a nested list keeps the item's indentation",
        text: '1. Premier lot :\n   - Vous devez migrer la base.\n   - Le reste suit.\n',
        line: 1,
        ruleId: 'imposition/vous-devez',
        expected: '1. Premier lot :\n   <!-- proposal-tone-disable-next-line imposition/vous-devez -->\n   - Vous devez migrer la base.\n   - Le reste suit.\n',
      },
      {
        name: 'a table row gets the comment at the end of the row',
        text: '| Lot | Condition |\n|---|---|\n| 1 | Vous devez migrer la base. |\n| 2 | Le reste suit. |\n',
        line: 2,
        ruleId: 'imposition/vous-devez',
        expected: '| Lot | Condition |\n|---|---|\n| 1 | Vous devez migrer la base. | <!-- proposal-tone-disable-line imposition/vous-devez -->\n| 2 | Le reste suit. |\n',
      },
      {
        name: 'a hard line break (two spaces) stays at the end of the line',
        text: 'Le contexte.  \nVous devez migrer la base.  \nLa suite.\n',
        line: 1,
        ruleId: 'imposition/vous-devez',
        expected: 'Le contexte.  \nVous devez migrer la base. <!-- proposal-tone-disable-line imposition/vous-devez -->  \nLa suite.\n',
      },
      {
        name: 'a hard line break (backslash) stays at the end of the line',
        text: 'Le contexte.\\\nVous devez migrer la base.\\\nLa suite.\n',
        line: 1,
        ruleId: 'imposition/vous-devez',
        expected: 'Le contexte.\\\nVous devez migrer la base. <!-- proposal-tone-disable-line imposition/vous-devez -->\\\nLa suite.\n',
      },
      {
        name: 'a blockquote keeps its marker',
        text: '> Vous devez migrer la base.\n',
        line: 0,
        ruleId: 'imposition/vous-devez',
        expected: '> <!-- proposal-tone-disable-next-line imposition/vous-devez -->\n> Vous devez migrer la base.\n',
        blockquotes: true,
      },
      {
        name: 'CRLF line endings are kept',
        text: '# Plan\r\n\r\nVous devez migrer la base.\r\n',
        line: 2,
        ruleId: 'imposition/vous-devez',
        expected: '# Plan\r\n\r\n<!-- proposal-tone-disable-next-line imposition/vous-devez -->\r\nVous devez migrer la base.\r\n',
      },
      {
        name: 'a disable-next-line comment above the line gets the rule added to its targets',
        text: '<!-- proposal-tone-disable-next-line absolu -- voulu -->\nVous devez migrer la base, bien entendu.\n',
        line: 1,
        ruleId: 'imposition/vous-devez',
        expected: '<!-- proposal-tone-disable-next-line absolu imposition/vous-devez -- voulu -->\nVous devez migrer la base, bien entendu.\n',
      },
      {
        name: 'a disable-line comment on the line gets the rule added to its targets',
        text: 'Le contexte.\nBien entendu, vous devez migrer. <!-- proposal-tone-disable-line absolu -->\n',
        line: 1,
        ruleId: 'imposition/vous-devez',
        expected: 'Le contexte.\nBien entendu, vous devez migrer. <!-- proposal-tone-disable-line absolu imposition/vous-devez -->\n',
      },
    ];

    cases.forEach((ignoreCase, index) => {
      it(ignoreCase.name, async () => {
        checkBlockquotes = ignoreCase.blockquotes === true;
        await client.configurationChanged();
        const { uri, diagnostics } = await openAndCheck(client, `ignore-${index}.md`, ignoreCase.text);
        const diagnostic = onLine(diagnostics, ignoreCase.line, ignoreCase.ruleId);
        const actions = await actionsFor(client, uri, diagnostic.range, [diagnostic], ['quickfix']);
        const ignore = actions.at(-1);
        assert.ok(ignore && ignore.title.includes(`(${ignoreCase.ruleId})`), `ignore here is last: ${actions.map((action) => action.title).join(' | ')}`);
        const after = await apply(client, uri, ignore);
        assert.equal(client.text(uri), ignoreCase.expected);
        assert.deepEqual(proseBlocks(client.text(uri)), proseBlocks(ignoreCase.text), 'the prose reads as before, in the same blocks');
        // The flagged line, found again in the edited text by what it starts with up to the phrase.
        const flaggedStart = ignoreCase.text.split(/\r?\n/)[ignoreCase.line]!.slice(0, diagnostic.range.end.character);
        const lineNow = client.text(uri).split(/\r?\n/).findIndex((line) => line.startsWith(flaggedStart));
        assert.ok(lineNow >= 0);
        assert.ok(
          !after.some((d) => d.code === ignoreCase.ruleId && d.range.start.line === lineNow),
          `the finding on line ${lineNow} is gone: ${JSON.stringify(after.map((d) => [d.code, d.range.start.line]))}`,
        );
        assert.equal(after.length, diagnostics.length - 1, 'only that finding went away');
        await client.close(uri);
        checkBlockquotes = false;
        await client.configurationChanged();
      });
    });
  });

  describe('disable in this document', () => {
    const ruleId = 'imposition/vous-devez';
    const body = 'Vous devez migrer la base. Bien entendu, tout ira bien.\n\nVous devez former les équipes.\n';
    const cases = [
      {
        name: 'creates the front matter',
        text: body,
        expected: `---\nproposal-tone:\n  disable: [${ruleId}]\n---\n${body}`,
      },
      {
        name: 'adds the key to a front matter that has none, keeping the rest',
        text: `---\ntitle: Refonte # le titre\nlang: fr\n---\n${body}`,
        expected: `---\ntitle: Refonte # le titre\nlang: fr\nproposal-tone:\n  disable: [${ruleId}]\n---\n${body}`,
      },
      {
        name: 'adds the list under an existing key, with its indentation',
        text: `---\nproposal-tone:\n    lang: fr\n---\n${body}`,
        expected: `---\nproposal-tone:\n    disable: [${ruleId}]\n    lang: fr\n---\n${body}`,
      },
      {
        name: 'extends a flow list',
        text: `---\nproposal-tone:\n  disable: [rejet, "refus"]\n---\n${body}`,
        expected: `---\nproposal-tone:\n  disable: [rejet, "refus", ${ruleId}]\n---\n${body}`,
      },
      {
        name: 'extends a block list',
        text: `---\nproposal-tone:\n  disable:\n    - rejet\n  lang: fr\n---\n${body}`,
        expected: `---\nproposal-tone:\n  disable:\n    - rejet\n    - ${ruleId}\n  lang: fr\n---\n${body}`,
      },
      {
        name: 'turns a single value into a list',
        text: `---\nproposal-tone:\n  disable: rejet\n---\n${body}`,
        expected: `---\nproposal-tone:\n  disable: [rejet, ${ruleId}]\n---\n${body}`,
      },
      {
        name: 'keeps CRLF line endings',
        text: `---\r\ntitle: Refonte\r\n---\r\n${body.replace(/\n/g, '\r\n')}`,
        expected: `---\r\ntitle: Refonte\r\nproposal-tone:\r\n  disable: [${ruleId}]\r\n---\r\n${body.replace(/\n/g, '\r\n')}`,
      },
    ];

    cases.forEach((disableCase, index) => {
      it(disableCase.name, async () => {
        const { uri, diagnostics } = await openAndCheck(client, `disable-${index}.md`, disableCase.text);
        const firstLine = disableCase.text.split(/\r?\n/).findIndex((line) => line.startsWith('Vous devez migrer'));
        const diagnostic = onLine(diagnostics, firstLine, ruleId);
        const actions = await actionsFor(client, uri, diagnostic.range, [diagnostic], ['quickfix']);
        const disable = actions.find((action) => action.title === `Désactiver ${ruleId} dans ce document`);
        assert.ok(disable, actions.map((action) => action.title).join(' | '));
        const after = await apply(client, uri, disable);
        assert.equal(client.text(uri), disableCase.expected);
        assert.deepEqual(
          after.filter((d) => d.code === ruleId),
          [],
          'both findings of the rule are gone',
        );
        assert.ok(
          after.some((d) => d.code === 'absolu/bien-entendu' || String(d.code).startsWith('absolu/')),
          `other rules still apply: ${JSON.stringify(after.map((d) => d.code))}`,
        );
        await client.close(uri);
      });
    });

    it('is not offered when the front matter is TOML', async () => {
      const text = `+++\ntitle = "Refonte"\n+++\n${body}`;
      const { uri, diagnostics } = await openAndCheck(client, 'disable-toml.md', text);
      const diagnostic = onLine(diagnostics, 3, ruleId);
      const titles = (await actionsFor(client, uri, diagnostic.range, [diagnostic], ['quickfix'])).map((action) => action.title);
      assert.ok(!titles.some((title) => title.startsWith('Désactiver')), titles.join(' | '));
      assert.ok(titles.at(-1)?.startsWith('Ignorer ici'), 'ignore here is still offered');
      await client.close(uri);
    });
  });
});
