// Types for cli-bundle.mjs, which the tests import from TypeScript.
import type { BuildOptions, Plugin } from 'esbuild';
import type * as ts from 'typescript';

export function cliBundles(options?: { outdir?: string; launcher?: string; bundle?: string }): BuildOptions[];
export const asciiRegularExpressions: Plugin;
export function escapeRegularExpressionLiterals(typescript: typeof ts, fileName: string, text: string): string;
export function escapeNonAscii(literal: string): string;
export function assertAscii(file: string, text: string): void;
export function sharedOptions(production: boolean): BuildOptions;
export function buildCli(options: { outdir: string; launcher?: string; bundle?: string; production?: boolean }): Promise<void>;
