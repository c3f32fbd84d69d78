// Turns a rule's rewrite template into prose edits for one match: fills the template, then restores
// what the grammar around the phrase needs (sentence case, French elision on both sides, the space
// before "?", the document's apostrophe).
import type { MatchView, RewriteSpec } from '../rules/types.js';
import type { ProseEdit } from '../edits.js';
import type { Token } from '../sentences.js';
import { firstWordIndex } from '../patterns.js';
import { applyTransform } from './transforms.js';
import { beginsWithVowelSound } from './fr-elision.js';
import { capitalizeFirst, type DocumentStyle } from './style.js';

export interface RenderedRewrite {
  edits: ProseEdit[];
  /** The sentence after the edits, as prose. */
  preview: string;
}

export function fillTemplate(spec: RewriteSpec, m: MatchView): string | undefined {
  if (typeof spec.template === 'function') return spec.template(m);
  let failed = false;
  const out = spec.template.replace(/\{([a-zA-Z][\w-]*)(?::([a-zA-Z][\w-]*))?\}/g, (_all, name: string, transform?: string) => {
    const tokens = m.captureTokens(name);
    if (tokens.length === 0) return '';
    const written = m.capture(name) ?? '';
    if (transform === undefined) return written;
    const t = applyTransform(m.lang, transform, tokens, written);
    if (t === undefined) failed = true;
    return t ?? '';
  });
  // Missing captures leave double spaces behind.
  return failed ? undefined : out.replace(/\s+/g, ' ').replace(/ ,/g, ',').trim();
}

/** Full forms of French elided particles, for when a rewrite puts a consonant after them. */
const FRENCH_UNELIDED: Readonly<Record<string, string>> = {
  "qu'": 'que',
  "d'": 'de',
  "n'": 'ne',
  "s'": 'se',
  "j'": 'je',
  "m'": 'me',
  "t'": 'te',
  "c'": 'ce',
  "jusqu'": 'jusque',
  "lorsqu'": 'lorsque',
  "puisqu'": 'puisque',
};

const FRENCH_ELIDABLE = /(^|[\s(])(de|que|ne|le|la|se|me|te|je|ce|jusque|lorsque|puisque) $/i;

function elided(particle: string, apostrophe: string): string {
  return particle.slice(0, -1) + apostrophe;
}

/** Elides inside the rendered text: "de adopter" → "d'adopter", "que il" → "qu'il". */
function elideInside(text: string, apostrophe: string): string {
  return text.replace(
    /(^|[\s(])(de|que|ne|le|la|se|me|te|je|ce|jusque|lorsque|puisque) (\p{L}[\p{L}\p{M}'’-]*)/giu,
    (all, lead: string, particle: string, word: string) =>
      beginsWithVowelSound(word) ? `${lead}${elided(particle, apostrophe)}${word}` : all,
  );
}

function wordAt(text: string, at: number): string {
  return /^\p{L}[\p{L}\p{M}'’-]*/u.exec(text.slice(at))?.[0] ?? '';
}

export function renderRewrite(m: MatchView, spec: RewriteSpec, style: DocumentStyle): RenderedRewrite | undefined {
  if (spec.when && !spec.when(m)) return undefined;
  const filled = fillTemplate(spec, m);
  if (filled === undefined) return undefined;
  const { tokens, sentence, text } = m;
  const first = tokens[m.match.spanStart] as Token;
  const last = tokens[m.match.spanEnd - 1] as Token;
  const atStart = m.match.spanStart === firstWordIndex(tokens);

  if (filled.length === 0) {
    return renderRemoval(m, first.start, last.end, atStart);
  }

  const apostrophed = filled.replace(/'/g, style.apostrophe).replace(/’/g, style.apostrophe);
  const { replacement, start, end } =
    m.lang === 'fr' ? frenchJunctions(m, apostrophed, first.start, last.end, style) : { replacement: apostrophed, start: first.start, end: last.end };
  const edits: ProseEdit[] = [{ start, end, newText: sentenceCase(m, replacement, start) }];
  if (spec.question) {
    const q = questionEdit(m, style);
    if (!q) return undefined;
    if (q.start < end) return undefined;
    edits.push(q);
  }
  return { edits, preview: previewSentence(text, sentence.start, sentence.end, edits) };
}

/** Sentence case: the rewrite opens the sentence with a capital only where the original did. */
function sentenceCase(m: MatchView, replacement: string, start: number): string {
  const sentenceStart = m.tokens[firstWordIndex(m.tokens)]?.start ?? -1;
  return start <= sentenceStart && /^\p{Lu}/u.test(m.text.slice(start)) ? capitalizeFirst(replacement) : replacement;
}

/**
 * French elision inside the replacement and at both of its ends; an elided neighbour may be taken
 * into the edit (its range then grows).
 */
function frenchJunctions(m: MatchView, filled: string, spanStart: number, spanEnd: number, style: DocumentStyle): { replacement: string; start: number; end: number } {
  const { tokens, text } = m;
  let start = spanStart;
  let end = spanEnd;
  let replacement = elideInside(filled, style.apostrophe);
  // Junction after: "… de" + "adopter" → "… d'adopter".
  const gap = /^[ \u00a0]+/.exec(text.slice(end))?.[0] ?? '';
  const nextWord = wordAt(text, end + gap.length);
  const tail = FRENCH_ELIDABLE.exec(replacement + ' ');
  if (gap.length > 0 && nextWord && tail && beginsWithVowelSound(nextWord)) {
    replacement = replacement.slice(0, replacement.length - (tail[2] as string).length) + elided(tail[2] as string, style.apostrophe);
    end += gap.length;
  }
  // Junction before: "qu'" + "nous…" → "que nous…"; "que" + "il…" → "qu'il…".
  const prev = tokens[m.match.spanStart - 1];
  if (prev && prev.kind === 'word') {
    const full = FRENCH_UNELIDED[prev.norm];
    const firstWord = wordAt(replacement, 0);
    if (full !== undefined && prev.end === start && firstWord && !beginsWithVowelSound(firstWord)) {
      start = prev.start;
      replacement = `${matchCase(prev.text, full)} ${replacement}`;
    } else if (/^(de|que|ne|le|la|se|ce|jusque|lorsque|puisque)$/.test(prev.norm) && text.slice(prev.end, start) === ' ' && firstWord && beginsWithVowelSound(firstWord)) {
      start = prev.start;
      replacement = elided(prev.text, style.apostrophe) + replacement;
    }
  }
  return { replacement, start, end };
}

function matchCase(model: string, word: string): string {
  return /^\p{Lu}/u.test(model) ? capitalizeFirst(word) : word;
}

/** Deletes the span and one neighbouring space; at sentence start the next word takes the capital. */
function renderRemoval(m: MatchView, start: number, end: number, atStart: boolean): RenderedRewrite | undefined {
  const { text, sentence, tokens } = m;
  const edits: ProseEdit[] = [];
  if (atStart) {
    let e = end;
    while (e < sentence.end && /[\s,;:]/.test(text[e] as string)) e++;
    const next = tokens[m.match.spanEnd];
    if (!next || e >= sentence.end) return undefined;
    const nextChar = text[e] as string;
    edits.push({ start, end: e + 1, newText: nextChar.toUpperCase() });
  } else {
    let s = start;
    if (text[s - 1] === ' ') s--;
    // A parenthetical that opens with its own comma (", of course,") keeps the space that follows it.
    else if (text[end] === ' ' && !/[,;:]/.test(text[start] as string)) end++;
    edits.push({ start: s, end, newText: '' });
  }
  return { edits, preview: previewSentence(text, sentence.start, sentence.end, edits) };
}

/** The sentence's final "." or "!" becomes "?", with the French space; no question after ":" or "…". */
function questionEdit(m: MatchView, style: DocumentStyle): ProseEdit | undefined {
  const { text, sentence } = m;
  let i = sentence.end;
  while (i > sentence.start && /["»”’)\]]/.test(text[i - 1] as string)) i--;
  const lastChar = text[i - 1] as string;
  const mark = m.lang === 'fr' ? `${style.frenchHighPunctuationSpace}?` : '?';
  if (lastChar === '.' || lastChar === '!') {
    let s = i - 1;
    while (s > sentence.start && /[ \u00a0\u202f]/.test(text[s - 1] as string)) s--;
    // A "." alone on its line: the line break already reads as the space, and one at the start of a
    // line would be dropped by Markdown.
    if (text[s - 1] === '\n' || text[s - 1] === '\r') return { start: s, end: i, newText: '?' };
    return { start: s, end: i, newText: mark };
  }
  if (/[\p{L}\p{N}\uFFFC]/u.test(lastChar)) return { start: i, end: i, newText: mark };
  return undefined;
}

export function previewSentence(text: string, start: number, end: number, edits: readonly ProseEdit[]): string {
  let out = '';
  let at = start;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at, end);
}
