// What the benchmark's workers load: the engine as the CLI and the server ship it (bundled by esbuild),
// and remark-parse alone as the floor. The floor is imported by path from the project's node_modules,
// so that it is the very copy the engine uses (bench/node_modules holds older ones, for the peers).
export { analyse } from '../server/src/engine/analyse.ts';
export { IncrementalAnalyzer } from '../server/src/engine/incremental.ts';
export { unified } from '../node_modules/unified/index.js';
export { default as remarkParse } from '../node_modules/remark-parse/index.js';
