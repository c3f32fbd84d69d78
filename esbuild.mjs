// The bundles: the VS Code client, the language server and the CLI (a launcher and the command).
// unified/remark are ESM-only; bundling them lets the CJS extension host and Node load them.
import * as esbuild from 'esbuild';
import { cliBundles, sharedOptions } from './scripts/cli-bundle.mjs';
import { serverBundle } from './scripts/server-bundle.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {esbuild.BuildOptions} */
const common = { ...sharedOptions(production), logLevel: 'info' };

const bundles = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  serverBundle({ production }),
  // dist/cli.js (a launcher) and dist/cli-main.js (the command), built as the benchmark builds them.
  ...cliBundles(),
];

if (watch) {
  const contexts = await Promise.all(bundles.map((b) => esbuild.context({ ...common, ...b })));
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(bundles.map((b) => esbuild.build({ ...common, ...b })));
}
