// Types for hostile-inputs.mjs, which tests/engine/hostile.test.ts imports from TypeScript.
export interface HostileInput {
  name: string;
  label: string;
  text: string;
  /** How many frontal phrases the text holds: a correct analysis never reports more. */
  maxFindings: number;
}
export function longLine(length?: number): HostileInput;
export function nestedContainers(depth?: number, marker?: string): HostileInput;
export function nestedListLines(depth?: number): HostileInput;
export function repeatedPhrase(count?: number): HostileInput;
export function repeatedParagraph(count?: number): HostileInput;
export function repeatedPhraseParagraphs(count?: number, perParagraph?: number): HostileInput;
export function runOnSentence(count?: number): HostileInput;
export function binaryText(length?: number, seed?: number): HostileInput;
export function nulSeparated(count?: number, lang?: 'fr' | 'en'): HostileInput;
export function hostileEngineInputs(): HostileInput[];
