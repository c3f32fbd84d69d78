// Findings land on the right characters whatever surrounds them, and never inside what is not prose.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, applyEdits, LineIndex } from '../../server/src/engine/index.js';

function flagged(text: string): string[] {
  return analyse(text).findings.map((f) => text.slice(f.start, f.end));
}

describe('offsets', () => {
  it('CRLF line ends', () => {
    const text = '# Titre\r\n\r\nLe contexte est clair.\r\nVous devez migrer vers le cloud.\r\n';
    const [f] = analyse(text).findings;
    assert.ok(f);
    assert.equal(text.slice(f.start, f.end), 'Vous devez');
    assert.deepEqual(new LineIndex(text).positionAt(f.start), { line: 3, character: 0 });
    assert.equal(
      applyEdits(text, f.fixes[0]!.edits),
      '# Titre\r\n\r\nLe contexte est clair.\r\nNous vous suggérons de migrer vers le cloud.\r\n',
    );
  });

  it('emoji and other astral characters before the phrase (UTF-16 offsets)', () => {
    const text = '🚀🎯 Pour réussir, vous devez migrer vers le cloud.';
    const [f] = analyse(text).findings;
    assert.ok(f);
    assert.equal(text.slice(f.start, f.end), 'vous devez');
    assert.equal(f.start, text.indexOf('vous devez'));
    assert.deepEqual(new LineIndex(text).positionAt(f.start), { line: 0, character: text.indexOf('vous devez') });
  });

  it('inline Markdown around and inside the phrase survives the fix', () => {
    const text = 'Vous devez **impérativement** migrer vers [le cloud](https://example.com/cloud) avec `terraform`.';
    const [f] = analyse(text).findings;
    assert.ok(f);
    assert.equal(text.slice(f.start, f.end), 'Vous devez **impérativement**');
    assert.equal(
      applyEdits(text, f.fixes[0]!.edits),
      'Nous vous suggérons de migrer vers [le cloud](https://example.com/cloud) avec `terraform`.',
    );
  });

  it('bold phrase keeps its markers', () => {
    const text = '**You must** migrate to the cloud.';
    const [f] = analyse(text).findings;
    assert.ok(f);
    assert.equal(text.slice(f.start, f.end), 'You must');
    assert.equal(applyEdits(text, f.fixes[0]!.edits), '**We suggest that you** migrate to the cloud.');
  });

  it('list item, heading and table cell', () => {
    const text = [
      '## Vous devez migrer vers le cloud',
      '',
      '- Le budget est validé.',
      '- Vous devez recruter deux développeurs.',
      '',
      '| Étape | Action |',
      '|---|---|',
      '| 1 | Il faut refondre le site. |',
      '',
    ].join('\n');
    const found = analyse(text).findings.map((f) => [text.slice(f.start, f.end), f.ruleId]);
    assert.deepEqual(found, [
      ['Vous devez', 'imposition/vous-devez'],
      ['Vous devez', 'imposition/vous-devez'],
      ['Il faut', 'imposition/il-faut'],
    ]);
    const table = analyse(text).findings[2]!;
    assert.equal(
      applyEdits(text, table.fixes[0]!.edits).split('\n')[7],
      '| 1 | Nous vous suggérons de refondre le site. |',
    );
  });

  it('nothing in code, HTML, front matter or link destinations', () => {
    const text = [
      '---',
      'title: Vous devez migrer',
      '---',
      '',
      '```',
      'Vous devez migrer vers le cloud.',
      '```',
      '',
      '    You must migrate to the cloud.',
      '',
      '<div>Vous devez migrer vers le cloud.</div>',
      '',
      'Voir `vous devez migrer` et [le guide](https://example.com/vous-devez-migrer "vous devez migrer").',
      '',
      '![vous devez migrer](img/vous-devez-migrer.png)',
      '',
    ].join('\n');
    assert.deepEqual(flagged(text), []);
  });

  it('blockquotes and quoted speech are skipped unless turned on', () => {
    const quote = '> Vous devez migrer vers le cloud.\n';
    assert.deepEqual(flagged(quote), []);
    assert.equal(analyse(quote, { checkBlockquotes: true }).findings.length, 1);
    const speech = 'Le DSI nous a dit : « vous devez migrer vers le cloud ».';
    assert.deepEqual(flagged(speech), []);
    assert.equal(analyse(speech, { checkQuotes: true }).findings.length, 1);
  });

  it('escapes and character references keep the mapping exact', () => {
    const text = 'R&amp;D \\*important\\* : vous devez migrer vers le cloud.';
    const [f] = analyse(text).findings;
    assert.ok(f);
    assert.equal(text.slice(f.start, f.end), 'vous devez');
  });
});
