// How the language server is bundled: esbuild.mjs (dist/server.js) and its test build it here.
//
// The shipped (production) bundle is minified and ASCII only, as the CLI's (scripts/cli-bundle.mjs):
// one non-ASCII character makes V8 hold the whole source two bytes per character, in every server
// process, for as long as it runs. The development build keeps the dependencies' comments, emoji
// included, so it stays as esbuild writes it.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asciiRegularExpressions } from './cli-bundle.mjs';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

/** The server's bundle, as esbuild options (merged over the shared ones of esbuild.mjs). */
export function serverBundle({ production, outfile = join(ROOT, 'dist', 'server.js') }) {
  return {
    entryPoints: [join(ROOT, 'server', 'src', 'server.ts')],
    outfile,
    ...(production ? { charset: 'ascii', plugins: [asciiRegularExpressions] } : {}),
  };
}
