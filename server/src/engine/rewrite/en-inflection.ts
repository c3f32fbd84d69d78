// Spelling rules that undo English verb inflection (-ing, -s). They only propose candidates: the
// lexicon decides which candidate is a verb, and the generated table (scripts/build-lexicon.mjs)
// overrides the forms where the first candidate that is a verb is not the right one ("hoping" is
// "hope", not "hop"). The generator imports this module so that both sides use the same rules.

/** Base-form candidates for an inflected word, most likely spelling first; empty if not inflected. */
export function englishInflectionCandidates(word: string): string[] {
  const candidates: string[] = [];
  if (word.length > 4 && word.endsWith('ing')) {
    const stem = word.slice(0, -3);
    candidates.push(stem, `${stem}e`);
    // "stopping" → "stop", "travelling" → "travel"
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) candidates.push(stem.slice(0, -1));
    // "dying" → "die"
    if (stem.endsWith('y')) candidates.push(`${stem.slice(0, -1)}ie`);
    // "panicking" → "panic"
    if (stem.endsWith('ck')) candidates.push(stem.slice(0, -1));
  } else if (word.length > 3 && word.endsWith('ies')) {
    // "ties" → "tie", "tries" → "try"
    candidates.push(word.slice(0, -1), `${word.slice(0, -3)}y`);
  } else if (word.length > 3 && word.endsWith('es')) {
    // "uses" → "use", "fixes" → "fix", "goes" → "go", "quizzes" → "quiz"
    const stem = word.slice(0, -2);
    candidates.push(word.slice(0, -1));
    if (/(?:s|x|z|ch|sh|o)$/.test(stem)) candidates.push(stem);
    if (/(?:zz|ss)$/.test(stem)) candidates.push(stem.slice(0, -1));
  } else if (word.length > 2 && word.endsWith('s') && !word.endsWith('ss')) {
    candidates.push(word.slice(0, -1));
  }
  return [...new Set(candidates)];
}
