// Named transforms that rewrite templates apply to captures: `{verb:inf}` turns "changiez" into
// "changer". They are the only place where templates reach morphology.
import type { Lang } from '../types.js';
import type { Token } from '../sentences.js';
import { frenchInfinitiveOf } from './fr-verbs.js';
import { englishBaseForm } from './en-verbs.js';

type Transform = (tokens: readonly Token[], written: string) => string | undefined;

const FRENCH_NEGATIONS: Readonly<Record<string, string>> = {
  pas: 'ne pas',
  plus: 'ne plus',
  jamais: 'ne jamais',
  rien: 'ne rien',
  guère: 'ne guère',
  point: 'ne point',
};

const TRANSFORMS: Readonly<Record<Lang, Readonly<Record<string, Transform>>>> = {
  fr: {
    /** A conjugated verb (one token) back to its infinitive. */
    inf: (tokens) => (tokens.length === 1 ? frenchInfinitiveOf((tokens[0] as Token).norm) : undefined),
    /** "pas" / "plus" / "jamais" captured after the verb → "ne pas " placed before an infinitive. */
    neg: (tokens) => {
      const words = tokens.map((t) => FRENCH_NEGATIONS[t.norm]);
      if (words.some((w) => w === undefined)) return undefined;
      return `${words.join(' ')} `;
    },
    lower: (_tokens, written) => written.toLowerCase(),
  },
  en: {
    /** A verb (one token) to its base form: "stops" → "stop". */
    base: (tokens) => (tokens.length === 1 ? englishBaseForm((tokens[0] as Token).norm) : undefined),
    /** "not" / "never" captured after a modal → placed before the base verb. */
    neg: (tokens) => {
      const n = tokens.map((t) => t.norm).join(' ');
      if (n === 'not' || n === "n't") return 'do not ';
      if (n === 'never') return 'never ';
      return undefined;
    },
    lower: (_tokens, written) => written.toLowerCase(),
  },
};

export function applyTransform(lang: Lang, name: string, tokens: readonly Token[], written: string): string | undefined {
  const t = TRANSFORMS[lang][name];
  return t ? t(tokens, written) : undefined;
}

export function hasTransform(lang: Lang, name: string): boolean {
  return TRANSFORMS[lang][name] !== undefined;
}
