// Deterministic generator of French and English proposals of any size, for the benchmark and the
// block-splitting tests. Same seed, same document. The text is the project's own: sentence templates
// with slots filled from small word lists, so that paragraphs rarely repeat (a document of copies
// would flatter a cache) while reading like a proposal: headings, paragraphs, lists, tables, code,
// a quotation now and then, and some frontal phrasing for the rules to find.

/** @param {number} seed */
export function createRandom(seed) {
  let a = seed >>> 0;
  const next = () => {
    // mulberry32
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** @param {number} n */
    int: (n) => Math.floor(next() * n),
    /** @template T @param {readonly T[]} list @returns {T} */
    pick: (list) => list[Math.floor(next() * list.length)],
    /** @param {number} p */
    chance: (p) => next() < p,
  };
}

const WORDS = {
  fr: {
    client: ['la coopérative', 'votre direction financière', 'l’équipe support', 'le service achats', 'vos techniciens', 'la mairie', 'le conseil d’administration', 'vos adhérents'],
    thing: ['l’extranet', 'le portail fournisseurs', 'la base clients', 'l’application mobile', 'le référentiel produits', 'l’outil de facturation', 'le site institutionnel', 'l’entrepôt de données', 'la messagerie interne', 'le module de réservation'],
    verb: ['migrer', 'documenter', 'sécuriser', 'simplifier', 'tester', 'déployer', 'mesurer', 'archiver', 'harmoniser', 'réécrire', 'auditer', 'prioriser'],
    adj: ['progressif', 'mesurable', 'réversible', 'documenté', 'sobre', 'accessible', 'robuste', 'modulaire'],
    month: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'septembre', 'octobre', 'novembre'],
    heading: ['Contexte', 'Notre compréhension du besoin', 'Approche proposée', 'Planning', 'Équipe', 'Budget', 'Risques et mesures', 'Gouvernance', 'Livrables', 'Hypothèses', 'Conditions', 'Annexes'],
  },
  en: {
    client: ['the cooperative', 'your finance team', 'the support desk', 'the purchasing office', 'your field staff', 'the city council', 'the board', 'your members'],
    thing: ['the extranet', 'the supplier portal', 'the customer database', 'the mobile app', 'the product catalogue', 'the billing tool', 'the public website', 'the data warehouse', 'the internal mail system', 'the booking module'],
    verb: ['migrate', 'document', 'secure', 'simplify', 'test', 'deploy', 'measure', 'archive', 'align', 'rewrite', 'audit', 'prioritise'],
    adj: ['gradual', 'measurable', 'reversible', 'documented', 'lean', 'accessible', 'robust', 'modular'],
    month: ['January', 'February', 'March', 'April', 'May', 'June', 'September', 'October', 'November'],
    heading: ['Background', 'Our understanding of your needs', 'Proposed approach', 'Schedule', 'Team', 'Budget', 'Risks and mitigations', 'Governance', 'Deliverables', 'Assumptions', 'Terms', 'Appendices'],
  },
};

/** Sentence templates: {client} {thing} {verb} {adj} {month} {n} are slots. */
const NEUTRAL = {
  fr: [
    'Nous proposons de {verb} {thing} en {n} étapes, en commençant par les usages les plus fréquents.',
    'Le lot {n} couvre la reprise des données de {thing} et leur contrôle avec {client}.',
    'Un atelier de {n} heures avec {client} permettra de valider les priorités avant {month}.',
    'Cette démarche reste {adj} : chaque étape peut être revue à la fin du sprint {n}.',
    'Nous avons estimé la charge à {n} jours, hors recette par {client}.',
    'Les retours de {client} sur {thing} montrent un besoin de suivi plus régulier.',
    'Nous livrerons une documentation {adj} de {thing} à la fin de chaque phase.',
    'Le comité de pilotage se réunira en {month} pour arbitrer le périmètre du lot {n}.',
    'Nous pourrions, dans un premier temps, {verb} {thing} pour {client}.',
    'Il faut compter {n} semaines pour {verb} {thing}.',
    'Devez-vous {verb} {thing} cette année ?',
    'Si vous devez {verb} {thing}, nous adapterons le planning.',
    'Nous ne facturerons pas les {n} premiers jours d’assistance.',
    'La solution retenue pour {thing} devra rester {adj} et simple à reprendre.',
  ],
  en: [
    'We propose to {verb} {thing} in {n} steps, starting with the most frequent tasks.',
    'Work package {n} covers moving the data of {thing} and checking it with {client}.',
    'A {n}-hour workshop with {client} will confirm the priorities before {month}.',
    'This approach stays {adj}: each step can be reviewed at the end of sprint {n}.',
    'We estimate the effort at {n} days, excluding acceptance testing by {client}.',
    'Feedback from {client} on {thing} shows a need for more regular follow-up.',
    'We will deliver {adj} documentation of {thing} at the end of each phase.',
    'The steering committee will meet in {month} to settle the scope of package {n}.',
    'As a first step, we could {verb} {thing} for {client}.',
    'It takes {n} weeks to {verb} {thing}.',
    'Do you have to {verb} {thing} this year?',
    'If you have to {verb} {thing}, we will adjust the schedule.',
    'We will not charge for the first {n} days of support.',
    'The solution chosen for {thing} should stay {adj} and easy to hand over.',
  ],
};

/** Frontal on purpose, for the rules to find. */
const FRONTAL = {
  fr: [
    'Vous devez {verb} {thing} avant {month}.',
    'Il faut que vous validiez le cahier de recette du lot {n}.',
    'Bien entendu, {thing} sera {adj} dès la première version.',
    'Votre choix de conserver {thing} en l’état est une erreur.',
    'Nous savons ce qu’il vous faut pour {thing}.',
  ],
  en: [
    'You must {verb} {thing} before {month}.',
    'You need to sign off the test plan for package {n}.',
    'Of course, {thing} will be {adj} from the first release.',
    'Your decision to keep {thing} as it is is a mistake.',
    'We know what you need for {thing}.',
  ],
};

const TABLE_HEAD = {
  fr: ['| Phase | Durée | Livrable |', '| --- | ---: | --- |'],
  en: ['| Phase | Duration | Deliverable |', '| --- | ---: | --- |'],
};

const CODE = [
  ['```yaml', 'service: {thing}', 'replicas: {n}', 'region: eu-west-{n}', '```'],
  ['```sh', 'npm ci', 'npm run build -- --env=recette-{n}', '```'],
  ['    GET /api/v{n}/items?limit=50', '    Accept: application/json'],
];

/**
 * @param {ReturnType<typeof createRandom>} r
 * @param {'fr' | 'en'} lang
 * @param {string} template
 */
function fill(r, lang, template) {
  const w = WORDS[lang];
  return template.replace(/\{(client|thing|verb|adj|month|n)\}/g, (_, slot) => {
    if (slot === 'n') return String(2 + r.int(97));
    return r.pick(w[/** @type {'client' | 'thing' | 'verb' | 'adj' | 'month'} */ (slot)]);
  });
}

/** @param {ReturnType<typeof createRandom>} r @param {'fr' | 'en'} lang */
function sentence(r, lang) {
  const s = fill(r, lang, r.pick(r.chance(0.12) ? FRONTAL[lang] : NEUTRAL[lang]));
  if (r.chance(0.08)) return s.replace(/(\S+) (\S+)$/, '**$1** $2');
  if (r.chance(0.05)) return s.replace(/^(\S+ \S+)/, '$1 (`v' + (1 + r.int(9)) + '`)');
  return s;
}

/** @param {ReturnType<typeof createRandom>} r @param {'fr' | 'en'} lang */
function paragraph(r, lang) {
  const n = 2 + r.int(5);
  const lines = [];
  let line = '';
  for (let i = 0; i < n; i++) {
    const s = sentence(r, lang);
    // Hard-wrapped like a text editor would, at about 100 columns.
    if (line.length + s.length > 100 && line.length > 0) {
      lines.push(line);
      line = s;
    } else {
      line = line ? `${line} ${s}` : s;
    }
  }
  lines.push(line);
  return lines.join('\n');
}

/** @param {ReturnType<typeof createRandom>} r @param {'fr' | 'en'} lang */
function list(r, lang) {
  const ordered = r.chance(0.3);
  const items = [];
  const n = 3 + r.int(5);
  for (let i = 0; i < n; i++) {
    const marker = ordered ? `${i + 1}.` : '-';
    const pad = ' '.repeat(marker.length + 1);
    items.push(`${marker} ${sentence(r, lang)}`);
    if (r.chance(0.2)) items.push(`${pad}- ${sentence(r, lang)}`);
  }
  return items.join('\n');
}

/** @param {ReturnType<typeof createRandom>} r @param {'fr' | 'en'} lang */
function table(r, lang) {
  const rows = [...TABLE_HEAD[lang]];
  const n = 3 + r.int(4);
  for (let i = 0; i < n; i++) {
    rows.push(`| ${fill(r, lang, '{thing}')} | ${2 + r.int(30)} ${lang === 'fr' ? 'jours' : 'days'} | ${fill(r, lang, '{verb} {thing}')} |`);
  }
  return rows.join('\n');
}

/** @param {ReturnType<typeof createRandom>} r @param {'fr' | 'en'} lang */
function code(r, lang) {
  return r
    .pick(CODE)
    .map((l) => fill(r, lang, l))
    .join('\n');
}

/**
 * A proposal of at least `size` characters (UTF-16 code units), cut at a block boundary.
 * @param {{ lang: 'fr' | 'en', size: number, seed?: number }} spec
 * @returns {string}
 */
export function generateProposal({ lang, size, seed = 1 }) {
  const r = createRandom(seed * 7919 + (lang === 'fr' ? 1 : 2));
  const w = WORDS[lang];
  const blocks = [
    '---',
    `title: ${lang === 'fr' ? 'Proposition' : 'Proposal'} ${seed}`,
    `lang: ${lang}`,
    '---',
    '',
    `# ${lang === 'fr' ? 'Proposition pour' : 'Proposal for'} ${fill(r, lang, '{thing}')}`,
  ];
  let length = blocks.join('\n').length;
  let section = 0;
  while (length < size) {
    section++;
    const parts = [`## ${section}. ${r.pick(w.heading)}`];
    const n = 3 + r.int(6);
    for (let i = 0; i < n; i++) {
      const roll = r.next();
      if (roll < 0.55) parts.push(paragraph(r, lang));
      else if (roll < 0.75) parts.push(list(r, lang));
      else if (roll < 0.83) parts.push(table(r, lang));
      else if (roll < 0.9) parts.push(code(r, lang));
      else if (roll < 0.95) parts.push(`> ${sentence(r, lang)}`);
      else parts.push(`### ${fill(r, lang, lang === 'fr' ? 'Lot {n} : {thing}' : 'Package {n}: {thing}')}`);
    }
    const chunk = parts.join('\n\n');
    blocks.push('', chunk);
    length += chunk.length + 2;
  }
  return `${blocks.join('\n')}\n`;
}

/**
 * Markdown fragments that stress a block splitter: fences, HTML blocks, lists, definitions, front
 * matter fences, GFM triggers, odd line endings. The tests join them at random.
 */
export const MARKDOWN_HAZARDS = Object.freeze([] = [
  'Vous devez migrer.', 'You must [stop][ref] now.', 'See [^1] and [Foo Bar].', '[ref]: https://x.y', '[foo bar]: /u "t"',
  '[^1]: A note you must read.', '    indented code', '  indented two', '   three', '```', '~~~', '```js', '````', '<!--', '-->',
  '<!-- c -->', '<div>', '</div>', '<script>', '</script>', '<pre>', '</pre>', '<?php', '?>', '<!DOCTYPE x', '>', '<![CDATA[', ']]>',
  '- item one', '- item', '* star', '1. first', '2) second', '  - nested', '    - deep', '> quote', '> - quoted item', '>', '---',
  '+++', '***', '===', '# Title', '## Heading you must', '| a | b |', '|---|---|', '| c | d |', 'title: x', 'lang: en', '\tTabbed',
  ' - spaced item', '[:en] English part.', '[:fr] Partie', '[:]', 'Il faut que vous changiez.', 'text with `code` and *emph*',
  '[link](http://a.b)', 'Setext', '[Foo\nBar]', '> [ref2]: /x', '[ref2]', '- [ref3]: /y', '[ref3]', '[^n]', '    [^n]: indented def',
  '[^n]: def\n    continued', '- Install:\n\n  ```\n  npm i\n\n  more\n  ```', '- item\n  ```\n  code\n```', '10. ten\n\n    ```\n    x\n    ```',
  '  ```\n  indented fence', '- a\n\n      code in item', '<x-y>', '<custom a="b">', '2. two', '3) three', '-', '1.', '* ', '    code\n    more',
  '\r', 'line\rline', 'a  ', 'b\\', '<div>\nx\n</div>', '> ```\n> code', '> quote\n```', '[^Note]', '[^note]: later def', '[REF]',
  '[x][ref]', '![img][ref]', '[ref]:\n  /url\n  "title"', '- [ ] task', '   - three spaced', '\t- tab item', '- a\n- b\n\n  para\n\n- c',
  '    <!--', '<!-- open', 'close -->', '~~~~\n~~~', '```\n````', '| x |\n| - |', 'www.example.com', 'a@b.co', '&amp; &#x41;', '\\*not emph\\*',
  '> - a\n>   ```\n>   x', '- > ```\n  > y', '  - nested\n\n        ```\n        x', '1. a\n   <div>\n\n   b', '- a\n  <!-- x\n\n  -->',
  '[^f]: x\n\n    ```\n    y', '\t```', '\t\tcode', '-\tx', '- a\n\t- b', '<pre>\n\n</pre>', '<textarea>', '</textarea>', '<style', '<!X',
  '<?x ?>', '````md\n```\n````', '~~~ a ~~~', '``` a ``` b', 'a&#64;b.co', 'www\\.x.com', '~~strike~~', 'HTTPS://X.COM', 'WWW.X.ORG',
  'foo|bar', '- [x] done', '[^ ] odd', 'mailto:a@b.c', 'http://a', '&#119;ww.x.y', '', '', '',
]);
