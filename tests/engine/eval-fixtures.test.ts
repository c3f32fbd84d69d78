// The labelled evaluation set behind `npm run eval` stays well formed and balanced: enough sentences per
// language, every category represented, and a majority of (mostly tricky) sentences that must stay quiet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, LANGS } from '../../server/src/engine/types.js';
import type { Lang } from '../../server/src/engine/types.js';
import { parseEvalFixtures } from '../../scripts/eval/fixtures.js';

const MIN_ROWS_PER_LANGUAGE = 180;
const MIN_ROWS_PER_CATEGORY = 12;
const FRONTAL_SHARE = { min: 0.4, max: 0.5 };

function loadFixtures(lang: Lang) {
  const path = join(import.meta.dirname, '..', 'fixtures', 'eval', `${lang}.tsv`);
  return parseEvalFixtures(readFileSync(path, 'utf8'), lang);
}

void test('the parser reports malformed rows instead of accepting them', () => {
  const text = [
    'id\tlabel\tcategory\tphrase\tsentence\trewrite',
    'fr-001\tfrontal\timposition\tVous devez\tVous devez migrer.\tNous vous suggérons de migrer.',
    'fr-001\tok\t\t\tUne phrase.\t',
    'fr-003\tfrontal\tmystery\tx\tx y.\t',
    'fr-004\tok\tabsolu\t\tUne autre phrase.\t',
    'fr-005\tfrontal\trejet\tabsent\tLa phrase.\t',
    'fr-006\tok\t\tUne phrase sans colonne.',
    'en-007\tok\t\t\tWrong prefix.\t',
  ].join('\n');
  const { rows, problems } = parseEvalFixtures(text, 'fr');
  assert.deepEqual(
    rows.map((r) => r.id),
    ['fr-001'],
  );
  assert.equal(problems.length, 6, problems.join('\n'));
  assert.match(problems.join('\n'), /duplicate id "fr-001"/);
  assert.match(problems.join('\n'), /phrase "absent" is not in the sentence/);
});

for (const lang of LANGS) {
  void test(`${lang}.tsv is well formed`, () => {
    const { problems } = loadFixtures(lang);
    assert.deepEqual(problems, []);
  });

  void test(`${lang}.tsv is balanced across labels and categories`, () => {
    const { rows } = loadFixtures(lang);
    assert.ok(rows.length >= MIN_ROWS_PER_LANGUAGE, `${rows.length} rows, expected at least ${MIN_ROWS_PER_LANGUAGE}`);
    const frontal = rows.filter((r) => r.label === 'frontal');
    const share = frontal.length / rows.length;
    assert.ok(
      share >= FRONTAL_SHARE.min && share <= FRONTAL_SHARE.max,
      `frontal share ${share.toFixed(2)} outside [${FRONTAL_SHARE.min}, ${FRONTAL_SHARE.max}]`,
    );
    const perCategory = new Map(CATEGORIES.map((c) => [c, frontal.filter((r) => r.category === c).length]));
    for (const [category, count] of perCategory) {
      assert.ok(count >= MIN_ROWS_PER_CATEGORY, `${category}: ${count} rows, expected at least ${MIN_ROWS_PER_CATEGORY}`);
    }
    const imposition = perCategory.get('imposition') ?? 0;
    for (const [category, count] of perCategory) {
      if (category !== 'imposition') assert.ok(imposition > count, `imposition (${imposition}) should outnumber ${category} (${count})`);
    }
  });

  void test(`${lang}.tsv rewrites look like finished sentences`, () => {
    const { rows } = loadFixtures(lang);
    const rewritten = rows.filter((r) => r.rewrite !== '');
    assert.ok(rewritten.length > 0, 'some frontal rows carry the expected rewrite');
    for (const row of rewritten) {
      assert.match(row.rewrite, /^\p{Lu}/u, `${row.id}: rewrite starts with a capital`);
      const closing = /[.!?…]$/u.exec(row.sentence)?.[0];
      if (closing !== undefined) assert.ok(row.rewrite.endsWith(closing), `${row.id}: rewrite keeps the final "${closing}"`);
      assert.ok(!row.rewrite.includes(row.phrase), `${row.id}: rewrite no longer contains "${row.phrase}"`);
    }
  });
}

void test('sentences are not shared between the two languages', () => {
  const fr = new Set(loadFixtures('fr').rows.map((r) => r.sentence));
  const shared = loadFixtures('en').rows.filter((r) => fr.has(r.sentence));
  assert.deepEqual(shared.map((r) => r.id), []);
});
