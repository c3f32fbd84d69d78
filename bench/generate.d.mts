// Types for generate.mjs, which the tests import from TypeScript.
export interface Random {
  next(): number;
  int(n: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
}
export function createRandom(seed: number): Random;
export function generateProposal(spec: { lang: 'fr' | 'en'; size: number; seed?: number }): string;
export const MARKDOWN_HAZARDS: readonly string[];
