// Puts figures on the morphology choice (docs/morphology.md): accuracy on the hand-written reference
// list of tests/engine/morphology-gold.ts and bytes added to an esbuild bundle, for
//   - the generated tables the engine uses (scripts/build-lexicon.mjs),
//   - the Lefff imported as is (french-verbs-lefff's conjugations.json),
//   - the team's own rules with no lexicon (scripts/morphology-rules-baseline.ts).
// Run from the repository root: node --import tsx scripts/measure-morphology.ts
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import {
  frenchInfinitiveOf,
  frenchVerbReadings,
  isFrenchImperative2pl,
  isFrenchInfinitive,
} from '../server/src/engine/rewrite/fr-verbs.js';
import { englishBaseForm, isEnglishBaseVerb } from '../server/src/engine/rewrite/en-verbs.js';
import {
  ENGLISH_BASE_VERBS,
  ENGLISH_INFLECTED,
  ENGLISH_NON_VERBS,
  FRENCH_NON_VERBS,
  FRENCH_PARADIGMS_2PL,
  FRENCH_VARIANT_FORMS,
} from '../tests/engine/morphology-gold.js';
import {
  rulesOnlyEnglishBaseForm,
  rulesOnlyFrenchInfinitiveOf,
  rulesOnlyIsFrenchImperative2pl,
  rulesOnlyIsFrenchInfinitive,
} from './morphology-rules-baseline.js';

const root = process.cwd();
const require = createRequire(join(root, 'package.json'));

type Lefff = Record<string, Partial<Record<string, Array<string | null>>>>;

// --- reference data -------------------------------------------------------------------------------
const formPairs = new Map<string, string>();
for (const [infinitive, forms] of Object.entries(FRENCH_PARADIGMS_2PL)) {
  for (const form of forms) if (form !== '') formPairs.set(form, infinitive);
}
for (const [form, infinitive] of FRENCH_VARIANT_FORMS) formPairs.set(form, infinitive);
const infinitives = Object.keys(FRENCH_PARADIGMS_2PL);
const imperatives = Object.values(FRENCH_PARADIGMS_2PL).map((f) => f[5]).filter((f): f is string => !!f);
const notImperatives = [
  ...Object.values(FRENCH_PARADIGMS_2PL).flatMap((f) => [f[1], f[2]]),
  ...FRENCH_NON_VERBS,
];

function share(hits: number, total: number): string {
  return `${hits}/${total} (${((100 * hits) / total).toFixed(1)} %)`;
}

function count<T>(items: readonly T[], ok: (item: T) => boolean): number {
  return items.filter(ok).length;
}

// --- the Lefff imported as is ---------------------------------------------------------------------
const lefff = require('french-verbs-lefff/dist/conjugations.json') as Lefff;
const lefffForms = new Map<string, string>();
const lefffImperatives = new Set<string>();
for (const [infinitive, entry] of Object.entries(lefff)) {
  for (const code of ['P', 'F', 'C', 'I', 'S', 'Y']) {
    const form = entry[code]?.[4];
    if (!form || form === 'NA') continue;
    if (!lefffForms.has(form)) lefffForms.set(form, infinitive);
    if (code === 'Y') lefffImperatives.add(form);
  }
}
const lefffHasVerb = (w: string): boolean => Object.keys(lefff[w] ?? {}).length > 0;

const frenchApproaches = [
  {
    name: 'generated table (engine)',
    infinitiveOf: (w: string) => frenchInfinitiveOf(w),
    isInfinitive: isFrenchInfinitive,
    isImperative: isFrenchImperative2pl,
  },
  {
    name: 'Lefff imported as is',
    infinitiveOf: (w: string) => lefffForms.get(w) ?? (lefffHasVerb(w) ? w : undefined),
    isInfinitive: lefffHasVerb,
    isImperative: (w: string) => lefffImperatives.has(w),
  },
  {
    name: 'own rules, no lexicon',
    infinitiveOf: rulesOnlyFrenchInfinitiveOf,
    isInfinitive: rulesOnlyIsFrenchInfinitive,
    isImperative: rulesOnlyIsFrenchImperative2pl,
  },
];

// --- bundle sizes -------------------------------------------------------------------------------
async function bundleBytes(contents: string, minify: boolean): Promise<number> {
  const result = await esbuild.build({
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.contents.length ?? 0;
}

const entries: Record<string, string> = {
  empty: 'console.log(1);',
  'fr-verbs.ts (generated table)':
    "import * as m from './server/src/engine/rewrite/fr-verbs.js'; console.log(m);",
  'en-verbs.ts (generated table)': "import * as m from './server/src/engine/rewrite/en-verbs.js'; console.log(m);",
  'fr-elision.ts': "import * as m from './server/src/engine/rewrite/fr-elision.ts'; console.log(m);",
  'Lefff imported as is': "import d from 'french-verbs-lefff/dist/conjugations.json'; console.log(d);",
  'own rules, no lexicon': "import * as m from './scripts/morphology-rules-baseline.ts'; console.log(m);",
};

async function main(): Promise<void> {
  const started = performance.now();
  frenchVerbReadings('abandonnez');
  const firstCall = performance.now() - started;
  const lines: string[] = [];
  lines.push(`French reference list: ${formPairs.size} vous-forms of ${infinitives.length} verbs, ` +
    `${FRENCH_NON_VERBS.length} non-verbs, ${imperatives.length} imperatives, ${notImperatives.length} non-imperatives`);
  lines.push('');
  lines.push('| French approach | form → infinitive | infinitive or not | imperative or not |');
  lines.push('|---|---|---|---|');
  for (const a of frenchApproaches) {
    const forms = [...formPairs];
    const infinitiveHits = count(forms, ([form, infinitive]) => a.infinitiveOf(form) === infinitive);
    const infinitiveOrNot =
      count(infinitives, (w) => a.isInfinitive(w)) + count(FRENCH_NON_VERBS, (w) => !a.isInfinitive(w));
    const imperativeOrNot =
      count(imperatives, (w) => a.isImperative(w)) + count(notImperatives, (w) => !a.isImperative(w));
    lines.push(
      `| ${a.name} | ${share(infinitiveHits, forms.length)} | ` +
        `${share(infinitiveOrNot, infinitives.length + FRENCH_NON_VERBS.length)} | ` +
        `${share(imperativeOrNot, imperatives.length + notImperatives.length)} |`,
    );
  }
  const englishForms = [...ENGLISH_INFLECTED, ...ENGLISH_BASE_VERBS.map((v) => [v, v] as const)];
  lines.push('');
  lines.push('| English approach | form → base | base verb or not |');
  lines.push('|---|---|---|');
  const verbOrNot =
    count(ENGLISH_BASE_VERBS, isEnglishBaseVerb) + count(ENGLISH_NON_VERBS, (w) => !isEnglishBaseVerb(w));
  lines.push(
    `| generated table (engine) | ${share(count(englishForms, ([f, b]) => englishBaseForm(f) === b), englishForms.length)} | ` +
      `${share(verbOrNot, ENGLISH_BASE_VERBS.length + ENGLISH_NON_VERBS.length)} |`,
  );
  lines.push(
    `| own rules, no lexicon | ${share(count(englishForms, ([f, b]) => rulesOnlyEnglishBaseForm(f) === b), englishForms.length)} | ` +
      'cannot tell |',
  );

  lines.push('');
  lines.push('| bundle: module | bytes added, minified | bytes added, not minified |');
  lines.push('|---|---|---|');
  const emptyMin = await bundleBytes(entries.empty as string, true);
  const emptyFull = await bundleBytes(entries.empty as string, false);
  for (const [name, contents] of Object.entries(entries)) {
    if (name === 'empty') continue;
    const min = (await bundleBytes(contents, true)) - emptyMin;
    const full = (await bundleBytes(contents, false)) - emptyFull;
    lines.push(`| ${name} | ${min.toLocaleString('en')} | ${full.toLocaleString('en')} |`);
  }

  const words = [...formPairs.keys(), ...FRENCH_NON_VERBS];
  const loopStart = performance.now();
  const rounds = 200;
  for (let i = 0; i < rounds; i++) for (const w of words) frenchVerbReadings(w);
  const perLookup = ((performance.now() - loopStart) * 1000) / (rounds * words.length);
  lines.push('');
  lines.push(`French table: first call (builds the index) ${firstCall.toFixed(1)} ms, then ${perLookup.toFixed(1)} µs a word`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});
