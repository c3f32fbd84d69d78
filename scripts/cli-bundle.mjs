// How the `proposal-tone` command is bundled. esbuild.mjs (dist/) and the benchmark (bench/run.mjs) both
// build it here, so that the benchmark times what ships.
//
// Two files: a launcher (server/src/cli-launcher.ts, dist/cli.js) that runs the command's bundle
// (dist/cli-main.js) through V8's code cache, and the bundle itself. The bundle is minified and ASCII
// only: V8 reads and compiles a one-byte source about twice as fast as a two-byte one, and one non-ASCII
// character anywhere makes the whole megabyte two-byte. esbuild escapes strings and identifiers but
// leaves regular expression literals as written, so those are escaped on the way in (same meaning:
// `/[’]/` and `/[\u2019]/` match the same text).
//
//   node scripts/cli-bundle.mjs --outdir DIR [--launcher cli.cjs] [--bundle cli-main.cjs] [--production]
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const NON_ASCII = /[^\x00-\x7f]/;

/** The launcher and the bundle, as esbuild options (merged over the shared ones of esbuild.mjs). */
export function cliBundles({ outdir = join(ROOT, 'dist'), launcher = 'cli.js', bundle = 'cli-main.js' } = {}) {
  return [
    {
      entryPoints: [join(ROOT, 'server', 'src', 'cli-launcher.ts')],
      outfile: join(outdir, launcher),
      banner: { js: '#!/usr/bin/env node' },
      define: { CLI_BUNDLE_FILE: JSON.stringify(bundle) },
    },
    {
      entryPoints: [join(ROOT, 'server', 'src', 'cli.ts')],
      outfile: join(outdir, bundle),
      minify: true,
      charset: 'ascii',
      plugins: [asciiRegularExpressions],
    },
  ];
}

/**
 * Escapes the non-ASCII characters of regular expression literals in the project's own sources (the
 * dependencies have none; the check after the build says so if that changes). TypeScript's parser finds
 * the literals: telling a regular expression from a division takes a parser.
 */
export const asciiRegularExpressions = {
  name: 'ascii-regular-expressions',
  setup(build) {
    let typescript;
    /** Path → its last text and what it became (watch mode loads every file again at each rebuild). */
    const escaped = new Map();
    build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      if (relative(ROOT, path).split(sep).includes('node_modules')) return undefined;
      const text = await readFile(path, 'utf8');
      if (!NON_ASCII.test(text)) return undefined;
      const known = escaped.get(path);
      if (known?.text !== text) {
        typescript ??= (await import('typescript')).default;
        escaped.set(path, { text, contents: escapeRegularExpressionLiterals(typescript, path, text) });
      }
      return { contents: escaped.get(path).contents, loader: 'ts' };
    });
    build.onEnd(async (result) => {
      const outfile = build.initialOptions.outfile;
      if (result.errors.length > 0 || !outfile || build.initialOptions.write === false) return;
      assertAscii(outfile, await readFile(outfile, 'utf8'));
    });
  },
};

export function escapeRegularExpressionLiterals(ts, fileName, text) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const literals = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const start = node.getStart(source);
      if (NON_ASCII.test(text.slice(start, node.end))) literals.push({ start, end: node.end });
    } else {
      ts.forEachChild(node, visit);
    }
  };
  visit(source);
  let out = '';
  let at = 0;
  for (const { start, end } of literals) {
    out += text.slice(at, start) + escapeNonAscii(text.slice(start, end));
    at = end;
  }
  return out + text.slice(at);
}

/**
 * Each non-ASCII UTF-16 unit becomes \uXXXX. An escaped one (`\’`, an identity escape) loses its
 * backslash, or `\\u2019` would read as a backslash and "u2019". Surrogate pairs become two escapes,
 * which a `u` or `v` expression reads as one code point, as it read the pair.
 */
export function escapeNonAscii(literal) {
  let out = '';
  for (let i = 0; i < literal.length; i++) {
    const code = literal.charCodeAt(i);
    if (code < 0x80) {
      out += literal[i];
      continue;
    }
    let backslashes = 0;
    while (literal[i - 1 - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 1) out = out.slice(0, -1);
    out += `\\u${code.toString(16).padStart(4, '0')}`;
  }
  return out;
}

/** A bundle with a non-ASCII character loses the one-byte fast path: say where, rather than let it slip. */
export function assertAscii(file, text) {
  const at = text.search(NON_ASCII);
  if (at < 0) return;
  const context = text.slice(Math.max(0, at - 40), at + 20).replace(/\s+/g, ' ');
  throw new Error(`${file} is not ASCII-only (character ${at}: ...${context}...): escape it in its source`);
}

/** The options every bundle of dist/ shares (esbuild.mjs adds its log level). */
export function sharedOptions(production) {
  return {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: !production,
    minify: production,
    legalComments: 'none',
  };
}

/** Builds the launcher and the bundle into `outdir` as `node esbuild.mjs --production` does (the benchmark's way). */
export async function buildCli({ outdir, launcher, bundle, production = true }) {
  for (const options of cliBundles({ outdir, launcher, bundle })) {
    await esbuild.build({ ...sharedOptions(production), logLevel: 'warning', ...options });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const value = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const outdir = value('--outdir');
  if (!outdir) throw new Error('usage: node scripts/cli-bundle.mjs --outdir DIR [--launcher NAME] [--bundle NAME] [--production]');
  // No top-level await: the tests load this module through tsx, as CommonJS.
  buildCli({ outdir, launcher: value('--launcher'), bundle: value('--bundle'), production: args.includes('--production') }).catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
