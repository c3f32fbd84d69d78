// Types for server-bundle.mjs, which the tests import from TypeScript.
import type { BuildOptions } from 'esbuild';

export function serverBundle(options: { production: boolean; outfile?: string }): BuildOptions;
