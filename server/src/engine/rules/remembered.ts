// Word tests that look a word up in the verb tables (suffix indexes, Unicode normalisation) run on
// nearly every sentence, for the same few hundred words: each answer is kept per word.

/** Answers kept per test before the memory is emptied (a document of random words stays bounded). */
const MAX_REMEMBERED = 20_000;

/** `test`, remembering its answer for each word it was asked about. */
export function remembered<T>(test: (word: string) => T): (word: string) => T {
  const known = new Map<string, T>();
  return (word) => {
    if (known.has(word)) return known.get(word) as T;
    const answer = test(word);
    if (known.size >= MAX_REMEMBERED) known.clear();
    known.set(word, answer);
    return answer;
  };
}
