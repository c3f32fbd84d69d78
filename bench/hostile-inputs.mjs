// Hostile inputs for the engine (issue 8), as deterministic generators: tests/engine/hostile.test.ts
// checks that the engine survives them and stays correct; the benchmark may import them to time them.
// Each generator returns { name, label, text, maxFindings }: maxFindings is how many frontal phrases the
// text holds, so a correct analysis never reports more.

/** Small deterministic generator (mulberry32), so that a failing input can be rebuilt from its seed. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRENCH_ORDER = 'Vous devez migrer vers le cloud.';
const ENGLISH_ORDER = 'You must migrate to the cloud.';

/** One line of `length` characters (no line end): orders, markup, references, astral characters. */
export function longLine(length = 100_000) {
  const pieces = [
    `${FRENCH_ORDER} `,
    'Le budget est validé, **vraiment**. ',
    'Il faut refondre le site. ',
    '`code` &amp; &#233; 🚀 \u00a0\u202f ',
    `${'a'.repeat(200)} `,
    '[lien](https://example.com/a) ',
  ];
  let text = '';
  for (let i = 0; text.length < length; i++) text += pieces[i % pieces.length];
  text = text.slice(0, length);
  // Never end inside a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(text)) text = `${text.slice(0, -1)}.`;
  const maxFindings = countOccurrences(text, 'Vous devez') + countOccurrences(text, 'Il faut');
  return { name: 'long-line', label: `a ${length.toLocaleString('en')}-character line`, text, maxFindings };
}

/** Containers opened on one line, `depth` deep, then a flagged sentence; a normal paragraph follows. */
export function nestedContainers(depth = 10_000, marker = '- ') {
  const text = `${marker.repeat(depth)}${FRENCH_ORDER}\n\n${FRENCH_ORDER}\n`;
  return {
    name: `nested-${marker.trim() || 'space'}`,
    label: `${depth.toLocaleString('en')} nested "${marker.trim()}" levels on one line`,
    text,
    maxFindings: 2,
  };
}

/** Lists nested by indentation, one level per line: depth² characters, so depth stays in the hundreds. */
export function nestedListLines(depth = 300) {
  const lines = [];
  for (let i = 0; i < depth; i++) lines.push(`${'  '.repeat(i)}- ${i % 10 === 0 ? FRENCH_ORDER : 'Étape suivante.'}`);
  return {
    name: 'nested-list-lines',
    label: `${depth} list levels, one per line`,
    text: `${lines.join('\n')}\n`,
    maxFindings: Math.ceil(depth / 10),
  };
}

/** `count` flagged sentences in one paragraph. */
export function repeatedPhrase(count = 100_000) {
  return {
    name: 'repeated-phrase',
    label: `${count.toLocaleString('en')} repetitions of a flagged phrase (one paragraph)`,
    text: `${'Vous devez migrer. '.repeat(count)}\n`,
    maxFindings: count,
  };
}

/** `count` paragraphs, each the same flagged sentence (the block-wise analyser reuses their results). */
export function repeatedParagraph(count = 100_000) {
  return {
    name: 'repeated-paragraph',
    label: `${count.toLocaleString('en')} repetitions of a flagged paragraph`,
    text: 'Vous devez migrer.\n\n'.repeat(count),
    maxFindings: count,
  };
}

/** `count` flagged sentences, `perParagraph` to a paragraph, every paragraph different. */
export function repeatedPhraseParagraphs(count = 100_000, perParagraph = 1_000) {
  const paragraphs = [];
  for (let p = 0; p * perParagraph < count; p++) {
    const n = Math.min(perParagraph, count - p * perParagraph);
    paragraphs.push(`Partie ${p + 1}. ${'Vous devez migrer. '.repeat(n)}`);
  }
  return {
    name: 'repeated-phrase-paragraphs',
    label: `${count.toLocaleString('en')} repetitions of a flagged phrase (${perParagraph} to a paragraph)`,
    text: `${paragraphs.join('\n\n')}\n`,
    maxFindings: count,
  };
}

/** `count` orders in one sentence without a full stop: a run-on, as a pasted list gives. */
export function runOnSentence(count = 5_000) {
  return {
    name: 'run-on-sentence',
    label: `${count.toLocaleString('en')} orders in one sentence`,
    text: 'you must migrate '.repeat(count),
    maxFindings: count,
  };
}

/** Bytes 0–255 (NUL included) at random, with flagged sentences between them. */
export function binaryText(length = 100_000, seed = 8) {
  const next = random(seed);
  let text = '';
  let phrases = 0;
  while (text.length < length) {
    if (next() < 0.01) {
      text += `\u0000${FRENCH_ORDER}\u0000`;
      phrases++;
    } else {
      text += String.fromCharCode(Math.floor(next() * 256));
    }
  }
  return { name: 'binary', label: `${length.toLocaleString('en')} random bytes, NUL included`, text, maxFindings: phrases };
}

/** Flagged sentences separated by NUL characters only, French or English. */
export function nulSeparated(count = 1_000, lang = 'fr') {
  return {
    name: `nul-separated-${lang}`,
    label: `${count.toLocaleString('en')} flagged sentences between NUL characters`,
    text: `${lang === 'fr' ? FRENCH_ORDER : ENGLISH_ORDER}\u0000`.repeat(count),
    maxFindings: count,
  };
}

/** Every generator at the sizes of issue 8. */
export function hostileEngineInputs() {
  return [
    longLine(),
    nestedContainers(10_000, '- '),
    nestedContainers(10_000, '>'),
    nestedContainers(10_000, '> 1. '),
    nestedListLines(),
    repeatedPhrase(),
    repeatedParagraph(),
    repeatedPhraseParagraphs(),
    runOnSentence(),
    binaryText(),
    nulSeparated(1_000, 'fr'),
    nulSeparated(1_000, 'en'),
  ];
}

function countOccurrences(text, needle) {
  let n = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}
