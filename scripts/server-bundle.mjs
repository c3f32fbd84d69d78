// How the language server is bundled: esbuild.mjs (dist/server.js), its test and the benchmark (which
// bundles the engine the way the server ships it) build it here.
//
// The shipped (production) bundle is minified and ASCII only, as the CLI's (scripts/cli-bundle.mjs):
// one non-ASCII character makes V8 hold the whole source two bytes per character, in every server
// process, for as long as it runs. The development build keeps the dependencies' comments, emoji
// included, so it stays as esbuild writes it.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { asciiRegularExpressions, sharedOptions } from './cli-bundle.mjs';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

/** What the shipped build adds to the shared options of esbuild.mjs (`sharedOptions` minifies). */
const SHIPPED = { charset: 'ascii', plugins: [asciiRegularExpressions] };

/** The server's bundle, as esbuild options (merged over the shared ones of esbuild.mjs). */
export function serverBundle({ production, outfile = join(ROOT, 'dist', 'server.js') }) {
  return { entryPoints: [join(ROOT, 'server', 'src', 'server.ts')], outfile, ...(production ? SHIPPED : {}) };
}

/**
 * Bundles another entry point exactly as the shipped server bundle is built (minified, ASCII only):
 *   node scripts/server-bundle.mjs --entry bench/engine-entry.mjs --outfile bench/.build/engine.mjs --format esm
 */
async function buildAsShipped(args) {
  const option = (name) => {
    const at = args.indexOf(name);
    if (at < 0 || at + 1 >= args.length) throw new Error(`${name} is required`);
    return args[at + 1];
  };
  await esbuild.build({
    ...sharedOptions(true),
    ...SHIPPED,
    format: args.includes('--format') ? option('--format') : 'cjs',
    entryPoints: [option('--entry')],
    outfile: option('--outfile'),
    logLevel: 'warning',
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // No top-level await: the tests load this module through tsx, as CommonJS.
  buildAsShipped(process.argv.slice(2)).catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
